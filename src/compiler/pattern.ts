/**
 * Structural pattern matching (PEP 634), as compile.c's compiler_match and compiler_pattern_*.
 *
 * Convention: each pattern routine consumes the subject on top of the stack and jumps to a
 * fail_pop block on failure; `onTop` counts the items above the subject that a failure must pop,
 * and captured values stay on the stack (below those items) until the whole pattern matched.
 * failPop[i] pops i items and falls through to failPop[i-1].
 */
import * as A from "../ast/nodes.ts";
import { K } from "../ast/nodes.ts";
import { Op } from "../bytecode/opcodes.ts";
import { None } from "../objects/constant.ts";
import { JUMP, POP_JUMP_IF_FALSE, type Block } from "./ir.ts";
import type { Compiler } from "./codegen.ts";
import { visitExpr, jumpIf, addopBinary, addCompare } from "./expr.ts";
import { visitStmts } from "./stmt.ts";
import { constKey, tupleOf } from "./consts.ts";
import { constRepr } from "../objects/constant.ts";

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Block[];
  onTop: number;
}

function isWildcard(p: A.pattern): boolean {
  return p._kind === K.MatchAs && p.pattern === null && p.name === null;
}
function isWildcardStar(p: A.pattern): boolean {
  return p._kind === K.MatchStar && p.name === null;
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  const size = n + 1;
  while (pc.failPop.length < size) pc.failPop.push(c.newBlock());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops]!);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useNextBlock(pc.failPop[i]!);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]!);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  while (1 < count) c.addopI(Op.SWAP, count--);
}

function pyRepr(s: string): string {
  return constRepr(s);
}

