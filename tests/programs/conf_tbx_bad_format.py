price = 9.5
print(f"{price:d}")
