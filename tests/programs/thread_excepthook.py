# an exception ending a thread goes to threading.excepthook
import io
import sys
import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def boom():
    raise ValueError("boom")


threading.excepthook = hook
t = threading.Thread(target=boom, name="T1")
t.start()
t.join()
print(caught, t.is_alive())

# the default hook: "Exception in thread NAME:" and the traceback on stderr
threading.excepthook = threading.__excepthook__
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
t = threading.Thread(target=boom, name="T2")
t.start()
t.join()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])


def quiet():
    raise SystemExit(3)
buf = io.StringIO()
sys.stderr = buf
t = threading.Thread(target=quiet)
t.start()
t.join()
sys.stderr = old
print(repr(buf.getvalue()))
