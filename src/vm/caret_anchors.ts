/**
 * PEP 657 anchors for traceback carets (CPython 3.11 traceback.c extract_anchors_from_line):
 * when the failing expression segment parses as a binary operation, the operator gets '^' and
 * the operands '~'; for a subscript, the part from the end of the value to the closing bracket
 * gets '^'. A small precedence parser recovers the operand spans (expression positions exclude
 * enclosing parentheses, as the AST's do).
 */
interface Tok { kind: "name" | "num" | "str" | "op" | "open" | "close"; text: string; start: number; end: number }
interface Node { start: number; end: number; kind: "atom" | "binop" | "sub" | "other"; left?: Node; right?: Node; slice?: Node }

function tokenize(s: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === " " || c === "\t" || c === "\f") { i++; continue; }
    if (c === "\\" && s[i + 1] === "\n") { i += 2; continue; }
    const start = i;
    if (/[A-Za-z_\u0080-\uffff]/u.test(c)) {
      while (i < s.length && /[\w\u0080-\uffff]/u.test(s[i]!)) i++;
      const w = s.substring(start, i);
      if ((s[i] === "'" || s[i] === '"') && /^[rbfuRBFU]{1,2}$/u.test(w)) {
        i = skipString(s, i);
        if (i < 0) return null;
        out.push({ kind: "str", text: s.substring(start, i), start, end: i });
        continue;
      }
      out.push({ kind: "name", text: w, start, end: i });
      continue;
    }
    if (/[0-9]/u.test(c) || (c === "." && /[0-9]/u.test(s[i + 1] ?? ""))) {
      while (i < s.length && /[\w.]/u.test(s[i]!) || ((s[i] === "+" || s[i] === "-") && /[eE]/u.test(s[i - 1]!) && !/^0[xX]/u.test(s.substring(start, i)))) i++;
      out.push({ kind: "num", text: s.substring(start, i), start, end: i });
      continue;
    }
    if (c === "'" || c === '"') {
      i = skipString(s, i);
      if (i < 0) return null;
      out.push({ kind: "str", text: s.substring(start, i), start, end: i });
      continue;
    }
    if ("([{".includes(c)) { out.push({ kind: "open", text: c, start, end: i + 1 }); i++; continue; }
    if (")]}".includes(c)) { out.push({ kind: "close", text: c, start, end: i + 1 }); i++; continue; }
    const three = s.substring(i, i + 3), two = s.substring(i, i + 2);
    if (["**=", "//=", ">>=", "<<=", "..."].includes(three)) { out.push({ kind: "op", text: three, start, end: i + 3 }); i += 3; continue; }
    if (["**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="].includes(two)) {
      out.push({ kind: "op", text: two, start, end: i + 2 });
      i += 2;
      continue;
    }
    out.push({ kind: "op", text: c, start, end: i + 1 });
    i++;
  }
  return out;
}
function skipString(s: string, i: number): number {
  const q = s[i]!;
  const triple = s.substring(i, i + 3) === q.repeat(3);
  const delim = triple ? q.repeat(3) : q;
  i += delim.length;
  while (i < s.length) {
    if (s[i] === "\\") { i += 2; continue; }
    if (s.startsWith(delim, i)) return i + delim.length;
    if (!triple && s[i] === "\n") return -1;
    i++;
  }
  return -1;
}

const BIN_PREC: Record<string, number> = {
  "|": 4, "^": 5, "&": 6, "<<": 7, ">>": 7, "+": 8, "-": 8, "*": 9, "/": 9, "//": 9, "%": 9, "@": 9, "**": 11,
};