function storeName(c: Compiler, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(Op.POP_TOP);
    return;
  }
  c.forbiddenName(n, K.Store);
  if (pc.stores.includes(n)) throw c.error(`multiple assignments to name ${pyRepr(n)} in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function patternUnpackHelper(c: Compiler, elts: A.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._kind === K.MatchStar && !seenStar) {
      if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) throw c.error("too many expressions in star-unpacking sequence pattern");
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._kind === K.MatchStar) {
      throw c.error("multiple starred expressions in sequence pattern");
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

function sequenceUnpack(c: Compiler, patterns: A.pattern[], pc: PatternContext): void {
  patternUnpackHelper(c, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
}

function sequenceSubscr(c: Compiler, patterns: A.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i]!;
    if (isWildcard(pattern)) continue;
    if (i === star) continue;
    c.addopI(Op.COPY, 1);
    if (i < star) {
      c.loadConst(BigInt(i));
    } else {
      c.addop(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      addopBinary(c, K.Sub, false);
    }
    c.addop(Op.BINARY_SUBSCR);
    subpattern(c, pattern, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) throw c.error(`name capture ${pyRepr(p.name)} makes remaining patterns unreachable`);
      throw c.error("wildcard makes remaining patterns unreachable");
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(Op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function validateKwdAttrs(c: Compiler, attrs: string[], patterns: A.pattern[]): void {
  const n = attrs.length;
  for (let i = 0; i < n; i++) {
    const attr = attrs[i]!;
    c.setLoc(patterns[i]!);
    c.forbiddenName(attr, K.Store);
    for (let j = i + 1; j < n; j++) {
      if (attrs[j] === attr) {
        c.setLoc(patterns[j]!);
        throw c.error(`attribute name repeated in class pattern: ${attr}`);
      }
    }
  }
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const patterns = p.patterns, kwdAttrs = p.kwd_attrs, kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length, nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) {
    throw c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    validateKwdAttrs(c, kwdAttrs, kwdPatterns);
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst(tupleOf(kwdAttrs.slice()), true);
  c.addopI(Op.MATCH_CLASS, nargs);
  c.addopI(Op.COPY, 1);
  c.loadConst(None);
  c.addopI(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const pattern = i < nargs ? patterns[i]! : kwdPatterns[i - nargs]!;
    if (isWildcard(pattern)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    subpattern(c, pattern, pc);
  }
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys, patterns = p.patterns;
  const size = keys.length;
  if (size !== patterns.length) {
    throw c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size));
    addCompare(c, K.GtE);
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i]!;
    if (key._kind === K.Constant) {
      const k = mappingKey(key.value);
      if (seen.has(k)) throw c.error(`mapping pattern checks duplicate key (${constRepr(key.value)})`);
      seen.add(k);
    } else if (key._kind !== K.Attribute) {
      throw c.error("mapping pattern keys may only match literals and attribute lookups");
    }
    visitExpr(c, key);
  }
  c.addopI(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  pc.onTop += 2;
  c.addopI(Op.COPY, 1);
  c.loadConst(None);
  c.addopI(Op.IS_OP, 1);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    c.addopI(Op.BUILD_MAP, 0);
    c.addopI(Op.SWAP, 3);
    c.addopI(Op.DICT_UPDATE, 2);
    c.addopI(Op.UNPACK_SEQUENCE, size);
    let n = size;
    while (n) {
      c.addopI(Op.COPY, 1 + n--);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP);
    c.addop(Op.POP_TOP);
  }
}

/** Set-membership key of a mapping-pattern constant: equal values collide as in a Python set. */
function mappingKey(v: unknown): string {
  if (typeof v === "boolean") return "i" + (v ? "1" : "0");
  if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) < 2 ** 53) return "i" + BigInt(v).toString(16);
  if (typeof v === "bigint") return "i" + v.toString(16);
  return constKey(v as never);
}

function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old: PatternContext = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      throw c.error("alternative patterns bind different names");
    } else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error("alternative patterns bind different names");
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.addopJ(JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, JUMP);
  c.useNextBlock(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) throw c.error(`multiple assignments to name ${pyRepr(name)} in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP);
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i]!;
    if (pattern._kind === K.MatchStar) {
      if (star >= 0) throw c.error("multiple starred names in sequence pattern");
      starWildcard = isWildcardStar(pattern);
      onlyWildcard = onlyWildcard && starWildcard;
      star = i;
      continue;
    }
    onlyWildcard = onlyWildcard && isWildcard(pattern);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size));
    addCompare(c, K.Eq);
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size - 1));
    addCompare(c, K.GtE);
    jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function compilePattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._kind) {
    case K.MatchValue: {
      const value = p.value;
      if (value._kind !== K.Constant && value._kind !== K.Attribute) {
        throw c.error("patterns may only match literals and attribute lookups");
      }
      visitExpr(c, value);
      addCompare(c, K.Eq);
      jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
      return;
    }
    case K.MatchSingleton:
      c.loadConst(p.value);
      addCompare(c, K.Is);
      jumpToFailPop(c, pc, POP_JUMP_IF_FALSE);
      return;
    case K.MatchSequence: return patternSequence(c, p, pc);
    case K.MatchMapping: return patternMapping(c, p, pc);
    case K.MatchClass: return patternClass(c, p, pc);
    case K.MatchStar: return storeName(c, p.name, pc);
    case K.MatchAs: return patternAs(c, p, pc);
    case K.MatchOr: return patternOr(c, p, pc);
  }
}

export function compileMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  let m = s.cases[cases - 1]!;
  const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i]!;
    c.setLoc(m.pattern);
    if (i !== cases - hasDefault - 1) c.addopI(Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, K.Store);
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0]!, false);
    }
    if (i !== cases - hasDefault - 1) c.addop(Op.POP_TOP);
    visitStmts(c, m.body);
    c.unsetLoc();
    c.addopJ(JUMP, end);
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1]!;
    c.setLoc(m.pattern);
    if (cases === 1) c.addop(Op.POP_TOP);
    else c.addop(Op.NOP);
    if (m.guard) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
    c.unsetLoc();
  }
  c.useNextBlock(end);
}
