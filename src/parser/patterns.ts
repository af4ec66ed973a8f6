/**
 * `match` statement patterns (python.gram, "Match statement"). name_or_attr is left-recursive:
 * a loop over NAME ('.' NAME)*.
 */
import { TokenType as T } from "../tokenizer/token.ts";
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { Complex, None } from "../objects/constant.ts";
import { KW, R, type Parser, type Token } from "./parser.ts";
import { strings } from "./exprs.ts";
import { numberConstant } from "./numbers.ts";
import * as I from "./invalid.ts";

function pos<N>(p: Parser, st: Token, f: (l: number, c: number, el: number, ec: number) => N): N {
  const e = p.lastTok();
  return f(st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
}

// patterns:
//     | patterns=open_sequence_pattern { MatchSequence(patterns) }
//     | pattern
export function patterns(p: Parser): A.pattern | null {
  const st = p.startTok();
  const m = p.mark;
  const ps = openSequencePattern(p);
  if (ps !== null) return pos(p, st, (l, c, el, ec) => A.MatchSequence(ps, l, c, el, ec));
  p.mark = m;
  return pattern(p);
}

// pattern: as_pattern | or_pattern
export function pattern(p: Parser): A.pattern | null {
  p.enter();
  const r = asPattern(p) ?? orPattern(p);
  p.level--;
  return r;
}

// as_pattern:
//     | pattern=or_pattern 'as' target=pattern_capture_target { MatchAs(pattern, target) }
//     | invalid_as_pattern
function asPattern(p: Parser): A.pattern | null {
  const m = p.mark;
  const st = p.startTok();
  const pat = orPattern(p);
  if (pat !== null && p.expect(KW.as) !== null) {
    const target = patternCaptureTarget(p);
    if (target !== null) return pos(p, st, (l, c, el, ec) => A.MatchAs(pat, target, l, c, el, ec));
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidAsPattern(p);
    p.mark = m;
  }
  return null;
}

// or_pattern: patterns='|'.closed_pattern+ { len == 1 ? patterns[0] : MatchOr(patterns) }
export function orPattern(p: Parser): A.pattern | null {
  const st = p.startTok();
  const a = closedPattern(p);
  if (a === null) return null;
  const ps = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.VBAR) === null) break;
    const c = closedPattern(p);
    if (c === null) { p.mark = m; break; }
    ps.push(c);
  }
  if (ps.length === 1) return a;
  return pos(p, st, (l, c, el, ec) => A.MatchOr(ps, l, c, el, ec));
}

// closed_pattern (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
function closedPattern(p: Parser): A.pattern | null {
  if (p.isMemoized(R.closed_pattern)) return p.memoHit as A.pattern | null;
  const m = p.mark;
  p.enter();
  const r = literalPattern(p) ?? capturePattern(p) ?? wildcardPattern(p) ?? valuePattern(p)
    ?? groupPattern(p) ?? sequencePattern(p) ?? mappingPattern(p) ?? classPattern(p);
  p.level--;
  p.memoize(m, R.closed_pattern, r);
  return r;
}

