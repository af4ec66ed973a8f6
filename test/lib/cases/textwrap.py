import textwrap
from textwrap import *
import random
text = ("The quick brown fox jumped over the lazy dog. It was a well-known, long-standing "
        "tradition -- or so they said!  Supercalifragilisticexpialidocious words\tbreak "
        "lines; e-mail addresses and x-y-z chains too. Mr. Smith? Yes.")
def attempt(f, *a, **k):
    try: return f(*a, **k)
    except Exception as e: return (type(e).__name__, str(e))
# --- wrap / fill basics
wrap(text), wrap(text, 20), wrap(text, 7), wrap('', 10), wrap('   ', 10), wrap('a b', 1)
fill(text, 30)
fill(text, 25, initial_indent='* ', subsequent_indent='  ')
wrap(text, 15, break_long_words=False), wrap(text, 15, break_on_hyphens=False), wrap(text, 12, drop_whitespace=False)
wrap(text, 40, fix_sentence_endings=True), wrap('Hi there. Yes! "Quoted." ok', 60, fix_sentence_endings=True)
wrap('a\tb\tc', 20), wrap('a\tb\tc', 20, tabsize=4), wrap('a\tb\tc', 20, expand_tabs=False), wrap('a\tb\nc', 20, replace_whitespace=False, expand_tabs=False)
wrap(text, 30, max_lines=2), wrap(text, 30, max_lines=1, placeholder='...'), wrap(text, 10, max_lines=3)
wrap(text, 0)
wrap(text, 5, max_lines=1, initial_indent='>>>>')
wrap('hello', 4, max_lines=1, placeholder='..')
shorten(text, 40), shorten('Hello  world!', 12), shorten('Hello  world!', 11), shorten('  a  ', 10), shorten(text, 30, placeholder=' (more)')
shorten('Hello world', 3)
TextWrapper(width=10)._split('well-known long--term a---b'), TextWrapper()._split('x-y-z, 1-2, ab-c, --a, a--'), TextWrapper(break_on_hyphens=False)._split('a-b  c')
TextWrapper(width=8).wrap('verylongword-with-hyphens-inside')
w = TextWrapper(width=12, initial_indent='1. ', subsequent_indent='   ')
w.fill(text[:80])
w.width = 20; w.wrap('short')
# --- dedent / indent
dedent('    a\n      b\n    c\n'), dedent('  a\n\tb\n'), dedent('\ta\n\t\tb'), dedent('  x\n   \n  y'), dedent('no indent\n  x'), dedent(''), dedent('   ')
dedent('  a\r\n  b\r\n'), dedent(' \t a\n \t b\n \t'), dedent('    hello\n  \n    world\n')
indent('a\nb\n\nc\n', '> '), indent('a\n  \nb', '+', lambda line: True), indent('x\r\ny', '#'), indent('', 'x')
# --- fuzz
rng = random.Random(11)
alpha = ['a', 'b', 'Z', '1', '-', '--', ' ', ' ', '\t', '\n', '.', '!', '"', "'", '_', 'é', '٣', ',', '?', 'x-y', 'ab-cd', '---', 'word', 'longerword']
samples = [''.join(rng.choice(alpha) for _ in range(rng.randrange(16))) for _ in range(1500)]
[TextWrapper()._split(s) for s in samples]
[dedent(s) for s in samples]
out = []
for s in samples:
    kw = dict(width=rng.randrange(3, 14), fix_sentence_endings=rng.random() < .5, break_long_words=rng.random() < .7, drop_whitespace=rng.random() < .7, break_on_hyphens=rng.random() < .7, max_lines=rng.choice([None, 1, 2, 3]), initial_indent=rng.choice(['', '> ']), placeholder=rng.choice([' [...]', '..']))
    out.append(attempt(wrap, s, **kw))
out