class Parser {
  i = 0;
  constructor(readonly t: Tok[]) {}
  peek(): Tok | undefined { return this.t[this.i]; }
  expr(): Node {
    // conditional / lambda / boolean / comparison: anything above binary ops is "other"
    const n = this.orTest();
    const p = this.peek();
    if (p && p.kind === "name" && p.text === "if") {
      this.i++;
      this.orTest();
      const e = this.peek();
      if (!e || e.text !== "else") throw new Error("bad");
      this.i++;
      const r = this.expr();
      return { start: n.start, end: r.end, kind: "other" };
    }
    return n;
  }
  orTest(): Node {
    let n = this.notTest();
    for (;;) {
      const p = this.peek();
      if (p && p.kind === "name" && (p.text === "and" || p.text === "or")) {
        this.i++;
        const r = this.notTest();
        n = { start: n.start, end: r.end, kind: "other" };
      } else return n;
    }
  }
  notTest(): Node {
    const p = this.peek();
    if (p && p.kind === "name" && p.text === "not") {
      this.i++;
      const r = this.notTest();
      return { start: p.start, end: r.end, kind: "other" };
    }
    return this.comparison();
  }
  comparison(): Node {
    let n = this.binary(0);
    for (;;) {
      const p = this.peek();
      if (!p) return n;
      const isCmp = p.kind === "op" && ["<", ">", "==", ">=", "<=", "!="].includes(p.text) || p.kind === "name" && (p.text === "in" || p.text === "is" || p.text === "not");
      if (!isCmp) return n;
      this.i++;
      const q = this.peek();
      if (q && q.kind === "name" && (q.text === "not" || q.text === "in")) this.i++;
      const r = this.binary(0);
      n = { start: n.start, end: r.end, kind: "other" };
    }
  }
  binary(minPrec: number): Node {
    let left = this.unary();
    for (;;) {
      const p = this.peek();
      if (!p || p.kind !== "op") return left;
      const prec = BIN_PREC[p.text];
      if (prec === undefined || prec < minPrec) return left;
      this.i++;
      const right = p.text === "**" ? this.binaryRightPow() : this.binary(prec + 1);
      left = { start: left.start, end: right.end, kind: "binop", left, right };
    }
  }
  binaryRightPow(): Node {
    return this.unary();
  }
  unary(): Node {
    const p = this.peek();
    if (p && p.kind === "op" && (p.text === "-" || p.text === "+" || p.text === "~")) {
      this.i++;
      const r = this.unary();
      return { start: p.start, end: r.end, kind: "other" };
    }
    const base = this.power();
    return base;
  }
  power(): Node {
    const a = this.trailers();
    const p = this.peek();
    if (p && p.kind === "op" && p.text === "**") {
      this.i++;
      const r = this.unary();
      return { start: a.start, end: r.end, kind: "binop", left: a, right: r };
    }
    return a;
  }
  trailers(): Node {
    let n = this.atom();
    for (;;) {
      const p = this.peek();
      if (!p) return n;
      if (p.kind === "open" && p.text === "(") {
        const end = this.skipGroup();
        n = { start: n.start, end, kind: "other" };
      } else if (p.kind === "open" && p.text === "[") {
        const innerStart = this.i + 1;
        const end = this.skipGroup();
        // the slice node's end: last token before the closing bracket
        const closeIdx = this.i - 1;
        const lastInner = closeIdx - 1 >= innerStart ? this.t[closeIdx - 1]! : null;
        const slice: Node = { start: lastInner ? this.t[innerStart]!.start : end - 1, end: lastInner ? lastInner.end : end - 1, kind: "other" };
        n = { start: n.start, end, kind: "sub", left: n, slice };
      } else if (p.kind === "op" && p.text === ".") {
        this.i++;
        const nm = this.peek();
        if (!nm || nm.kind !== "name") throw new Error("bad");
        this.i++;
        n = { start: n.start, end: nm.end, kind: "other" };
      } else return n;
    }
  }
  skipGroup(): number {
    let depth = 0;
    while (this.i < this.t.length) {
      const t = this.t[this.i++]!;
      if (t.kind === "open") depth++;
      else if (t.kind === "close") {
        depth--;
        if (depth === 0) return t.end;
      }
    }
    throw new Error("unbalanced");
  }
  atom(): Node {
    const p = this.peek();
    if (!p) throw new Error("eof");
    if (p.kind === "name") {
      if (["if", "else", "and", "or", "not", "in", "is", "lambda", "for", "yield", "await"].includes(p.text)) {
        if (p.text === "await") {
          this.i++;
          const r = this.trailers();
          return { start: p.start, end: r.end, kind: "other" };
        }
        throw new Error("keyword");
      }
      this.i++;
      return { start: p.start, end: p.end, kind: "atom" };
    }
    if (p.kind === "num") {
      this.i++;
      return { start: p.start, end: p.end, kind: "atom" };
    }
    if (p.kind === "str") {
      this.i++;
      let end = p.end;
      while (this.peek()?.kind === "str") end = this.t[this.i++]!.end;
      return { start: p.start, end, kind: "atom" };
    }
    if (p.kind === "open") {
      if (p.text === "(") {
        // parenthesised expression: positions are the inner expression's
        const save = this.i;
        this.i++;
        try {
          const inner = this.expr();
          const c = this.peek();
          if (c && c.kind === "close" && c.text === ")") {
            this.i++;
            return inner;
          }
        } catch {
          // fall through: a tuple or generator expression
        }
        this.i = save;
      }
      const start = p.start;
      const end = this.skipGroup();
      return { start, end, kind: "other" };
    }
    if (p.kind === "op" && p.text === "...") {
      this.i++;
      return { start: p.start, end: p.end, kind: "atom" };
    }
    throw new Error("unexpected");
  }
}

const WS = (c: string | undefined) => c === " " || c === "\t" || c === "\f" || c === "\n" || c === "\r";

export function caretAnchors(segment: string): [number, number] | null {
  const toks = tokenize(segment);
  if (toks === null || toks.length === 0) return null;
  let node: Node;
  try {
    const p = new Parser(toks);
    node = p.expr();
    if (p.i !== toks.length) return null;
  } catch {
    return null;
  }
  const n = segment.length;
  if (node.kind === "binop") {
    // the operator starts after the left operand and any whitespace; a closing parenthesis of the
    // left operand (not part of its span) or a comment is then stepped over, carets and all
    const l = node.left!, r = node.right!;
    let off = 0;
    while (l.end + off < r.start && WS(segment[l.end + off])) off++;
    if (l.end + off >= r.start) return null;
    let left = l.end + off;
    let right = left + 1;
    if (off + 1 < r.start - l.end && !WS(segment[left + 1])) right++;
    while (left < n && (WS(segment[left]) || segment[left] === ")" || segment[left] === "#")) {
      left++;
      right++;
    }
    return [left, right];
  }
  if (node.kind === "sub") {
    // from the '[' after the value to just past the ']' after the slice
    let left = node.left!.end;
    let right = node.slice!.end + 1;
    while (left < n && segment[left] !== "[") left++;
    while (right < n && segment[right] !== "]") right++;
    if (right < n) right++;
    return [left, right];
  }
  return null;
}
