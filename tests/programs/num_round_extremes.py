# round() with ndigits far outside the float range clamps (PyNumber_AsSsize_t with no error);
# ints round half to even at every negative ndigits.
for args in [(15, -1), (15, -2), (25, -1), (-15, -1), (-25, -1), (10**30, -29), (10**30 + 5 * 10**28, -29),
             (1.5, 2**100), (1.5, -2**100), (-1.5, -2**100), (123.456, -2), (2.675, 2), (1e300, -400),
             (0.5, 2**63), (7, 2**70), (True, -1), (0, -50), (-(10**40), -39)]:
    r = round(*args)
    print(args if len(repr(args)) < 60 else "big", repr(r), type(r).__name__)
