def greet(name, greeting="Hello", *, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"
print(greet("World"))
for call in [lambda: greet(), lambda: greet("a", "b", "c"), lambda: greet("a", punct="?"), lambda: greet(name="a", name2="b"), lambda: greet("a", name="b")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
greet("x", "y", "!")
