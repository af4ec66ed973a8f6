import difflib
from difflib import *
import random
def attempt(f, *a, **k):
    try: return f(*a, **k)
    except Exception as e: return (type(e).__name__, str(e))
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine!\n', 'ten\n', 'eleven\n']
# --- SequenceMatcher
s = SequenceMatcher(None, 'abxcd', 'abcd')
s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.find_longest_match(0, 5, 0, 4), s.find_longest_match()
s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
round(s.ratio(), 3), s.get_matching_blocks(), s.get_opcodes(), s.bjunk, sorted(s.bpopular)
s = SequenceMatcher(None, ' abcd', 'abcd abcd'); s.find_longest_match(0, 5, 0, 9)
s = SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd'); s.find_longest_match(0, 5, 0, 9)
SequenceMatcher(None, '', '').ratio(), SequenceMatcher(None, 'a', '').get_opcodes(), SequenceMatcher(None, '', 'a').get_matching_blocks()
list(SequenceMatcher(None, a, b).get_grouped_opcodes(1)), list(SequenceMatcher(None, a, b).get_grouped_opcodes()), list(SequenceMatcher(None, a, a).get_grouped_opcodes()), list(SequenceMatcher(None, [], []).get_grouped_opcodes())
sm = SequenceMatcher(None, a, b); list(sm.get_grouped_opcodes(1)); sm.get_opcodes()
big_a = 'x' * 300 + 'abc' + 'y' * 50
big_b = 'y' * 10 + 'x' * 250 + 'abcd'
s = SequenceMatcher(None, big_a, big_b); s.get_matching_blocks(), sorted(s.bpopular), s.ratio()
s = SequenceMatcher(None, big_a, big_b, autojunk=False); s.get_matching_blocks(), s.ratio()
SequenceMatcher(None, [1, 2, 3], (1, 3)).get_opcodes(), SequenceMatcher[int]
Match(1, 2, 3), Match._fields
# --- close matches
get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), get_close_matches('wheel', ['while', 'wheeze', 'whale', 'wheel'], n=2), get_close_matches('accept', ['accent', 'except', 'access'], cutoff=0.3), get_close_matches('x', [])
get_close_matches('a', ['a'], n=0)
get_close_matches('a', ['a'], cutoff=1.5)
# --- Differ / ndiff / restore
list(ndiff(a, b))
diff = list(ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
diff, list(restore(diff, 1)), list(restore(diff, 2))
list(restore(diff, 3))
list(Differ().compare(['\tabc def\n', 'same\n'], ['\tabd xdef\n', 'same\n']))
list(Differ(IS_LINE_JUNK, IS_CHARACTER_JUNK).compare(['# c\n', 'x = 1\n', '\n'], ['#\n', 'x = 2\n', '  \n']))
[IS_LINE_JUNK(l) for l in ('\n', '  #   \n', '# x\n', 'x', '', ' # ', '##\n')], [IS_CHARACTER_JUNK(c) for c in ' \tx\n']
# --- unified / context
list(unified_diff(a, b, 'a.txt', 'b.txt', '2020', '2021')), list(unified_diff(a, b, n=0)), list(unified_diff(a, a)), list(unified_diff([], ['x\n']))
list(context_diff(a, b, 'a.txt', 'b.txt')), list(context_diff(a, b, n=1)), list(context_diff(['a'], [], lineterm=''))
list(unified_diff([b'x'], ['y']))
list(unified_diff(['x'], ['y'], fromfile=1))
list(diff_bytes(unified_diff, [b'a\n', b'\xff\n'], [b'b\n'], b'f', b'g')), list(diff_bytes(context_diff, [b'a'], [b'b'], lineterm=b''))
list(diff_bytes(unified_diff, ['a'], [b'b']))
# --- fuzz
rng = random.Random(12)
def rs(k): return ''.join(rng.choice('abcde  \t') for _ in range(rng.randrange(k)))
pairs = [(rs(12), rs(12)) for _ in range(300)]
[(SequenceMatcher(None, x, y).get_opcodes(), SequenceMatcher(lambda c: c == ' ', x, y).get_matching_blocks(), round(SequenceMatcher(None, x, y).ratio(), 12)) for x, y in pairs]
lines = ['alpha\n', 'beta\n', 'gamma\n', 'delta\n', 'alpha beta\n', 'gamma!\n', '\n', '# c\n', 'epsilon\n']
docs = [[rng.choice(lines) for _ in range(rng.randrange(12))] for _ in range(120)]
[list(ndiff(docs[i], docs[i + 1])) for i in range(0, 119, 2)]
[list(unified_diff(docs[i], docs[i + 1], n=rng.randrange(4))) for i in range(0, 119, 2)]
[list(context_diff(docs[i], docs[i + 1], n=rng.randrange(4))) for i in range(0, 119, 2)]
[get_close_matches(w, ['alpha', 'beta', 'gamma', 'delta', 'alphabet', 'gamut'], n=rng.randrange(1, 4), cutoff=rng.random()) for w in ['alp', 'gama', 'delt', 'b', 'xyz', 'alphab']]
