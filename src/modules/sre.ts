/**
 * The `_sre` builtin module: tspy's bridge from lib/re (Pattern, Match, the module functions, in
 * Python) to the TypeScript regex engine in src/modules/re. Its API is tspy's own (not CPython's
 * `_sre`, which takes compiled code lists):
 *
 *   _sre.set_error(cls)                 re.error, called as cls(msg, pattern, pos) for syntax errors
 *   _sre.compile(pattern, flags, stacklevel) -> Program   (warnings issued at `stacklevel`)
 *   _sre.compile_scanner(phrases, flags, stacklevel) -> Program   (re.Scanner's combined pattern)
 *   Program.flags / .groups / .groupindex (new dict, definition order) / .debug (re.DEBUG text)
 *   Program.run(string, pos, endpos, mode)   mode 0 match, 1 fullmatch, 2 search
 *       -> None | (lastindex, start0, end0, start1, end1, ...)  (-1 = unmatched / None)
 *   Program.scanner(string, pos, endpos) -> ScanState with .match() / .search() (same tuples)
 *   Program.findall(string, pos, endpos) -> list;  Program.split(string, maxsplit) -> list
 *   Program.subx(repl, string, count) -> (result, n)   for a str / bytes template repl
 *   Program.expand(template, string, spans) -> str / bytes   (Match.expand)
 *   Program.template(repl, stacklevel) -> Template   (parsed once; subx / expand accept it)
 *
 * Subjects: str (indices are code points) or any bytes-like object (slices are bytes).
 * Reference counts: results are new references; arguments are borrowed.
 */
import { PyObject, PyType, Meth } from "../objects/object.ts";
import { TypeType, ObjectType, None } from "../objects/types.ts";
import { newIntAny, PyInt } from "../objects/int.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { PyBytes, newBytes, bufferOf } from "../objects/bytes.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { newDict, dictSetItem } from "../objects/dict.ts";
import { call, index } from "../objects/abstract.ts";
import { newException, typeError } from "../objects/errors.ts";
import { readyType } from "../objects/typeobject.ts";
import * as E from "../objects/exceptions.ts";
import { DECREF } from "../memory/refcount.ts";
import { buildModule, pyNone, type ModDef } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";
import { warn } from "./warnings.ts";
import {
  CompiledPattern, RegexError, Scanner, compile as reCompile, compileScanner, toCodePoints, toCodePointsCached,
  type MatchResult, type RegexWarning, type Subject, type Template,
} from "./re/api.ts";
import { cpString } from "./re/errors.ts";

/** re.error, registered by lib/re at import. */
let errorClass: PyObject | null = null;

class PyProgram extends PyObject {
  declare p: CompiledPattern;
  declare debug: string;
  constructor(t: PyType, p: CompiledPattern) {
    super(t);
    this.p = p;
    this.debug = p.debugOutput;
  }
}
class PyScanState extends PyObject {
  declare s: Scanner;
  declare n: number;
  constructor(t: PyType, s: Scanner) {
    super(t);
    this.s = s;
    this.n = 0;
  }
}

class PyTemplate extends PyObject {
  declare t: Template;
  declare p: CompiledPattern;
  constructor(ty: PyType, t: Template, p: CompiledPattern) {
    super(ty);
    this.t = t;
    this.p = p;
  }
}

const ProgramType = new PyType(TypeType, "_sre.Program", ObjectType, 0);
const TemplateType = new PyType(TypeType, "_sre.Template", ObjectType, 0);
const ScanStateType = new PyType(TypeType, "_sre.ScanState", ObjectType, 0);

/** A subject converted for the engine, with how to slice it back into Python objects. */
interface Subj {
  cps: Subject;
  /** str subject: its JS string; null for bytes. */
  text: string | null;
  /** the str has no surrogate pairs (code point index = UTF-16 index). */
  bmp: boolean;
}

function subject(o: PyObject, p: CompiledPattern): Subj {
  if (o instanceof PyStr) {
    if (p.isBytes) throw typeError("cannot use a bytes pattern on a string-like object");
    const cps = toCodePointsCached(o.value);
    return { cps, text: o.value, bmp: cps.length === o.value.length };
  }
  // any bytes-like subject, array.array included (read once: the engine gets a copy)
  const b = bufferOf(o);
  if (b === null) throw typeError(`expected string or bytes-like object, got '${o.ob_type.tp_name}'`);
  if (!p.isBytes) throw typeError("cannot use a string pattern on a bytes-like object");
  return { cps: b.slice(), text: null, bmp: true };
}

function slice(s: Subj, a: number, b: number): PyObject {
  if (s.text === null) return newBytes((s.cps as Uint8Array).slice(a, b));
  if (s.bmp) return newStr(s.text.substring(a, b));
  return newStr(cpString(s.cps, a, b));
}

