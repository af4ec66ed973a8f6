/**
 * The engine's public API, independent of VM objects. Subjects and patterns are code points
 * (Int32Array, or a JS string converted with toCodePoints) for str, Uint8Array for bytes.
 *
 *   const p = compile("(a)|b", 0);          // throws RegexError
 *   p.search(toCodePoints("xab"))           // MatchResult { spans, lastindex, pos, endpos } | null
 *   p.sub(subject, 0, m => ..., (s, e) => ...)   // pieces to join + count
 *
 * The list-producing helpers (findall, split, sub) follow _sre's loops exactly, including the
 * empty-match rules of Python 3.7+ (after an empty match the next match must not be empty at the
 * same position). They take callbacks that build the caller's objects, so the VM wrapper decides
 * what a "slice" is.
 */
import { FLAG_ASCII, FLAG_DEBUG, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_TEMPLATE,
  FLAG_UNICODE, FLAG_VERBOSE } from "./constants.ts";
import { compileTree } from "./compiler.ts";
import { RegexError, type RegexWarning } from "./errors.ts";
import { MatchResult, Matcher, setInterruptCheck, type Subject } from "./matcher.ts";
import { DEFAULT_MAX_DEPTH, parse } from "./parser.ts";
import { disCode, dumpTree, sreCode } from "./debug.ts";
import { State, SubPattern, branchNode, groupNode } from "./nodes.ts";
import type { Program } from "./program.ts";
import { Template, parseTemplate } from "./template.ts";

export { RegexError, MatchResult, Template, setInterruptCheck };
export type { RegexWarning, Subject };
export {
  FLAG_ASCII, FLAG_DEBUG, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_TEMPLATE, FLAG_UNICODE,
  FLAG_VERBOSE,
};

/** Code points of a JS string holding a Python str (a surrogate pair is one code point). */
export function toCodePoints(s: string): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    out[n++] = c;
  }
  return n === s.length ? out : out.slice(0, n);
}

// The last few strings converted by toCodePointsCached, most recent first.
const recentText: string[] = [];
const recentCps: Int32Array[] = [];

/**
 * toCodePoints with a small cache of the last strings converted: code that calls
 * pattern.match(s, pos) in a loop over one long string converts it once, not per call.
 * The returned array must not be modified.
 */
export function toCodePointsCached(s: string): Int32Array {
  if (s.length < 64) return toCodePoints(s);
  for (let i = 0; i < recentText.length; i++) {
    if (recentText[i] === s) {
      const cps = recentCps[i]!;
      if (i > 0) {
        recentText.splice(i, 1);
        recentCps.splice(i, 1);
        recentText.unshift(s);
        recentCps.unshift(cps);
      }
      return cps;
    }
  }
  const cps = toCodePoints(s);
  recentText.unshift(s);
  recentCps.unshift(cps);
  if (recentText.length > 4) {
    recentText.pop();
    recentCps.pop();
  }
  return cps;
}

export interface CompileOptions {
  /** Parser nesting budget (frames); CPython's at top level is DEFAULT_MAX_DEPTH. */
  maxDepth?: number;
}

export class CompiledPattern {
  /** Pattern.groups. */
  readonly groups: number;
  /** Pattern.flags (str patterns get UNICODE unless ASCII). */
  readonly flags: number;
  /** Pattern.groupindex, in definition order. */
  readonly groupindex: ReadonlyMap<string, number>;
  /** Group number -> name (index 0 unused). */
  readonly indexgroup: (string | null)[];
  /** Warnings CPython issues when compiling this pattern. */
  readonly warnings: RegexWarning[];
  /** With re.DEBUG: the text CPython prints (parse tree, empty line, code listing), else "". */
  debugOutput = "";
  readonly program: Program;
  private readonly matcher: Matcher;

