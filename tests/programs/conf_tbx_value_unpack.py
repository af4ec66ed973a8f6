pairs = ["a=1", "b=2", "c"]
result = {}
for p in pairs:
    k, v = p.split("=")
    result[k] = v
