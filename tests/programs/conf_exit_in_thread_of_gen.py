def gen():
    try:
        yield 1
        raise SystemExit(5)
    finally:
        print("gen finally")
for v in gen():
    print("value", v)
print("unreachable")
