import shlex
import random, io
def attempt(f, *a, **k):
    try: return f(*a, **k)
    except Exception as e: return (type(e).__name__, str(e))
# --- split / quote / join
shlex.split('a "b c" d\\ e # x', comments=True), shlex.split("a 'b\\' c"), shlex.split('a "b\\"c" \'d\''), shlex.split(''), shlex.split('""'), shlex.split("''x"), shlex.split('a\\\nb'), shlex.split('x # y'), shlex.split('x#y z', comments=True)
[attempt(shlex.split, s) for s in ['"abc', "'abc", 'abc\\', 'a "b\\', 'a\\"b']]
shlex.split('a b', posix=False), shlex.split('"a b" \'c\'', posix=False)
[shlex.quote(s) for s in ['', 'a b', "it's", 'safe-chars_@%+=:,./', 'é', '$x', '\n']], shlex.join(['a', 'b c', "d'e"])
# --- the shlex class
s = shlex.shlex('a && b || c;(d)', punctuation_chars=True); list(s), s.punctuation_chars
s = shlex.shlex('x = "y z" # c\nw', posix=True); list(s), s.lineno
s = shlex.shlex('one two'); s.get_token(), s.get_token(), s.get_token(), s.eof
s = shlex.shlex('a b c'); t = s.get_token(); s.push_token('pushed'); s.get_token(), s.get_token(), s.error_leader(), s.error_leader('f', 3)
s = shlex.shlex('a|b>c', punctuation_chars='|'); list(s), s.wordchars[-10:]
s = shlex.shlex('ab.cd-ef', posix=True); s.whitespace_split = True; list(s)
s = shlex.shlex("don't"); list(s)
s = shlex.shlex('a;b', posix=True); list(s)
sorted(shlex.__all__)
# --- fuzz
rng = random.Random(10)
chars = ['a', 'b', ' ', '"', "'", '\\', '#', '\n', ';', '|', '&', '(', '.', '-', 'é', '\t', '=']
texts = [''.join(rng.choice(chars) for _ in range(rng.randrange(12))) for _ in range(800)]
def lex_all(text, **kw):
    def run():
        lx = shlex.shlex(text, posix=kw.get('posix', False), punctuation_chars=kw.get('pc', False))
        lx.whitespace_split = kw.get('ws', False)
        return list(lx)
    return attempt(run)
[(attempt(shlex.split, t), attempt(shlex.split, t, True), attempt(shlex.split, t, posix=False)) for t in texts]
[(lex_all(t), lex_all(t, posix=True), lex_all(t, pc=True), lex_all(t, posix=True, pc=True, ws=True), lex_all(t, ws=True)) for t in texts[:400]]
