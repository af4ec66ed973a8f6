
x = 5
if x is 5:
    print("is literal")
s = "\d+"
print(s)
assert (x, "msg")
print([1, 2] is [1, 2])
l = [1, 2][0, 1] if False else None
# warnings emitted by compile() at run time go through the filters too
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("x is 'literal'", "<dyn>", "eval")
    compile("def f():\n    return (1, 2)[0, 1]", "<dyn2>", "exec")
for w in caught:
    print(w.category.__name__, w.message, w.filename, w.lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    try:
        compile("None is 1", "<dyn3>", "eval")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)
    except SyntaxWarning as e:
        print(type(e).__name__, e)
compile("y is ()", "<shown>", "eval")
