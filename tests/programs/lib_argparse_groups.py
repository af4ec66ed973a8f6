import argparse
import io
import sys

def attempt(parser, argv, known=False):
    real_err, real_out = sys.stderr, sys.stdout
    buf_err, buf_out = io.StringIO(), io.StringIO()
    sys.stderr, sys.stdout = buf_err, buf_out
    try:
        try:
            res = parser.parse_known_args(argv) if known else parser.parse_args(argv)
        except SystemExit as e:
            res = 'exit %r' % (e.code,)
    finally:
        sys.stderr, sys.stdout = real_err, real_out
    print(argv, '->', res)
    if buf_out.getvalue():
        print('OUT:', buf_out.getvalue(), end='')
    if buf_err.getvalue():
        print('ERR:', buf_err.getvalue(), end='')

# subcommands
p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='cmd', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
s = sub.add_parser('status', help='show status')
s.add_argument('paths', nargs='*', default=['.'])
s.add_argument('-s', '--short', action='store_true')
for argv in (['commit', '-m', 'hi'], ['ci', '-m', 'x', '--amend'], ['status'], ['status', 'a', 'b', '-s'],
             ['--debug', 'status'], ['commit'], ['push'], [], ['status', '--zz'], ['commit', '-h'],
             ['-h'], ['status', '-h']):
    attempt(p, argv)
attempt(p, ['status', '--zz', 'q'], known=True)

# required subparsers, titles
p2 = argparse.ArgumentParser(prog='tool', description='Tool.')
sp = p2.add_subparsers(title='commands', description='valid commands', dest='command', required=True,
                       metavar='COMMAND')
sp.add_parser('run', help='run it')
sp.add_parser('stop')
for argv in ([], ['run'], ['-h'], ['nope']):
    attempt(p2, argv)

# mutually exclusive groups
p3 = argparse.ArgumentParser(prog='mx')
g = p3.add_mutually_exclusive_group()
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', action='store_false')
g2 = p3.add_mutually_exclusive_group(required=True)
g2.add_argument('-a', type=int)
g2.add_argument('-b', type=float)
for argv in (['-a', '1'], ['-a', '1', '-b', '2'], [], ['--foo', '--bar', '-a', '1'], ['-b', '2.5', '--bar'], ['-h']):
    attempt(p3, argv)
print(p3.format_usage(), end='')

# argument groups, defaults formatter, raw formatter
p4 = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                             description='''first line
   second line   indented''')
grp = p4.add_argument_group('network', 'Network options.')
grp.add_argument('--host', default='localhost', help='host name')
grp.add_argument('--port', type=int, default=8080, help='port number to connect to, which is a rather long explanation that must wrap across several lines of output')
p4.add_argument('src', nargs='?', default='in.txt', help='source')
p4.add_argument('--level', type=int, choices=range(1, 4), default=1, help='level in %(choices)s')
p4.add_argument('--secret', help=argparse.SUPPRESS)
print(p4.format_help())
p5 = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                             description='keep\n  this   layout\n')
p5.add_argument('--x', help='line one\nline two')
print(p5.format_help())
p6 = argparse.ArgumentParser(prog='rawd', formatter_class=argparse.RawDescriptionHelpFormatter,
                             description='keep\n  this   layout\n', epilog='  end  ')
p6.add_argument('--x', help='line one\nline   two')
print(p6.format_help())

# long usage wrapping
p7 = argparse.ArgumentParser(prog='a_program_with_a_long_name')
for i in range(12):
    p7.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
p7.add_argument('input_file')
p7.add_argument('output_file', nargs='?')
print(p7.format_usage())
p8 = argparse.ArgumentParser(prog='p' * 70)
p8.add_argument('--alpha', metavar='A' * 20)
p8.add_argument('--beta', metavar='B' * 20)
p8.add_argument('gamma')
print(p8.format_usage())

# version, parents, prefix chars, negative numbers, conflict resolve
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--version', action='version', version='%(prog)s 1.0')
attempt(child, ['--shared', 'z'])
attempt(child, ['--version'])
pp = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
pp.add_argument('+f', action='store_true')
pp.add_argument('-x', type=int)
attempt(pp, ['+f', '-x', '-3'])
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('n', nargs='?')
attempt(neg, ['-1'])
attempt(neg, ['-2'])
cr = argparse.ArgumentParser(prog='cr', conflict_handler='resolve')
cr.add_argument('-f', '--foo', help='old')
cr.add_argument('--foo', help='new')
print(cr.format_help())
try:
    bad = argparse.ArgumentParser()
    bad.add_argument('--a')
    bad.add_argument('--a')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
for kw in ({'nargs': 0}, {'action': 'store_true', 'nargs': 1}, {'const': 1}, {'type': 'int'}, {'action': 'nope'}):
    try:
        argparse.ArgumentParser().add_argument('--z', **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument('pos', required=True)
except TypeError as e:
    print(e)
# type errors and custom types
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return v
pt = argparse.ArgumentParser(prog='types', exit_on_error=False)
pt.add_argument('--even', type=even)
pt.add_argument('--f', type=float)
try:
    pt.parse_args(['--even', '3'])
except argparse.ArgumentError as e:
    print('caught', e, repr(e.argument_name))
try:
    pt.parse_args(['--f', 'abc'])
except argparse.ArgumentError as e:
    print('caught', e)
print(pt.parse_args(['--even', '4', '--f', '1e3']))
print(argparse.FileType('w'), argparse.FileType('rb', 0, encoding='utf-8'))
print(argparse.ArgumentParser(prog='r'))
print(pt.parse_intermixed_args(['--even', '2']))
