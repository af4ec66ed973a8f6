# except* and exception groups
def raise_group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
try:
    raise_group()
except* ValueError as eg:
    print("ValueErrors:", repr(eg))
except* TypeError as eg:
    print("TypeErrors:", repr(eg))
except* LookupError as eg:
    print("LookupErrors:", repr(eg))
# unhandled part propagates
try:
    try:
        raise_group()
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
# naked exception is wrapped
try:
    raise ValueError("naked")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg), repr(eg.exceptions))
# nested groups
try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep")]), TypeError("shallow")])
except* ValueError as eg:
    print("deep:", repr(eg))
except* TypeError as eg:
    print("shallow:", repr(eg))
# raising in except* handler
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as eg:
    print("new group:", repr(eg), repr(eg.exceptions[0].__context__))
except KeyError as e:
    print("plain:", repr(e))
# re-raise in except*
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("reraised:", repr(eg))
# else and finally with except*
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")
# except* with tuple
try:
    raise ExceptionGroup("g", [ValueError(), OSError()])
except* (ValueError, OSError) as eg:
    print("tuple:", len(eg.exceptions))
# invalid except* type
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
# subclass of ExceptionGroup derive
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print(type(eg).__name__, repr(eg))
except* TypeError as eg:
    print(type(eg).__name__, repr(eg))
# notes and tracebacks preserved on split
e = ExceptionGroup("n", [ValueError("a")])
e.add_note("group note")
try:
    raise e
except* ValueError as eg:
    print(eg.__notes__ if hasattr(eg, "__notes__") else None, eg is e)
# exceptions attr is a tuple, iteration
eg = ExceptionGroup("t", [ValueError(i) for i in range(3)])
print(type(eg.exceptions).__name__, [str(x) for x in eg.exceptions])
def flatten(g):
    for x in g.exceptions:
        if isinstance(x, BaseExceptionGroup):
            yield from flatten(x)
        else:
            yield x
print([repr(x) for x in flatten(ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [KeyError(2)])]))])
import sys
try:
    raise ExceptionGroup("cur", [ValueError(1), KeyError(2)])
except* ValueError as eg:
    print("sys.exception() is the match:", sys.exception() is eg, repr(sys.exc_info()[1]))
except* KeyError as eg:
    print("second handler:", sys.exception() is eg)
print(sys.exception())