// literal_pattern:
//     | value=signed_number !('+' | '-') { MatchValue(value) }
//     | value=complex_number { MatchValue(value) }
//     | value=strings { MatchValue(value) }
//     | 'None' { MatchSingleton(None) } | 'True' { MatchSingleton(True) } | 'False' { MatchSingleton(False) }
function literalPattern(p: Parser): A.pattern | null {
  const st = p.startTok();
  const v = literalValue(p);
  if (v === null) return null;
  if (v._kind === K.Constant && (st.type === KW.None || st.type === KW.True || st.type === KW.False)) {
    return A.MatchSingleton(v.value, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
  }
  return pos(p, st, (l, c, el, ec) => A.MatchValue(v, l, c, el, ec));
}

// literal_expr:
//     | signed_number !('+' | '-')
//     | complex_number
//     | strings
//     | 'None' { Constant(None) } | 'True' { Constant(True) } | 'False' { Constant(False) }
function literalValue(p: Parser): A.expr | null {
  const st = p.startTok();
  const m = p.mark;
  const n = signedNumber(p);
  if (n !== null) {
    const t = p.peekType();
    if (t !== T.PLUS && t !== T.MINUS) return n;
    p.mark = m;
  }
  const cn = complexNumber(p);
  if (cn !== null) return cn;
  p.mark = m;
  if (st.type === T.STRING) return strings(p);
  if (st.type === KW.None) { p.mark++; return A.Constant(None, null, st.lineno, st.col_offset, st.end_lineno, st.end_col_offset); }
  if (st.type === KW.True) { p.mark++; return A.Constant(true, null, st.lineno, st.col_offset, st.end_lineno, st.end_col_offset); }
  if (st.type === KW.False) { p.mark++; return A.Constant(false, null, st.lineno, st.col_offset, st.end_lineno, st.end_col_offset); }
  return null;
}

// complex_number:
//     | real=signed_real_number '+' imag=imaginary_number { BinOp(real, Add, imag) }
//     | real=signed_real_number '-' imag=imaginary_number { BinOp(real, Sub, imag) }
function complexNumber(p: Parser): A.expr | null {
  const m = p.mark;
  const st = p.startTok();
  const real = signedRealNumber(p);
  if (real === null) return null;
  const t = p.peekType();
  if (t === T.PLUS || t === T.MINUS) {
    p.mark++;
    const imag = imaginaryNumber(p);
    if (imag !== null) return pos(p, st, (l, c, el, ec) => A.BinOp(real, t === T.PLUS ? A.Add : A.Sub, imag, l, c, el, ec));
  }
  p.mark = m;
  return null;
}

// signed_number:
//     | NUMBER
//     | '-' number=NUMBER { UnaryOp(USub, number) }
function signedNumber(p: Parser): A.expr | null {
  const st = p.startTok();
  if (st.type === T.NUMBER) { p.mark++; return numberConstant(p, st); }
  if (st.type === T.MINUS && p.peekTypeAt(1) === T.NUMBER) {
    p.mark++;
    const t = p.tokens[p.mark++]!;
    const n = numberConstant(p, t);
    return pos(p, st, (l, c, el, ec) => A.UnaryOp(A.USub, n, l, c, el, ec));
  }
  return null;
}

// signed_real_number:
//     | real_number
//     | '-' real=real_number { UnaryOp(USub, real) }
// real_number: real=NUMBER { ensure_real(real) }
function signedRealNumber(p: Parser): A.expr | null {
  const st = p.startTok();
  if (st.type === T.NUMBER) { p.mark++; return ensureReal(p, numberConstant(p, st)); }
  if (st.type === T.MINUS && p.peekTypeAt(1) === T.NUMBER) {
    p.mark++;
    const t = p.tokens[p.mark++]!;
    const n = ensureReal(p, numberConstant(p, t));
    return pos(p, st, (l, c, el, ec) => A.UnaryOp(A.USub, n, l, c, el, ec));
  }
  return null;
}

// imaginary_number: imag=NUMBER { ensure_imaginary(imag) }
function imaginaryNumber(p: Parser): A.expr | null {
  const st = p.startTok();
  if (st.type !== T.NUMBER) return null;
  p.mark++;
  const n = numberConstant(p, st);
  if (!(n._kind === K.Constant && n.value instanceof Complex)) p.errorAt(n, "imaginary number required in complex literal");
  return n;
}

function ensureReal(p: Parser, n: A.expr): A.expr {
  if (n._kind !== K.Constant || n.value instanceof Complex) p.errorAt(n, "real number required in complex literal");
  return n;
}

// capture_pattern: target=pattern_capture_target { MatchAs(NULL, target) }
function capturePattern(p: Parser): A.pattern | null {
  const st = p.startTok();
  const t = patternCaptureTarget(p);
  if (t === null) return null;
  return pos(p, st, (l, c, el, ec) => A.MatchAs(null, t, l, c, el, ec));
}

// pattern_capture_target: !"_" name=NAME !('.' | '(' | '=') { name as Store }
export function patternCaptureTarget(p: Parser): string | null {
  const t = p.peek();
  if (t.type !== T.NAME || t.str === "_") return null;
  const nt = p.peekTypeAt(1);
  if (nt === T.DOT || nt === T.LPAR || nt === T.EQUAL) return null;
  p.mark++;
  return p.identifier(t);
}

// wildcard_pattern: "_" { MatchAs(NULL, NULL) }
function wildcardPattern(p: Parser): A.pattern | null {
  const t = p.expectSoft("_");
  if (t === null) return null;
  return A.MatchAs(null, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

// value_pattern: attr=attr !('.' | '(' | '=') { MatchValue(attr) }
function valuePattern(p: Parser): A.pattern | null {
  const m = p.mark;
  const st = p.startTok();
  const a = attr(p);
  if (a === null) return null;
  const t = p.peekType();
  if (t === T.DOT || t === T.LPAR || t === T.EQUAL) { p.mark = m; return null; }
  return pos(p, st, (l, c, el, ec) => A.MatchValue(a, l, c, el, ec));
}

// attr: value=name_or_attr '.' attr=NAME { Attribute(value, attr, Load) }
export function attr(p: Parser): A.expr | null {
  const m = p.mark;
  const a = nameOrAttr(p);
  if (a === null || a._kind !== K.Attribute) { p.mark = m; return null; }
  return a;
}

// name_or_attr: attr | NAME
export function nameOrAttr(p: Parser): A.expr | null {
  const st = p.startTok();
  let a: A.expr | null = p.name();
  if (a === null) return null;
  for (;;) {
    const m = p.mark;
    if (p.expect(T.DOT) === null) break;
    const b = p.name();
    if (b === null) { p.mark = m; break; }
    const e = p.lastTok();
    a = A.Attribute(a, b.id, A.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
  }
  return a;
}

// group_pattern: '(' pattern=pattern ')' { pattern }
function groupPattern(p: Parser): A.pattern | null {
  const m = p.mark;
  if (p.expect(T.LPAR) === null) return null;
  const pat = pattern(p);
  if (pat !== null && p.expect(T.RPAR) !== null) return pat;
  p.mark = m;
  return null;
}

// sequence_pattern:
//     | '[' patterns=maybe_sequence_pattern? ']' { MatchSequence(patterns) }
//     | '(' patterns=open_sequence_pattern? ')' { MatchSequence(patterns) }
function sequencePattern(p: Parser): A.pattern | null {
  const m = p.mark;
  const st = p.startTok();
  if (st.type === T.LSQB) {
    p.mark++;
    const ps = maybeSequencePattern(p);
    if (p.expect(T.RSQB) !== null) return pos(p, st, (l, c, el, ec) => A.MatchSequence(ps ?? [], l, c, el, ec));
  } else if (st.type === T.LPAR) {
    p.mark++;
    const ps = openSequencePattern(p);
    if (p.expect(T.RPAR) !== null) return pos(p, st, (l, c, el, ec) => A.MatchSequence(ps ?? [], l, c, el, ec));
  }
  p.mark = m;
  return null;
}

// open_sequence_pattern: pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern? { [pattern] + patterns }
function openSequencePattern(p: Parser): A.pattern[] | null {
  const m = p.mark;
  const a = maybeStarPattern(p);
  if (a === null || p.expect(T.COMMA) === null) { p.mark = m; return null; }
  const rest = maybeSequencePattern(p);
  return rest !== null ? [a, ...rest] : [a];
}

// maybe_sequence_pattern: patterns=','.maybe_star_pattern+ ','? { patterns }
function maybeSequencePattern(p: Parser): A.pattern[] | null {
  const a = maybeStarPattern(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = maybeStarPattern(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  p.expect(T.COMMA);
  return out;
}

// maybe_star_pattern: star_pattern | pattern
function maybeStarPattern(p: Parser): A.pattern | null {
  return starPattern(p) ?? pattern(p);
}

// star_pattern (memo):
//     | '*' target=pattern_capture_target { MatchStar(target) }
//     | '*' wildcard_pattern { MatchStar(NULL) }
function starPattern(p: Parser): A.pattern | null {
  if (p.isMemoized(R.star_pattern)) return p.memoHit as A.pattern | null;
  const m = p.mark;
  const st = p.startTok();
  let res: A.pattern | null = null;
  if (st.type === T.STAR) {
    p.mark++;
    const t = patternCaptureTarget(p);
    if (t !== null) res = pos(p, st, (l, c, el, ec) => A.MatchStar(t, l, c, el, ec));
    else if (wildcardPattern(p) !== null) res = pos(p, st, (l, c, el, ec) => A.MatchStar(null, l, c, el, ec));
    else p.mark = m;
  }
  p.memoize(m, R.star_pattern, res);
  return res;
}

// mapping_pattern:
//     | '{' '}' { MatchMapping([], [], NULL) }
//     | '{' rest=double_star_pattern ','? '}' { MatchMapping([], [], rest) }
//     | '{' items=items_pattern ',' rest=double_star_pattern ','? '}' { MatchMapping(keys, patterns, rest) }
//     | '{' items=items_pattern ','? '}' { MatchMapping(keys, patterns, NULL) }
function mappingPattern(p: Parser): A.pattern | null {
  const st = p.startTok();
  if (st.type !== T.LBRACE) return null;
  const m = p.mark;
  p.mark++;
  if (p.expect(T.RBRACE) !== null) return pos(p, st, (l, c, el, ec) => A.MatchMapping([], [], null, l, c, el, ec));
  const rest = doubleStarPattern(p);
  if (rest !== null) {
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE) !== null) return pos(p, st, (l, c, el, ec) => A.MatchMapping([], [], rest, l, c, el, ec));
  }
  p.mark = m + 1;
  const items = itemsPattern(p);
  if (items !== null) {
    const afterItems = p.mark;
    if (p.expect(T.COMMA) !== null) {
      const r = doubleStarPattern(p);
      if (r !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RBRACE) !== null) {
          return pos(p, st, (l, c, el, ec) => A.MatchMapping(items.map((x) => x[0]), items.map((x) => x[1]), r, l, c, el, ec));
        }
      }
    }
    p.mark = afterItems;
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE) !== null) {
      return pos(p, st, (l, c, el, ec) => A.MatchMapping(items.map((x) => x[0]), items.map((x) => x[1]), null, l, c, el, ec));
    }
  }
  p.mark = m;
  return null;
}

