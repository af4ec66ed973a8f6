/**
 * Printing an uncaught exception as CPython 3.11 does (Python/pythonrun.c print_exception and
 * Python/traceback.c): the chain (__cause__ / __context__), "Traceback (most recent call last):",
 * one entry per frame with the source line and PEP 657 carets, "[Previous line repeated N more
 * times]", the exception line, __notes__, and the name suggestions of NameError/AttributeError.
 */
import { PyObject, PyType } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import * as E from "../objects/exceptions.ts";
import { PyTraceback, tbLineno } from "../objects/traceback.ts";
import { PyStr, intern } from "../objects/str.ts";
import { PyList } from "../objects/list.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyInt } from "../objects/int.ts";
import { sysGet } from "../modules/sys.ts";
import { positionsOf } from "../objects/codeobject.ts";
import { str as strOf, reprStr, strStr, lookupAttr } from "../objects/abstract.ts";
import { typeModuleName, typeQualname } from "../objects/typeobject.ts";
import { dictGetItemStr } from "../objects/dict.ts";
import { isSubtype } from "../objects/object.ts";
import { host } from "../host/host.ts";
import { decodeBytes } from "../objects/codecs.ts";
import { suggestionFor } from "./suggestions.ts";

const sourceCache = new Map<string, string[] | null>();
/** The lines of a source file (through the host), or null. */
export function sourceLines(filename: string): string[] | null {
  if (sourceCache.has(filename)) return sourceCache.get(filename)!;
  let lines: string[] | null = null;
  try {
    const text = decodeBytes(host().readFile(filename), "utf-8", "replace");
    lines = text.split(/\r\n|\r|\n/u);
  } catch {
    lines = null;
  }
  sourceCache.set(filename, lines);
  return lines;
}
export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/\r\n|\r|\n/u));
}

