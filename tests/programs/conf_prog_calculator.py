import re, operator, math
from dataclasses import dataclass, field
from typing import Union
TOKEN = re.compile(r'\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|//|[-+*/%()^,=])|([A-Za-z_]\w*))')
class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos
    def __str__(self):
        base = super().__str__()
        return f'{base} at {self.pos}' if self.pos is not None else base
@dataclass
class Tok:
    kind: str
    val: Union[str, float, int]
    pos: int
def lex(s):
    pos = 0; out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise CalcError(f'bad char {s[pos]!r}', pos)
        num, op, name = m.groups()
        start = m.start(m.lastindex)
        if num: out.append(Tok('num', float(num) if '.' in num else int(num), start))
        elif op: out.append(Tok('op', op, start))
        else: out.append(Tok('name', name, start))
        pos = m.end()
    out.append(Tok('end', None, len(s)))
    return out
BIN = {'+': (1, operator.add), '-': (1, operator.sub), '*': (2, operator.mul), '/': (2, operator.truediv), '//': (2, operator.floordiv), '%': (2, operator.mod), '**': (3, operator.pow), '^': (3, operator.pow)}
FUNCS = {'sqrt': math.sqrt, 'max': max, 'min': min, 'abs': abs, 'round': round, 'log': math.log}
@dataclass
class Parser:
    toks: list
    env: dict = field(default_factory=dict)
    i: int = 0
    def peek(self): return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, v):
        t = self.next()
        if t.val != v: raise CalcError(f'expected {v!r}, got {t.val!r}', t.pos)
    def stmt(self):
        if self.peek().kind == 'name' and self.toks[self.i + 1].val == '=':
            name = self.next().val; self.next()
            v = self.expr(0); self.env[name] = v; return v
        return self.expr(0)
    def expr(self, minp):
        lhs = self.unary()
        while True:
            t = self.peek()
            if t.kind != 'op' or t.val not in BIN: break
            p, fn = BIN[t.val]
            if p < minp: break
            self.next()
            rhs = self.expr(p if t.val in ('**', '^') else p + 1)
            try:
                lhs = fn(lhs, rhs)
            except ZeroDivisionError as e:
                raise CalcError(str(e), t.pos) from e
            except OverflowError as e:
                raise CalcError(f'overflow: {e}', t.pos) from None
        return lhs
    def unary(self):
        t = self.peek()
        if t.val == '-': self.next(); return -self.unary()
        if t.val == '+': self.next(); return +self.unary()
        return self.atom()
    def atom(self):
        t = self.next()
        if t.kind == 'num': return t.val
        if t.val == '(':
            v = self.expr(0); self.expect(')'); return v
        if t.kind == 'name':
            if self.peek().val == '(':
                self.next(); args = []
                if self.peek().val != ')':
                    args.append(self.expr(0))
                    while self.peek().val == ',':
                        self.next(); args.append(self.expr(0))
                self.expect(')')
                if t.val not in FUNCS: raise CalcError(f'unknown function {t.val}', t.pos)
                try: return FUNCS[t.val](*args)
                except (ValueError, TypeError) as e: raise CalcError(f'{t.val}: {e}', t.pos)
            if t.val in self.env: return self.env[t.val]
            raise CalcError(f'unknown name {t.val!r}', t.pos)
        raise CalcError(f'unexpected {t.val!r}', t.pos)
env = {}
lines = ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '7 // 2 + 7 % 3', 'x = 10', 'y = x / 4', 'x * y', 'sqrt(16) + max(1, 5, 3)', '1 / 0', '2 ^ 0.5', 'foo + 1', 'bar(1)',
         '(1 + 2', '3 $ 4', 'sqrt(-1)', 'round(2.5) + round(3.5)', '10 ** 400 * 1.0', '.5 + 1.', 'log(0)', 'min()', 'abs(-3) - -3', '2 ** -1', '-(-(-1))', '1e5', '4 // 0.0', '100 % 7.5']
for ln in lines:
    try:
        v = Parser(lex(ln), env).stmt()
        print(f'{ln:<28} = {v!r}')
    except CalcError as e:
        print(f'{ln:<28} ! {e} (cause={type(e.__cause__).__name__}, ctx={type(e.__context__).__name__})')
print(sorted(env.items()))
