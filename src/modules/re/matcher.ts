/**
 * The backtracking matcher: runs a Program (program.ts) against a subject (code points of a str,
 * or bytes) with the observable behaviour of CPython's _sre engine, including how capture marks
 * are saved and restored on backtracking, the zero-width-iteration guard of repeats, atomic
 * groups and possessive repeats, and the empty-match rules of search loops (must_advance).
 *
 * It never recurses in JS. Every place where the engine tries something it may have to undo
 * ("call" the rest of the pattern from here) pushes a context frame on an explicit stack; a frame
 * returns success or failure to its parent, which resumes at a continuation (the J_* codes)
 * with its saved pc / position / counters. Capture marks saved for backtracking, and the
 * zero-width guards of repeats, go on a second stack (data). Repeat contexts (count, last
 * position) live in a third, LIFO by construction.
 *
 * Frame layout (Int32Array, FRAME ints each):
 *   F_JUMP continuation to resume in the parent, F_PC saved pc, F_PTR saved position,
 *   F_COUNT counter, F_U repeat index or character, F_LASTMARK / F_LASTINDEX saved marks state,
 *   F_TOP whether SUCCESS here is the end of the whole match (fullmatch / must_advance apply).
 * Marks: mark[2g] / mark[2g+1] are the start / end of group g+1; -1 is unset. Marks above
 * `lastmark` are stale and count as unset.
 */
import {
  isAsciiWord, isLocaleWord, isUniWord, lowerAscii, lowerLocale, lowerUni, upperLocale,
} from "./chars.ts";
import { REPEAT_INF as INF_IMPORTED } from "./constants.ts";

/** Module-local copy (imports are property reads when modules are loaded one by one). */
const REPEAT_INF = INF_IMPORTED;
import { RegexError } from "./errors.ts";
import type { CharSet } from "./charset.ts";
import type { Program } from "./program.ts";

export type Subject = Int32Array | Uint8Array;

/** The matcher's instructions; layouts in program.ts. */
export const enum OpCode {
  FAILURE = 0, SUCCESS, ANY, ANY_ALL, AT,
  LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE,
  LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE,
  IN, MARK, JUMP, BRANCH,
  REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE, REPEAT, MAX_UNTIL, MIN_UNTIL, POSSESSIVE_REPEAT,
  ATOMIC_GROUP, GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE, GROUPREF_EXISTS,
  ASSERT, ASSERT_NOT,
}

// `at` codes (position assertions). The compiler picks the MULTILINE / LOCALE / UNICODE forms.
export const enum At {
  BEGINNING = 0, BEGINNING_LINE, BEGINNING_STRING, BOUNDARY, NON_BOUNDARY, END, END_LINE, END_STRING,
  LOC_BOUNDARY, LOC_NON_BOUNDARY, UNI_BOUNDARY, UNI_NON_BOUNDARY,
}


const FRAME = 8;
const F_JUMP = 0, F_PC = 1, F_PTR = 2, F_COUNT = 3, F_U = 4, F_LASTMARK = 5, F_LASTINDEX = 6, F_TOP = 7;

// Continuations: the first group resumes after a child frame returned (ret holds its result);
// the second group are loop entries run without a child.
const enum K {
  RETURN = 0,
  J_BRANCH, J_REPEAT_ONE_1, J_REPEAT_ONE_2, J_MIN_REPEAT_ONE, J_REPEAT, J_MAX_UNTIL_1, J_MAX_UNTIL_2,
  J_MAX_UNTIL_3, J_MIN_UNTIL_1, J_MIN_UNTIL_2, J_MIN_UNTIL_3, J_POSS_REPEAT_1, J_POSS_REPEAT_2, J_ATOMIC,
  J_ASSERT, J_ASSERT_NOT,
  BRANCH_LOOP, REPEAT_ONE_1_LOOP, REPEAT_ONE_2_LOOP, MIN_REPEAT_ONE_LOOP, MAX_UNTIL_TAIL, POSS_1_LOOP,
  POSS_2_LOOP,
}

/** Called every INTERRUPT_PERIOD frames of matching; may throw to abandon the match. */
let interruptCheck: (() => void) | null = null;
const INTERRUPT_PERIOD = 4096;

/**
 * Installs the hook the matcher calls now and then during a match (CPython checks signals
 * every 4096 steps, so Ctrl-C stops a catastrophic pattern); whatever it throws ends the match.
 */
export function setInterruptCheck(fn: (() => void) | null): void {
  interruptCheck = fn;
}

/** Result of a successful match: group spans and lastindex. */
export class MatchResult {
  constructor(
    /** [start0, end0, start1, end1, ...]: group 0 is the whole match; -1 for unmatched groups. */
    readonly spans: Int32Array,
    /** Number of the last group closed, or -1 (Python: None). */
    readonly lastindex: number,
    /** pos / endpos of the call, after clamping to the subject. */
    readonly pos: number,
    readonly endpos: number,
  ) {}
}

export class Matcher {
  readonly prog: Program;
  private code: Int32Array;
  private sets: CharSet[];
  private subj: Subject = new Uint8Array(0);
  /** state->start: where the current attempt began. */
  private start = 0;
  /** state->end: the endpos. */
  private end = 0;
  /** state->ptr: the position handed between frames (and the end of the match on success). */
  private sptr = 0;
  private matchAll = false;
  private mustAdvance = false;
  marks: Int32Array;
  lastmark = -1;
  lastindex = -1;
  private repeat = -1;
  private frames: Int32Array = new Int32Array(FRAME * 64);
  private data: Int32Array = new Int32Array(256);
  private dataTop = 0;
  private repCount: Int32Array = new Int32Array(16);
  private repBase: Int32Array = new Int32Array(16);
  private repPrev: Int32Array = new Int32Array(16);
  private repLastPtr: Int32Array = new Int32Array(16);
  private repTop = 0;