/** pos / endpos arguments (any __index__ object; huge values clamp). */
function position(o: PyObject | undefined, dflt: number): number {
  if (o === undefined) return dflt;
  const i = o instanceof PyInt ? o.value : (() => {
    const r = index(o);
    const v = r.value;
    DECREF(r);
    return v;
  })();
  if (typeof i === "bigint") return i > 0n ? 0x7fffffff : -1;
  return i > 0x7fffffff ? 0x7fffffff : i < -1 ? -1 : i;
}

/** The Python exception for an engine failure. */
function toPy(e: unknown, pattern: PyObject | null): unknown {
  if (!(e instanceof RegexError)) return e;
  switch (e.kind) {
    case "error": {
      if (errorClass === null) return newException(E.RuntimeErrorType, e.message);
      const msg = newStr(e.msg);
      const pos = e.pos >= 0 ? newIntAny(e.pos) : pyNone();
      const pat = pattern !== null && e.pos >= 0 ? pattern : None;
      const exc = call(errorClass, [msg, pat, pos]);
      DECREF(msg);
      DECREF(pos);
      return exc;
    }
    case "ValueError": return newException(E.ValueErrorType, e.message);
    case "OverflowError": return newException(E.OverflowErrorType, e.message);
    case "IndexError": return newException(E.IndexErrorType, e.message);
    case "RecursionError": return newException(E.RecursionErrorType, e.message);
    case "TypeError": return newException(E.TypeErrorType, e.message);
    case "SystemError": return newException(E.SystemErrorType, e.message);
    case "MemoryError": return newException(E.MemoryErrorType, null);
    default: return newException(E.RuntimeErrorType, e.message);
  }
}

function issueWarnings(ws: RegexWarning[], stacklevel: number): void {
  for (const w of ws) {
    warn(w.category === "FutureWarning" ? E.FutureWarningType : E.DeprecationWarningType, w.message, stacklevel);
  }
}

/** Pattern source for the engine: str -> code points, bytes-like -> bytes. */
function patternSource(o: PyObject): Int32Array | Uint8Array {
  if (o instanceof PyStr) return toCodePoints(o.value);
  if (o instanceof PyBytes) return o.value.slice();
  const b = bufferOf(o);
  if (b === null) throw typeError("first argument must be string or compiled pattern");
  return b.slice();
}

function doCompile(pattern: PyObject, flags: PyObject, level: PyObject | undefined): PyObject {
  const f = Number(position(flags, 0));
  const stacklevel = level === undefined ? 1 : position(level, 1);
  let p: CompiledPattern;
  try {
    p = reCompile(patternSource(pattern), f);
  } catch (e) {
    if (e instanceof RegexError) issueWarnings(e.warnings, stacklevel);
    throw toPy(e, pattern);
  }
  issueWarnings(p.warnings, stacklevel);
  return new PyProgram(ProgramType, p);
}

function flagsValue(o: PyObject): number {
  const r = index(o);
  const v = r.value;
  DECREF(r);
  return Number(v);
}

function doCompileScanner(phrases: PyObject, flags: PyObject, level: PyObject | undefined): PyObject {
  const items: (Int32Array | Uint8Array)[] = [];
  const seq = (phrases as { items?: PyObject[] }).items;
  if (seq === undefined) throw typeError("phrases must be a list");
  for (const ph of seq) items.push(patternSource(ph));
  const stacklevel = level === undefined ? 1 : position(level, 1);
  let p: CompiledPattern;
  try {
    p = compileScanner(items, flagsValue(flags));
  } catch (e) {
    if (e instanceof RegexError) issueWarnings(e.warnings, stacklevel);
    throw toPy(e, None);
  }
  issueWarnings(p.warnings, stacklevel);
  return new PyProgram(ProgramType, p);
}

function P(o: PyObject): CompiledPattern {
  if (!(o instanceof PyProgram)) throw typeError("descriptor requires a '_sre.Program' object");
  return o.p;
}

function resultTuple(r: MatchResult, pos = r.pos, endpos = r.endpos): PyObject {
  const sp = r.spans;
  const items: PyObject[] = new Array(sp.length + 3);
  items[0] = newIntAny(r.lastindex);
  items[1] = newIntAny(pos);
  items[2] = newIntAny(endpos);
  for (let i = 0; i < sp.length; i++) items[i + 3] = newIntAny(sp[i]!);
  return newTuple(items);
}

