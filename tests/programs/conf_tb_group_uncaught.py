def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    raise TypeError(f"task {i} wrong type")

def run_all(n):
    errors = []
    for i in range(n):
        try:
            task(i)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("run_all failed", errors)

try:
    run_all(3)
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

def nested():
    try:
        run_all(2)
    except ExceptionGroup as eg:
        eg.add_note("while running nested")
        raise ExceptionGroup("outer", [eg, KeyError("k")])
nested()