  /** pc of a single-character op every match must pass at its first position, or -1. */
  private readonly firstPc: number;

  constructor(prog: Program) {
    this.prog = prog;
    this.code = prog.code;
    this.sets = prog.sets;
    this.marks = new Int32Array(Math.max(2, prog.groups * 2, prog.markCount));
    this.firstPc = firstCharOp(prog.code);
  }

  /** state_init: subject and clamped bounds. */
  private init(subj: Subject, pos: number, endpos: number): void {
    const n = subj.length;
    this.subj = subj;
    this.start = pos < 0 ? 0 : pos > n ? n : pos;
    this.end = endpos < 0 ? 0 : endpos > n ? n : endpos;
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = -1;
    this.dataTop = 0;
    this.repTop = 0;
    this.mustAdvance = false;
    this.matchAll = false;
  }

  /** Pattern.match / fullmatch at pos (must_advance: Scanner.match after an empty match). */
  match(subj: Subject, pos: number, endpos: number, matchAll: boolean, mustAdvance = false): boolean {
    this.init(subj, pos, endpos);
    this.matchAll = matchAll;
    this.mustAdvance = mustAdvance;
    const ptr = this.start;
    const min = this.prog.minWidth;
    if (min > 0 && this.end - ptr >= 0 && this.end - ptr < min) return false;
    this.sptr = ptr;
    return this.run(0, 1) !== 0;
  }

  /** Pattern.search from pos; mustAdvance forbids an empty match at pos itself. */
  search(subj: Subject, pos: number, endpos: number, mustAdvance = false): boolean {
    this.init(subj, pos, endpos);
    let ptr = this.start;
    const end = this.end;
    if (ptr > end) return false;
    const prog = this.prog;
    const min = prog.minWidth;
    if (min > 0 && end - ptr < min) return false;
    // Last position where a match of min characters still fits.
    let last = min > 1 ? end - (min - 1) : end;
    if (last < ptr) last = ptr;
    const prefix = prog.prefix;
    if (prefix.length > 0) {
      // Every match starts with the prefix (so it is not empty: must_advance cannot matter).
      const c0 = prefix[0]!;
      const plen = prefix.length;
      for (;;) {
        let p = subj.indexOf(c0, ptr);
        if (p < 0 || p + plen > end) return false;
        let ok = true;
        for (let i = 1; i < plen; i++) {
          if (subj[p + i] !== prefix[i]) { ok = false; break; }
        }
        if (ok) {
          this.start = p;
          this.sptr = p;
          this.lastmark = -1;
          this.lastindex = -1;
          if (this.run(0, 0) !== 0) return true;
        }
        ptr = p + 1;
        if (ptr > last) return false;
      }
    }
    const set = prog.prefixSet;
    if (set !== null) {
      // CPython's charset-prefix search (the match is not empty: must_advance cannot matter)
      for (; ptr < end; ptr++) {
        if (!set.test(subj[ptr]!)) continue;
        this.start = ptr;
        this.sptr = ptr;
        this.lastmark = -1;
        this.lastindex = -1;
        if (this.run(0, 0) !== 0) return true;
      }
      return false;
    }
    this.mustAdvance = mustAdvance;
    this.start = ptr;
    this.sptr = ptr;
    const first = this.firstPc;
    if ((first < 0 || (ptr < end && this.charOk(first, subj[ptr]!))) && this.run(0, 1) !== 0) return true;
    this.mustAdvance = false;
    if (prog.anchored) return false;
    while (ptr < last) {
      ptr++;
      // Positions where the first character cannot match need no attempt.
      if (first >= 0 && (ptr >= end || !this.charOk(first, subj[ptr]!))) continue;
      this.lastmark = -1;
      this.lastindex = -1;
      this.start = ptr;
      this.sptr = ptr;
      if (this.run(0, 0) !== 0) return true;
    }
    return false;
  }

  /** pattern_new_match: the spans of the last successful match / search. */
  result(): MatchResult {
    const groups = this.prog.groups;
    const spans = new Int32Array(2 * (groups + 1));
    spans[0] = this.start;
    spans[1] = this.sptr;
    const marks = this.marks;
    const lastmark = this.lastmark;
    for (let g = 0, j = 0; g < groups; g++, j += 2) {
      if (j + 1 <= lastmark && marks[j]! >= 0 && marks[j + 1]! >= 0) {
        const s = marks[j]!, e = marks[j + 1]!;
        if (s > e) throw new RegexError("SystemError", "The span of capturing group is wrong, please report a bug for the re module.");
        spans[2 + j] = s;
        spans[3 + j] = e;
      } else {
        spans[2 + j] = -1;
        spans[3 + j] = -1;
      }
    }
    return new MatchResult(spans, this.lastindex, this.start, this.end);
  }

  /**
   * Group `g` (1-based) of the last run as state_getslice sees it: [start, end], or null when
   * unmatched. An inverted span is CPython's SystemError.
   */
  groupSpan(g: number): [number, number] | null {
    const j = (g - 1) * 2;
    if (j >= this.lastmark) return null;
    const s = this.marks[j]!, e = this.marks[j + 1]!;
    if (s < 0 || e < 0) return null;
    if (s > e) throw new RegexError("SystemError", "The span of capturing group is wrong, please report a bug for the re module.");
    return [s, e];
  }

  /** Start and end of the last successful search/match. */
  get matchStart(): number {
    return this.start;
  }
  get matchEnd(): number {
    return this.sptr;
  }

  // ---- stacks

