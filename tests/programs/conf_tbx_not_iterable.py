def total(values):
    s = 0
    for v in values:
        s += v
    return s
print(total([1, 2]))
print(total(5))
