excs = [ValueError(f"error {i}") for i in range(20)]
raise ExceptionGroup("too many to show", excs)
