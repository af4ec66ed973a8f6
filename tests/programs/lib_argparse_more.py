import argparse
import io
import os
import sys
import tempfile

def attempt(parser, argv):
    real_err, real_out = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = io.StringIO(), io.StringIO()
    try:
        try:
            res = parser.parse_args(argv)
        except SystemExit as e:
            res = 'exit %r' % (e.code,)
        out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
    finally:
        sys.stderr, sys.stdout = real_err, real_out
    print(argv, '->', res)
    if out:
        print('OUT:', out, end='')
    if err:
        print('ERR:', err, end='')

d = tempfile.mkdtemp()
argsfile = os.path.join(d, 'args.txt')
with open(argsfile, 'w') as f:
    f.write('--name\nfrom file\n-v\n')
p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--name')
p.add_argument('-v', action='store_true')
p.add_argument('rest', nargs='*')
old = os.getcwd()
os.chdir(d)
attempt(p, ['@args.txt', 'x'])
attempt(p, ['@missing.txt'])
os.chdir(old)
os.remove(argsfile)
os.rmdir(d)
for kwargs in ({'nargs': 2, 'metavar': ('A', 'B', 'C')}, {'nargs': '?', 'metavar': ('A', 'B')}, {'nargs': 'x'}):
    try:
        argparse.ArgumentParser().add_argument('--z', **kwargs)
        print('ok', kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = argparse.ArgumentParser(prog='rem')
r.add_argument('cmd')
r.add_argument('args', nargs=argparse.REMAINDER)
attempt(r, ['run', '-x', '--y', 'z'])
m = argparse.ArgumentParser(prog='meta', formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('--n', type=int)
m.add_argument('f', type=float)
print(m.format_help())
i = argparse.ArgumentParser(prog='inter')
i.add_argument('--foo')
i.add_argument('cmd')
i.add_argument('rest', nargs='*', type=int)
print(i.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
a = argparse.ArgumentParser(prog='abbr', allow_abbrev=False)
a.add_argument('--verbose', action='store_true')
attempt(a, ['--verb'])
attempt(a, ['--verbose'])
c = argparse.ArgumentParser(prog='cnt')
c.add_argument('-v', '--verbose', action='count')
c.add_argument('--const', action='append_const', const=1, dest='consts')
c.add_argument('--const2', action='append_const', const=2, dest='consts')
attempt(c, ['-vv', '--verbose', '--const', '--const2', '--const'])
dflt = argparse.ArgumentParser(prog='dflt', argument_default=argparse.SUPPRESS)
dflt.add_argument('--x')
dflt.add_argument('--y', default=3)
attempt(dflt, [])
attempt(dflt, ['--x', '1'])
pos = argparse.ArgumentParser(prog='pos')
pos.add_argument('a', nargs=2)
pos.add_argument('b', nargs='?', default='B')
pos.add_argument('c', nargs='+')
for argv in (['1', '2', '3'], ['1', '2', '3', '4'], ['1', '2'], ['1', '2', '3', '4', '5']):
    attempt(pos, argv)
print(pos.format_usage(), end='')
sub = argparse.ArgumentParser(prog='top')
sp = sub.add_subparsers()
sp.add_parser('go')
attempt(sub, [])
attempt(sub, ['go'])
attempt(sub, ['stop'])
print(argparse.ArgumentParser(prog='e', description='%(prog)s does things', epilog='see %(prog)s').format_help())
