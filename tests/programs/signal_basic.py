# signal: handlers, enums, raise_signal (differential against CPython 3.11)
import signal

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, int(signal.SIGKILL), signal.NSIG)
print(signal.SIG_DFL, repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), signal.SIGRTMIN, signal.SIGRTMAX)
print([(s.name, s.value) for s in signal.Signals])
print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD.name, signal.SIGPOLL.name, signal.Signals(2), signal.Signals["SIGUSR1"])
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGTERM)),
      repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGXFSZ)))
print(signal.default_int_handler)
print([signal.strsignal(n) for n in (1, 2, 9, 15, 17, 34, 40, 64)])
v = signal.valid_signals()
print(len(v), min(v), max(v), 32 in v, 33 in v, 35 in v, signal.SIGINT in v)

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

seen = []


def handler(signum, frame):
    seen.append((signum, frame is not None))
    print("handler called with", signum, type(signum).__name__)


old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
signal.raise_signal(signal.SIGINT)
print(seen)
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGINT)
print("ignored")
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")

print(repr(signal.signal(signal.SIGUSR1, handler)))
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1) is handler, signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.raise_signal(signal.SIGTERM)
print("SIGTERM ignored")
signal.raise_signal(signal.SIGCHLD)
print("SIGCHLD default ignored")


class Flag:
    hit = False


def on_usr2(signum, frame):
    Flag.hit = True
    raise RuntimeError("from handler %d" % signum)


signal.signal(signal.SIGUSR2, on_usr2)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("RuntimeError", e, Flag.hit)

for bad in [(0, signal.SIG_DFL), (65, signal.SIG_DFL), (-1, handler)]:
    try:
        signal.signal(*bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [(signal.SIGINT, 5), (signal.SIGINT, "x"), (signal.SIGINT, None)]:
    try:
        signal.signal(*bad)
    except TypeError as e:
        print("TypeError", e)
for num in (signal.SIGKILL, signal.SIGSTOP):
    try:
        signal.signal(num, handler)
    except OSError as e:
        print("OSError", e.errno, e)
try:
    signal.getsignal(100)
except ValueError as e:
    print("ValueError", e)
signal.raise_signal(0)
for num in (65, -1, 32):
    try:
        signal.raise_signal(num)
    except OSError as e:
        print("OSError", e)
print(signal.getsignal(32), signal.getsignal(33))
print(isinstance(signal.SIGINT, int), signal.SIGINT == 2, signal.SIGINT + 1, str(signal.SIGINT), f"{signal.SIGTERM}")