  private growFrames(): Int32Array {
    const f = allocStack(grownLength(this.frames.length, this.frames.length + FRAME));
    f.set(this.frames);
    this.frames = f;
    return f;
  }

  private dataPush(v: number): void {
    if (this.dataTop >= this.data.length) this.growData(1);
    this.data[this.dataTop++] = v;
  }

  private growData(need: number): void {
    const d = allocStack(grownLength(this.data.length, this.dataTop + need));
    d.set(this.data);
    this.data = d;
  }

  private markPush(lastmark: number): void {
    if (lastmark < 0) return;
    const n = lastmark + 1;
    if (this.dataTop + n > this.data.length) this.growData(n);
    const data = this.data, marks = this.marks;
    let top = this.dataTop;
    for (let i = 0; i < n; i++) data[top++] = marks[i]!;
    this.dataTop = top;
  }

  private markPop(lastmark: number): void {
    if (lastmark < 0) return;
    const n = lastmark + 1;
    const top = this.dataTop -= n;
    const data = this.data, marks = this.marks;
    for (let i = 0; i < n; i++) marks[i] = data[top + i]!;
  }

  private markPopKeep(lastmark: number): void {
    if (lastmark < 0) return;
    const n = lastmark + 1;
    const top = this.dataTop - n;
    const data = this.data, marks = this.marks;
    for (let i = 0; i < n; i++) marks[i] = data[top + i]!;
  }

  private markPopDiscard(lastmark: number): void {
    if (lastmark >= 0) this.dataTop -= lastmark + 1;
  }

  private newRepeat(): number {
    const r = this.repTop++;
    if (r >= this.repCount.length) {
      const n = grownLength(this.repCount.length, r + 1);
      const grow = (a: Int32Array): Int32Array => { const b = allocStack(n); b.set(a); return b; };
      this.repCount = grow(this.repCount);
      this.repBase = grow(this.repBase);
      this.repPrev = grow(this.repPrev);
      this.repLastPtr = grow(this.repLastPtr);
    }
    return r;
  }

  // ---- single characters

  /** SRE(at). */
  private at(at: number, ptr: number): boolean {
    const subj = this.subj;
    const end = this.end;
    switch (at) {
      case At.BEGINNING:
      case At.BEGINNING_STRING:
        return ptr === 0;
      case At.BEGINNING_LINE:
        return ptr === 0 || subj[ptr - 1] === 10;
      case At.END:
        return (end - ptr === 1 && subj[ptr] === 10) || ptr === end;
      case At.END_LINE:
        return ptr === end || subj[ptr] === 10;
      case At.END_STRING:
        return ptr === end;
      case At.BOUNDARY:
      case At.NON_BOUNDARY:
      case At.LOC_BOUNDARY:
      case At.LOC_NON_BOUNDARY:
      case At.UNI_BOUNDARY:
      case At.UNI_NON_BOUNDARY: {
        if (end === 0) return false;
        const isWord = at <= At.NON_BOUNDARY ? isAsciiWord : at <= At.LOC_NON_BOUNDARY ? isLocaleWord : isUniWord;
        const that = ptr > 0 ? isWord(subj[ptr - 1]!) : false;
        const thisp = ptr < end ? isWord(subj[ptr]!) : false;
        const boundary = at === At.BOUNDARY || at === At.LOC_BOUNDARY || at === At.UNI_BOUNDARY;
        return boundary ? thisp !== that : thisp === that;
      }
    }
    return false;
  }

  /** Does the single-character op at pc accept ch? */
  private charOk(pc: number, ch: number): boolean {
    const code = this.code;
    const arg = code[pc + 1]!;
    switch (code[pc]) {
      case OpCode.ANY: return ch !== 10;
      case OpCode.ANY_ALL: return true;
      case OpCode.LITERAL: return ch === arg;
      case OpCode.NOT_LITERAL: return ch !== arg;
      case OpCode.LITERAL_IGNORE: return lowerAscii(ch) === arg;
      case OpCode.NOT_LITERAL_IGNORE: return lowerAscii(ch) !== arg;
      case OpCode.LITERAL_UNI_IGNORE: return lowerUni(ch) === arg;
      case OpCode.NOT_LITERAL_UNI_IGNORE: return lowerUni(ch) !== arg;
      case OpCode.LITERAL_LOC_IGNORE: return charLocIgnore(arg, ch);
      case OpCode.NOT_LITERAL_LOC_IGNORE: return !charLocIgnore(arg, ch);
      case OpCode.IN: return this.sets[arg]!.test(ch);
    }
    return false;
  }

  /** SRE(count): how many times (up to max) the item at pc matches from ptr. */
  private count(pc: number, ptr: number, max: number): number {
    const subj = this.subj;
    let end = this.end;
    if (max < end - ptr && max !== REPEAT_INF) end = ptr + max;
    const start = ptr;
    const code = this.code;
    switch (code[pc]) {
      case OpCode.IN: {
        const set = this.sets[code[pc + 1]!]!;
        while (ptr < end && set.test(subj[ptr]!)) ptr++;
        break;
      }
      case OpCode.ANY:
        while (ptr < end && subj[ptr] !== 10) ptr++;
        break;
      case OpCode.ANY_ALL:
        ptr = end;
        break;
      case OpCode.LITERAL: {
        const c = code[pc + 1];
        while (ptr < end && subj[ptr] === c) ptr++;
        break;
      }
      case OpCode.NOT_LITERAL: {
        const c = code[pc + 1];
        while (ptr < end && subj[ptr] !== c) ptr++;
        break;
      }
      default:
        while (ptr < end && this.charOk(pc, subj[ptr]!)) ptr++;
        break;
    }
    return ptr - start;
  }

