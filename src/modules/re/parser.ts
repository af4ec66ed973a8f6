/**
 * Pattern syntax -> parse tree (nodes.ts), with sre_parse's behaviour: the same tree shapes
 * (common prefixes of alternatives factored out, single-character alternatives turned into a set,
 * non-capturing groups without flags spliced into their parent), the same errors with the same
 * messages and positions, raised in the same order, and the same warnings.
 *
 * Entry point: parse(). The grammar, informally:
 *   sub      := seq ('|' seq)*
 *   seq      := (atom quantifier?)*
 *   atom     := char | '\' escape | '[' set ']' | '.' | '^' | '$' | '(' group ')'
 *   quantifier := ('*' | '+' | '?' | '{' m? (',' n?)? '}') ('?' | '+')?
 * Nesting is bounded (RecursionError past CPython's depth at top level), so deep patterns never
 * reach the JS stack limit.
 */
import { lookupUnicodeName } from "../../parser/unicode-names.ts";
import { Cat, isAlpha } from "./chars.ts";
import { At } from "./matcher.ts";
import {
  FLAG_ASCII, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_DOTALL, FLAG_TEMPLATE,
  FLAG_UNICODE, FLAG_VERBOSE, GLOBAL_FLAGS, MAXGROUPS, MAXREPEAT, TYPE_FLAGS,
} from "./constants.ts";
import { RegexError, cpString } from "./errors.ts";
import {
  Op, SetItem, SetOp, State, SubPattern, assertNode, atomicNode, branchNode, condNode, groupNode, inNode, litNode,
  repeatNode, sameNode, simpleNode, type Node,
} from "./nodes.ts";
import { isAscii, isAsciiDecimal, isIdentifier, pyAscii, pyInt, pyRepr } from "./pystr.ts";
import { ESC, NONE, Source, isAsciiLetter, isDigit, isHexDigit, isOctDigit, tokLen } from "./source.ts";

/** Parser frames (sub + seq levels) allowed before RecursionError, as CPython at top level. */
export const DEFAULT_MAX_DEPTH = 992;

const enum Ch {
  TAB = 9, NL = 10, VT = 11, FF = 12, CR = 13, SPACE = 32, HASH = 0x23, DOLLAR = 0x24, LPAREN = 0x28, RPAREN = 0x29,
  STAR = 0x2a, PLUS = 0x2b, COMMA = 0x2c, MINUS = 0x2d, DOT = 0x2e, COLON = 0x3a, LT = 0x3c, EQ = 0x3d, GT = 0x3e,
  QUESTION = 0x3f, LBRACKET = 0x5b, RBRACKET = 0x5d, CARET = 0x5e, LBRACE = 0x7b, BAR = 0x7c, RBRACE = 0x7d,
  BANG = 0x21, AMP = 0x26, TILDE = 0x7e, BACKSLASH = 0x5c,
}

/** Inline flag letters (sre_parse.FLAGS). */
function flagOf(t: number): number {
  switch (t) {
    case 0x69: return FLAG_IGNORECASE; // i
    case 0x4c: return FLAG_LOCALE; // L
    case 0x6d: return FLAG_MULTILINE; // m
    case 0x73: return FLAG_DOTALL; // s
    case 0x78: return FLAG_VERBOSE; // x
    case 0x61: return FLAG_ASCII; // a
    case 0x74: return FLAG_TEMPLATE; // t
    case 0x75: return FLAG_UNICODE; // u
    default: return 0;
  }
}

function isSpecial(t: number): boolean {
  // ".\\[{()*+?^$|"
  switch (t) {
    case Ch.DOT: case Ch.LBRACKET: case Ch.LBRACE: case Ch.LPAREN: case Ch.RPAREN: case Ch.STAR:
    case Ch.PLUS: case Ch.QUESTION: case Ch.CARET: case Ch.DOLLAR: case Ch.BAR:
      return true;
    default:
      return false;
  }
}

function isWhitespace(t: number): boolean {
  return t === Ch.SPACE || (t >= Ch.TAB && t <= Ch.CR);
}

