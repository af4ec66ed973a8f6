def jobs():
    raise ExceptionGroup("jobs", [ValueError("v1"), TypeError("t1"), ValueError("v2"), OSError(2, "missing")])
try:
    jobs()
except* ValueError as g:
    print("handled", [str(e) for e in g.exceptions])
except* OSError as g:
    print("os errors", len(g.exceptions))
