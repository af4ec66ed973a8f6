import argparse
import sys

def attempt(parser, argv):
    """parse argv; show the namespace or what went to stderr and the exit status"""
    real_err, real_out = sys.stderr, sys.stdout
    import io
    buf_err, buf_out = io.StringIO(), io.StringIO()
    sys.stderr, sys.stdout = buf_err, buf_out
    try:
        try:
            res = parser.parse_args(argv)
        except SystemExit as e:
            res = 'exit %r' % (e.code,)
    finally:
        sys.stderr, sys.stdout = real_err, real_out
    print(argv, '->', res)
    if buf_out.getvalue():
        print('OUT:', buf_out.getvalue(), end='')
    if buf_err.getvalue():
        print('ERR:', buf_err.getvalue(), end='')

p = argparse.ArgumentParser(prog='prog', description='A test program that does things.',
                            epilog='Report bugs to nobody.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-n', '--num', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-q', action='store_true')
p.add_argument('--no-x', dest='x', action='store_false')
p.add_argument('-I', action='append', metavar='DIR', help='include dir')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='a flag')
for argv in (['a'], ['a', 'b', '-vvv'], ['-n', '5', 'x'], ['-n', 'x', 'y'], [], ['--mode', 'bad', 'f'],
             ['f', '--mode=slow'], ['f', '-qv'], ['-I', 'a', '-Ib', 'f'], ['--pair', '1', 'f'],
             ['--pair', '1', '2', 'f'], ['--opt', 'f'], ['f', '--opt'], ['f', '--opt', 'z'],
             ['f', '--const'], ['f', '--ext', 'a', 'b', '--ext', 'c'], ['f', '--no-flag'],
             ['f', '--bogus'], ['f', '--nu', '4'], ['f', '--m', 'slow'], ['f', '--', '-v'],
             ['-h'], ['f', '-n'], ['f', '-x'], ['--verb', 'f'], ['f', '-n=7'], ['f', '-n7']):
    attempt(p, argv)
print(p.format_usage(), end='')
print(p.format_help(), end='')
print(repr(p.parse_args(['z'])))
ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, ns == argparse.Namespace(b='x', a=1), vars(ns))
