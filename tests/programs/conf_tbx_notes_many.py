def step(n):
    try:
        if n == 3:
            raise ArithmeticError("step failed")
        step(n + 1)
    except ArithmeticError as e:
        e.add_note(f"in step {n}")
        raise
step(0)