  constructor(
    /** The pattern's code points (str) or bytes. */
    readonly source: Int32Array | Uint8Array,
    readonly isBytes: boolean,
    flags: number,
    groupindex: Map<string, number>,
    program: Program,
    warnings: RegexWarning[],
  ) {
    this.flags = flags;
    this.groups = program.groups;
    this.groupindex = groupindex;
    const ig: (string | null)[] = new Array(program.groups + 1).fill(null);
    for (const [name, g] of groupindex) ig[g] = name;
    this.indexgroup = ig;
    this.program = program;
    this.warnings = warnings;
    this.matcher = new Matcher(program);
  }

  /** The TypeError CPython raises when the subject's type does not fit the pattern, else null. */
  subjectTypeError(subjectIsBytes: boolean): RegexError | null {
    if (this.isBytes && !subjectIsBytes) return new RegexError("TypeError", "cannot use a bytes pattern on a string-like object");
    if (!this.isBytes && subjectIsBytes) return new RegexError("TypeError", "cannot use a string pattern on a bytes-like object");
    return null;
  }

  /** Pattern.match(subject, pos, endpos). */
  match(subject: Subject | string, pos = 0, endpos = Infinity): MatchResult | null {
    const m = this.matcher;
    return m.match(subj(subject), pos, clampEnd(endpos), false) ? m.result() : null;
  }

  /** Pattern.fullmatch(subject, pos, endpos). */
  fullmatch(subject: Subject | string, pos = 0, endpos = Infinity): MatchResult | null {
    const m = this.matcher;
    return m.match(subj(subject), pos, clampEnd(endpos), true) ? m.result() : null;
  }

  /** Pattern.search(subject, pos, endpos). */
  search(subject: Subject | string, pos = 0, endpos = Infinity): MatchResult | null {
    const m = this.matcher;
    return m.search(subj(subject), pos, clampEnd(endpos)) ? m.result() : null;
  }

  /** Pattern.scanner(subject, pos, endpos): successive match() / search() calls (finditer). */
  scanner(subject: Subject | string, pos = 0, endpos = Infinity): Scanner {
    return new Scanner(this.matcher, subj(subject), pos, clampEnd(endpos));
  }

  /**
   * Pattern.findall: one item per match. `item` receives the spans of the match as
   * state_getslice reads them: [start0, end0, start1, end1, ...] with -1 for unmatched groups.
   * (Python: no groups -> the match; one group -> group 1 or ''; more -> tuple, '' for unmatched.)
   */
  findall<T>(subject: Subject | string, pos: number, endpos: number, item: (spans: Int32Array) => T): T[] {
    const s = subj(subject);
    const m = this.matcher;
    const out: T[] = [];
    const n = s.length;
    let start = pos < 0 ? 0 : pos > n ? n : pos;
    const end = clampEnd(endpos) > n ? n : clampEnd(endpos) < 0 ? 0 : clampEnd(endpos);
    let mustAdvance = false;
    while (start <= end) {
      if (!m.search(s, start, end, mustAdvance)) break;
      out.push(item(this.sliceSpans()));
      mustAdvance = m.matchEnd === m.matchStart;
      start = m.matchEnd;
    }
    return out;
  }

  /**
   * Pattern.split: the pieces between matches and, after each, every group (`none()` for an
   * unmatched one). maxsplit 0 = no limit, negative = no split.
   */
  split<T>(subject: Subject | string, maxsplit: number, slice: (start: number, end: number) => T, none: () => T): T[] {
    const s = subj(subject);
    const m = this.matcher;
    const out: T[] = [];
    let last = 0;
    let start = 0;
    let n = 0;
    let mustAdvance = false;
    while (maxsplit === 0 || n < maxsplit) {
      if (!m.search(s, start, s.length, mustAdvance)) break;
      out.push(slice(last, m.matchStart));
      for (let g = 1; g <= this.groups; g++) {
        const span = m.groupSpan(g);
        out.push(span === null ? none() : slice(span[0], span[1]));
      }
      n++;
      mustAdvance = m.matchEnd === m.matchStart;
      last = start = m.matchEnd;
    }
    out.push(slice(last, s.length));
    return out;
  }

