class NetError(Exception):
    pass
def fetch_all():
    raise ExceptionGroup("fetch", [NetError("timeout a"), NetError("timeout b"), ValueError("parse c")])
try:
    fetch_all()
except* NetError as eg:
    print("retry", len(eg.exceptions))
    raise TypeError("retry logic broken") from eg.exceptions[0]
except* ValueError as eg:
    print("log", eg.exceptions)