function run(o: PyObject, a: PyObject[]): PyObject {
  const p = P(o);
  const s = subject(a[0]!, p);
  const pos = position(a[1], 0);
  const end = position(a[2], 0x7fffffff);
  const mode = position(a[3], 0);
  let r: MatchResult | null;
  try {
    r = mode === 0 ? p.match(s.cps, pos, end) : mode === 1 ? p.fullmatch(s.cps, pos, end) : p.search(s.cps, pos, end);
  } catch (e) {
    throw toPy(e, null);
  }
  if (r === null) return pyNone();
  const n = s.cps.length;
  return resultTuple(r, pos < 0 ? 0 : pos > n ? n : pos, end < 0 ? 0 : end > n ? n : end);
}

function scanner(o: PyObject, a: PyObject[]): PyObject {
  const p = P(o);
  const s = subject(a[0]!, p);
  return new PyScanState(ScanStateType, p.scanner(s.cps, position(a[1], 0), position(a[2], 0x7fffffff)));
}

function scanStep(o: PyObject, anchored: boolean): PyObject {
  if (!(o instanceof PyScanState)) throw typeError("descriptor requires a '_sre.ScanState' object");
  let r: MatchResult | null;
  try {
    r = anchored ? o.s.match() : o.s.search();
  } catch (e) {
    throw toPy(e, null);
  }
  return r === null ? pyNone() : resultTuple(r);
}

function findall(o: PyObject, a: PyObject[]): PyObject {
  const p = P(o);
  const s = subject(a[0]!, p);
  const pos = position(a[1], 0);
  const end = position(a[2], 0x7fffffff);
  const g = p.groups;
  const empty = (): PyObject => (s.text === null ? newBytes(new Uint8Array(0)) : newStr(""));
  const piece = (sp: Int32Array, i: number): PyObject => (sp[2 * i]! < 0 ? empty() : slice(s, sp[2 * i]!, sp[2 * i + 1]!));
  let items: PyObject[];
  try {
    items = p.findall(s.cps, pos, end, (sp) => {
      if (g === 0) return slice(s, sp[0]!, sp[1]!);
      if (g === 1) return piece(sp, 1);
      const t: PyObject[] = [];
      for (let i = 1; i <= g; i++) t.push(piece(sp, i));
      return newTuple(t);
    });
  } catch (e) {
    throw toPy(e, null);
  }
  return newList(items);
}

function split(o: PyObject, a: PyObject[]): PyObject {
  const p = P(o);
  const s = subject(a[0]!, p);
  const maxsplit = position(a[1], 0);
  if (maxsplit < 0) return newList([slice(s, 0, s.cps.length)]);
  let items: PyObject[];
  try {
    items = p.split(s.cps, maxsplit, (x, y) => slice(s, x, y), pyNone);
  } catch (e) {
    throw toPy(e, null);
  }
  return newList(items);
}

/** The engine's template for a str / bytes repl (type-checked as CPython does). */
function templateOf(p: CompiledPattern, repl: PyObject, stacklevel = 3) {
  let src: Int32Array | Uint8Array;
  if (p.isBytes) {
    const b = bufferOf(repl);
    if (b === null) throw typeError(`expected a bytes-like object, ${repl.ob_type.tp_name} found`);
    src = b.slice();
  } else {
    if (!(repl instanceof PyStr)) throw typeError(`expected str instance, ${repl.ob_type.tp_name} found`);
    src = toCodePoints(repl.value);
  }
  let t: Template;
  try {
    t = p.template(src);
  } catch (e) {
    if (e instanceof RegexError) issueWarnings(e.warnings, stacklevel);
    throw toPy(e, repl);
  }
  issueWarnings(t.warnings, stacklevel);
  return t;
}

function joinPieces(s: Subj, pieces: (string | Uint8Array)[]): PyObject {
  if (s.text !== null) return newStr((pieces as string[]).join(""));
  let n = 0;
  for (const x of pieces) n += (x as Uint8Array).length;
  const out = new Uint8Array(n);
  let k = 0;
  for (const x of pieces) {
    out.set(x as Uint8Array, k);
    k += (x as Uint8Array).length;
  }
  return newBytes(out);
}

function rawSlice(s: Subj, a: number, b: number): string | Uint8Array {
  if (s.text === null) return (s.cps as Uint8Array).subarray(a, b);
  if (s.bmp) return s.text.substring(a, b);
  return cpString(s.cps, a, b);
}

function rawLiteral(s: Subj, chars: number[]): string | Uint8Array {
  return s.text === null ? Uint8Array.from(chars) : cpString(chars);
}

/** The parsed template argument of subx / expand: a Template object, or a str / bytes repl. */
function templateArg(p: CompiledPattern, o: PyObject, stacklevel: number): Template {
  if (o instanceof PyTemplate) return o.t;
  return templateOf(p, o, stacklevel);
}

