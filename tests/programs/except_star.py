def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("msg", [ValueError(1), KeyError(2)])
print(repr(eg), str(eg), len(eg.exceptions))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled value")
except ExceptionGroup as e:
    print("remaining", repr(e))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped", repr(eg))
