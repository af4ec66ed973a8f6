def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"bad input {s!r}")
print(parse("12"))
parse("x1")
