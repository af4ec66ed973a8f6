/**
 * What re.compile(pattern, re.DEBUG) prints: the parse tree (sre_parse.SubPattern.dump), an empty
 * line, then a listing of the compiled code (sre_compile.dis). The listing shows CPython's own
 * code words, so this module rebuilds them from the parse tree the way sre_compile lays them out
 * (INFO block with literal prefix / overlap table or charset, charsets folded and packed into
 * CHARSET / BIGCHARSET bitmaps). tspy's matcher does not run this code: it only feeds the text.
 */
import { reprString } from "../../tokenizer/unicode.ts";
import { anyCasedUni, extraCases, isCasedAscii, isCasedUni, lowerAscii, lowerUni } from "./chars.ts";
import {
  FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_UNICODE, MAXCODE, MAXREPEAT, TYPE_FLAGS,
} from "./constants.ts";
import { At } from "./matcher.ts";
import { Op, SetOp, type Node, type SubPattern } from "./nodes.ts";

// CPython's opcode numbers (re._constants.OPCODES order).
const enum C {
  FAILURE = 0, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CHARSET, BIGCHARSET, GROUPREF,
  GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE, REPEAT, REPEAT_ONE,
  SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE,
  LITERAL_IGNORE, NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE,
  GROUPREF_UNI_IGNORE, IN_UNI_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE,
}

const OPNAMES = ["FAILURE", "SUCCESS", "ANY", "ANY_ALL", "ASSERT", "ASSERT_NOT", "AT", "BRANCH", "CATEGORY", "CHARSET",
  "BIGCHARSET", "GROUPREF", "GROUPREF_EXISTS", "IN", "INFO", "JUMP", "LITERAL", "MARK", "MAX_UNTIL", "MIN_UNTIL",
  "NOT_LITERAL", "NEGATE", "RANGE", "REPEAT", "REPEAT_ONE", "SUBPATTERN", "MIN_REPEAT_ONE", "ATOMIC_GROUP",
  "POSSESSIVE_REPEAT", "POSSESSIVE_REPEAT_ONE", "GROUPREF_IGNORE", "IN_IGNORE", "LITERAL_IGNORE", "NOT_LITERAL_IGNORE",
  "GROUPREF_LOC_IGNORE", "IN_LOC_IGNORE", "LITERAL_LOC_IGNORE", "NOT_LITERAL_LOC_IGNORE", "GROUPREF_UNI_IGNORE",
  "IN_UNI_IGNORE", "LITERAL_UNI_IGNORE", "NOT_LITERAL_UNI_IGNORE", "RANGE_UNI_IGNORE"];

const ATNAMES = ["AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING", "AT_BOUNDARY", "AT_NON_BOUNDARY", "AT_END",
  "AT_END_LINE", "AT_END_STRING", "AT_LOC_BOUNDARY", "AT_LOC_NON_BOUNDARY", "AT_UNI_BOUNDARY", "AT_UNI_NON_BOUNDARY"];

// CPython's CHCODES (with LINEBREAK, which tspy's parser never produces).
const CHNAMES = ["CATEGORY_DIGIT", "CATEGORY_NOT_DIGIT", "CATEGORY_SPACE", "CATEGORY_NOT_SPACE", "CATEGORY_WORD",
  "CATEGORY_NOT_WORD", "CATEGORY_LINEBREAK", "CATEGORY_NOT_LINEBREAK", "CATEGORY_LOC_WORD", "CATEGORY_LOC_NOT_WORD",
  "CATEGORY_UNI_DIGIT", "CATEGORY_UNI_NOT_DIGIT", "CATEGORY_UNI_SPACE", "CATEGORY_UNI_NOT_SPACE", "CATEGORY_UNI_WORD",
  "CATEGORY_UNI_NOT_WORD", "CATEGORY_UNI_LINEBREAK", "CATEGORY_UNI_NOT_LINEBREAK"];

const INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4;

function repeatText(v: number): string {
  return v === MAXREPEAT ? "MAXREPEAT" : String(v);
}