function subx(o: PyObject, a: PyObject[]): PyObject {
  const p = P(o);
  const repl = a[0]!;
  const s = subject(a[1]!, p);
  const count = position(a[2], 0);
  const t = templateArg(p, repl, position(a[3], 3));
  let res: { pieces: (string | Uint8Array)[]; n: number };
  try {
    if (count < 0) res = { pieces: [rawSlice(s, 0, s.cps.length)], n: 0 };
    else {
      res = p.sub(s.cps, count, (m) => {
        const parts = t.expand(m.spans, (x, y) => rawSlice(s, x, y), (c) => rawLiteral(s, c));
        return parts.length === 1 ? parts[0]! : s.text === null ? concatBytes(parts as Uint8Array[]) : (parts as string[]).join("");
      }, (x, y) => rawSlice(s, x, y));
    }
  } catch (e) {
    throw toPy(e, null);
  }
  const r = joinPieces(s, res.pieces);
  return newTuple([r, newIntAny(res.n)]);
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const x of parts) n += x.length;
  const out = new Uint8Array(n);
  let k = 0;
  for (const x of parts) {
    out.set(x, k);
    k += x.length;
  }
  return out;
}

/** Program.expand(template, string, spans): spans = the Match's (lastindex, s0, e0, ...) tuple. */
function expand(o: PyObject, a: PyObject[]): PyObject {
  const p = P(o);
  const t = templateArg(p, a[0]!, position(a[3], 2));
  const s = subject(a[1]!, p);
  const tup = (a[2] as { items?: PyObject[] }).items ?? [];
  const spans = new Int32Array(Math.max(0, tup.length - 3));
  for (let i = 3; i < tup.length; i++) spans[i - 3] = Number((tup[i] as PyInt).value);
  const parts = t.expand(spans, (x, y) => rawSlice(s, x, y), (c) => rawLiteral(s, c));
  return joinPieces(s, parts);
}

let ready = false;
function initTypes(): void {
  if (ready) return;
  ready = true;
  ProgramType.tp_methods = [
    { name: "run", flags: Meth.FASTCALL, fn: run },
    { name: "scanner", flags: Meth.FASTCALL, fn: scanner },
    { name: "findall", flags: Meth.FASTCALL, fn: findall },
    { name: "split", flags: Meth.FASTCALL, fn: split },
    { name: "subx", flags: Meth.FASTCALL, fn: subx },
    { name: "expand", flags: Meth.FASTCALL, fn: expand },
    { name: "template", flags: Meth.FASTCALL, fn: (o: PyObject, a: PyObject[]) => {
      const p = P(o);
      return new PyTemplate(TemplateType, templateOf(p, a[0]!, position(a[1], 3)), p);
    } },
  ];
  ProgramType.tp_getset = [
    { name: "flags", get: (o: PyObject) => newIntAny(P(o).flags), set: null },
    { name: "groups", get: (o: PyObject) => newIntAny(P(o).groups), set: null },
    { name: "debug", get: (o: PyObject) => newStr((o as PyProgram).debug), set: null },
    { name: "groupindex", get: (o: PyObject) => {
      const d = newDict();
      for (const [k, v] of P(o).groupindex) {
        const ks = newStr(k);
        const vi = newIntAny(v);
        dictSetItem(d, ks, vi);
        DECREF(ks);
        DECREF(vi);
      }
      return d;
    }, set: null },
  ];
  readyType(ProgramType);
  ScanStateType.tp_methods = [
    { name: "match", flags: Meth.NOARGS, fn: (o: PyObject) => scanStep(o, true) },
    { name: "search", flags: Meth.NOARGS, fn: (o: PyObject) => scanStep(o, false) },
  ];
  readyType(ScanStateType);
  readyType(TemplateType);
}

export function makeSreModule(): PyModule {
  initTypes();
  const defs: ModDef[] = [
    { name: "set_error", flags: Meth.O, fn: (_s: null, cls: PyObject) => {
      cls.ob_refcnt++;
      if (errorClass !== null) DECREF(errorClass);
      errorClass = cls;
      return pyNone();
    } },
    { name: "compile", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length < 2) throw typeError("compile expected at least 2 arguments");
      return doCompile(a[0]!, a[1]!, a[2]);
    } },
    { name: "compile_scanner", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length < 2) throw typeError("compile_scanner expected at least 2 arguments");
      return doCompileScanner(a[0]!, a[1]!, a[2]);
    } },
  ];
  return buildModule("_sre", defs, {
    MAXREPEAT: newIntAny(4294967295),
    MAXGROUPS: newIntAny(1073741823),
    CODESIZE: newIntAny(4),
    MAGIC: newIntAny(20220615),
  });
}
