counts = {"apple": 3, "pear": 1}
print(counts["Apple"])
