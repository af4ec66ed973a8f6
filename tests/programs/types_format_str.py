# GENERATED from test/objects/programs_src/types_format_str.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

class P:
    x = 5
    def __init__(self):
        self.y = [10, 20]
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "Pstr"
p = P()
d = {"a": 1, "b": {"c": 2}, "0": "zero", 0: "int0"}
T('"{} {} {}".format(1, 2, 3)', lambda: ("{} {} {}".format(1, 2, 3)))
T('"{0} {1} {0}".format("a", "b")', lambda: ("{0} {1} {0}".format("a", "b")))
T('"{x} {y}".format(x=1, y=2)', lambda: ("{x} {y}".format(x=1, y=2)))
T('"{0[a]} {0[b][c]}".format(d)', lambda: ("{0[a]} {0[b][c]}".format(d)))
T('"{0[0]}".format(d)', lambda: ("{0[0]}".format(d)))
T('"{0[0]}".format([9])', lambda: ("{0[0]}".format([9])))
T('"{d[0]}".format(d=d)', lambda: ("{d[0]}".format(d=d)))
T('"{0.x} {0.y[1]}".format(p)', lambda: ("{0.x} {0.y[1]}".format(p)))
T('"{0!r} {0!s} {0!a}".format("é")', lambda: ("{0!r} {0!s} {0!a}".format("é")))
T('"{0!r:>10}".format("x")', lambda: ("{0!r:>10}".format("x")))
T('"{:{}}".format("x", 5)', lambda: ("{:{}}".format("x", 5)))
T('"{:{}{}}".format(3, ">", 6)', lambda: ("{:{}{}}".format(3, ">", 6)))
T('"{0:{1}.{2}f}".format(3.14159, 10, 2)', lambda: ("{0:{1}.{2}f}".format(3.14159, 10, 2)))
T('"{:{w}.{p}}".format(3.14159, w=8, p=3)', lambda: ("{:{w}.{p}}".format(3.14159, w=8, p=3)))
T('"{{}} {{{0}}}".format(1)', lambda: ("{{}} {{{0}}}".format(1)))
T('"}}{{".format()', lambda: ("}}{{".format()))
T('"{".format(1)', lambda: ("{".format(1)))
T('"}".format(1)', lambda: ("}".format(1)))
T('"{0".format(1)', lambda: ("{0".format(1)))
T('"{0:".format(1)', lambda: ("{0:".format(1)))
T('"{!r}".format(1)', lambda: ("{!r}".format(1)))
T('"{0!}".format(1)', lambda: ("{0!}".format(1)))
T('"{0!x}".format(1)', lambda: ("{0!x}".format(1)))
T('"{0!rr}".format(1)', lambda: ("{0!rr}".format(1)))
T('"{0!r:x}".format(1)', lambda: ("{0!r:x}".format(1)))
T('"{} {1}".format(1, 2)', lambda: ("{} {1}".format(1, 2)))
T('"{1} {}".format(1, 2)', lambda: ("{1} {}".format(1, 2)))
T('"{2}".format(1, 2)', lambda: ("{2}".format(1, 2)))
T('"{}".format()', lambda: ("{}".format()))
T('"{x}".format(y=1)', lambda: ("{x}".format(y=1)))
T('"{0.z}".format(p)', lambda: ("{0.z}".format(p)))
T('"{0[5]}".format([1])', lambda: ("{0[5]}".format([1])))
T('"{0[x]}".format([1])', lambda: ("{0[x]}".format([1])))
T('"{0[}".format([1])', lambda: ("{0[}".format([1])))
T('"{0]}".format([1])', lambda: ("{0]}".format([1])))
T('"{0.}".format(p)', lambda: ("{0.}".format(p)))
T('"{0..x}".format(p)', lambda: ("{0..x}".format(p)))
T('"{0[0]x}".format([[1]])', lambda: ("{0[0]x}".format([[1]])))
T('"{0[0]!r}".format(["a"])', lambda: ("{0[0]!r}".format(["a"])))
T('"{:}".format(p)', lambda: ("{:}".format(p)))
T('"{:abc}".format(p)', lambda: ("{:abc}".format(p)))
T('"{0:{1}}".format(p, "q")', lambda: ("{0:{1}}".format(p, "q")))
T('"{0:{1:{2}}}".format(1, 2, 3)', lambda: ("{0:{1:{2}}}".format(1, 2, 3)))
T('"{0:{1:{2:{3}}}}".format(1, 2, 3, 4)', lambda: ("{0:{1:{2:{3}}}}".format(1, 2, 3, 4)))
T('"{:>{}}".format(1, 2, 3)', lambda: ("{:>{}}".format(1, 2, 3)))
T('"{a[b}".format(a={"b": 1})', lambda: ("{a[b}".format(a={"b": 1})))
T('"{ }".format(**{" ": 5})', lambda: ("{ }".format(**{" ": 5})))
T('"{-1}".format(**{"-1": "m"})', lambda: ("{-1}".format(**{"-1": "m"})))
T('"{0[-1]}".format({"-1": "m"})', lambda: ("{0[-1]}".format({"-1": "m"})))
T('"{0[ 1]}".format({" 1": "sp"})', lambda: ("{0[ 1]}".format({" 1": "sp"})))
T('"{00}".format("z")', lambda: ("{00}".format("z")))
T('"{01}".format("a", "b")', lambda: ("{01}".format("a", "b")))
T('"{:d}".format("x")', lambda: ("{:d}".format("x")))
T('"{:s}".format(5)', lambda: ("{:s}".format(5)))
T('"{!s:5}|".format(p)', lambda: ("{!s:5}|".format(p)))
T('"{}".format(p)', lambda: ("{}".format(p)))
T('"{:.2}".format("abc")', lambda: ("{:.2}".format("abc")))
T('"\\u00e9{}\\U0001f600{}".format(1, 2)', lambda: ("\u00e9{}\U0001f600{}".format(1, 2)))
T('"{0[\\U0001f600]}".format({"\\U0001f600": 1})', lambda: ("{0[\U0001f600]}".format({"\U0001f600": 1})))
T('"{a}".format_map({"a": 1})', lambda: ("{a}".format_map({"a": 1})))
T('"{a}".format_map({})', lambda: ("{a}".format_map({})))
class M(dict):
    def __missing__(self, k):
        return "<" + k + ">"
