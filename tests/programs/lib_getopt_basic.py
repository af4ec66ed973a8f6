import getopt

cases = [
    (['-a', '-b', 'val', 'file'], 'ab:', []),
    (['-abval', 'x'], 'ab:', []),
    (['-ab', 'val'], 'ab:', []),
    (['--verbose', '--out=f.txt', 'rest', '-a'], 'a', ['verbose', 'out=']),
    (['--out', 'f.txt'], '', ['out=']),
    (['--verb'], '', ['verbose']),
    (['--ver'], '', ['verbose', 'version']),
    (['--x'], '', ['verbose']),
    (['--out'], '', ['out=']),
    (['--verbose=1'], '', ['verbose']),
    (['-c'], 'ab', []),
    (['-b'], 'ab:', []),
    (['--', '-a'], 'a', []),
    (['-', '-a'], 'a', []),
    (['a', '-a'], 'a', []),
    (['--out='], '', ['out=']),
    (['--he'], '', 'help'),
]
for args, short, longs in cases:
    try:
        print(args, getopt.getopt(args, short, longs))
    except getopt.GetoptError as e:
        print(args, 'GetoptError', e, repr(e.msg), repr(e.opt), e.args)
for args, short, longs in [(['a', '-x', 'b', '--long', 'c'], 'x', ['long']), (['a', '-x', 'b'], '+x', []), (['-x', '--', 'a', '-x'], 'x', []), (['a', '-y'], 'x', [])]:
    try:
        print(args, getopt.gnu_getopt(args, short, longs))
    except getopt.error as e:
        print(args, 'error', e)