  /** Matches the backreference to group g at ptr; returns the new position or -1. */
  private groupref(g: number, ptr: number, fold: number, lastmark: number): number {
    const gr = g * 2;
    if (gr >= lastmark) return -1;
    let p = this.marks[gr]!;
    const e = this.marks[gr + 1]!;
    if (p < 0 || e < 0 || e < p) return -1;
    const subj = this.subj;
    const end = this.end;
    while (p < e) {
      if (ptr >= end) return -1;
      const a = subj[ptr]!, b = subj[p]!;
      if (a !== b) {
        if (fold === 0) return -1;
        if (fold === 1 ? lowerAscii(a) !== lowerAscii(b) : fold === 2 ? lowerUni(a) !== lowerUni(b)
          : lowerLocale(a) !== lowerLocale(b)) return -1;
      }
      p++;
      ptr++;
    }
    return ptr;
  }

  /**
   * SRE(match): runs the program from pc at this.sptr. Returns 1 on success (this.sptr is then
   * the end of the match) or 0.
   */
  private run(pc: number, toplevel: number): number {
    const code = this.code;
    const subj = this.subj;
    const end = this.end;
    const sets = this.sets;
    let frames = this.frames;
    let cur = 0;
    frames[F_JUMP] = K.RETURN;
    frames[F_TOP] = toplevel;
    let sptr = this.sptr;
    let lastmark = this.lastmark;
    let lastindex = this.lastindex;
    let repeat = this.repeat;
    const marks = this.marks;
    let ptr = sptr;
    let ret = 0;
    let k: number = K.RETURN;
    let budget = INTERRUPT_PERIOD;

    main: for (;;) {
      if (--budget === 0) {
        budget = INTERRUPT_PERIOD;
        if (interruptCheck !== null) interruptCheck();
      }
      // ---- dispatch: run ops until one fails, succeeds, or needs a continuation
      dispatch: for (;;) {
        switch (code[pc++]) {
          case OpCode.FAILURE:
            ret = 0;
            k = K.RETURN;
            break dispatch;
          case OpCode.SUCCESS:
            if (frames[cur + F_TOP] !== 0 &&
              ((this.matchAll && ptr !== end) || (this.mustAdvance && ptr === this.start))) {
              ret = 0;
              k = K.RETURN;
              break dispatch;
            }
            sptr = ptr;
            ret = 1;
            k = K.RETURN;
            break dispatch;
          case OpCode.ANY:
            if (ptr >= end || subj[ptr] === 10) { ret = 0; k = K.RETURN; break dispatch; }
            ptr++;
            continue;
          case OpCode.ANY_ALL:
            if (ptr >= end) { ret = 0; k = K.RETURN; break dispatch; }
            ptr++;
            continue;
          case OpCode.AT:
            if (!this.at(code[pc]!, ptr)) { ret = 0; k = K.RETURN; break dispatch; }
            pc++;
            continue;
          case OpCode.LITERAL:
            if (ptr >= end || subj[ptr] !== code[pc]) { ret = 0; k = K.RETURN; break dispatch; }
            pc++;
            ptr++;
            continue;
          case OpCode.NOT_LITERAL:
            if (ptr >= end || subj[ptr] === code[pc]) { ret = 0; k = K.RETURN; break dispatch; }
            pc++;
            ptr++;
            continue;
          case OpCode.IN:
            if (ptr >= end || !sets[code[pc]!]!.test(subj[ptr]!)) { ret = 0; k = K.RETURN; break dispatch; }
            pc++;
            ptr++;
            continue;
          case OpCode.LITERAL_IGNORE:
          case OpCode.NOT_LITERAL_IGNORE:
          case OpCode.LITERAL_UNI_IGNORE:
          case OpCode.NOT_LITERAL_UNI_IGNORE:
          case OpCode.LITERAL_LOC_IGNORE:
          case OpCode.NOT_LITERAL_LOC_IGNORE:
            if (ptr >= end || !this.charOk(pc - 1, subj[ptr]!)) { ret = 0; k = K.RETURN; break dispatch; }
            pc++;
            ptr++;
            continue;
          case OpCode.MARK: {
            const i = code[pc]!;
            if (i & 1) lastindex = (i >> 1) + 1;
            if (i > lastmark) {
              for (let j = lastmark + 1; j < i; j++) marks[j] = -1;
              lastmark = i;
            }
            marks[i] = ptr;
            pc++;
            continue;
          }
          case OpCode.JUMP:
            pc = code[pc]!;
            continue;
          case OpCode.GROUPREF:
          case OpCode.GROUPREF_IGNORE:
          case OpCode.GROUPREF_UNI_IGNORE:
          case OpCode.GROUPREF_LOC_IGNORE: {
            const op = code[pc - 1]!;
            const np = this.groupref(code[pc]!, ptr, op - OpCode.GROUPREF, lastmark);
            if (np < 0) { ret = 0; k = K.RETURN; break dispatch; }
            ptr = np;
            pc++;
            continue;
          }
          case OpCode.GROUPREF_EXISTS: {
            const gr = code[pc]! * 2;
            if (gr >= lastmark) { pc = code[pc + 1]!; continue; }
            const p = marks[gr]!, e = marks[gr + 1]!;
            if (p < 0 || e < 0 || e < p) { pc = code[pc + 1]!; continue; }
            pc += 2;
            continue;
          }
          case OpCode.BRANCH:
            frames[cur + F_LASTMARK] = lastmark;
            frames[cur + F_LASTINDEX] = lastindex;
            if (repeat >= 0) this.markPush(lastmark);
            k = K.BRANCH_LOOP;
            break dispatch;
          case OpCode.REPEAT_ONE: {
            // pc -> tail min max item...
            const min = code[pc + 1]!;
            if (min > end - ptr) { ret = 0; k = K.RETURN; break dispatch; }
            sptr = ptr;
            const count = this.count(pc + 3, ptr, code[pc + 2]!);
            ptr += count;
            if (count < min) { ret = 0; k = K.RETURN; break dispatch; }
            const tail = code[pc]!;
            if (code[tail] === OpCode.SUCCESS && ptr === end &&
              !(frames[cur + F_TOP] !== 0 && this.mustAdvance && ptr === this.start)) {
              sptr = ptr;
              ret = 1;
              k = K.RETURN;
              break dispatch;
            }
            frames[cur + F_LASTMARK] = lastmark;
            frames[cur + F_LASTINDEX] = lastindex;
            if (repeat >= 0) this.markPush(lastmark);
            frames[cur + F_COUNT] = count;
            if (code[tail] === OpCode.LITERAL) {
              frames[cur + F_U] = code[tail + 1]!;
              k = K.REPEAT_ONE_1_LOOP;
            } else {
              k = K.REPEAT_ONE_2_LOOP;
            }
            break dispatch;
          }
          case OpCode.MIN_REPEAT_ONE: {
            const min = code[pc + 1]!;
            if (min > end - ptr) { ret = 0; k = K.RETURN; break dispatch; }
            sptr = ptr;
            let count = 0;
            if (min !== 0) {
              count = this.count(pc + 3, ptr, min);
              if (count < min) { ret = 0; k = K.RETURN; break dispatch; }
              ptr += count;
            }
            const tail = code[pc]!;
            if (code[tail] === OpCode.SUCCESS && !(frames[cur + F_TOP] !== 0 &&
              ((this.matchAll && ptr !== end) || (this.mustAdvance && ptr === this.start)))) {
              sptr = ptr;
              ret = 1;
              k = K.RETURN;
              break dispatch;
            }
            frames[cur + F_LASTMARK] = lastmark;
            frames[cur + F_LASTINDEX] = lastindex;
            if (repeat >= 0) this.markPush(lastmark);
            frames[cur + F_COUNT] = count;
            k = K.MIN_REPEAT_ONE_LOOP;
            break dispatch;
          }
          case OpCode.POSSESSIVE_REPEAT_ONE: {
            const min = code[pc + 1]!;
            if (ptr + min > end) { ret = 0; k = K.RETURN; break dispatch; }
            sptr = ptr;
            const count = this.count(pc + 3, ptr, code[pc + 2]!);
            ptr += count;
            if (count < min) { ret = 0; k = K.RETURN; break dispatch; }
            pc = code[pc]!;
            if (code[pc] === OpCode.SUCCESS && ptr === end &&
              !(frames[cur + F_TOP] !== 0 && this.mustAdvance && ptr === this.start)) {
              sptr = ptr;
              ret = 1;
              k = K.RETURN;
              break dispatch;
            }
            continue;
          }
          case OpCode.REPEAT: {
            // pc -> until min max body...
            const rep = this.newRepeat();
            this.repCount[rep] = -1;
            this.repBase[rep] = pc;
            this.repPrev[rep] = repeat;
            this.repLastPtr[rep] = -1;
            repeat = rep;
            frames[cur + F_U] = rep;
            sptr = ptr;
            // call the UNTIL op
            frames[cur + F_PC] = pc;
            frames[cur + F_PTR] = ptr;
            const top = frames[cur + F_TOP]!;
            cur += FRAME;
            if (cur + FRAME > frames.length) frames = this.growFrames();
            frames[cur + F_JUMP] = K.J_REPEAT;
            frames[cur + F_TOP] = top;
            pc = code[pc]!;
            continue;
          }
          case OpCode.MAX_UNTIL:
          case OpCode.MIN_UNTIL: {
            const rep = repeat;
            sptr = ptr;
            const count = this.repCount[rep]! + 1;
            frames[cur + F_COUNT] = count;
            frames[cur + F_U] = rep;
            const base = this.repBase[rep]!;
            const top = frames[cur + F_TOP]!;
            let j: number;
            let target: number;
            if (count < code[base + 1]!) {
              // not enough matches: one more item
              this.repCount[rep] = count;
              j = code[pc - 1] === OpCode.MAX_UNTIL ? K.J_MAX_UNTIL_1 : K.J_MIN_UNTIL_1;
              target = base + 3;
            } else if (code[pc - 1] === OpCode.MAX_UNTIL) {
              const max = code[base + 2]!;
              if ((count < max || max === REPEAT_INF) && ptr !== this.repLastPtr[rep]) {
                // try one more item
                this.repCount[rep] = count;
                frames[cur + F_LASTMARK] = lastmark;
                frames[cur + F_LASTINDEX] = lastindex;
                this.markPush(lastmark);
                this.dataPush(this.repLastPtr[rep]!);
                this.repLastPtr[rep] = ptr;
                j = K.J_MAX_UNTIL_2;
                target = base + 3;
              } else {
                k = K.MAX_UNTIL_TAIL;
                break dispatch;
              }
            } else {
              // MIN_UNTIL: try the tail first
              repeat = this.repPrev[rep]!;
              frames[cur + F_LASTMARK] = lastmark;
              frames[cur + F_LASTINDEX] = lastindex;
              if (repeat >= 0) this.markPush(lastmark);
              j = K.J_MIN_UNTIL_2;
              target = pc;
            }
            frames[cur + F_PC] = pc;
            frames[cur + F_PTR] = ptr;
            cur += FRAME;
            if (cur + FRAME > frames.length) frames = this.growFrames();
            frames[cur + F_JUMP] = j;
            frames[cur + F_TOP] = top;
            pc = target;
            continue;
          }
          case OpCode.POSSESSIVE_REPEAT:
            sptr = ptr;
            frames[cur + F_COUNT] = 0;
            k = K.POSS_1_LOOP;
            break dispatch;
          case OpCode.ATOMIC_GROUP:
            sptr = ptr;
            frames[cur + F_PC] = pc;
            frames[cur + F_PTR] = ptr;
            cur += FRAME;
            if (cur + FRAME > frames.length) frames = this.growFrames();
            frames[cur + F_JUMP] = K.J_ATOMIC;
            frames[cur + F_TOP] = 0;
            pc = pc + 1;
            continue;
          case OpCode.ASSERT: {
            const back = code[pc + 1]!;
            if (ptr < back) { ret = 0; k = K.RETURN; break dispatch; }
            sptr = ptr - back;
            frames[cur + F_PC] = pc;
            frames[cur + F_PTR] = ptr;
            cur += FRAME;
            if (cur + FRAME > frames.length) frames = this.growFrames();
            frames[cur + F_JUMP] = K.J_ASSERT;
            frames[cur + F_TOP] = 0;
            ptr = sptr;
            pc = pc + 2;
            continue;
          }
          case OpCode.ASSERT_NOT: {
            const back = code[pc + 1]!;
            if (ptr >= back) {
              sptr = ptr - back;
              frames[cur + F_LASTMARK] = lastmark;
              frames[cur + F_LASTINDEX] = lastindex;
              if (repeat >= 0) this.markPush(lastmark);
              frames[cur + F_PC] = pc;
              frames[cur + F_PTR] = ptr;
              cur += FRAME;
              if (cur + FRAME > frames.length) frames = this.growFrames();
              frames[cur + F_JUMP] = K.J_ASSERT_NOT;
              frames[cur + F_TOP] = 0;
              ptr = sptr;
              pc = pc + 2;
              continue;
            }
            pc = code[pc]!;
            continue;
          }
          default:
            throw new Error(`re: bad opcode ${code[pc - 1]} at ${pc - 1}`);
        }
      }

      // ---- continuations. Each either calls a child (push a frame, `continue main`),
      // resumes dispatch in this frame (`continue main`), or returns (k = RETURN).
      for (;;) {
        switch (k) {
          case K.RETURN: {
            const jump = frames[cur + F_JUMP]!;
            if (cur === 0) {
              this.frames = frames;
              this.sptr = sptr;
              this.lastmark = lastmark;
              this.lastindex = lastindex;
              this.repeat = repeat;
              return ret;
            }
            cur -= FRAME;
            pc = frames[cur + F_PC]!;
            ptr = frames[cur + F_PTR]!;
            k = jump;
            continue;
          }

          case K.J_BRANCH:
            if (ret) {
              if (repeat >= 0) this.markPopDiscard(frames[cur + F_LASTMARK]!);
              k = K.RETURN;
              continue;
            }
            if (repeat >= 0) this.markPopKeep(frames[cur + F_LASTMARK]!);
            lastmark = frames[cur + F_LASTMARK]!;
            lastindex = frames[cur + F_LASTINDEX]!;
            pc = code[pc]!;
            k = K.BRANCH_LOOP;
            continue;

          case K.BRANCH_LOOP: {
            // pc -> the header of the next alternative to try
            let found = false;
            while (code[pc] !== 0) {
              const body = pc + 1;
              const bop = code[body];
              if (bop === OpCode.LITERAL && (ptr >= end || subj[ptr] !== code[body + 1])) { pc = code[pc]!; continue; }
              if (bop === OpCode.IN && (ptr >= end || !sets[code[body + 1]!]!.test(subj[ptr]!))) { pc = code[pc]!; continue; }
              found = true;
              break;
            }
            if (!found) {
              if (repeat >= 0) this.markPopDiscard(frames[cur + F_LASTMARK]!);
              ret = 0;
              k = K.RETURN;
              continue;
            }
            sptr = ptr;
            frames[cur + F_PC] = pc;
            frames[cur + F_PTR] = ptr;
            const top = frames[cur + F_TOP]!;
            cur += FRAME;
            if (cur + FRAME > frames.length) frames = this.growFrames();
            frames[cur + F_JUMP] = K.J_BRANCH;
            frames[cur + F_TOP] = top;
            pc = pc + 1;
            continue main;
          }

          case K.J_REPEAT_ONE_1:
          case K.J_REPEAT_ONE_2:
            if (ret) {
              if (repeat >= 0) this.markPopDiscard(frames[cur + F_LASTMARK]!);
              k = K.RETURN;
              continue;
            }
            if (repeat >= 0) this.markPopKeep(frames[cur + F_LASTMARK]!);
            lastmark = frames[cur + F_LASTMARK]!;
            lastindex = frames[cur + F_LASTINDEX]!;
            ptr--;
            frames[cur + F_COUNT]--;
            k = k === K.J_REPEAT_ONE_1 ? K.REPEAT_ONE_1_LOOP : K.REPEAT_ONE_2_LOOP;
            continue;

          case K.REPEAT_ONE_1_LOOP:
          case K.REPEAT_ONE_2_LOOP: {
            // pc -> tail min max item...
            const min = code[pc + 1]!;
            let count = frames[cur + F_COUNT]!;
            if (k === K.REPEAT_ONE_1_LOOP) {
              // the tail starts with a literal: skip positions where it cannot match
              const chr = frames[cur + F_U]!;
              while (count >= min && (ptr >= end || subj[ptr] !== chr)) {
                ptr--;
                count--;
              }
              frames[cur + F_COUNT] = count;
            }
            if (count < min) {
              if (repeat >= 0) this.markPopDiscard(frames[cur + F_LASTMARK]!);
              ret = 0;
              k = K.RETURN;
              continue;
            }
            sptr = ptr;
            frames[cur + F_PC] = pc;
            frames[cur + F_PTR] = ptr;
            const top = frames[cur + F_TOP]!;
            const j = k === K.REPEAT_ONE_1_LOOP ? K.J_REPEAT_ONE_1 : K.J_REPEAT_ONE_2;
            const tail = code[pc]!;
            cur += FRAME;
            if (cur + FRAME > frames.length) frames = this.growFrames();
            frames[cur + F_JUMP] = j;
            frames[cur + F_TOP] = top;
            pc = tail;
            continue main;
          }

          case K.J_MIN_REPEAT_ONE:
            if (ret) {
              if (repeat >= 0) this.markPopDiscard(frames[cur + F_LASTMARK]!);
              k = K.RETURN;
              continue;
            }
            if (repeat >= 0) this.markPopKeep(frames[cur + F_LASTMARK]!);
            lastmark = frames[cur + F_LASTMARK]!;
            lastindex = frames[cur + F_LASTINDEX]!;
            sptr = ptr;
            if (this.count(pc + 3, ptr, 1) === 0) {
              if (repeat >= 0) this.markPopDiscard(frames[cur + F_LASTMARK]!);
              ret = 0;
              k = K.RETURN;
              continue;
            }
            ptr++;
            frames[cur + F_COUNT]++;
            k = K.MIN_REPEAT_ONE_LOOP;
            continue;

          case K.MIN_REPEAT_ONE_LOOP: {
            const max = code[pc + 2]!;
            if (!(max === REPEAT_INF || frames[cur + F_COUNT]! <= max)) {
              if (repeat >= 0) this.markPopDiscard(frames[cur + F_LASTMARK]!);
              ret = 0;
              k = K.RETURN;
              continue;
            }
            sptr = ptr;
            frames[cur + F_PC] = pc;
            frames[cur + F_PTR] = ptr;
            const top = frames[cur + F_TOP]!;
            const tail = code[pc]!;
            cur += FRAME;
            if (cur + FRAME > frames.length) frames = this.growFrames();
            frames[cur + F_JUMP] = K.J_MIN_REPEAT_ONE;
            frames[cur + F_TOP] = top;
            pc = tail;
            continue main;
          }

          case K.J_REPEAT:
            repeat = this.repPrev[frames[cur + F_U]!]!;
            this.repTop--;
            k = K.RETURN;
            continue;

          case K.J_MAX_UNTIL_1:
          case K.J_MIN_UNTIL_1:
            if (ret) { k = K.RETURN; continue; }
            this.repCount[frames[cur + F_U]!] = frames[cur + F_COUNT]! - 1;
            sptr = ptr;
            k = K.RETURN;
            continue;

          case K.J_MAX_UNTIL_2: {
            const rep = frames[cur + F_U]!;
            this.repLastPtr[rep] = this.data[--this.dataTop]!;
            if (ret) {
              this.markPopDiscard(frames[cur + F_LASTMARK]!);
              k = K.RETURN;
              continue;
            }
            this.markPop(frames[cur + F_LASTMARK]!);
            lastmark = frames[cur + F_LASTMARK]!;
            lastindex = frames[cur + F_LASTINDEX]!;
            this.repCount[rep] = frames[cur + F_COUNT]! - 1;
            sptr = ptr;
            k = K.MAX_UNTIL_TAIL;
            continue;
          }

          case K.MAX_UNTIL_TAIL: {
            // no more items here: the tail must match (pc -> tail)
            const rep = frames[cur + F_U]!;
            repeat = this.repPrev[rep]!;
            frames[cur + F_PC] = pc;
            frames[cur + F_PTR] = ptr;
            const top = frames[cur + F_TOP]!;
            cur += FRAME;
            if (cur + FRAME > frames.length) frames = this.growFrames();
            frames[cur + F_JUMP] = K.J_MAX_UNTIL_3;
            frames[cur + F_TOP] = top;
            ptr = sptr;
            continue main;
          }

          case K.J_MAX_UNTIL_3:
            repeat = frames[cur + F_U]!;
            if (ret) { k = K.RETURN; continue; }
            sptr = ptr;
            k = K.RETURN;
            continue;

          case K.J_MIN_UNTIL_2: {
            const repeatOfTail = repeat;
            const rep = frames[cur + F_U]!;
            repeat = rep;
            if (ret) {
              if (repeatOfTail >= 0) this.markPopDiscard(frames[cur + F_LASTMARK]!);
              k = K.RETURN;
              continue;
            }
            if (repeatOfTail >= 0) this.markPop(frames[cur + F_LASTMARK]!);
            lastmark = frames[cur + F_LASTMARK]!;
            lastindex = frames[cur + F_LASTINDEX]!;
            sptr = ptr;
            const count = frames[cur + F_COUNT]!;
            const base = this.repBase[rep]!;
            const max = code[base + 2]!;
            if ((count >= max && max !== REPEAT_INF) || ptr === this.repLastPtr[rep]) {
              ret = 0;
              k = K.RETURN;
              continue;
            }
            this.repCount[rep] = count;
            this.dataPush(this.repLastPtr[rep]!);
            this.repLastPtr[rep] = ptr;
            frames[cur + F_PC] = pc;
            frames[cur + F_PTR] = ptr;
            const top = frames[cur + F_TOP]!;
            cur += FRAME;
            if (cur + FRAME > frames.length) frames = this.growFrames();
            frames[cur + F_JUMP] = K.J_MIN_UNTIL_3;
            frames[cur + F_TOP] = top;
            pc = base + 3;
            continue main;
          }

          case K.J_MIN_UNTIL_3: {
            const rep = frames[cur + F_U]!;
            this.repLastPtr[rep] = this.data[--this.dataTop]!;
            if (ret) { k = K.RETURN; continue; }
            this.repCount[rep] = frames[cur + F_COUNT]! - 1;
            sptr = ptr;
            k = K.RETURN;
            continue;
          }

          case K.J_POSS_REPEAT_1:
            if (!ret) {
              sptr = ptr;
              k = K.RETURN;
              continue;
            }
            frames[cur + F_COUNT]++;
            k = K.POSS_1_LOOP;
            continue;

          case K.POSS_1_LOOP: {
            // pc -> tail min max body...
            if (frames[cur + F_COUNT]! < code[pc + 1]!) {
              frames[cur + F_PC] = pc;
              frames[cur + F_PTR] = ptr;
              cur += FRAME;
              if (cur + FRAME > frames.length) frames = this.growFrames();
              frames[cur + F_JUMP] = K.J_POSS_REPEAT_1;
              frames[cur + F_TOP] = 0;
              pc = pc + 3;
              ptr = sptr;
              continue main;
            }
            ptr = -1;
            k = K.POSS_2_LOOP;
            continue;
          }

          case K.J_POSS_REPEAT_2:
            if (ret) {
              this.markPopDiscard(frames[cur + F_LASTMARK]!);
              frames[cur + F_COUNT]++;
              k = K.POSS_2_LOOP;
              continue;
            }
            this.markPop(frames[cur + F_LASTMARK]!);
            lastmark = frames[cur + F_LASTMARK]!;
            lastindex = frames[cur + F_LASTINDEX]!;
            sptr = ptr;
            pc = code[pc]!;
            ptr = sptr;
            continue main;

          case K.POSS_2_LOOP: {
            const max = code[pc + 2]!;
            const count = frames[cur + F_COUNT]!;
            if ((count < max || max === REPEAT_INF) && sptr !== ptr) {
              frames[cur + F_LASTMARK] = lastmark;
              frames[cur + F_LASTINDEX] = lastindex;
              this.markPush(lastmark);
              ptr = sptr;
              frames[cur + F_PC] = pc;
              frames[cur + F_PTR] = ptr;
              cur += FRAME;
              if (cur + FRAME > frames.length) frames = this.growFrames();
              frames[cur + F_JUMP] = K.J_POSS_REPEAT_2;
              frames[cur + F_TOP] = 0;
              pc = pc + 3;
              continue main;
            }
            // evaluate the tail
            pc = code[pc]!;
            ptr = sptr;
            continue main;
          }

          case K.J_ATOMIC:
            if (!ret) {
              sptr = ptr;
              k = K.RETURN;
              continue;
            }
            pc = code[pc]!;
            ptr = sptr;
            continue main;

          case K.J_ASSERT:
            if (!ret) { k = K.RETURN; continue; }
            pc = code[pc]!;
            continue main;

          case K.J_ASSERT_NOT:
            if (ret) {
              if (repeat >= 0) this.markPopDiscard(frames[cur + F_LASTMARK]!);
              ret = 0;
              k = K.RETURN;
              continue;
            }
            if (repeat >= 0) this.markPop(frames[cur + F_LASTMARK]!);
            lastmark = frames[cur + F_LASTMARK]!;
            lastindex = frames[cur + F_LASTINDEX]!;
            pc = code[pc]!;
            continue main;

          default:
            throw new Error(`re: bad continuation ${k}`);
        }
      }
    }
  }
}