// ---- the parse tree (SubPattern.dump)

const SETOPNAMES: Record<number, string> = { [SetOp.LITERAL]: "LITERAL", [SetOp.RANGE]: "RANGE", [SetOp.CATEGORY]: "CATEGORY",
  [SetOp.NEGATE]: "NEGATE" };
const NODENAMES: Record<number, string> = {
  [Op.LITERAL]: "LITERAL", [Op.NOT_LITERAL]: "NOT_LITERAL", [Op.ANY]: "ANY", [Op.AT]: "AT", [Op.IN]: "IN",
  [Op.BRANCH]: "BRANCH", [Op.SUBPATTERN]: "SUBPATTERN", [Op.ATOMIC_GROUP]: "ATOMIC_GROUP", [Op.MAX_REPEAT]: "MAX_REPEAT",
  [Op.MIN_REPEAT]: "MIN_REPEAT", [Op.POSSESSIVE_REPEAT]: "POSSESSIVE_REPEAT", [Op.GROUPREF]: "GROUPREF",
  [Op.GROUPREF_EXISTS]: "GROUPREF_EXISTS", [Op.ASSERT]: "ASSERT", [Op.ASSERT_NOT]: "ASSERT_NOT",
};

/** SubPattern.dump(level). */
export function dumpTree(p: SubPattern, level = 0, out: string[] = []): string[] {
  const ind = (n: number): string => "  ".repeat(n);
  for (const n of p.data) {
    const name = NODENAMES[n.op]!;
    switch (n.op) {
      case Op.IN:
        out.push(ind(level) + name);
        for (const it of n.items!) {
          const av = it.op === SetOp.RANGE ? `(${it.lo}, ${it.hi})` : it.op === SetOp.CATEGORY ? CHNAMES[it.lo]!
            : it.op === SetOp.NEGATE ? "None" : String(it.lo);
          out.push(`${ind(level + 1)}${SETOPNAMES[it.op]} ${av}`);
        }
        break;
      case Op.BRANCH:
        out.push(ind(level) + name);
        n.alts!.forEach((alt, i) => {
          if (i) out.push(ind(level) + "OR");
          dumpTree(alt, level + 1, out);
        });
        break;
      case Op.GROUPREF_EXISTS:
        out.push(`${ind(level)}${name} ${n.a}`);
        dumpTree(n.sub!, level + 1, out);
        if (n.sub2 !== null && n.sub2.data.length > 0) {
          out.push(ind(level) + "ELSE");
          dumpTree(n.sub2, level + 1, out);
        }
        break;
      case Op.ATOMIC_GROUP:
        out.push(ind(level) + name);
        dumpTree(n.sub!, level + 1, out);
        break;
      case Op.SUBPATTERN:
        out.push(`${ind(level)}${name} ${n.a < 0 ? "None" : n.a} ${n.b} ${n.c}`);
        dumpTree(n.sub!, level + 1, out);
        break;
      case Op.MAX_REPEAT: case Op.MIN_REPEAT: case Op.POSSESSIVE_REPEAT:
        out.push(`${ind(level)}${name} ${n.a} ${repeatText(n.b)}`);
        dumpTree(n.sub!, level + 1, out);
        break;
      case Op.ASSERT: case Op.ASSERT_NOT:
        out.push(`${ind(level)}${name} ${n.a}`);
        dumpTree(n.sub!, level + 1, out);
        break;
      case Op.AT:
        out.push(`${ind(level)}${name} ${ATNAMES[n.a]}`);
        break;
      case Op.ANY:
        out.push(`${ind(level)}${name} None`);
        break;
      default:
        out.push(`${ind(level)}${name} ${n.a}`);
        break;
    }
  }
  return out;
}

// ---- sre_compile's code

type Item = [op: number, av: number | number[]];

