/**
 * The interactive prompt (PyRun_InteractiveLoop): sys.ps1 / sys.ps2 prompts, statements compiled
 * in 'single' mode (expression results go through sys.displayhook: echoed with repr, kept in
 * builtins._), tracebacks with File "<stdin>" and the session goes on, SystemExit ends it.
 *
 * Input: with a terminal on stdin and stdout, the line editor (cli/lineedit.ts: editing, history in
 * ~/.tspy_history, Tab completion of names and attributes) and the prompts on stdout; otherwise
 * lines from sys.stdin with the prompts on stderr, as python3 without readline.
 *
 * When is a statement complete? codeop's rule: compile the lines so far with
 * PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT; if that fails and the lines plus a newline
 * fail with "incomplete input" (or compile), more lines are needed; otherwise the first error is
 * the SyntaxError to show. Lines that are all blank or comments compile as `pass`.
 */
import type { NodeHost } from "../src/host/node.ts";
import type { Options } from "./options.ts";
import { PY_VERSION, TSPY_VERSION } from "../src/version.ts";
import { parse } from "../src/parser/parse.ts";
import { CompileError } from "../src/parser/errors.ts";
import { formatSyntaxError } from "../src/parser/report.ts";
import { compileAST } from "../src/compiler/index.ts";
import type { CodeObject } from "../src/bytecode/code.ts";
import { PyObject, isSubtype } from "../src/objects/object.ts";
import { None } from "../src/objects/types.ts";
import { PyStr, newStr, intern } from "../src/objects/str.ts";
import { PyDict, dictGetItemStr, dictNext } from "../src/objects/dict.ts";
import { PyModule } from "../src/objects/module.ts";
import { PyList } from "../src/objects/list.ts";
import * as A from "../src/objects/abstract.ts";
import { SystemExitType, KeyboardInterruptType } from "../src/objects/exceptions.ts";
import { codeFor } from "../src/objects/codeobject.ts";
import { sysGet, sysSet } from "../src/modules/sys.ts";
import { Frame, ReturnMode } from "../src/vm/frame.ts";
import { evalFrame } from "../src/vm/eval.ts";
import { toPyException } from "../src/vm/ops.ts";
import { handleUncaught, runState } from "../src/vm/run.ts";
import { interruptPending } from "../src/vm/sigint.ts";
import { dealloc } from "../src/memory/refcount.ts";
import { LineEditor, Interrupted } from "./lineedit.ts";
import { homedir } from "node:os";
import { join } from "node:path";
import { setInputLineEditor } from "../src/modules/builtins.ts";

function dec(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) dealloc(o);
}

export interface ReplConfig {
  banner: boolean;
  /** PYTHONSTARTUP: a file run in __main__ before the first prompt. */
  startup: string | null;
}

export function bannerText(): string {
  return `Python ${PY_VERSION} (tspy ${TSPY_VERSION}, Node.js ${process.version}) on linux\n` +
    `Type "help", "copyright", "credits" or "license" for more information.\n`;
}

/** The REPL over the __main__ globals `g`; returns the exit status. */
export function runRepl(h: NodeHost, opts: Options, g: PyDict, cfg: ReplConfig): number {
  const tty = h.isatty(0) && h.isatty(1);
  for (const [k, v] of [["ps1", ">>> "], ["ps2", "... "]] as const) {
    if (sysGet(k) === null) {
      const s = newStr(v);
      sysSet(k, s);
      dec(s);
    }
  }
  if (cfg.banner) writeErr(bannerText());
  if (cfg.startup !== null) runStartup(h, opts, g, cfg.startup);
  const editor = tty ? new LineEditor(historyPath(h), (line, cursor) => complete(g, line, cursor)) : null;
  // input() in the session edits its line too (python3's input() goes through readline here)
  if (editor !== null) {
    setInputLineEditor((prompt) => {
      try {
        return editor.readLine(prompt);
      } catch (e) {
        if (e instanceof Interrupted) throw A.call(KeyboardInterruptType, []);
        throw e;
      }
    });
  }
  try {
    return loop(opts, g, editor);
  } finally {
    setInputLineEditor(null);
    editor?.saveHistory();
  }
}

function historyPath(h: NodeHost): string | null {
  const home = h.env["HOME"] ?? homedir();
  return home ? join(home, ".tspy_history") : null;
}

