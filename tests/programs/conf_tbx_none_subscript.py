def find(items, key):
    for k, v in items:
        if k == key:
            return v
data = find([("a", [1])], "b")
print(data[0])
