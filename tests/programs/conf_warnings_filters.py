import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old_api()
old_api()
for i in range(3):
    warnings.warn("loop warning")
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("import", ImportWarning)
warnings.warn("rt", RuntimeWarning)
warnings.warn("future", FutureWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("resource", ResourceWarning)
print([f[0] for f in warnings.filters[:5]])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", e)
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once", UserWarning)
        warnings.warn("only once too", RuntimeWarning)
with warnings.catch_warnings():
    warnings.simplefilter("module")
    for _ in range(2):
        warnings.warn("per module")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("b", SyntaxWarning)
    old_api()
    print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
warnings.filterwarnings("ignore", category=UserWarning, message="hide")
warnings.warn("hide this")
warnings.warn("show this")
class Custom(Warning):
    pass
warnings.warn("custom category", Custom)
warnings.warn(Custom("instance message"))
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
warnings.warn_explicit("explicit msg", UserWarning, "virtual.py", 42, module="virtual")
print(warnings.formatwarning("fmt", DeprecationWarning, "f.py", 9, line="  src line  "), end="")
def level3():
    warnings.warn("from level3", stacklevel=3)
def level2():
    level3()
level2()
warnings.resetwarnings()
warnings.warn("after reset", DeprecationWarning)
print("done")