/** The text of a token, for messages. */
function tokText(t: number): string {
  if (t >= ESC) return "\\" + String.fromCodePoint(t - ESC);
  return String.fromCodePoint(t);
}

function textOf(cps: number[]): string {
  return cpString(cps);
}

/** The token's string .isalpha() (an escape token never is: the backslash is not a letter). */
function tokIsAlpha(t: number): boolean {
  return t < ESC && isAlpha(t);
}

/** \a \b \f \n \r \t \v \\ -> the character, else -1. */
function simpleEscape(c: number): number {
  switch (c) {
    case 0x61: return 7;
    case 0x62: return 8;
    case 0x66: return 12;
    case 0x6e: return 10;
    case 0x72: return 13;
    case 0x74: return 9;
    case 0x76: return 11;
    case 0x5c: return 0x5c;
    default: return -1;
  }
}

/** \d \D \s \S \w \W -> category, else -1. */
function categoryEscape(c: number): number {
  switch (c) {
    case 0x64: return Cat.DIGIT;
    case 0x44: return Cat.NOT_DIGIT;
    case 0x73: return Cat.SPACE;
    case 0x53: return Cat.NOT_SPACE;
    case 0x77: return Cat.WORD;
    case 0x57: return Cat.NOT_WORD;
    default: return -1;
  }
}

/** \A \b \B \Z -> At code, else -1. */
function atEscape(c: number): number {
  switch (c) {
    case 0x41: return At.BEGINNING_STRING;
    case 0x62: return At.BOUNDARY;
    case 0x42: return At.NON_BOUNDARY;
    case 0x5a: return At.END_STRING;
    default: return -1;
  }
}

function parseBase(cps: number[], from: number, base: number): number {
  let v = 0;
  for (let i = from; i < cps.length; i++) v = v * base + parseInt(String.fromCharCode(cps[i]!), base);
  return v;
}

/** One parse: the tokenizer, the shared state and the nesting budget. */
class Parser {
  readonly source: Source;
  readonly state: State;
  private depth = 0;