/** Byte offset (UTF-8) in `line` to a character (code unit) offset. */
function byteToChar(line: string, off: number): number {
  let bytes = 0;
  for (let i = 0; i < line.length; i++) {
    if (bytes >= off) return i;
    const c = line.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return line.length;
}

function excTypeName(t: PyType): string {
  const mod = typeModuleName(t);
  const q = typeQualname(t);
  if (mod === null || mod === "builtins" || mod === "__main__") return q;
  return `${mod}.${q}`;
}

/**
 * What sys.unraisablehook's default prints (write_unraisable_exc_file): "Exception ignored in: X",
 * the traceback, then "Type: message" (module-qualified unless builtins/__main__) without the
 * chain, notes or suggestions.
 */
export function formatUnraisable(e: PyBaseException, where: string | null): string {
  let out = where === null ? "" : `Exception ignored in: ${where}\n`;
  const limit = interpreterTbLimit();
  if (e.traceback instanceof PyTraceback && limit !== 0) {
    out += "Traceback (most recent call last):\n" + formatTracebackEntries(e.traceback, limit).join("");
  }
  const t = e.ob_type;
  const mod = typeModuleName(t);
  const name = mod === null || mod === "builtins" || mod === "__main__" ? typeQualname(t) : `${mod}.${typeQualname(t)}`;
  let msg: string;
  try {
    msg = strStr(e);
  } catch {
    msg = "<exception str() failed>";
  }
  return out + (msg === "" ? `${name}\n` : `${name}: ${msg}\n`);
}

/**
 * The "Type: message" line(s) of an exception. `suggest`: add the "Did you mean" suggestion, which
 * 3.11 computes only in the interpreter's own printer (sys.excepthook), not in the traceback module.
 */
export function formatExceptionOnly(e: PyBaseException, suggest = true): string {
  const t = e.ob_type;
  let name = excTypeName(t);
  let out = "";
  if (isSubtype(t, E.SyntaxErrorType)) {
    // the interpreter's printer (print_error_text) and traceback.py's _format_syntax_error differ
    if (suggest) return formatSyntaxError(e, name);
    out = formatSyntaxErrorPy(e, name);
  } else {
    let msg: string;
    try {
      msg = strStr(e);
    } catch {
      msg = "<exception str() failed>";
    }
    const sug = suggest ? suggestionFor(e) : null;
    if (sug !== null) msg += `. Did you mean: '${sug}'?`;
    out = msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  }
  const notes = e.dict === null ? null : dictGetItemStr(e.dict, intern("__notes__"));
  if (notes !== null) {
    if (notes instanceof PyList || notes instanceof PyTuple) {
      for (const n of notes.items) out += (n instanceof PyStr ? n.value : safeStr(n)) + "\n";
    } else if (notes instanceof PyStr) {
      // a str is a sequence too: one "note" per character
      for (const ch of notes.value) out += ch + "\n";
    } else out += `${safeRepr(notes)}\n`;
  }
  return out;
}
function safeStr(o: PyObject): string {
  try {
    return strStr(o);
  } catch {
    return "<note str() failed>";
  }
}
function safeRepr(o: PyObject): string {
  try {
    return reprStr(o);
  } catch {
    return "<__notes__ repr() failed>";
  }
}
/** traceback.py's TracebackException._format_syntax_error (3.11). */
function formatSyntaxErrorPy(e: PyBaseException, name: string): string {
  const x = e.extra ?? [];
  const has = (i: number) => x[i] !== undefined && x[i] !== null && x[i] !== None;
  const filename = has(1) ? strStr(x[1]!) : null;
  let out = "";
  let suffix = "";
  if (has(2)) out += `  File "${filename || "<string>"}", line ${strStr(x[2]!)}\n`;
  else if (filename !== null) suffix = ` (${filename})`;
  if (has(4)) {
    const rtext = strStr(x[4]!).replace(/\n+$/u, "");
    const ltext = rtext.replace(/^[ \n\f]+/u, "");
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (has(3)) {
      const offset = Number(strStr(x[3]!));
      let end = has(6) ? Number(strStr(x[6]!)) : 0;
      if (end === 0) end = offset;
      if (offset === end || end === -1) end = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = end - 1 - spaces;
      if (colno >= 0) {
        const caretspace = Array.from(ltext.slice(0, colno)).map((c) => (/\s/u.test(c) ? c : " ")).join("");
        out += `    ${caretspace}${"^".repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  const m = has(0) ? strStr(x[0]!) : "";
  return out + `${name}: ${m || "<no detail available>"}${suffix}\n`;
}
function formatSyntaxError(e: PyBaseException, name: string): string {
  const x = e.extra ?? [];
  const msg = x[0] && x[0] !== None ? strStr(x[0]) : strStr(e);
  const filename = x[1] && x[1] !== None ? strStr(x[1]) : null;
  const lineno = x[2] && x[2] !== None ? strStr(x[2]) : null;
  let out = "";
  if (filename !== null || lineno !== null) out += `  File "${filename ?? "<string>"}", line ${lineno ?? "?"}\n`;
  const text = x[4] && x[4] !== None ? strStr(x[4]) : null;
  if (text !== null) {
    const raw = text.replace(/\n$/u, "");
    const stripped = raw.replace(/^[ \t\f]+/u, "");
    const lead = raw.length - stripped.length;
    out += `    ${stripped.replace(/\s+$/u, "")}\n`;
    const off = x[3] && x[3] !== None ? Number(strStr(x[3])) : -1;
    let end = x[6] && x[6] !== None ? Number(strStr(x[6])) : -1;
    if (off >= 1) {
      const endLine = x[5] && x[5] !== None ? Number(strStr(x[5])) : -1;
      if (endLine !== -1 && lineno !== null && endLine !== Number(lineno)) end = raw.length + 1;
      if (end <= off) end = off + 1;
      const start = Math.max(0, off - 1 - lead);
      const width = Math.max(1, Math.min(end, raw.length + 1) - off);
      out += `    ${" ".repeat(start)}${"^".repeat(width)}\n`;
    }
  }
  out += `${name}: ${msg}\n`;
  return out;
}

/** One traceback entry's lines. */
/** False while the interpreter shuts down: CPython can no longer read source lines then. */
let showSource = true;
export function setShowSourceLines(b: boolean): void {
  showSource = b;
}
function formatEntry(tb: PyTraceback): string {
  const f = tb.tb_frame;
  const code = f.code;
  const lineno = tbLineno(tb);
  let out = `  File "${code.filename.value}", line ${lineno}, in ${code.name.value}\n`;
  const lines = lineno > 0 && showSource ? sourceLines(code.filename.value) : null;
  if (lines === null || lineno > lines.length) return out;
  const line = lines[lineno - 1]!;
  const stripped = line.replace(/^[ \t\f]+/u, "");
  if (stripped.trim() === "") return out;
  const lead = line.length - stripped.length;
  const shown = stripped.replace(/[ \t\f\r\n]+$/u, "");
  out += `    ${shown}\n`;
  const pos = positionsOf(code);
  const i = tb.lasti * 4;
  const l0 = pos[i]!, l1 = pos[i + 1]!, c0 = pos[i + 2]!, c1 = pos[i + 3]!;
  if (c0 < 0 || c1 < 0 || l0 !== lineno) return out;
  const start = byteToChar(line, c0);
  let end = l1 === l0 ? byteToChar(line, c1) : lead + shown.length;
  if (end > lead + shown.length) end = lead + shown.length;
  let anchors: [number, number] | null = null;
  if (l1 === l0) anchors = caretAnchors(line.substring(start, end));
  if (end - start < shown.length || (anchors !== null && anchors[1] - anchors[0] > 0)) {
    let carets: string;
    if (anchors !== null) {
      carets = "~".repeat(anchors[0]) + "^".repeat(anchors[1] - anchors[0]) + "~".repeat(end - start - anchors[1]);
    } else carets = "^".repeat(Math.max(1, end - start));
    out += `    ${" ".repeat(start - lead)}${carets}\n`;
  }
  return out;
}

/** Where the primary carets go inside an expression segment: [leftEnd, rightStart] or null. */
export { caretAnchors } from "./caret_anchors.ts";
import { caretAnchors } from "./caret_anchors.ts";

const RECURSIVE_CUTOFF = 3;
export function formatTraceback(tb: PyTraceback | null): string {
  return formatTracebackEntries(tb, null).join("");
}
/**
 * The entries of a traceback (StackSummary.format): one string per frame, repeated frames folded
 * into "[Previous line repeated N more times]". `limit` keeps the first N entries (negative: the
 * last -N), as traceback.extract_tb.
 */
export function formatTracebackEntries(tb: PyTraceback | null, limit: number | null): string[] {
  let tbs: PyTraceback[] = [];
  for (let t = tb; t !== null; t = t.tb_next) tbs.push(t);
  if (limit !== null) tbs = limit >= 0 ? tbs.slice(0, limit) : tbs.slice(Math.max(0, tbs.length + limit));
  const out: string[] = [];
  let last: string | null = null;
  let count = 0;
  for (const t of tbs) {
    const code = t.tb_frame.code;
    const key = `${code.filename.value}\u0000${tbLineno(t)}\u0000${code.name.value}`;
    if (key === last) {
      count++;
      if (count > RECURSIVE_CUTOFF) continue;
    } else {
      if (count > RECURSIVE_CUTOFF) out.push(repeatLine(count - RECURSIVE_CUTOFF));
      last = key;
      count = 1;
    }
    out.push(formatEntry(t));
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeatLine(count - RECURSIVE_CUTOFF));
  return out;
}
/** One traceback entry's text (File line, source line, carets). */
export function formatTracebackEntry(tb: PyTraceback): string {
  return formatEntry(tb);
}
function repeatLine(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
}

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** traceback.py's _ExceptionPrintContext: group depth and the margin of nested groups. */
class PrintCtx {
  seen = new Set<PyObject>();
  depth = 0;
  needClose = false;
  out = "";
  /** The text in TracebackException.format's pieces (traceback.format_exception). */
  chunks: string[] = [];
  limit: number | null = null;
  chain = true;
  /** "Did you mean" suggestions (the interpreter's printer only; the traceback module has none in 3.11) */
  suggest = true;
  indent(): string {
    return " ".repeat(2 * this.depth);
  }
  emit(text: string, margin = "|"): void {
    let pre = this.indent();
    if (this.depth) pre += margin + " ";
    let chunk = "";
    for (const line of text.split(/(?<=\n)/u)) if (line !== "") chunk += pre + line;
    this.out += chunk;
    this.chunks.push(chunk);
  }
  raw(text: string): void {
    this.out += text;
    this.chunks.push(text);
  }
}

function formatInto(e: PyBaseException, ctx: PrintCtx): void {
  // the chain, innermost first (TracebackException.format)
  const chain: [string | null, PyBaseException][] = [];
  let x: PyBaseException | null = e;
  ctx.seen.add(e);
  while (x !== null) {
    if (!ctx.chain) {
      chain.push([null, x]);
      break;
    }
    let msg: string | null = null;
    let next: PyBaseException | null = null;
    if (x.cause instanceof PyBaseException && !ctx.seen.has(x.cause)) {
      msg = CAUSE;
      next = x.cause;
    } else if (x.context instanceof PyBaseException && !x.suppress_context && !ctx.seen.has(x.context)) {
      msg = CONTEXT;
      next = x.context;
    }
    chain.push([msg, x]);
    if (next !== null) ctx.seen.add(next);
    x = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, ex] = chain[i]!;
    if (msg !== null) ctx.emit(msg);
    if (!isSubtype(ex.ob_type, E.BaseExceptionGroupType)) {
      if (ex.traceback !== null && ctx.limit !== 0) {
        ctx.emit("Traceback (most recent call last):\n");
        for (const ent of formatTracebackEntries(ex.traceback as PyTraceback, ctx.limit)) ctx.emit(ent);
      }
      for (const line of formatExceptionOnly(ex, ctx.suggest).split(/(?<=\n)/u)) if (line !== "") ctx.emit(line);
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const top = ctx.depth === 0;
      if (top) ctx.depth++;
      if (ex.traceback !== null && ctx.limit !== 0) {
        ctx.emit("Exception Group Traceback (most recent call last):\n", top ? "+" : "|");
        for (const ent of formatTracebackEntries(ex.traceback as PyTraceback, ctx.limit)) ctx.emit(ent);
      }
      for (const line of formatExceptionOnly(ex, ctx.suggest).split(/(?<=\n)/u)) if (line !== "") ctx.emit(line);
      const excs = ((ex.extra?.[1] as PyTuple | undefined)?.items ?? []) as PyBaseException[];
      const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let k = 0; k < n; k++) {
        const last = k === n - 1;
        if (last) ctx.needClose = true;
        const truncated = k >= MAX_GROUP_WIDTH;
        const title = truncated ? "..." : String(k + 1);
        ctx.raw(ctx.indent() + (k === 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n");
        ctx.depth++;
        if (!truncated) formatInto(excs[k]!, ctx);
        else {
          const rem = excs.length - MAX_GROUP_WIDTH;
          ctx.emit(`and ${rem} more exception${rem > 1 ? "s" : ""}\n`);
        }
        if (last && ctx.needClose) {
          ctx.raw(ctx.indent() + "+------------------------------------\n");
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (top) ctx.depth = 0;
    }
  }
}

/**
 * PyTraceBack_Print's limit: sys.tracebacklimit when it is an int (<= 0: no traceback at all),
 * else 1000 (PyTraceBack_LIMIT); the last entries are kept. As a formatTracebackEntries limit.
 */
function interpreterTbLimit(): number | null {
  const v = sysGet("tracebacklimit");
  let n = 1000;
  if (v instanceof PyInt) {
    const x = v.value;
    if (typeof x === "bigint") {
      if (x > 0n) return null;
      return 0;
    }
    if (x <= 0) return 0;
    n = x;
  }
  return -n;
}

/** The whole report for an uncaught exception, chain and groups included. */
export function formatException(e: PyBaseException): string {
  const ctx = new PrintCtx();
  ctx.limit = interpreterTbLimit();
  formatInto(e, ctx);
  return ctx.out;
}
/** traceback.format_exception(exc, limit=, chain=): the report as CPython's list of pieces. */
export function formatExceptionChunks(e: PyBaseException, limit: number | null, chain: boolean): string[] {
  const ctx = new PrintCtx();
  ctx.limit = limit;
  ctx.chain = chain;
  ctx.suggest = false;
  formatInto(e, ctx);
  return ctx.chunks;
}
export { lookupAttr, strOf };
