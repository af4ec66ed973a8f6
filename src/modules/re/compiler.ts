/**
 * Parse tree -> Program (program.ts), choosing operations as sre_compile does: the case-folding
 * variant of each literal / set / back reference from the flags in force at that point, the
 * single-character repeat forms when the repeated item is one character wide and has no group
 * (sre_compile._simple), and the same compile-time errors (look-behind width, TEMPLATE repeats).
 */
import {
  FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_TEMPLATE, FLAG_UNICODE, MAXCODE, MAXREPEAT,
  REPEAT_INF, TYPE_FLAGS,
} from "./constants.ts";
import { Cat, anyCasedUni, extraCases, isCasedAscii, isCasedUni, lowerAscii, lowerUni } from "./chars.ts";
import { CharSet, buildCharSet, buildLiteralFoldSet } from "./charset.ts";
import { RegexError } from "./errors.ts";
import { Op, SetItem, SetOp, type Node, type SubPattern } from "./nodes.ts";
import { At, OpCode } from "./matcher.ts";
import { Program } from "./program.ts";

function combineFlags(flags: number, add: number, del: number): number {
  if (add & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
  return (flags | add) & ~del;
}

function clampCount(n: number): number {
  return n >= REPEAT_INF ? REPEAT_INF : n;
}

function repeatName(op: Op): string {
  return op === Op.MAX_REPEAT ? "MAX_REPEAT" : op === Op.MIN_REPEAT ? "MIN_REPEAT" : "POSSESSIVE_REPEAT";
}

/** sre_compile._simple: one single-character item, possibly in a group-less flags group. */
function isSimple(p: SubPattern): boolean {
  if (p.data.length !== 1) return false;
  const n = p.data[0]!;
  if (n.op === Op.SUBPATTERN) return n.a < 0 && isSimple(n.sub!);
  return n.op === Op.LITERAL || n.op === Op.NOT_LITERAL || n.op === Op.ANY || n.op === Op.IN;
}

function atFor(at: number, flags: number): number {
  if (flags & FLAG_MULTILINE) {
    if (at === At.BEGINNING) at = At.BEGINNING_LINE;
    else if (at === At.END) at = At.END_LINE;
  }
  if (flags & FLAG_LOCALE) {
    if (at === At.BOUNDARY) at = At.LOC_BOUNDARY;
    else if (at === At.NON_BOUNDARY) at = At.LOC_NON_BOUNDARY;
  } else if (flags & FLAG_UNICODE) {
    if (at === At.BOUNDARY) at = At.UNI_BOUNDARY;
    else if (at === At.NON_BOUNDARY) at = At.UNI_NON_BOUNDARY;
  }
  return at;
}

/** The category actually tested for \d \s \w (and negations) under `flags`. */
export function catFor(cat: number, flags: number): number {
  if (flags & FLAG_LOCALE) {
    if (cat === Cat.WORD) return Cat.LOC_WORD;
    if (cat === Cat.NOT_WORD) return Cat.LOC_NOT_WORD;
    return cat;
  }
  if (flags & FLAG_UNICODE) return cat + (Cat.UNI_DIGIT - Cat.DIGIT);
  return cat;
}

class Compiler {
  code: number[] = [];
  sets: CharSet[] = [];
  markCount = 0;

  private emit(v: number): number {
    this.code.push(v);
    return this.code.length - 1;
  }

  private addSet(s: CharSet): number {
    this.sets.push(s);
    return this.sets.length - 1;
  }

  compile(p: SubPattern, flags: number): void {
    for (const n of p.data) this.node(n, flags);
  }

  private node(n: Node, flags: number): void {
    const code = this.code;
    switch (n.op) {
      case Op.LITERAL:
      case Op.NOT_LITERAL: {
        const not = n.op === Op.NOT_LITERAL;
        const av = n.a;
        if (!(flags & FLAG_IGNORECASE)) {
          this.emit(not ? OpCode.NOT_LITERAL : OpCode.LITERAL);
          this.emit(av);
        } else if (flags & FLAG_LOCALE) {
          this.emit(not ? OpCode.NOT_LITERAL_LOC_IGNORE : OpCode.LITERAL_LOC_IGNORE);
          this.emit(av);
        } else if (flags & FLAG_UNICODE) {
          if (!isCasedUni(av)) {
            this.emit(not ? OpCode.NOT_LITERAL : OpCode.LITERAL);
            this.emit(av);
            break;
          }
          const lo = lowerUni(av);
          const extra = extraCases().get(lo);
          if (extra === undefined) {
            this.emit(not ? OpCode.NOT_LITERAL_UNI_IGNORE : OpCode.LITERAL_UNI_IGNORE);
            this.emit(lo);
          } else {
            this.emit(OpCode.IN);
            this.emit(this.addSet(buildLiteralFoldSet([lo, ...extra], not)));
          }
        } else {
          if (!isCasedAscii(av)) {
            this.emit(not ? OpCode.NOT_LITERAL : OpCode.LITERAL);
            this.emit(av);
          } else {
            this.emit(not ? OpCode.NOT_LITERAL_IGNORE : OpCode.LITERAL_IGNORE);
            this.emit(lowerAscii(av));
          }
        }
        break;
      }
      case Op.IN: {
        const items = n.items!.map((it) => (it.op === SetOp.CATEGORY ? new SetItem(SetOp.CATEGORY, catFor(it.lo, flags), 0) : it));
        this.emit(OpCode.IN);
        this.emit(this.addSet(buildCharSet(items, flags)));
        break;
      }
      case Op.ANY:
        this.emit(flags & FLAG_DOTALL ? OpCode.ANY_ALL : OpCode.ANY);
        break;
      case Op.MAX_REPEAT:
      case Op.MIN_REPEAT:
      case Op.POSSESSIVE_REPEAT: {
        if (flags & FLAG_TEMPLATE) throw new RegexError("error", `internal: unsupported template operator ${repeatName(n.op)}`);
        const min = clampCount(n.a);
        const max = n.b === MAXREPEAT ? REPEAT_INF : clampCount(n.b);
        if (isSimple(n.sub!)) {
          this.emit(n.op === Op.MAX_REPEAT ? OpCode.REPEAT_ONE : n.op === Op.MIN_REPEAT ? OpCode.MIN_REPEAT_ONE
            : OpCode.POSSESSIVE_REPEAT_ONE);
          const skip = this.emit(0);
          this.emit(min);
          this.emit(max);
          this.compile(n.sub!, flags);
          this.emit(OpCode.SUCCESS);
          code[skip] = code.length;
        } else if (n.op === Op.POSSESSIVE_REPEAT) {
          this.emit(OpCode.POSSESSIVE_REPEAT);
          const skip = this.emit(0);
          this.emit(min);
          this.emit(max);
          this.compile(n.sub!, flags);
          this.emit(OpCode.SUCCESS);
          code[skip] = code.length;
        } else {
          this.emit(OpCode.REPEAT);
          const skip = this.emit(0);
          this.emit(min);
          this.emit(max);
          this.compile(n.sub!, flags);
          code[skip] = code.length;
          this.emit(n.op === Op.MAX_REPEAT ? OpCode.MAX_UNTIL : OpCode.MIN_UNTIL);
        }
        break;
      }
      case Op.SUBPATTERN: {
        const group = n.a;
        if (group > 0) {
          this.emit(OpCode.MARK);
          this.emit((group - 1) * 2);
          this.markCount = Math.max(this.markCount, group * 2);
        }
        this.compile(n.sub!, combineFlags(flags, n.b, n.c));
        if (group > 0) {
          this.emit(OpCode.MARK);
          this.emit((group - 1) * 2 + 1);
        }
        break;
      }
      case Op.ATOMIC_GROUP: {
        this.emit(OpCode.ATOMIC_GROUP);
        const skip = this.emit(0);
        this.compile(n.sub!, flags);
        this.emit(OpCode.SUCCESS);
        code[skip] = code.length;
        break;
      }
      case Op.ASSERT:
      case Op.ASSERT_NOT: {
        this.emit(n.op === Op.ASSERT ? OpCode.ASSERT : OpCode.ASSERT_NOT);
        const skip = this.emit(0);
        if (n.a >= 0) {
          this.emit(0);
        } else {
          const [lo, hi] = n.sub!.getwidth();
          if (lo > MAXCODE) throw new RegexError("error", "looks too much behind");
          if (lo !== hi) throw new RegexError("error", "look-behind requires fixed-width pattern");
          this.emit(clampCount(lo));
        }
        this.compile(n.sub!, flags);
        this.emit(OpCode.SUCCESS);
        code[skip] = code.length;
        break;
      }
      case Op.AT:
        this.emit(OpCode.AT);
        this.emit(atFor(n.a, flags));
        break;
      case Op.BRANCH: {
        this.emit(OpCode.BRANCH);
        const tails: number[] = [];
        for (const alt of n.alts!) {
          const skip = this.emit(0);
          this.compile(alt, flags);
          this.emit(OpCode.JUMP);
          tails.push(this.emit(0));
          code[skip] = code.length;
        }
        this.emit(0);
        for (const t of tails) code[t] = code.length;
        break;
      }
      case Op.GROUPREF:
        if (!(flags & FLAG_IGNORECASE)) this.emit(OpCode.GROUPREF);
        else if (flags & FLAG_LOCALE) this.emit(OpCode.GROUPREF_LOC_IGNORE);
        else if (flags & FLAG_UNICODE) this.emit(OpCode.GROUPREF_UNI_IGNORE);
        else this.emit(OpCode.GROUPREF_IGNORE);
        this.emit(n.a - 1);
        break;
      case Op.GROUPREF_EXISTS: {
        this.emit(OpCode.GROUPREF_EXISTS);
        this.emit(n.a - 1);
        const skipyes = this.emit(0);
        this.compile(n.sub!, flags);
        if (n.sub2 !== null) {
          this.emit(OpCode.JUMP);
          const skipno = this.emit(0);
          code[skipyes] = code.length;
          this.compile(n.sub2, flags);
          code[skipno] = code.length;
        } else {
          code[skipyes] = code.length;
        }
        break;
      }
    }
  }
}

/** sre_compile._get_literal_prefix: characters every match starts with. */
function literalPrefix(p: SubPattern, flags: number, out: number[]): boolean {
  const ignore = (flags & FLAG_IGNORECASE) !== 0;
  const uni = (flags & FLAG_UNICODE) !== 0;
  for (const n of p.data) {
    if (n.op === Op.LITERAL) {
      if (ignore && (uni ? isCasedUni(n.a) : isCasedAscii(n.a))) return false;
      out.push(n.a);
    } else if (n.op === Op.SUBPATTERN) {
      const f1 = combineFlags(flags, n.b, n.c);
      if (f1 & FLAG_IGNORECASE && f1 & FLAG_LOCALE) return false;
      if (!literalPrefix(n.sub!, f1, out)) return false;
    } else {
      return false;
    }
  }
  return true;
}

/**
 * sre_compile._get_charset_prefix: the set the first character of a match belongs to, when the
 * pattern starts with a literal, a set, or a branch of literals (looking into leading groups).
 * CPython compiles this set with the pattern's top-level flags even when the item sits in a
 * group with other flags ((?a:\W) in a str pattern is tested as Unicode \W), and its search
 * skips every position the set rejects: this set reproduces that.
 */
function charsetPrefix(p: SubPattern, flags: number): SetItem[] | null {
  let n: Node;
  for (;;) {
    if (p.data.length === 0) return null;
    n = p.data[0]!;
    if (n.op !== Op.SUBPATTERN) break;
    flags = combineFlags(flags, n.b, n.c);
    p = n.sub!;
    if (flags & FLAG_IGNORECASE && flags & FLAG_LOCALE) return null;
  }
  const iscased = !(flags & FLAG_IGNORECASE) ? null : flags & FLAG_UNICODE ? isCasedUni : isCasedAscii;
  if (n.op === Op.LITERAL) {
    if (iscased !== null && iscased(n.a)) return null;
    return [new SetItem(SetOp.LITERAL, n.a, 0)];
  }
  if (n.op === Op.BRANCH) {
    const out: SetItem[] = [];
    for (const alt of n.alts!) {
      if (alt.data.length === 0) return null;
      const first = alt.data[0]!;
      if (first.op === Op.LITERAL && !(iscased !== null && iscased(first.a))) out.push(new SetItem(SetOp.LITERAL, first.a, 0));
      else return null;
    }
    return out;
  }
  if (n.op === Op.IN) {
    const items = n.items!;
    if (iscased !== null) {
      for (const it of items) {
        if (it.op === SetOp.LITERAL) {
          if (iscased(it.lo)) return null;
        } else if (it.op === SetOp.RANGE) {
          if (it.hi > 0xffff) return null;
          if (flags & FLAG_UNICODE) {
            if (anyCasedUni(it.lo, it.hi)) return null;
          } else {
            for (let c = it.lo; c <= it.hi; c++) if (isCasedAscii(c)) return null;
          }
        }
      }
    }
    return items;
  }
  return null;
}

/** Compiles a parsed pattern; `flags` are the pattern's final flags (state.flags). */
export function compileTree(tree: SubPattern, flags: number, groups: number): Program {
  const c = new Compiler();
  c.compile(tree, flags);
  c.code.push(OpCode.SUCCESS);
  const [lo] = tree.getwidth();
  const prefix: number[] = [];
  let prefixSet: CharSet | null = null;
  if (lo > 0 && !(flags & FLAG_IGNORECASE && flags & FLAG_LOCALE)) {
    literalPrefix(tree, flags, prefix);
    if (prefix.length === 0) {
      const items = charsetPrefix(tree, flags);
      if (items !== null) {
        // compiled without case folding, categories in the top-level flavour
        prefixSet = buildCharSet(items.map((it) => (it.op === SetOp.CATEGORY ? new SetItem(SetOp.CATEGORY, catFor(it.lo, flags), 0)
          : it)), 0);
      }
    }
  }
  const code = Int32Array.from(c.code);
  const anchored = code[0] === OpCode.AT && (code[1] === At.BEGINNING || code[1] === At.BEGINNING_STRING);
  return new Program(code, c.sets, groups, Math.min(lo, REPEAT_INF), Int32Array.from(prefix), prefixSet, anchored,
    c.markCount);
}
