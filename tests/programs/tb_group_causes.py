def fail(n):
    try:
        raise KeyError(n)
    except KeyError as e:
        raise ValueError(f"task {n}") from e
errs = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errs.append(e)
eg = ExceptionGroup("with causes", errs)
eg.add_note("group note")
raise eg