  constructor(source: Source, state: State, private readonly maxDepth: number) {
    this.source = source;
    this.state = state;
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) {
      const e = new RegexError("RecursionError", "maximum recursion depth exceeded");
      e.warnings = this.source.warnings;
      throw e;
    }
  }

  private checkgroupname(name: number[], offset: number): void {
    const source = this.source;
    if (!isIdentifier(name)) throw source.error(`bad character in group name ${pyRepr(name)}`, name.length + offset);
    if (!(source.istext || isAscii(name))) {
      source.warn("DeprecationWarning",
        `bad character in group name ${pyAscii(name)} at position ${source.tell() - name.length - offset}`);
    }
  }

  private checklookbehindgroup(gid: number): void {
    const state = this.state;
    if (state.lookbehindgroups >= 0) {
      if (!state.checkgroup(gid)) throw this.source.error("cannot refer to an open group");
      if (gid >= state.lookbehindgroups) {
        throw this.source.error("cannot refer to group defined in the same lookbehind subpattern");
      }
    }
  }

  /** \x.. \u.... \U........ \N{...}: a code point, or -2 when chr() would fail (bad escape). */
  private numericEscape(c: number, escape: number[]): number {
    const source = this.source;
    if (c === 0x78) { // x
      source.getwhile(2, isHexDigit, escape);
      if (escape.length !== 4) throw source.error(`incomplete escape ${textOf(escape)}`, escape.length);
      return parseBase(escape, 2, 16);
    }
    if (c === 0x75) { // u
      source.getwhile(4, isHexDigit, escape);
      if (escape.length !== 6) throw source.error(`incomplete escape ${textOf(escape)}`, escape.length);
      return parseBase(escape, 2, 16);
    }
    if (c === 0x55) { // U
      source.getwhile(8, isHexDigit, escape);
      if (escape.length !== 10) throw source.error(`incomplete escape ${textOf(escape)}`, escape.length);
      const v = parseBase(escape, 2, 16);
      return v > 0x10ffff ? -2 : v;
    }
    // N
    if (!source.match(Ch.LBRACE)) throw source.error("missing {");
    const name = source.getuntil(Ch.RBRACE, "character name");
    const cp = lookupUnicodeName(cpString(name));
    if (cp < 0) throw source.error(`undefined character name ${pyRepr(name)}`, name.length + 4);
    return cp;
  }

  /** sre_parse._class_escape: an escape inside [...]: a SetItem (literal or category). */
  private classEscape(tok: number): SetItem {
    const source = this.source;
    const c = tok - ESC;
    const simple = simpleEscape(c);
    if (simple >= 0) return new SetItem(SetOp.LITERAL, simple, 0);
    const cat = categoryEscape(c);
    if (cat >= 0) return new SetItem(SetOp.CATEGORY, cat, 0);
    const escape = [0x5c, c];
    if (c === 0x78 || (source.istext && (c === 0x75 || c === 0x55 || c === 0x4e))) {
      const v = this.numericEscape(c, escape);
      if (v >= 0) return new SetItem(SetOp.LITERAL, v, 0);
    } else if (isOctDigit(c)) {
      source.getwhile(2, isOctDigit, escape);
      const v = parseBase(escape, 1, 8);
      if (v > 0o377) throw source.error(`octal escape value ${textOf(escape)} outside of range 0-0o377`, escape.length);
      return new SetItem(SetOp.LITERAL, v, 0);
    } else if (!isDigit(c)) {
      if (isAsciiLetter(c)) throw source.error(`bad escape ${textOf(escape)}`, escape.length);
      return new SetItem(SetOp.LITERAL, c, 0);
    }
    throw source.error(`bad escape ${textOf(escape)}`, escape.length);
  }

  /** sre_parse._escape: an escape outside a set, as a node. */
  private escape(tok: number): Node {
    const source = this.source;
    const state = this.state;
    const c = tok - ESC;
    const at = atEscape(c);
    if (at >= 0) return simpleNode(Op.AT, at);
    const cat = categoryEscape(c);
    if (cat >= 0) return inNode([new SetItem(SetOp.CATEGORY, cat, 0)]);
    const simple = simpleEscape(c);
    if (simple >= 0) return litNode(Op.LITERAL, simple);
    const escape = [0x5c, c];
    if (c === 0x78 || (source.istext && (c === 0x75 || c === 0x55 || c === 0x4e))) {
      const v = this.numericEscape(c, escape);
      if (v >= 0) return litNode(Op.LITERAL, v);
    } else if (c === 0x30) {
      source.getwhile(2, isOctDigit, escape);
      return litNode(Op.LITERAL, parseBase(escape, 1, 8));
    } else if (isDigit(c)) {
      // octal escape *or* group reference
      const nx = source.next;
      if (nx !== NONE && nx < ESC && isDigit(nx)) {
        escape.push(source.get());
        const nx2 = source.next;
        if (isOctDigit(escape[1]!) && isOctDigit(escape[2]!) && nx2 !== NONE && nx2 < ESC && isOctDigit(nx2)) {
          escape.push(source.get());
          const v = parseBase(escape, 1, 8);
          if (v > 0o377) {
            throw source.error(`octal escape value ${textOf(escape)} outside of range 0-0o377`, escape.length);
          }
          return litNode(Op.LITERAL, v);
        }
      }
      const group = parseBase(escape, 1, 10);
      if (group < state.groups) {
        if (!state.checkgroup(group)) throw source.error("cannot refer to an open group", escape.length);
        this.checklookbehindgroup(group);
        return simpleNode(Op.GROUPREF, group);
      }
      throw source.error(`invalid group reference ${group}`, escape.length - 1);
    } else {
      if (isAsciiLetter(c)) throw source.error(`bad escape ${textOf(escape)}`, escape.length);
      return litNode(Op.LITERAL, c);
    }
    throw source.error(`bad escape ${textOf(escape)}`, escape.length);
  }

  /** sre_parse._parse_sub: alternatives separated by '|'. */
  parseSub(verbose: boolean, nested: number): SubPattern {
    this.enter();
    const source = this.source;
    const state = this.state;
    const items: SubPattern[] = [];
    for (;;) {
      items.push(this.parseSeq(verbose, nested + 1, nested === 0 && items.length === 0));
      if (!source.match(Ch.BAR)) break;
      if (nested === 0) verbose = (state.flags & FLAG_VERBOSE) !== 0;
    }
    this.depth--;
    if (items.length === 1) return items[0]!;

    const subpattern = new SubPattern(state);
    // Move a prefix common to all alternatives out of the branch.
    for (;;) {
      let prefix: Node | null = null;
      let common = true;
      for (const item of items) {
        if (item.data.length === 0) { common = false; break; }
        if (prefix === null) prefix = item.data[0]!;
        else if (!sameNode(item.data[0]!, prefix)) { common = false; break; }
      }
      if (!common) break;
      for (const item of items) item.data.shift();
      subpattern.data.push(prefix!);
    }

    // Alternatives of single characters / sets become one set.
    const set: SetItem[] = [];
    let allSimple = true;
    for (const item of items) {
      if (item.data.length !== 1) { allSimple = false; break; }
      const n = item.data[0]!;
      if (n.op === Op.LITERAL) set.push(new SetItem(SetOp.LITERAL, n.a, 0));
      else if (n.op === Op.IN && n.items![0]!.op !== SetOp.NEGATE) set.push(...n.items!);
      else { allSimple = false; break; }
    }
    if (allSimple) {
      subpattern.data.push(inNode(uniq(set)));
      return subpattern;
    }
    subpattern.data.push(branchNode(items));
    return subpattern;
  }

  /** sre_parse._parse: a sequence of items up to '|', ')' or the end. */
  parseSeq(verbose: boolean, nested: number, first: boolean): SubPattern {
    this.enter();
    const source = this.source;
    const state = this.state;
    const subpattern = new SubPattern(state);
    const data = subpattern.data;

    for (;;) {
      let t = source.next;
      if (t === NONE || t === Ch.BAR || t === Ch.RPAREN) break;
      source.get();

      if (verbose) {
        if (isWhitespace(t)) continue;
        if (t === Ch.HASH) {
          for (;;) {
            t = source.get();
            if (t === NONE || t === Ch.NL) break;
          }
          continue;
        }
      }

      if (t >= ESC) {
        data.push(this.escape(t));
      } else if (!isSpecial(t)) {
        data.push(litNode(Op.LITERAL, t));
      } else if (t === Ch.LBRACKET) {
        data.push(this.parseSet());
      } else if (t === Ch.STAR || t === Ch.PLUS || t === Ch.QUESTION || t === Ch.LBRACE) {
        this.parseRepeat(t, data);
      } else if (t === Ch.DOT) {
        data.push(simpleNode(Op.ANY, 0));
      } else if (t === Ch.LPAREN) {
        const node = this.parseGroup(verbose, nested, first, data.length > 0);
        if (node === null) continue;
        if (node === GLOBAL_FLAGS_SEEN) {
          verbose = (state.flags & FLAG_VERBOSE) !== 0;
          continue;
        }
        data.push(node);
      } else if (t === Ch.CARET) {
        data.push(simpleNode(Op.AT, At.BEGINNING));
      } else { // '$'
        data.push(simpleNode(Op.AT, At.END));
      }
    }

    // Splice in non-capturing groups that set no flags.
    for (let i = data.length - 1; i >= 0; i--) {
      const n = data[i]!;
      if (n.op === Op.SUBPATTERN && n.a < 0 && n.b === 0 && n.c === 0) data.splice(i, 1, ...n.sub!.data);
    }
    this.depth--;
    return subpattern;
  }

  /** '[' set ']' (the '[' consumed). */
  private parseSet(): Node {
    const source = this.source;
    const here = source.tell() - 1;
    let set: SetItem[] = [];
    if (source.next === Ch.LBRACKET) source.warn("FutureWarning", `Possible nested set at position ${source.tell()}`);
    const negate = source.match(Ch.CARET);
    for (;;) {
      const t = source.get();
      if (t === NONE) throw source.error("unterminated character set", source.tell() - here);
      if (t === Ch.RBRACKET && set.length > 0) break;
      let code1: SetItem;
      if (t >= ESC) {
        code1 = this.classEscape(t);
      } else {
        if (set.length > 0 && (t === Ch.MINUS || t === Ch.AMP || t === Ch.TILDE || t === Ch.BAR) && source.next === t) {
          const what = t === Ch.MINUS ? "difference" : t === Ch.AMP ? "intersection"
            : t === Ch.TILDE ? "symmetric difference" : "union";
          source.warn("FutureWarning", `Possible set ${what} at position ${source.tell() - 1}`);
        }
        code1 = new SetItem(SetOp.LITERAL, t, 0);
      }
      if (source.match(Ch.MINUS)) {
        // potential range
        const that = source.get();
        if (that === NONE) throw source.error("unterminated character set", source.tell() - here);
        if (that === Ch.RBRACKET) {
          set.push(code1);
          set.push(new SetItem(SetOp.LITERAL, Ch.MINUS, 0));
          break;
        }
        let code2: SetItem;
        if (that >= ESC) {
          code2 = this.classEscape(that);
        } else {
          if (that === Ch.MINUS) source.warn("FutureWarning", `Possible set difference at position ${source.tell() - 2}`);
          code2 = new SetItem(SetOp.LITERAL, that, 0);
        }
        if (code1.op !== SetOp.LITERAL || code2.op !== SetOp.LITERAL || code2.lo < code1.lo) {
          throw source.error(`bad character range ${tokText(t)}-${tokText(that)}`, tokLen(t) + 1 + tokLen(that));
        }
        set.push(new SetItem(SetOp.RANGE, code1.lo, code2.lo));
      } else {
        set.push(code1);
      }
    }
    set = uniq(set);
    if (set.length === 1 && set[0]!.op === SetOp.LITERAL) {
      return litNode(negate ? Op.NOT_LITERAL : Op.LITERAL, set[0]!.lo);
    }
    if (negate) set.unshift(new SetItem(SetOp.NEGATE, 0, 0));
    return inNode(set);
  }

  /** A quantifier after the last item of `data` (t consumed). */
  private parseRepeat(t: number, data: Node[]): void {
    const source = this.source;
    const here = source.tell();
    let min = 0;
    let max = MAXREPEAT;
    if (t === Ch.QUESTION) {
      max = 1;
    } else if (t === Ch.PLUS) {
      min = 1;
    } else if (t === Ch.LBRACE) {
      if (source.next === Ch.RBRACE) {
        data.push(litNode(Op.LITERAL, t));
        return;
      }
      const lo: number[] = [];
      const hi: number[] = [];
      while (source.next !== NONE && source.next < ESC && isDigit(source.next)) lo.push(source.get());
      if (source.match(Ch.COMMA)) {
        while (source.next !== NONE && source.next < ESC && isDigit(source.next)) hi.push(source.get());
      } else {
        hi.push(...lo);
      }
      if (!source.match(Ch.RBRACE)) {
        data.push(litNode(Op.LITERAL, t));
        source.seek(here);
        return;
      }
      if (lo.length > 0) {
        min = repeatCount(lo, source);
      }
      if (hi.length > 0) {
        max = repeatCount(hi, source);
        if (max < min) throw source.error("min repeat greater than max repeat", source.tell() - here);
      }
    }
    // the item to repeat
    const last = data.length > 0 ? data[data.length - 1]! : null;
    if (last === null || last.op === Op.AT) throw source.error("nothing to repeat", source.tell() - here + 1);
    if (last.op === Op.MAX_REPEAT || last.op === Op.MIN_REPEAT || last.op === Op.POSSESSIVE_REPEAT) {
      throw source.error("multiple repeat", source.tell() - here + 1);
    }
    let item: SubPattern;
    if (last.op === Op.SUBPATTERN && last.a < 0 && last.b === 0 && last.c === 0) item = last.sub!;
    else item = new SubPattern(this.state, [last]);
    let op: Op.MAX_REPEAT | Op.MIN_REPEAT | Op.POSSESSIVE_REPEAT = Op.MAX_REPEAT;
    if (source.match(Ch.QUESTION)) op = Op.MIN_REPEAT;
    else if (source.match(Ch.PLUS)) op = Op.POSSESSIVE_REPEAT;
    data[data.length - 1] = repeatNode(op, min, max, item);
  }

  /**
   * '(' ... ')' (the '(' consumed). Returns the node, null for a comment, or GLOBAL_FLAGS_SEEN
   * for global inline flags.
   */
  private parseGroup(verbose: boolean, nested: number, first: boolean, hasItems: boolean): Node | null {
    const source = this.source;
    const state = this.state;
    const start = source.tell() - 1;
    let capture = true;
    let atomic = false;
    let name: number[] | null = null;
    let addFlags = 0;
    let delFlags = 0;
    if (source.match(Ch.QUESTION)) {
      const ch = source.get();
      if (ch === NONE) throw source.error("unexpected end of pattern");
      if (ch === 0x50) { // P
        if (source.match(Ch.LT)) {
          name = source.getuntil(Ch.GT, "group name");
          this.checkgroupname(name, 1);
        } else if (source.match(Ch.EQ)) {
          const ref = source.getuntil(Ch.RPAREN, "group name");
          this.checkgroupname(ref, 1);
          const gid = state.groupdict.get(cpString(ref));
          if (gid === undefined) throw source.error(`unknown group name ${pyRepr(ref)}`, ref.length + 1);
          if (!state.checkgroup(gid)) throw source.error("cannot refer to an open group", ref.length + 1);
          this.checklookbehindgroup(gid);
          return simpleNode(Op.GROUPREF, gid);
        } else {
          const c2 = source.get();
          if (c2 === NONE) throw source.error("unexpected end of pattern");
          throw source.error("unknown extension ?P" + tokText(c2), tokLen(c2) + 2);
        }
      } else if (ch === Ch.COLON) {
        capture = false;
      } else if (ch === Ch.HASH) {
        for (;;) {
          if (source.next === NONE) throw source.error("missing ), unterminated comment", source.tell() - start);
          if (source.get() === Ch.RPAREN) break;
        }
        return null;
      } else if (ch === Ch.EQ || ch === Ch.BANG || ch === Ch.LT) {
        let dir = 1;
        let kind: number = ch;
        let outerLookbehind = -2;
        if (ch === Ch.LT) {
          kind = source.get();
          if (kind === NONE) throw source.error("unexpected end of pattern");
          if (kind !== Ch.EQ && kind !== Ch.BANG) throw source.error("unknown extension ?<" + tokText(kind), tokLen(kind) + 2);
          dir = -1;
          outerLookbehind = state.lookbehindgroups;
          if (outerLookbehind < 0) state.lookbehindgroups = state.groups;
        }
        const p = this.parseSub(verbose, nested + 1);
        if (dir < 0 && outerLookbehind < 0) state.lookbehindgroups = -1;
        if (!source.match(Ch.RPAREN)) throw source.error("missing ), unterminated subpattern", source.tell() - start);
        return assertNode(kind === Ch.EQ ? Op.ASSERT : Op.ASSERT_NOT, dir, p);
      } else if (ch === Ch.LPAREN) {
        return this.parseConditional(verbose, nested, start);
      } else if (ch === Ch.GT) {
        capture = false;
        atomic = true;
      } else if (flagOf(ch) !== 0 || ch === Ch.MINUS) {
        const flags = this.parseFlags(ch);
        if (flags === null) {
          if (!first || hasItems) throw source.error("global flags not at the start of the expression", source.tell() - start);
          return GLOBAL_FLAGS_SEEN;
        }
        addFlags = flags[0];
        delFlags = flags[1];
        capture = false;
      } else {
        throw source.error("unknown extension ?" + tokText(ch), tokLen(ch) + 1);
      }
    }

    // group contents
    let group = -1;
    if (capture) {
      group = state.groups;
      state.groupwidths.push(null);
      if (state.groups > MAXGROUPS) throw source.error("too many groups", name === null ? 0 : name.length + 1);
      if (name !== null) {
        const key = cpString(name);
        const ogid = state.groupdict.get(key);
        if (ogid !== undefined) {
          throw source.error(`redefinition of group name ${pyRepr(name)} as group ${group}; was group ${ogid}`, name.length + 1);
        }
        state.groupdict.set(key, group);
      }
    }
    const subVerbose = (verbose || (addFlags & FLAG_VERBOSE) !== 0) && (delFlags & FLAG_VERBOSE) === 0;
    const p = this.parseSub(subVerbose, nested + 1);
    if (!source.match(Ch.RPAREN)) throw source.error("missing ), unterminated subpattern", source.tell() - start);
    if (group >= 0) state.groupwidths[group] = p.getwidth();
    if (atomic) return atomicNode(p);
    return groupNode(group, addFlags, delFlags, p);
  }

  /** '(?(' cond ')' yes ('|' no)? ')' (the '(?(' consumed). */
  private parseConditional(verbose: boolean, nested: number, start: number): Node {
    const source = this.source;
    const state = this.state;
    const condname = source.getuntil(Ch.RPAREN, "group name");
    let condgroup: number;
    if (isIdentifier(condname)) {
      this.checkgroupname(condname, 1);
      const g = state.groupdict.get(cpString(condname));
      if (g === undefined) throw source.error(`unknown group name ${pyRepr(condname)}`, condname.length + 1);
      condgroup = g;
    } else {
      const v = pyInt(condname);
      if (v === null || v < 0n) throw source.error(`bad character in group name ${pyRepr(condname)}`, condname.length + 1);
      if (v === 0n) throw source.error("bad group number", condname.length + 1);
      if (v >= BigInt(MAXGROUPS)) throw source.error(`invalid group reference ${v}`, condname.length + 1);
      condgroup = Number(v);
      if (!state.grouprefpos.has(condgroup)) state.grouprefpos.set(condgroup, source.tell() - condname.length - 1);
      if (!isAsciiDecimal(condname)) {
        source.warn("DeprecationWarning", `bad character in group name ${source.istext ? pyRepr(condname) : pyAscii(condname)} at position ${source.tell() - condname.length - 1}`);
      }
    }
    this.checklookbehindgroup(condgroup);
    const yes = this.parseSeq(verbose, nested + 1, false);
    let no: SubPattern | null = null;
    if (source.match(Ch.BAR)) {
      no = this.parseSeq(verbose, nested + 1, false);
      if (source.next === Ch.BAR) throw source.error("conditional backref with more than two branches");
    }
    if (!source.match(Ch.RPAREN)) throw source.error("missing ), unterminated subpattern", source.tell() - start);
    return condNode(condgroup, yes, no);
  }

  /** sre_parse._parse_flags: null for global flags "(?aiLmsux)", else [on, off]. */
  private parseFlags(ch: number): [number, number] | null {
    const source = this.source;
    const state = this.state;
    let add = 0;
    let del = 0;
    if (ch !== Ch.MINUS) {
      for (;;) {
        const flag = flagOf(ch);
        if (source.istext) {
          if (ch === 0x4c) throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
        } else if (ch === 0x75) {
          throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
        }
        add |= flag;
        if ((flag & TYPE_FLAGS) !== 0 && (add & TYPE_FLAGS) !== flag) {
          throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        }
        ch = source.get();
        if (ch === NONE) throw source.error("missing -, : or )");
        if (ch === Ch.RPAREN || ch === Ch.MINUS || ch === Ch.COLON) break;
        if (flagOf(ch) === 0) throw source.error(tokIsAlpha(ch) ? "unknown flag" : "missing -, : or )", tokLen(ch));
      }
    }
    if (ch === Ch.RPAREN) {
      state.flags |= add;
      return null;
    }
    if ((add & GLOBAL_FLAGS) !== 0) throw source.error("bad inline flags: cannot turn on global flag", 1);
    if (ch === Ch.MINUS) {
      ch = source.get();
      if (ch === NONE) throw source.error("missing flag");
      if (flagOf(ch) === 0) throw source.error(tokIsAlpha(ch) ? "unknown flag" : "missing flag", tokLen(ch));
      for (;;) {
        const flag = flagOf(ch);
        if ((flag & TYPE_FLAGS) !== 0) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= flag;
        ch = source.get();
        if (ch === NONE) throw source.error("missing :");
        if (ch === Ch.COLON) break;
        if (flagOf(ch) === 0) throw source.error(tokIsAlpha(ch) ? "unknown flag" : "missing :", tokLen(ch));
      }
    }
    if ((del & GLOBAL_FLAGS) !== 0) throw source.error("bad inline flags: cannot turn off global flag", 1);
    if ((add & del) !== 0) throw source.error("bad inline flags: flag turned on and off", 1);
    return [add, del];
  }
}

