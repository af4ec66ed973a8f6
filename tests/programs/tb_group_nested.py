def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise TypeError(f"task {n} bad type")
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
inner = ExceptionGroup("inner batch", errors[:2])
raise ExceptionGroup("all tasks", [inner, errors[2]])