// items_pattern: ','.key_value_pattern+
function itemsPattern(p: Parser): [A.expr, A.pattern][] | null {
  const a = keyValuePattern(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = keyValuePattern(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  return out;
}

// key_value_pattern: key=(literal_expr | attr) ':' pattern=pattern { (key, pattern) }
function keyValuePattern(p: Parser): [A.expr, A.pattern] | null {
  const m = p.mark;
  const key = literalValue(p) ?? attr(p);
  if (key === null || p.expect(T.COLON) === null) { p.mark = m; return null; }
  const pat = pattern(p);
  if (pat === null) { p.mark = m; return null; }
  return [key, pat];
}

// double_star_pattern: '**' target=pattern_capture_target { target }
function doubleStarPattern(p: Parser): string | null {
  const m = p.mark;
  if (p.expect(T.DOUBLESTAR) === null) return null;
  const t = patternCaptureTarget(p);
  if (t === null) p.mark = m;
  return t;
}

// class_pattern:
//     | cls=name_or_attr '(' ')' { MatchClass(cls, [], [], []) }
//     | cls=name_or_attr '(' patterns=positional_patterns ','? ')'
//     | cls=name_or_attr '(' keywords=keyword_patterns ','? ')'
//     | cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')'
//     | invalid_class_pattern
function classPattern(p: Parser): A.pattern | null {
  const m = p.mark;
  const st = p.startTok();
  const cls = nameOrAttr(p);
  if (cls !== null && p.expect(T.LPAR) !== null) {
    const afterParen = p.mark;
    if (p.expect(T.RPAR) !== null) return pos(p, st, (l, c, el, ec) => A.MatchClass(cls, [], [], [], l, c, el, ec));
    const ps = positionalPatterns(p);
    if (ps !== null) {
      const m2 = p.mark;
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null) return pos(p, st, (l, c, el, ec) => A.MatchClass(cls, ps, [], [], l, c, el, ec));
      p.mark = m2;
    }
    p.mark = afterParen;
    const kws = keywordPatterns(p);
    if (kws !== null) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null) {
        return pos(p, st, (l, c, el, ec) => A.MatchClass(cls, [], kws.map((x) => x[0]), kws.map((x) => x[1]), l, c, el, ec));
      }
    }
    p.mark = afterParen;
    if (ps !== null) {
      positionalPatterns(p);
      if (p.expect(T.COMMA) !== null) {
        const kw2 = keywordPatterns(p);
        if (kw2 !== null) {
          p.expect(T.COMMA);
          if (p.expect(T.RPAR) !== null) {
            return pos(p, st, (l, c, el, ec) => A.MatchClass(cls, ps, kw2.map((x) => x[0]), kw2.map((x) => x[1]), l, c, el, ec));
          }
        }
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    I.invalidClassPattern(p);
    p.mark = m;
  }
  return null;
}

// positional_patterns: args=','.pattern+ { args }
export function positionalPatterns(p: Parser): A.pattern[] | null {
  const a = pattern(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = pattern(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  return out;
}

// keyword_patterns: ','.keyword_pattern+
// keyword_pattern: arg=NAME '=' value=pattern { (arg, value) }
export function keywordPatterns(p: Parser): [string, A.pattern][] | null {
  const kp = (q: Parser): [string, A.pattern] | null => {
    const m = q.mark;
    const n = q.name();
    if (n === null || q.expect(T.EQUAL) === null) { q.mark = m; return null; }
    const v = pattern(q);
    if (v === null) { q.mark = m; return null; }
    return [n.id, v];
  };
  const a = kp(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const c = kp(p);
    if (c === null) { p.mark = m; break; }
    out.push(c);
  }
  return out;
}