T('"{a} {b}".format_map(M(a=1))', lambda: ("{a} {b}".format_map(M(a=1))))
T('"{}".format_map({})', lambda: ("{}".format_map({})))
T('"{0}".format_map({})', lambda: ("{0}".format_map({})))
T('"{a.real}".format_map({"a": 3})', lambda: ("{a.real}".format_map({"a": 3})))
T('"{:%Y}".format(5)', lambda: ("{:%Y}".format(5)))
T('"{0:^{1}}".format("mid", 9)', lambda: ("{0:^{1}}".format("mid", 9)))
T('"{:*^{}}".format("mid", 9)', lambda: ("{:*^{}}".format("mid", 9)))
T('f"{1+1}"', lambda: (f"{1+1}"))
T('f"{\'x\'!r:>5}"', lambda: (f"{'x'!r:>5}"))
T('f"{3.5:{\'>\'}{8}.{2}f}"', lambda: (f"{3.5:{'>'}{8}.{2}f}"))
T('f"{\'a\' \'b\'}"', lambda: (f"{'a' 'b'}"))
T('f"{{}}"', lambda: (f"{{}}"))
T('f"{p}"', lambda: (f"{p}"))
T('f"{p!r}"', lambda: (f"{p!r}"))
T('f"{p:spec}"', lambda: (f"{p:spec}"))
T('f"{10:#b}"', lambda: (f"{10:#b}"))
x = 7
T('f"{x=}"', lambda: (f"{x=}"))
T('f"{x = }"', lambda: (f"{x = }"))
T('f"{x=:>5}"', lambda: (f"{x=:>5}"))
T('f"{x=!s}"', lambda: (f"{x=!s}"))
T('f"{x*2=}"', lambda: (f"{x*2=}"))