function loop(opts: Options, g: PyDict, editor: LineEditor | null): number {
  let lines: string[] = [];
  for (;;) {
    const prompt = promptText(lines.length === 0 ? "ps1" : "ps2");
    let line: string | null;
    try {
      line = editor !== null ? editor.readLine(prompt) : readPlainLine(prompt);
    } catch (e) {
      if (e instanceof Interrupted || isKeyboardInterrupt(e)) {
        writeErr("KeyboardInterrupt\n");
        lines = [];
        continue;
      }
      throw e;
    }
    if (line === null) {
      writeErr("\n");
      if (lines.length === 0) return 0;
      // end of input inside a statement: it ends there
      const src = lines.join("\n") + "\n";
      lines = [];
      let co: CodeObject;
      try {
        co = compileSingle(src, opts.optimize, false);
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        flushStd();
        writeErr(formatSyntaxError(e));
        continue;
      }
      const status = runStatement(co, g);
      if (status !== null) return status;
      continue;
    }
    lines.push(line);
    let code: CodeObject | null;
    try {
      code = compileInteractive(lines.join("\n"), opts.optimize);
    } catch (e) {
      lines = [];
      if (e instanceof CompileError) {
        flushStd();
        writeErr(formatSyntaxError(e));
        continue;
      }
      throw e;
    }
    if (code === null) continue;
    lines = [];
    const status = runStatement(code, g);
    if (status !== null) return status;
  }
}

function isKeyboardInterrupt(e: unknown): boolean {
  return e instanceof PyObject && A.typeName(e) === "KeyboardInterrupt";
}

/** Run one statement; null to go on, or the exit status (SystemExit). */
function runStatement(co: CodeObject, g: PyDict): number | null {
  interruptPending(); // a Ctrl-C typed at the prompt was already handled there
  const b = dictGetItemStr(g, intern("__builtins__"));
  const bdict = b instanceof PyModule ? b.dict! : (b as PyDict);
  const code = codeFor(co);
  const f = new Frame(code, null, g, bdict, g);
  dec(code); // the frame holds the code while it runs
  f.returnMode = ReturnMode.ENTRY;
  try {
    dec(evalFrame(f, null));
  } catch (e) {
    const exc = toPyException(e);
    if (isSubtype(exc.ob_type, SystemExitType)) return handleUncaught(exc);
    // sys.last_type / last_value / last_traceback, then the traceback through sys.excepthook
    exc.ob_type.ob_refcnt++;
    sysSet("last_type", exc.ob_type);
    dec(exc.ob_type);
    sysSet("last_value", exc);
    sysSet("last_traceback", exc.traceback ?? None);
    handleUncaught(exc);
    runState.unhandledKeyboardInterrupt = false;
  }
  flushStd();
  return null;
}

function runStartup(h: NodeHost, opts: Options, g: PyDict, path: string): void {
  let src: Uint8Array;
  try {
    src = h.readFile(path);
  } catch {
    writeErr(`Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '${path}'\n`);
    return;
  }
  let co: CodeObject;
  try {
    co = compileAST(parse(src, { filename: path, fileInput: true, sourceIsFile: true }), { filename: path, optimize: opts.optimize });
  } catch (e) {
    if (e instanceof CompileError) writeErr(formatSyntaxError(e));
    return;
  }
  runStatement(co, g);
}

// ---- compiling what was typed (codeop) --------------------------------------------------------

function compileSingle(src: string, optimize: number, incomplete: boolean): CodeObject {
  const mod = parse(src, { filename: "<stdin>", mode: "single", allowIncompleteInput: incomplete, dontImplyDedent: true });
  // (the final compile sees the line's newline, as the REPL's tokenizer does)
  return compileAST(mod, { filename: "<stdin>", optimize });
}

/** A code object, null when more lines are needed, or a thrown CompileError. */
export function compileInteractive(src: string, optimize: number): CodeObject | null {
  let onlyBlank = true;
  for (const l of src.split("\n")) {
    const t = l.trim();
    if (t !== "" && !t.startsWith("#")) {
      onlyBlank = false;
      break;
    }
  }
  if (onlyBlank) src = "pass";
  try {
    return compileSingle(src, optimize, true);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    try {
      compileSingle(src + "\n", optimize, true);
      return null;
    } catch (e2) {
      if (!(e2 instanceof CompileError)) throw e2;
      if (e2.msg.includes("incomplete input")) return null;
    }
  }
  return compileSingle(src + "\n", optimize, false);
}

// ---- input and output without a terminal ---------------------------------------------------------

function promptText(which: "ps1" | "ps2"): string {
  const p = sysGet(which);
  if (p === null) return "";
  try {
    return A.strStr(p);
  } catch (e) {
    dec(e as PyObject);
    return "";
  }
}

function readPlainLine(prompt: string): string | null {
  flushStd();
  writeErr(prompt);
  const stdin = sysGet("stdin");
  if (stdin === null || stdin === None) return null;
  const r = A.callMethod(stdin, "readline", []);
  const s = r instanceof PyStr ? r.value : "";
  dec(r);
  if (s === "") return null;
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}

function writeErr(text: string): void {
  const err = sysGet("stderr");
  if (err === null || err === None) return;
  const s = newStr(text);
  try {
    dec(A.callMethod(err, "write", [s]));
    dec(A.callMethod(err, "flush", []));
  } catch (e) {
    dec(e as PyObject);
  } finally {
    dec(s);
  }
}