function combineFlags(flags: number, add: number, del: number): number {
  if (add & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
  return (flags | add) & ~del;
}

/** CPython's category code for a parser category under flags (CH_LOCALE / CH_UNICODE). */
function chCode(cat: number, flags: number): number {
  if (flags & FLAG_LOCALE) return cat === 4 ? 8 : cat === 5 ? 9 : cat;
  if (flags & FLAG_UNICODE) return cat + 10;
  return cat;
}

function setItems(n: Node): Item[] {
  return n.items!.map((it): Item => it.op === SetOp.RANGE ? [C.RANGE, [it.lo, it.hi]] : it.op === SetOp.NEGATE ? [C.NEGATE, 0]
    : it.op === SetOp.CATEGORY ? [C.CATEGORY, it.lo] : [C.LITERAL, it.lo]);
}

/** _mk_bitmap: bytes of 0/1 -> 32-bit words, bit j of word k = bits[32k + j]. */
function mkBitmap(bits: Uint8Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < bits.length; k += 32) {
    let w = 0;
    for (let j = 31; j >= 0; j--) w = w * 2 + (bits[k + j] ? 1 : 0);
    out.push(w);
  }
  return out;
}

class IndexError extends Error {}

/** sre_compile._optimize_charset. */
function optimizeCharset(charset: Item[], iscased: ((c: number) => boolean) | null, fixup: ((c: number) => number) | null,
  fixes: Map<number, number[]> | null): [Item[], boolean] {
  const out: Item[] = [];
  const tail: Item[] = [];
  let charmap = new Uint8Array(256);
  let hascased = false;
  const set = (i: number): void => {
    if (i >= charmap.length) throw new IndexError();
    charmap[i] = 1;
  };
  for (const item of charset) {
    let [op, av] = item;
    for (;;) {
      try {
        if (op === C.LITERAL) {
          const a = av as number;
          if (fixup !== null) {
            const lo = fixup(a);
            set(lo);
            const extra = fixes?.get(lo);
            if (extra !== undefined) for (const k of extra) set(k);
            if (!hascased && iscased!(a)) hascased = true;
          } else {
            set(a);
          }
        } else if (op === C.RANGE) {
          const [a, b] = av as number[];
          if (fixup !== null) {
            for (let c = a!; c <= b!; c++) {
              const i = fixup(c);
              set(i);
              const extra = fixes?.get(i);
              if (extra !== undefined) for (const k of extra) set(k);
            }
            if (!hascased) {
              if (iscased === isCasedUni) hascased = anyCasedUni(a!, b!);
              else for (let c = a!; c <= b! && !hascased; c++) hascased = iscased!(c);
            }
          } else {
            for (let c = a!; c <= b!; c++) set(c);
          }
        } else if (op === C.NEGATE) {
          out.push([op, av]);
        } else {
          tail.push([op, av]);
        }
      } catch (e) {
        if (!(e instanceof IndexError)) throw e;
        if (charmap.length === 256) {
          const big = new Uint8Array(65536);
          big.set(charmap);
          charmap = big;
          continue;
        }
        if (fixup !== null) {
          hascased = true;
          if (op === C.RANGE) op = C.RANGE_UNI_IGNORE;
        }
        tail.push([op, av]);
      }
      break;
    }
  }
  // compress the character map
  let runs: [number, number][] | null = [];
  let q = 0;
  for (;;) {
    const p = charmap.indexOf(1, q);
    if (p < 0) break;
    if (runs.length >= 2) { runs = null; break; }
    q = charmap.indexOf(0, p);
    if (q < 0) { runs.push([p, charmap.length]); break; }
    runs.push([p, q]);
  }
  if (runs !== null) {
    for (const [p, r] of runs) out.push(r - p === 1 ? [C.LITERAL, p] : [C.RANGE, [p, r - 1]]);
    out.push(...tail);
    if (hascased || out.length < charset.length) return [out, hascased];
    return [charset, hascased];
  }
  if (charmap.length === 256) {
    out.push([C.CHARSET, mkBitmap(charmap)], ...tail);
    return [out, hascased];
  }
  // BIGCHARSET: 256-character chunks, duplicates shared
  const comps = new Map<string, number>();
  const mapping = new Uint8Array(256);
  const blocks: Uint8Array[] = [];
  for (let i = 0; i < 65536; i += 256) {
    const chunk = charmap.subarray(i, i + 256);
    const key = chunk.join("");
    const b = comps.get(key);
    if (b !== undefined) {
      mapping[i >> 8] = b;
    } else {
      mapping[i >> 8] = blocks.length;
      comps.set(key, blocks.length);
      blocks.push(chunk);
    }
  }
  const all = new Uint8Array(blocks.length * 256);
  blocks.forEach((b, i) => all.set(b, i * 256));
  const data = [blocks.length];
  for (let i = 0; i < 256; i += 4) data.push(mapping[i]! + mapping[i + 1]! * 256 + mapping[i + 2]! * 65536 + mapping[i + 3]! * 16777216);
  data.push(...mkBitmap(all));
  out.push([C.BIGCHARSET, data], ...tail);
  return [out, hascased];
}

