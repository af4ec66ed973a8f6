try:
    raise RuntimeError("setup failed")
except RuntimeError:
    raise ExceptionGroup("cleanup failures", [OSError("disk"), KeyError("cache")])
