values = {"a": 1, "b": 0}
exprs = ["a + b", "a / b", "c * 2"]
for e in exprs[:1]:
    print(e, "=", eval(e, {}, values))
print(eval(exprs[1], {}, values))
