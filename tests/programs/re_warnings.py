# re: where compile and template warnings point (the caller's line), and their texts
import os
import re
import warnings


def show(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
        for x in w:
            where = os.path.basename(x.filename)
            # compile warnings point at the caller; template ones (cached per pattern and
            # template, so issued once) and re's own are not compared by place
            print(x.category.__name__, x.message, *((where, x.lineno) if where == "re_warnings.py" and x.category is FutureWarning else ()))


show(lambda: re.compile("[[a]"))
show(lambda: re.compile("a[&&b]"))
show(lambda: re.search("[a||b]", "a"))
show(lambda: re.sub("(?P<a>x)", r"\g<+1>", "xx"))
show(lambda: re.compile("(?P<a>x)").sub(r"\g< 1>", "xx"))
show(lambda: re.compile("(x)").subn(r"\g<١>", "xx"))
show(lambda: re.compile("(x)").subn(r"\g<١>", "xx"))
show(lambda: re.match("(x)", "x").expand(r"\g<+1>"))
show(lambda: re.compile(b"(x)").sub(rb"\g<+1>", b"x"))
show(lambda: re.compile("a", re.T))
show(lambda: re.Scanner([("[[x]", None)]))
show(lambda: re.template("a"))
