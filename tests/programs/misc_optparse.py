# optparse: parsing, errors and help formatting (differential against CPython 3.11)
import io
import os
import sys
from optparse import (OptionParser, OptionGroup, Option, make_option, OptionError, OptionValueError,
                      BadOptionError, SUPPRESS_HELP, SUPPRESS_USAGE, Values, TitledHelpFormatter,
                      IndentedHelpFormatter, OptionConflictError)

os.environ.pop("COLUMNS", None)


def make():
    p = OptionParser(usage="%prog [options] FILE...", version="%prog 1.0", prog="demo",
                     description="A demonstration of optparse with a description long enough to be wrapped "
                                 "over several lines by the help formatter.", epilog="The end. %prog rules.")
    p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
    p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                 help="don't print status messages to stdout")
    p.add_option("-n", type="int", dest="num", default=3, help="number of things [default: %default]")
    p.add_option("--ratio", type="float")
    p.add_option("-v", action="count", dest="verbosity")
    p.add_option("--add", action="append", dest="items")
    p.add_option("--const", action="store_const", const=42)
    p.add_option("--mode", type="choice", choices=["fast", "slow"], default="fast", help="mode: %default")
    p.add_option("--point", type="int", nargs=2)
    p.add_option("--flag", action="append_const", const="F", dest="flags")
    p.add_option("--secret", help=SUPPRESS_HELP)
    p.add_option("--a-very-long-option-name-indeed", action="store_true",
                 help="this help text is long enough that it needs to be wrapped onto a second line and maybe a third")
    g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk.  It is believed "
                                            "that some of them bite.")
    g.add_option("-g", action="store_true", help="Group option.")
    g.add_option("--complex", type="complex")
    p.add_option_group(g)
    return p


def run(args):
    p = make()
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        opts, rest = p.parse_args(args)
        result = (sorted(vars(opts).items(), key=lambda kv: kv[0]), rest)
    except SystemExit as e:
        result = ("exit", e.code)
    finally:
        sys.stdout, sys.stderr = old
    print(args, "->", result)
    if out.getvalue():
        print("stdout:", out.getvalue(), sep="\n")
    if err.getvalue():
        print("stderr:", err.getvalue(), sep="\n")


for args in [[], ["-f", "out.txt", "a", "b"], ["--file=x", "-q", "-n", "7", "--ratio", "2.5"], ["-vvv", "-qfname"],
             ["--add", "1", "--add=2", "x", "--", "-n", "5"], ["--const", "--mode", "slow", "--point", "1", "2"],
             ["--flag", "--flag", "-g", "--complex", "1+2j"], ["-n", "0x1f"], ["-n", "010"], ["-n", "0b101"],
             ["--fi", "abc"], ["--mo=fast"], ["-"], ["-n"], ["-n", "abc"], ["--ratio", "x"], ["--mode", "medium"],
             ["--point", "1"], ["--bogus"], ["-x"], ["--quiet=1"], ["--a"], ["--help"], ["--version"], ["-h"],
             ["--complex", "zz"], ["-n5", "-n", "6"], ["--point", "1", "a"]]:
    run(args)

p = make()
print(p.format_help())
print(repr(p.get_usage()), p.get_prog_name(), p.get_version())
print(p.has_option("-f"), p.has_option("--nope"), str(p.get_option("--file")), p.get_option("-z"))
p.remove_option("--file")
print(p.has_option("-f"))
try:
    p.remove_option("--file")
except ValueError as e:
    print("ValueError", e)
print(p.defaults == {k: v for k, v in p.defaults.items()}, sorted(p.defaults.items(), key=lambda kv: kv[0]))

for bad in [lambda: Option("f"), lambda: Option("-ab"), lambda: Option("---x"), lambda: Option("-f", action="bogus"),
            lambda: Option("-f", type="bogus"), lambda: Option("-f", action="store_true", type="int"),
            lambda: Option("-f", type="choice"), lambda: Option("-f", foo=1), lambda: Option("-f", const=1),
            lambda: Option("-f", action="callback", callback=5), lambda: Option(), lambda: Option("-f", action="count", nargs=2),
            lambda: Option("-f", choices=["a"], type="int")]:
    try:
        bad()
        print("no error")
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)

p2 = OptionParser(usage=SUPPRESS_USAGE, add_help_option=False, formatter=TitledHelpFormatter())
p2.add_option("-a", "--alpha", help="first")
p2.add_option("--beta", "-b", action="store_true", help="second")
print(p2.format_help())
try:
    p2.add_option("-a")
except OptionConflictError as e:
    print("OptionConflictError", e)
p3 = OptionParser(conflict_handler="resolve", prog="p3")
p3.add_option("-a", "--all", help="one")
p3.add_option("-a", help="two")
print(p3.format_help())
p4 = OptionParser(prog="p4")
p4.disable_interspersed_args()
p4.add_option("-x", action="store_true")
print(p4.parse_args(["-x", "cmd", "-x"])[1])
seen = []
def cb(option, opt, value, parser, *args, **kw):
    seen.append((str(option), opt, value, args, kw, parser.largs[:], parser.rargs[:]))
p4.add_option("--cb", action="callback", callback=cb, type="string", callback_args=(1,), callback_kwargs={"k": 2})
p4.add_option("--cb0", action="callback", callback=cb)
print(p4.parse_args(["--cb", "v", "--cb0", "rest"])[1], seen)
v = Values({"a": 1})
print(str(v), v == {"a": 1}, v == Values({"a": 1}), v.ensure_value("b", []), v.ensure_value("a", 5))
p5 = OptionParser(usage="usage: %prog go", prog="p5")
p5.add_option("-n", type="int", default="12")
print(p5.parse_args([])[0], p5.get_usage())
print(IndentedHelpFormatter().width, make_option is Option)
