try:
    raise ExceptionGroup("eg", [KeyError("k"), IndexError("i")])
except* KeyError:
    raise RuntimeError("handler failed")