function compileCharset(charset: Item[], flags: number, code: number[]): void {
  for (const [op, av] of charset) {
    code.push(op);
    if (op === C.NEGATE) continue;
    if (op === C.LITERAL) code.push(av as number);
    else if (op === C.RANGE || op === C.RANGE_UNI_IGNORE) code.push(...(av as number[]));
    else if (op === C.CHARSET || op === C.BIGCHARSET) code.push(...(av as number[]));
    else if (op === C.CATEGORY) code.push(chCode(av as number, flags));
  }
  code.push(C.FAILURE);
}

function isSimple(p: SubPattern): boolean {
  if (p.data.length !== 1) return false;
  const n = p.data[0]!;
  if (n.op === Op.SUBPATTERN) return n.a < 0 && isSimple(n.sub!);
  return n.op === Op.LITERAL || n.op === Op.NOT_LITERAL || n.op === Op.ANY || n.op === Op.IN;
}

function atCode(at: number, flags: number): number {
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

/** sre_compile._compile. */
function compileInto(code: number[], p: SubPattern, flags: number): void {
  let iscased: ((c: number) => boolean) | null = null;
  let tolower: ((c: number) => number) | null = null;
  let fixes: Map<number, number[]> | null = null;
  if (flags & FLAG_IGNORECASE && !(flags & FLAG_LOCALE)) {
    if (flags & FLAG_UNICODE) {
      iscased = isCasedUni;
      tolower = lowerUni;
      fixes = extraCases();
    } else {
      iscased = isCasedAscii;
      tolower = lowerAscii;
    }
  }
  for (const n of p.data) {
    switch (n.op) {
      case Op.LITERAL: case Op.NOT_LITERAL: {
        const not = n.op === Op.NOT_LITERAL;
        const av = n.a;
        if (!(flags & FLAG_IGNORECASE)) code.push(not ? C.NOT_LITERAL : C.LITERAL, av);
        else if (flags & FLAG_LOCALE) code.push(not ? C.NOT_LITERAL_LOC_IGNORE : C.LITERAL_LOC_IGNORE, av);
        else if (!iscased!(av)) code.push(not ? C.NOT_LITERAL : C.LITERAL, av);
        else {
          const lo = tolower!(av);
          if (fixes === null) code.push(not ? C.NOT_LITERAL_IGNORE : C.LITERAL_IGNORE, lo);
          else if (!fixes.has(lo)) code.push(not ? C.NOT_LITERAL_UNI_IGNORE : C.LITERAL_UNI_IGNORE, lo);
          else {
            code.push(C.IN_UNI_IGNORE);
            const skip = code.length;
            code.push(0);
            if (not) code.push(C.NEGATE);
            for (const k of [lo, ...fixes.get(lo)!]) code.push(C.LITERAL, k);
            code.push(C.FAILURE);
            code[skip] = code.length - skip;
          }
        }
        break;
      }
      case Op.IN: {
        const [charset, hascased] = optimizeCharset(setItems(n), iscased, tolower, fixes);
        if (flags & FLAG_IGNORECASE && flags & FLAG_LOCALE) code.push(C.IN_LOC_IGNORE);
        else if (!hascased) code.push(C.IN);
        else if (fixes === null) code.push(C.IN_IGNORE);
        else code.push(C.IN_UNI_IGNORE);
        const skip = code.length;
        code.push(0);
        compileCharset(charset, flags, code);
        code[skip] = code.length - skip;
        break;
      }
      case Op.ANY:
        code.push(flags & FLAG_DOTALL ? C.ANY_ALL : C.ANY);
        break;
      case Op.MAX_REPEAT: case Op.MIN_REPEAT: case Op.POSSESSIVE_REPEAT: {
        const [rep, until, one] = n.op === Op.MIN_REPEAT ? [C.REPEAT, C.MIN_UNTIL, C.MIN_REPEAT_ONE]
          : n.op === Op.MAX_REPEAT ? [C.REPEAT, C.MAX_UNTIL, C.REPEAT_ONE]
          : [C.POSSESSIVE_REPEAT, C.SUCCESS, C.POSSESSIVE_REPEAT_ONE];
        if (isSimple(n.sub!)) {
          code.push(one);
          const skip = code.length;
          code.push(0, n.a, n.b);
          compileInto(code, n.sub!, flags);
          code.push(C.SUCCESS);
          code[skip] = code.length - skip;
        } else {
          code.push(rep);
          const skip = code.length;
          code.push(0, n.a, n.b);
          compileInto(code, n.sub!, flags);
          code[skip] = code.length - skip;
          code.push(until);
        }
        break;
      }
      case Op.SUBPATTERN:
        if (n.a > 0) code.push(C.MARK, (n.a - 1) * 2);
        compileInto(code, n.sub!, combineFlags(flags, n.b, n.c));
        if (n.a > 0) code.push(C.MARK, (n.a - 1) * 2 + 1);
        break;
      case Op.ATOMIC_GROUP: {
        code.push(C.ATOMIC_GROUP);
        const skip = code.length;
        code.push(0);
        compileInto(code, n.sub!, flags);
        code.push(C.SUCCESS);
        code[skip] = code.length - skip;
        break;
      }
      case Op.ASSERT: case Op.ASSERT_NOT: {
        code.push(n.op === Op.ASSERT ? C.ASSERT : C.ASSERT_NOT);
        const skip = code.length;
        code.push(0);
        code.push(n.a >= 0 ? 0 : n.sub!.getwidth()[0]);
        compileInto(code, n.sub!, flags);
        code.push(C.SUCCESS);
        code[skip] = code.length - skip;
        break;
      }
      case Op.AT:
        code.push(C.AT, atCode(n.a, flags));
        break;
      case Op.BRANCH: {
        code.push(C.BRANCH);
        const tails: number[] = [];
        for (const alt of n.alts!) {
          const skip = code.length;
          code.push(0);
          compileInto(code, alt, flags);
          code.push(C.JUMP);
          tails.push(code.length);
          code.push(0);
          code[skip] = code.length - skip;
        }
        code.push(C.FAILURE);
        for (const t of tails) code[t] = code.length - t;
        break;
      }
      case Op.GROUPREF:
        if (!(flags & FLAG_IGNORECASE)) code.push(C.GROUPREF);
        else if (flags & FLAG_LOCALE) code.push(C.GROUPREF_LOC_IGNORE);
        else if (fixes === null) code.push(C.GROUPREF_IGNORE);
        else code.push(C.GROUPREF_UNI_IGNORE);
        code.push(n.a - 1);
        break;
      case Op.GROUPREF_EXISTS: {
        code.push(C.GROUPREF_EXISTS, n.a - 1);
        const skipyes = code.length;
        code.push(0);
        compileInto(code, n.sub!, flags);
        if (n.sub2 !== null && n.sub2.data.length > 0) {
          code.push(C.JUMP);
          const skipno = code.length;
          code.push(0);
          code[skipyes] = code.length - skipyes + 1;
          compileInto(code, n.sub2, flags);
          code[skipno] = code.length - skipno;
        } else {
          code[skipyes] = code.length - skipyes + 1;
        }
        break;
      }
    }
  }
}

function getIscased(flags: number): ((c: number) => boolean) | null {
  if (!(flags & FLAG_IGNORECASE)) return null;
  return flags & FLAG_UNICODE ? isCasedUni : isCasedAscii;
}

/** _get_literal_prefix: [prefix, prefix_skip (-1 = None), got_all]. */
function literalPrefix(p: SubPattern, flags: number): [number[], number, boolean] {
  const prefix: number[] = [];
  let skip = -1;
  const iscased = getIscased(flags);
  for (const n of p.data) {
    if (n.op === Op.LITERAL) {
      if (iscased !== null && iscased(n.a)) return [prefix, skip, false];
      prefix.push(n.a);
    } else if (n.op === Op.SUBPATTERN) {
      const f1 = combineFlags(flags, n.b, n.c);
      if (f1 & FLAG_IGNORECASE && f1 & FLAG_LOCALE) return [prefix, skip, false];
      const [prefix1, skip1, gotAll] = literalPrefix(n.sub!, f1);
      if (skip < 0) {
        if (n.a >= 0) skip = prefix.length;
        else if (skip1 >= 0) skip = prefix.length + skip1;
      }
      prefix.push(...prefix1);
      if (!gotAll) return [prefix, skip, false];
    } else {
      return [prefix, skip, false];
    }
  }
  return [prefix, skip, true];
}

/** _get_charset_prefix. */
function charsetPrefix(p: SubPattern, flags: number): Item[] | null {
  let n: Node;
  for (;;) {
    if (p.data.length === 0) return null;
    n = p.data[0]!;
    if (n.op !== Op.SUBPATTERN) break;
    flags = combineFlags(flags, n.b, n.c);
    p = n.sub!;
    if (flags & FLAG_IGNORECASE && flags & FLAG_LOCALE) return null;
  }
  const iscased = getIscased(flags);
  if (n.op === Op.LITERAL) {
    if (iscased !== null && iscased(n.a)) return null;
    return [[C.LITERAL, n.a]];
  }
  if (n.op === Op.BRANCH) {
    const out: Item[] = [];
    for (const alt of n.alts!) {
      if (alt.data.length === 0) return null;
      const f = alt.data[0]!;
      if (f.op === Op.LITERAL && !(iscased !== null && iscased(f.a))) out.push([C.LITERAL, f.a]);
      else return null;
    }
    return out;
  }
  if (n.op === Op.IN) {
    const items = setItems(n);
    if (iscased !== null) {
      for (const [op, av] of items) {
        if (op === C.LITERAL) {
          if (iscased(av as number)) return null;
        } else if (op === C.RANGE) {
          const [a, b] = av as number[];
          if (b! > 0xffff) return null;
          for (let c = a!; c <= b!; c++) if (iscased(c)) return null;
        }
      }
    }
    return items;
  }
  return null;
}

function overlapTable(prefix: number[]): number[] {
  const table = new Array<number>(prefix.length).fill(0);
  for (let i = 1; i < prefix.length; i++) {
    let idx = table[i - 1]!;
    for (;;) {
      if (prefix[i] === prefix[idx]) {
        table[i] = idx + 1;
        break;
      }
      if (idx === 0) {
        table[i] = 0;
        break;
      }
      idx = table[idx - 1]!;
    }
  }
  return table;
}

/** _compile_info. */
function compileInfo(code: number[], p: SubPattern, flags: number): void {
  let [lo, hi] = p.getwidth();
  if (hi > MAXCODE) hi = MAXCODE;
  if (lo === 0) {
    code.push(C.INFO, 4, 0, lo, hi);
    return;
  }
  let prefix: number[] = [];
  let prefixSkip = -1;
  let gotAll = false;
  let charset: Item[] | null = null;
  if (!(flags & FLAG_IGNORECASE && flags & FLAG_LOCALE)) {
    [prefix, prefixSkip, gotAll] = literalPrefix(p, flags);
    if (prefix.length === 0) charset = charsetPrefix(p, flags);
  }
  code.push(C.INFO);
  const skip = code.length;
  code.push(0);
  let mask = 0;
  if (prefix.length > 0) {
    mask = INFO_PREFIX;
    if (prefixSkip < 0 && gotAll) mask |= INFO_LITERAL;
  } else if (charset !== null && charset.length > 0) {
    mask |= INFO_CHARSET;
  }
  code.push(mask);
  if (lo < MAXCODE) {
    code.push(lo);
  } else {
    code.push(MAXCODE);
    prefix = prefix.slice(0, MAXCODE);
  }
  code.push(hi);
  if (prefix.length > 0) {
    code.push(prefix.length);
    if (prefixSkip < 0) prefixSkip = prefix.length;
    code.push(prefixSkip);
    code.push(...prefix);
    code.push(...overlapTable(prefix));
  } else if (charset !== null && charset.length > 0) {
    const [cs] = optimizeCharset(charset, null, null, null);
    compileCharset(cs, flags, code);
  }
  code[skip] = code.length - skip;
}

/** The code words sre_compile._code produces for a parsed pattern. */
export function sreCode(tree: SubPattern, flags: number): number[] {
  const code: number[] = [];
  compileInfo(code, tree, flags);
  compileInto(code, tree, flags);
  code.push(C.SUCCESS);
  return code;
}

// ---- the listing (sre_compile.dis)

function chrRepr(c: number): string {
  return reprString(String.fromCodePoint(c));
}

function hexWord(x: number): string {
  return "0x" + x.toString(16).padStart(8, "0");
}

function hexCode(words: number[]): string {
  return "[" + words.map(hexWord).join(", ") + "]";
}

/** sre_compile.dis(code) as text lines. */
export function disCode(code: number[]): string[] {
  const out: string[] = [];
  const labels = new Set<number>();
  let level = 0;
  const width = String(code.length - 1).length;

  const dis = (startAt: number, end: number): void => {
    level++;
    let i = startAt;
    let start = startAt;
    const print = (args: (string | number)[], to?: number): void => {
      if (to !== undefined) {
        labels.add(to);
        args = [...args, `(to ${to})`];
      }
      out.push(String(start).padStart(width) + (labels.has(start) ? ":" : ".") + " " + "  ".repeat(level - 1) + args.join(" "));
    };
    const print2 = (args: string[]): void => {
      out.push(" ".repeat(width + 2 * level) + args.join(" "));
    };
    while (i < end) {
      start = i;
      const op = code[i++]!;
      const name = OPNAMES[op]!;
      switch (op) {
        case C.SUCCESS: case C.FAILURE: case C.ANY: case C.ANY_ALL: case C.MAX_UNTIL: case C.MIN_UNTIL: case C.NEGATE:
          print([name]);
          break;
        case C.LITERAL: case C.NOT_LITERAL: case C.LITERAL_IGNORE: case C.NOT_LITERAL_IGNORE: case C.LITERAL_UNI_IGNORE:
        case C.NOT_LITERAL_UNI_IGNORE: case C.LITERAL_LOC_IGNORE: case C.NOT_LITERAL_LOC_IGNORE: {
          const arg = code[i++]!;
          print([name, `0x${arg.toString(16)} (${chrRepr(arg)})`]);
          break;
        }
        case C.AT:
          print([name, ATNAMES[code[i++]!]!.slice(3)]);
          break;
        case C.CATEGORY:
          print([name, CHNAMES[code[i++]!]!.slice(9)]);
          break;
        case C.IN: case C.IN_IGNORE: case C.IN_UNI_IGNORE: case C.IN_LOC_IGNORE: {
          const skip = code[i]!;
          print([name, skip], i + skip);
          dis(i + 1, i + skip);
          i += skip;
          break;
        }
        case C.RANGE: case C.RANGE_UNI_IGNORE: {
          const lo = code[i]!, hi = code[i + 1]!;
          i += 2;
          const hex = (v: number): string => `0x${v.toString(16)}`;
          print([name, `${hex(lo)} ${hex(hi)} (${chrRepr(lo)}-${chrRepr(hi)})`]);
          break;
        }
        case C.CHARSET:
          print([name, hexCode(code.slice(i, i + 8))]);
          i += 8;
          break;
        case C.BIGCHARSET: {
          const arg = code[i++]!;
          const mapping: number[] = [];
          for (let k = 0; k < 64; k++) {
            const w = code[i + k]!;
            mapping.push(w & 255, (w >>> 8) & 255, (w >>> 16) & 255, (w >>> 24) & 255);
          }
          print([name, arg, "[" + mapping.join(", ") + "]"]);
          i += 64;
          level++;
          for (let j = 0; j < arg; j++) {
            print2([hexCode(code.slice(i, i + 8))]);
            i += 8;
          }
          level--;
          break;
        }
        case C.MARK: case C.GROUPREF: case C.GROUPREF_IGNORE: case C.GROUPREF_UNI_IGNORE: case C.GROUPREF_LOC_IGNORE:
          print([name, code[i++]!]);
          break;
        case C.JUMP: {
          const skip = code[i]!;
          print([name, skip], i + skip);
          i += 1;
          break;
        }
        case C.BRANCH: {
          let skip = code[i]!;
          print([name, skip], i + skip);
          while (skip) {
            dis(i + 1, i + skip);
            i += skip;
            start = i;
            skip = code[i]!;
            if (skip) print(["branch", skip], i + skip);
            else print(["FAILURE"]);
          }
          i += 1;
          break;
        }
        case C.REPEAT: case C.REPEAT_ONE: case C.MIN_REPEAT_ONE: case C.POSSESSIVE_REPEAT: case C.POSSESSIVE_REPEAT_ONE: {
          const skip = code[i]!, min = code[i + 1]!, max = code[i + 2]!;
          print([name, skip, min, repeatText(max)], i + skip);
          dis(i + 3, i + skip);
          i += skip;
          break;
        }
        case C.GROUPREF_EXISTS: {
          const arg = code[i]!, skip = code[i + 1]!;
          print([name, arg, skip], i + skip);
          i += 2;
          break;
        }
        case C.ASSERT: case C.ASSERT_NOT: {
          const skip = code[i]!, arg = code[i + 1]!;
          print([name, skip, arg], i + skip);
          dis(i + 2, i + skip);
          i += skip;
          break;
        }
        case C.ATOMIC_GROUP: {
          const skip = code[i]!;
          print([name, skip], i + skip);
          dis(i + 1, i + skip);
          i += skip;
          break;
        }
        case C.INFO: {
          const skip = code[i]!, flags = code[i + 1]!, min = code[i + 2]!, max = code[i + 3]!;
          print([name, skip, "0b" + flags.toString(2), min, repeatText(max)], i + skip);
          let s = i + 4;
          if (flags & INFO_PREFIX) {
            const plen = code[i + 4]!, pskip = code[i + 5]!;
            print2(["  prefix_skip", String(pskip)]);
            s = i + 6;
            const prefix = code.slice(s, s + plen);
            print2(["  prefix", "[" + prefix.map((x) => "0x" + x.toString(16)).join(", ") + "]",
              "(" + reprString(String.fromCodePoint(...prefix)) + ")"]);
            s += plen;
            print2(["  overlap", "[" + code.slice(s, s + plen).join(", ") + "]"]);
            s += plen;
          }
          if (flags & INFO_CHARSET) {
            level++;
            print2(["in"]);
            dis(s, i + skip);
            level--;
          }
          i += skip;
          break;
        }
        default:
          throw new Error(`re debug: bad code ${op}`);
      }
    }
    level--;
  };
  dis(0, code.length);
  return out;
}
