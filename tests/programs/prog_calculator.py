# A recursive-descent expression evaluator with a tokenizer and error reporting
class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"{self.kind}:{self.value!r}"
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif c in "+-*/^(),%":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    tokens.append(Token("end", None, len(src)))
    return tokens
FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}
class Parser:
    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, value=None):
        t = self.toks[self.i]
        if (kind and t.kind != kind) or (value and t.value != value):
            raise ParseError(f"expected {value or kind}, got {t.value!r}", t.pos)
        self.i += 1
        return t
    def parse(self):
        v = self.expr()
        self.take("end")
        return v
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            t = self.take()
            r = self.factor()
            if t.value == "*":
                v *= r
            elif r == 0:
                raise ParseError("division by zero", t.pos)
            elif t.value == "/":
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        t = self.peek()
        if t.kind == "num":
            return self.take().value
        if t.kind == "name":
            self.take()
            if self.peek().value == "(":
                self.take()
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(value=")")
                if t.value not in FUNCS:
                    raise ParseError(f"unknown function {t.value}", t.pos)
                return FUNCS[t.value](*args)
            if t.value not in self.env:
                raise ParseError(f"unknown variable {t.value}", t.pos)
            return self.env[t.value]
        if t.value == "(":
            self.take()
            v = self.expr()
            self.take(value=")")
            return v
        raise ParseError(f"unexpected {t.value!r}", t.pos)
env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "10 % 4 + x", "max(1, x, 2) * min(4, 5)", "sqrt(16) + abs(-2.5)", "2 * pi * x", "1 +", "(1 + 2", "4 / (2 - 2)", "y * 2", "3 $ 4", "foo(1)", "1 2"]:
    try:
        print(f"{src!r:28} = {Parser(src, env).parse()}")
    except ParseError as e:
        print(f"{src!r:28} ! {e}")
print(tokenize("max(x, 2.5)"))
