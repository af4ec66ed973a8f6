def work():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), KeyError("missing")])
try:
    work()
except* ValueError as eg:
    print("handled", repr(eg.exceptions))
except* KeyError:
    raise
