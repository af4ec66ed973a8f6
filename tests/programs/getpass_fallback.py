# getpass with standard input not a terminal: GetPassWarning, the notice on the stream, lines read
import getpass
import io
import os
import sys
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    stream = io.StringIO()
    print(repr(getpass.getpass("Secret: ", stream)))
    print(repr(stream.getvalue()))
    print(repr(getpass.getpass(stream=stream)))
    print(repr(stream.getvalue()))
    print(repr(getpass.getpass("Third: ", stream=stream)))
    try:
        getpass.getpass("Gone: ", stream=stream)
    except EOFError as e:
        print("EOFError", repr(e))
    print(repr(stream.getvalue()[-40:]))
print([(w.category.__name__, str(w.message)) for w in caught])
print(issubclass(getpass.GetPassWarning, UserWarning))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    sys.stdin = io.StringIO("from replaced stdin\n")
    print(repr(getpass.getpass("", io.StringIO())))
for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
os.environ["USERNAME"] = "fourth"
print(getpass.getuser())
os.environ["LNAME"] = "third"
print(getpass.getuser())
os.environ["USER"] = ""
print(getpass.getuser())
os.environ["LOGNAME"] = "first"
print(getpass.getuser())
for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
import pwd
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
