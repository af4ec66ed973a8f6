# traceback.format_exception / print_exception / TracebackException with a traceback other than the exception's own (or None)
import traceback, sys
def f():
    raise KeyError("k")
def g():
    try:
        f()
    except KeyError as e:
        raise ValueError("v") from e
try:
    g()
except ValueError as k:
    tb = k.__traceback__
    print("".join(traceback.format_exception(type(k), k, tb.tb_next)))
    print("".join(traceback.format_exception(type(k), k, None)))
    traceback.print_exception(type(k), k, tb.tb_next, file=sys.stdout)
    te = traceback.TracebackException(type(k), k, tb.tb_next)
    print("".join(te.format()))
    print(k.__traceback__ is tb)
    print(len(list(traceback.TracebackException(type(k), k, None).format())))
