# faulthandler: dump_traceback's format, enable/disable/is_enabled, argument errors
import faulthandler, sys, io
def f():
    faulthandler.dump_traceback(file=sys.stdout, all_threads=False)
def g():
    f()
g()
print(faulthandler.is_enabled()); faulthandler.enable(); print(faulthandler.is_enabled()); faulthandler.disable(); print(faulthandler.is_enabled())
for call in (lambda: faulthandler.enable(file=io.StringIO()), lambda: faulthandler.dump_traceback_later(0),
             lambda: faulthandler.dump_traceback(file=io.StringIO())):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
faulthandler.dump_traceback_later(5); faulthandler.cancel_dump_traceback_later()
print(faulthandler.unregister(10))