/** Sentinel returned by parseGroup for "(?flags)". */
const GLOBAL_FLAGS_SEEN: Node = simpleNode(Op.ANY, -1);

function repeatCount(digits: number[], source: Source): number {
  // Anything of 11+ digits is past MAXREPEAT (4294967295, 10 digits).
  let i = 0;
  while (i < digits.length - 1 && digits[i] === 0x30) i++;
  const significant = digits.length - i;
  const v = significant > 10 ? Infinity : parseBase(digits, i, 10);
  if (v >= MAXREPEAT) {
    const e = new RegexError("OverflowError", "the repetition number is too large");
    e.warnings = source.warnings;
    throw e;
  }
  return v;
}

/** sre_parse._uniq: drop repeated items, keeping the first of each. */
function uniq(items: SetItem[]): SetItem[] {
  const out: SetItem[] = [];
  const seen = new Set<number>();
  for (const it of items) {
    // op < 8, lo and hi < 2**21: the key is exact in a double
    const key = (it.op * 0x200000 + it.lo) * 0x200000 + it.hi;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(it);
  }
  return out;
}

/** sre_parse.fix_flags: check and complete the flags for the pattern type. */
export function fixFlags(istext: boolean, flags: number, warnings: RegexError["warnings"]): number {
  const fail = (msg: string): RegexError => {
    const e = new RegexError("ValueError", msg);
    e.warnings = warnings;
    return e;
  };
  if (istext) {
    if (flags & FLAG_LOCALE) throw fail("cannot use LOCALE flag with a str pattern");
    if (!(flags & FLAG_ASCII)) flags |= FLAG_UNICODE;
    else if (flags & FLAG_UNICODE) throw fail("ASCII and UNICODE flags are incompatible");
  } else {
    if (flags & FLAG_UNICODE) throw fail("cannot use UNICODE flag with a bytes pattern");
    if (flags & FLAG_LOCALE && flags & FLAG_ASCII) throw fail("ASCII and LOCALE flags are incompatible");
  }
  return flags;
}

export interface ParseResult {
  tree: SubPattern;
  state: State;
  warnings: RegexError["warnings"];
}

/**
 * sre_parse.parse: the tree of `src` (code points of a str pattern, or the bytes of a bytes
 * pattern). state.flags ends as the pattern's flags (inline flags included, fixed for the type).
 */
export function parse(src: Int32Array | Uint8Array, istext: boolean, flags: number, maxDepth = DEFAULT_MAX_DEPTH): ParseResult {
  const source = new Source(src, istext);
  const state = new State();
  state.flags = flags;
  const parser = new Parser(source, state, maxDepth);
  const tree = parser.parseSub((flags & FLAG_VERBOSE) !== 0, 0);
  state.flags = fixFlags(istext, state.flags, source.warnings);
  if (source.next !== NONE) throw source.error("unbalanced parenthesis");
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) {
      const e = new RegexError("error", `invalid group reference ${g}`, src, pos);
      e.warnings = source.warnings;
      throw e;
    }
  }
  return { tree, state, warnings: source.warnings };
}
