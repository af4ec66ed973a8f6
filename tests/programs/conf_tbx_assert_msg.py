def check(xs):
    assert all(x > 0 for x in xs), f"non-positive in {xs}"
    return True
check([1, 2])
check([1, -2])
