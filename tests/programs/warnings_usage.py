# The warnings module: categories, filters, registry, catch_warnings, showwarning, stacklevel
import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def user_code():
    return old_api()
warnings.warn("plain user warning")
warnings.warn("custom category", RuntimeWarning)
user_code()
for i in range(3):
    warnings.warn("only once per location")
class MyWarning(UserWarning):
    pass
warnings.warn(MyWarning("instance warning"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", FutureWarning)
    old_api()
print(len(caught), [(w.category.__name__, str(w.message)) for w in caught])
print(type(caught[0]).__name__, caught[0].lineno > 0, caught[0].filename.endswith("warnings_usage.py"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        warnings.warn("runtime problem", RuntimeWarning)
    except RuntimeWarning as e:
        print("filtered to error:", e)
    warnings.warn("still printed", UserWarning)
log = []
def my_show(message, category, filename, lineno, file=None, line=None):
    log.append(f"{category.__name__}: {message}")
old_show = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("goes to custom showwarning")
warnings.warn("another", ImportWarning)
warnings.showwarning = old_show
print(log)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"))
try:
    warnings.warn("bad category", int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print(type(e).__name__, e)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), Warning.__mro__[1].__name__)
warnings.warn("deprecation in main is shown", DeprecationWarning)
warnings.warn("pending deprecation is ignored", PendingDeprecationWarning)
warnings.warn_explicit("explicit warning", UserWarning, "virtual.py", 42)
warnings.resetwarnings()
warnings.warn("after reset, default action")
print("done")