/** Backtracking stacks stop growing here (4 GiB of frames): CPython would be out of memory too. */
const MAX_STACK = 1 << 30;

/** Doubled length of a stack for at least `need` entries; MemoryError past MAX_STACK. */
function grownLength(length: number, need: number): number {
  let n = length * 2;
  while (n < need) n *= 2;
  if (n > MAX_STACK) throw new RegexError("MemoryError", "");
  return n;
}

function allocStack(n: number): Int32Array {
  try {
    return new Int32Array(n);
  } catch {
    throw new RegexError("MemoryError", "");
  }
}

/**
 * The single-character op that must match at the first position of every match: the first op
 * after any MARKs, if it is one, or the item of a leading single-character repeat of min >= 1.
 */
function firstCharOp(code: Int32Array): number {
  let pc = 0;
  while (code[pc] === OpCode.MARK) pc += 2;
  switch (code[pc]) {
    case OpCode.ANY: case OpCode.LITERAL: case OpCode.NOT_LITERAL: case OpCode.LITERAL_IGNORE:
    case OpCode.NOT_LITERAL_IGNORE: case OpCode.LITERAL_UNI_IGNORE: case OpCode.NOT_LITERAL_UNI_IGNORE:
    case OpCode.LITERAL_LOC_IGNORE: case OpCode.NOT_LITERAL_LOC_IGNORE: case OpCode.IN:
      return pc;
    case OpCode.REPEAT_ONE: case OpCode.MIN_REPEAT_ONE: case OpCode.POSSESSIVE_REPEAT_ONE:
      return code[pc + 2]! >= 1 ? firstCharOp1(code, pc + 4) : -1;
    default:
      return -1;
  }
}

function firstCharOp1(code: Int32Array, pc: number): number {
  return code[pc] === OpCode.ANY_ALL ? -1 : pc;
}

/** char_loc_ignore: pattern character p matches ch under LOCALE + IGNORECASE. */
function charLocIgnore(p: number, ch: number): boolean {
  return ch === p || lowerLocale(ch) === p || upperLocale(ch) === p;
}
