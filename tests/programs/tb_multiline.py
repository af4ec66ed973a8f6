def compute(a, b, c):
    return (a *
            b +
            c.missing_attribute)
result = compute(
    1,
    2,
    3,
)