function flushStd(): void {
  for (const n of ["stdout", "stderr"]) {
    const s = sysGet(n);
    if (s === null || s === None) continue;
    try {
      dec(A.callMethod(s, "flush", []));
    } catch (e) {
      dec(e as PyObject);
    }
  }
}

// ---- Tab completion (rlcompleter's rules) --------------------------------------------------------

const KEYWORDS = ("False None True and as assert async await break class continue def del elif else except " +
  "finally for from global if import in is lambda nonlocal not or pass raise return try while with yield").split(" ");

function complete(g: PyDict, line: string, cursor: number): { start: number; candidates: string[] } {
  let start = cursor;
  while (start > 0 && /[\w.]/u.test(line[start - 1]!)) start--;
  const text = line.slice(start, cursor);
  try {
    return { start, candidates: text.includes(".") ? attrMatches(g, text) : globalMatches(g, text) };
  } catch (e) {
    dec(e as PyObject);
    return { start, candidates: [] };
  }
}

function dictKeys(d: PyDict): string[] {
  const r: string[] = [];
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
    const k = d.ekeys[i];
    if (k instanceof PyStr) r.push(k.value);
  }
  return r;
}

function builtinsDict(g: PyDict): PyDict {
  const b = dictGetItemStr(g, intern("__builtins__"));
  return b instanceof PyModule ? b.dict! : (b as PyDict);
}

function globalMatches(g: PyDict, text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const kw of KEYWORDS) {
    if (!kw.startsWith(text) || seen.has(kw)) continue;
    seen.add(kw);
    out.push(kw === "finally" || kw === "try" ? kw + ":" : ["False", "None", "True", "break", "continue", "pass", "else"].includes(kw) ? kw : kw + " ");
  }
  for (const d of [g, builtinsDict(g)]) {
    for (const name of dictKeys(d)) {
      if (!name.startsWith(text) || seen.has(name)) continue;
      seen.add(name);
      const v = dictGetItemStr(d, intern(name));
      out.push(v !== null && A.isCallable(v) ? name + callablePostfix(v) : name);
    }
  }
  return out.sort();
}

/** "(" after a callable, "()" when it takes no parameters (rlcompleter with inspect.signature). */
function callablePostfix(v: PyObject): string {
  let fn = v;
  let bound = 0;
  if (fn instanceof PyMethod) {
    fn = fn.func;
    bound = 1;
  }
  if (fn instanceof PyCFunction) return (fn.def.flags & Meth.NOARGS) !== 0 ? "()" : "(";
  if (fn instanceof PyFunction) {
    const c = fn.code;
    const varargs = (c.flags & 0x0c) !== 0; // CO_VARARGS | CO_VARKEYWORDS
    return c.argcount - bound <= 0 && c.kwonlyargcount === 0 && !varargs ? "()" : "(";
  }
  return "(";
}
import { PyCFunction } from "../src/objects/descr.ts";
import { PyFunction, PyMethod } from "../src/objects/funcobject.ts";
import { Meth } from "../src/objects/object.ts";

/** expr.attr: expr must be a dotted name (looked up, never evaluated with side effects beyond getattr). */
function attrMatches(g: PyDict, text: string): string[] {
  const dot = text.lastIndexOf(".");
  const expr = text.slice(0, dot);
  const attr = text.slice(dot + 1);
  const parts = expr.split(".");
  if (parts.some((p) => !/^[A-Za-z_]\w*$/u.test(p))) return [];
  let obj: PyObject | null = dictGetItemStr(g, intern(parts[0]!)) ?? dictGetItemStr(builtinsDict(g), intern(parts[0]!));
  if (obj === null) return [];
  obj.ob_refcnt++;
  for (const p of parts.slice(1)) {
    const next: PyObject = A.getAttr(obj, intern(p));
    dec(obj);
    obj = next;
  }
  const dirFn = dictGetItemStr(builtinsDict(g), intern("dir"))!;
  const names = A.call(dirFn, [obj]);
  const out: string[] = [];
  try {
    for (const n of (names as PyList).items) {
      if (!(n instanceof PyStr) || !n.value.startsWith(attr)) continue;
      if (attr === "" && n.value.startsWith("_")) continue;
      if (attr === "_" && n.value.startsWith("__")) continue;
      let suffix = "";
      try {
        const v = A.getAttr(obj, n);
        if (A.isCallable(v)) suffix = callablePostfix(v);
        dec(v);
      } catch (e) {
        dec(e as PyObject);
      }
      out.push(`${expr}.${n.value}${suffix}`);
    }
  } finally {
    dec(names);
    dec(obj);
  }
  return out.sort();
}
