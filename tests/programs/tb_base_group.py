import sys
try:
    raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("x")])
except BaseExceptionGroup as e:
    print(type(e).__name__, [type(x).__name__ for x in e.exceptions])
try:
    raise BaseExceptionGroup("mixed", [SystemExit(3), ValueError("y")])
except* SystemExit as eg:
    print("exit requested", eg.exceptions[0].code)
except* ValueError:
    print("value")
raise BaseExceptionGroup("fatal", [GeneratorExit(), SystemExit(2)])
