# a tokenizer, recursive-descent parser and tree-walking interpreter for a tiny language
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(==|!=|<=|>=|[-+*/%()<>=;{},]))")
class Tok:
    __slots__ = ("kind", "val")
    def __init__(self, kind, val):
        self.kind, self.val = kind, val
    def __repr__(self):
        return f"{self.kind}:{self.val}"
def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad char {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            out.append(Tok("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(Tok("kw" if name in ("let", "while", "if", "else", "print", "def", "return") else "name", name))
        else:
            out.append(Tok("op", op))
        pos = m.end()
    out.append(Tok("eof", None))
    return out
class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i]
    def eat(self, kind=None, val=None):
        t = self.toks[self.i]
        if (kind and t.kind != kind) or (val and t.val != val):
            raise SyntaxError(f"expected {val or kind}, got {t!r}")
        self.i += 1
        return t
    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.stmt())
        return ("block", stmts)
    def block(self):
        self.eat("op", "{")
        stmts = []
        while self.peek().val != "}":
            stmts.append(self.stmt())
        self.eat("op", "}")
        return ("block", stmts)
    def stmt(self):
        t = self.peek()
        if t.val == "let":
            self.eat(); name = self.eat("name").val; self.eat("op", "="); e = self.expr(); self.eat("op", ";")
            return ("let", name, e)
        if t.val == "print":
            self.eat(); e = self.expr(); self.eat("op", ";")
            return ("print", e)
        if t.val == "while":
            self.eat(); c = self.expr(); return ("while", c, self.block())
        if t.val == "if":
            self.eat(); c = self.expr(); a = self.block(); b = None
            if self.peek().val == "else":
                self.eat(); b = self.block()
            return ("if", c, a, b)
        if t.val == "def":
            self.eat(); name = self.eat("name").val; self.eat("op", "(")
            params = []
            while self.peek().val != ")":
                params.append(self.eat("name").val)
                if self.peek().val == ",":
                    self.eat()
            self.eat("op", ")")
            return ("def", name, params, self.block())
        if t.val == "return":
            self.eat(); e = self.expr(); self.eat("op", ";")
            return ("return", e)
        e = self.expr(); self.eat("op", ";")
        return ("expr", e)
    PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}
    def expr(self, min_prec=1):
        left = self.atom()
        while self.peek().kind == "op" and self.PREC.get(self.peek().val, 0) >= min_prec:
            op = self.eat().val
            right = self.expr(self.PREC[op] + 1)
            left = ("bin", op, left, right)
        return left
    def atom(self):
        t = self.eat()
        if t.kind == "num":
            return ("num", t.val)
        if t.kind == "name":
            if self.peek().val == "(":
                self.eat(); args = []
                while self.peek().val != ")":
                    args.append(self.expr())
                    if self.peek().val == ",":
                        self.eat()
                self.eat("op", ")")
                return ("call", t.val, args)
            return ("var", t.val)
        if t.val == "(":
            e = self.expr(); self.eat("op", ")")
            return e
        if t.val == "-":
            return ("bin", "-", ("num", 0), self.atom())
        raise SyntaxError(f"unexpected {t!r}")
class Return(Exception):
    def __init__(self, v):
        self.v = v
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "%": lambda a, b: a % b, "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b),
       ">=": lambda a, b: int(a >= b), "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b)}
def run(node, env, funcs, out):
    kind = node[0]
    if kind == "block":
        for s in node[1]:
            run(s, env, funcs, out)
    elif kind == "let":
        env[node[1]] = ev(node[2], env, funcs, out)
    elif kind == "print":
        out.append(ev(node[1], env, funcs, out))
    elif kind == "while":
        while ev(node[1], env, funcs, out):
            run(node[2], env, funcs, out)
    elif kind == "if":
        if ev(node[1], env, funcs, out):
            run(node[2], env, funcs, out)
        elif node[3]:
            run(node[3], env, funcs, out)
    elif kind == "def":
        funcs[node[1]] = (node[2], node[3])
    elif kind == "return":
        raise Return(ev(node[1], env, funcs, out))
    elif kind == "expr":
        ev(node[1], env, funcs, out)
def ev(node, env, funcs, out):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"undefined variable {node[1]}") from None
    if kind == "bin":
        return OPS[node[1]](ev(node[2], env, funcs, out), ev(node[3], env, funcs, out))
    if kind == "call":
        params, body = funcs[node[1]]
        local = dict(zip(params, (ev(a, env, funcs, out) for a in node[2])))
        try:
            run(body, local, funcs, out)
        except Return as r:
            return r.v
        return 0
SRC = """
def fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
def gcd(a, b) { while b != 0 { let t = b; let b = a % b; let a = t; } return a; }
let i = 0;
while i < 10 { print fib(i); let i = i + 1; }
print gcd(1071, 462);
print 7 / 2;
print (1 + 2) * 3 - -4;
let x = 2.5; print x * 4;
"""
toks = tokenize(SRC)
print(len(toks), toks[:6])
tree = Parser(toks).program()
out = []
run(tree, {}, {}, out)
print(out)
for bad in ["let = 5;", "print 1 +;", "print y;", "let a = 1 $ 2;"]:
    try:
        o = []
        run(Parser(tokenize(bad)).program(), {}, {}, o)
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