  /**
   * Pattern.sub / subn: the pieces of the result in order (unchanged slices of the subject and
   * replacements; `replace` returns null to insert nothing, as a callable returning None) and
   * the number of substitutions. count 0 = no limit.
   */
  sub<T>(subject: Subject | string, count: number, replace: (m: MatchResult) => T | null,
    slice: (start: number, end: number) => T): { pieces: T[]; n: number } {
    const s = subj(subject);
    const m = this.matcher;
    const pieces: T[] = [];
    let i = 0;
    let start = 0;
    let n = 0;
    let mustAdvance = false;
    while (count === 0 || n < count) {
      if (!m.search(s, start, s.length, mustAdvance)) break;
      const r = m.result();
      const b = r.spans[0]!, e = r.spans[1]!;
      if (i < b) pieces.push(slice(i, b));
      const item = replace(r);
      if (item !== null) pieces.push(item);
      i = e;
      n++;
      mustAdvance = e === b;
      start = e;
    }
    if (i < s.length) pieces.push(slice(i, s.length));
    return { pieces, n };
  }

  /** Parses a replacement template for this pattern (str code points or bytes). */
  template(template: Int32Array | Uint8Array | string): Template {
    return parseTemplate(this, typeof template === "string" ? toCodePoints(template) : template, this.isBytes);
  }

  private sliceSpans(): Int32Array {
    const m = this.matcher;
    const g = this.groups;
    const spans = new Int32Array(2 * (g + 1));
    spans[0] = m.matchStart;
    spans[1] = m.matchEnd;
    for (let i = 1; i <= g; i++) {
      const sp = m.groupSpan(i);
      spans[2 * i] = sp === null ? -1 : sp[0];
      spans[2 * i + 1] = sp === null ? -1 : sp[1];
    }
    return spans;
  }
}

/** _sre's scanner object: Pattern.finditer is iteration of search(). */
export class Scanner {
  private start: number;
  private readonly end: number;
  private readonly pos: number;
  private mustAdvance = false;
  private done = false;

  constructor(private readonly matcher: Matcher, private readonly subject: Subject, pos: number, endpos: number) {
    const n = subject.length;
    this.pos = pos < 0 ? 0 : pos > n ? n : pos;
    this.end = endpos < 0 ? 0 : endpos > n ? n : endpos;
    this.start = this.pos;
  }

  search(): MatchResult | null {
    return this.step(false);
  }

  match(): MatchResult | null {
    return this.step(true);
  }

  private step(anchored: boolean): MatchResult | null {
    if (this.done) return null;
    const found = anchored
      ? this.matcher.match(this.subject, this.start, this.end, false, this.mustAdvance)
      : this.matcher.search(this.subject, this.start, this.end, this.mustAdvance);
    if (!found) {
      this.done = true;
      return null;
    }
    const r = this.matcher.result();
    const b = r.spans[0]!, e = r.spans[1]!;
    this.mustAdvance = e === b;
    this.start = e;
    return new MatchResult(r.spans, r.lastindex, this.pos, this.end);
  }
}

function subj(s: Subject | string): Subject {
  return typeof s === "string" ? toCodePoints(s) : s;
}

function clampEnd(endpos: number): number {
  return endpos > 0x7fffffff ? 0x7fffffff : endpos;
}

/**
 * re.compile(pattern, flags) for a str (JS string or code points) or bytes pattern.
 * Throws RegexError (kind: error, ValueError, OverflowError, RecursionError).
 */
export function compile(pattern: string | Int32Array | Uint8Array, flags: number, opts: CompileOptions = {}): CompiledPattern {
  const isBytes = pattern instanceof Uint8Array;
  const src = typeof pattern === "string" ? toCodePoints(pattern) : pattern;
  const { tree, state, warnings } = parse(src, !isBytes, flags, opts.maxDepth ?? DEFAULT_MAX_DEPTH);
  const dump = flags & FLAG_DEBUG ? dumpTree(tree).map((l) => l + "\n").join("") : "";
  let program: Program;
  try {
    program = compileTree(tree, state.flags, state.groups - 1);
  } catch (e) {
    if (e instanceof RegexError) {
      e.warnings = warnings;
      e.debugOutput = dump;
    }
    throw e;
  }
  const p = new CompiledPattern(src, isBytes, state.flags, state.groupdict, program, warnings);
  if (flags & FLAG_DEBUG) p.debugOutput = dump + "\n" + disCode(sreCode(tree, state.flags)).map((l) => l + "\n").join("");
  return p;
}

