try:
    raise ExceptionGroup("input", [ValueError("v1"), ValueError("v2"), OSError("io")])
except* ValueError:
    raise RuntimeError("handler failed")