/**
 * The pattern of re.Scanner(lexicon, flags): each phrase parsed on its own (its own group
 * numbers and inline flags, which then do not apply), wrapped in group i and joined by '|',
 * compiled with `flags` as given (so a str lexicon without re.UNICODE gets ASCII \w, as in
 * CPython). Pattern.pattern is None for it.
 */
export function compileScanner(phrases: (string | Int32Array | Uint8Array)[], flags: number, opts: CompileOptions = {}): CompiledPattern {
  const state = new State();
  state.flags = flags;
  const alts: SubPattern[] = [];
  const warnings: RegexWarning[] = [];
  let isBytes = false;
  for (const phrase of phrases) {
    isBytes = phrase instanceof Uint8Array;
    const gid = state.groups;
    state.groupwidths.push(null);
    const src = typeof phrase === "string" ? toCodePoints(phrase) : phrase;
    let r: ReturnType<typeof parse>;
    try {
      r = parse(src, !isBytes, flags, opts.maxDepth ?? DEFAULT_MAX_DEPTH);
    } catch (e) {
      if (e instanceof RegexError) e.warnings = warnings.concat(e.warnings);
      throw e;
    }
    warnings.push(...r.warnings);
    const sp = new SubPattern(state, [groupNode(gid, 0, 0, r.tree)]);
    state.groupwidths[gid] = sp.getwidth();
    alts.push(sp);
  }
  // An empty alternation is code _sre's validator rejects.
  if (alts.length === 0) throw new RegexError("RuntimeError", "invalid SRE code");
  const tree = new SubPattern(state, [branchNode(alts)]);
  let program: Program;
  try {
    program = compileTree(tree, state.flags, state.groups - 1);
  } catch (e) {
    if (e instanceof RegexError) e.warnings = warnings;
    throw e;
  }
  return new CompiledPattern(isBytes ? new Uint8Array(0) : new Int32Array(0), isBytes, state.flags, new Map(), program, warnings);
}

const SPECIAL = new Set(Array.from("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", (c) => c.charCodeAt(0)));

/** re.escape on code points / bytes: a backslash before each special character. */
export function escape<T extends Int32Array | Uint8Array>(s: T): T {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (SPECIAL.has(c)) out.push(0x5c);
    out.push(c);
  }
  return (s instanceof Uint8Array ? Uint8Array.from(out) : Int32Array.from(out)) as T;
}

/** Text of `flags` for Pattern.__repr__ ("re.IGNORECASE|re.MULTILINE"), or "" when none show. */
export function flagsRepr(flags: number, isBytes: boolean): string {
  const names: [number, string][] = [
    [FLAG_TEMPLATE, "re.TEMPLATE"], [FLAG_IGNORECASE, "re.IGNORECASE"], [FLAG_LOCALE, "re.LOCALE"],
    [FLAG_MULTILINE, "re.MULTILINE"], [FLAG_DOTALL, "re.DOTALL"], [FLAG_UNICODE, "re.UNICODE"],
    [FLAG_VERBOSE, "re.VERBOSE"], [FLAG_DEBUG, "re.DEBUG"], [FLAG_ASCII, "re.ASCII"],
  ];
  // Omit re.UNICODE for str patterns where it is implied.
  if (!isBytes && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) === FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  const parts: string[] = [];
  for (const [bit, name] of names) {
    if (flags & bit) {
      parts.push(name);
      flags &= ~bit;
    }
  }
  if (flags) parts.push("0x" + flags.toString(16));
  return parts.join("|");
}
