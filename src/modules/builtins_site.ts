/**
 * The builtins the site module adds (Lib/_sitebuiltins.py): exit/quit (Quitter), copyright,
 * credits, license (_Printer) and help (_Helper), as objects of types named like CPython's
 * (_sitebuiltins.Quitter...) with the same reprs and calling behaviour.
 *  - Quitter(code=None): closes sys.stdin, raises SystemExit(code).
 *  - _Printer: repr is the text when it has at most 23 lines, else "Type NAME() to see the full
 *    NAME text"; calling prints it 23 lines at a time, asking "Hit Return for more, or q (and
 *    Return) to quit: " between pages.
 *  - _Helper: help(obj) uses pydoc when the library has it, else prints the object's docstring.
 */
import { PyObject, PyType } from "../objects/object.ts";
import { TypeType, ObjectType, None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyDict, newDict, dictSetItemStr, dictGetItemStr } from "../objects/dict.ts";
import { readyType } from "../objects/typeobject.ts";
import { typeError } from "../objects/errors.ts";
import * as A from "../objects/abstract.ts";
import * as E from "../objects/exceptions.ts";
import { dealloc } from "../memory/refcount.ts";
import { sysGet } from "./sys.ts";
import { importModuleByName } from "../vm/import.ts";
import { PyFunction } from "../objects/funcobject.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}

export const COPYRIGHT = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
const CREDITS = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n" +
  "    for supporting Python development.  See www.python.org for more information.";
const MAXLINES = 23;

function mkType(name: string): PyType {
  const t = new PyType(TypeType, name, ObjectType, 0);
  t.tp_dictoffset = true;
  return t;
}
const QuitterType = mkType("_sitebuiltins.Quitter");
const PrinterType = mkType("_sitebuiltins._Printer");
const HelperType = mkType("_sitebuiltins._Helper");

class PySiteObject extends PyObject {
  /** _Printer: the name and the lines of its text; Quitter: name and eof (also in __dict__). */
  declare name: string;
  declare lines: string[];
  constructor(t: PyType, name: string, lines: string[]) {
    super(t);
    this.name = name;
    this.lines = lines;
    this.dict = newDict();
  }
}

function write(s: string): void {
  const out = sysGet("stdout");
  if (out === null || out === None) return;
  const o = newStr(s);
  try {
    dec(A.callMethod(out, "write", [o]));
  } finally {
    dec(o);
  }
}

QuitterType.tp_repr = (o) => {
  const d = o.dict!;
  const n = dictGetItemStr(d, intern("name")), eof = dictGetItemStr(d, intern("eof"));
  return newStr(`Use ${n === null ? "" : A.strStr(n)}() or ${eof === null ? "" : A.strStr(eof)} to exit`);
};
QuitterType.tp_call = (_o, args, kw) => {
  const n = args.length - (kw === null ? 0 : (kw as unknown as { items: PyObject[] }).items.length);
  if (n > 1) throw typeError(`Quitter.__call__() takes from 1 to 2 positional arguments but ${n + 1} were given`);
  const code = n === 1 ? args[0]! : None;
  const stdin = sysGet("stdin");
  if (stdin !== null && stdin !== None) {
    try {
      dec(A.callMethod(stdin, "close", []));
    } catch (e) {
      if (e instanceof PyObject) dec(e);
    }
  }
  throw A.call(E.SystemExitType, [code]);
};

PrinterType.tp_repr = (o) => {
  const p = o as PySiteObject;
  if (p.lines.length <= MAXLINES && p.name !== "license") return newStr(p.lines.join("\n"));
  return newStr(`Type ${p.name}() to see the full ${p.name} text`);
};
PrinterType.tp_call = (o, args) => {
  if (args.length > 0) throw typeError(`_Printer.__call__() takes 1 positional argument but ${args.length + 1} were given`);
  const p = o as PySiteObject;
  const prompt = "Hit Return for more, or q (and Return) to quit: ";
  let lineno = 0;
  for (;;) {
    const end = Math.min(lineno + MAXLINES, p.lines.length);
    for (let i = lineno; i < end; i++) write(p.lines[i]! + "\n");
    if (end >= p.lines.length) break;
    lineno += MAXLINES;
    let key: string | null = null;
    while (key === null) {
      const inputFn = dictGetItemStr(builtinsDict!, intern("input"))!;
      const pr = newStr(prompt);
      const r = A.call(inputFn, [pr]);
      dec(pr);
      key = (r as PyStr).value;
      dec(r);
      if (key !== "" && key !== "q") key = null;
    }
    if (key === "q") break;
  }
  None.ob_refcnt++;
  return None;
};

HelperType.tp_repr = () => newStr("Type help() for interactive help, or help(object) for help about object.");
HelperType.tp_call = (_o, args, kw) => {
  let pydoc: PyObject | null = null;
  try {
    pydoc = importModuleByName("pydoc", None, 0);
  } catch (e) {
    if (e instanceof PyObject) dec(e);
  }
  if (pydoc !== null) {
    try {
      const h = A.getAttr(pydoc, intern("help"));
      try {
        return A.call(h, args, kw);
      } finally {
        dec(h);
      }
    } finally {
      dec(pydoc);
    }
  }
  if (args.length === 0) {
    write("Welcome to Python 3.11's help utility!\n");
  } else if (args[0] instanceof PyFunction) {
    write(functionHelp(args[0]));
  } else {
    const doc = A.lookupAttr(args[0]!, intern("__doc__"));
    write(`${doc instanceof PyStr ? doc.value : "No documentation found."}\n`);
    dec(doc);
  }
  None.ob_refcnt++;
  return None;
};

/** A str attribute of o, or null. */
function strAttr(o: PyObject, name: string): string | null {
  const v = A.lookupAttr(o, intern(name));
  const r = v instanceof PyStr ? v.value : null;
  dec(v);
  return r;
}
/** inspect.<fn>(arg) as a str, or null when inspect is missing or the call fails. */
function viaInspect(fn: string, arg: PyObject): string | null {
  try {
    const insp = importModuleByName("inspect", None, 0);
    try {
      const r = A.callMethod(insp, fn, [arg]);
      const s = r instanceof PyStr ? r.value : r === None ? null : A.strStr(r);
      dec(r);
      return s;
    } finally {
      dec(insp);
    }
  } catch (e) {
    if (e instanceof PyObject) dec(e);
    return null;
  }
}
/**
 * pydoc's text for a Python function (help(f) without pydoc): "Help on function NAME in module
 * MOD:", a blank line, NAME(signature), then the cleaned docstring indented by 4.
 */
function functionHelp(f: PyObject): string {
  const name = strAttr(f, "__name__") ?? "?";
  const mod = strAttr(f, "__module__");
  const mods = sysGet("modules");
  const known = mod !== null && mods instanceof PyDict && dictGetItemStr(mods, intern(mod)) !== null;
  let out = `Help on function ${name}${known ? ` in module ${mod}` : ""}:\n\n`;
  const sig = viaInspect("signature", f) ?? "(...)";
  out += name === "<lambda>" ? `${name} lambda ${sig.slice(1, -1)}\n` : `${name}${sig}\n`;
  const raw = A.lookupAttr(f, intern("__doc__"));
  let doc: string | null = null;
  if (raw instanceof PyStr) doc = viaInspect("cleandoc", raw);
  dec(raw);
  if (doc !== null && doc !== "") {
    // pydoc's indent(): every line prefixed, then the whole block right-stripped
    const lines = doc.split("\n").map((l) => "    " + l);
    out += lines.join("\n").replace(/\s+$/u, "") + "\n";
  }
  return out + "\n";
}

let builtinsDict: PyDict | null = null;
/** Add exit, quit, copyright, credits, license and help to the builtins dict. */
export function addSiteBuiltins(d: PyDict): void {
  builtinsDict = d;
  for (const t of [QuitterType, PrinterType, HelperType]) {
    readyType(t);
  }
  for (const name of ["exit", "quit"]) {
    const q = new PySiteObject(QuitterType, name, []);
    const n = newStr(name), eof = newStr("Ctrl-D (i.e. EOF)");
    dictSetItemStr(q.dict!, intern("name"), n);
    dictSetItemStr(q.dict!, intern("eof"), eof);
    dec(n);
    dec(eof);
    dictSetItemStr(d, intern(name), q);
    dec(q);
  }
  const printers: [string, string[]][] = [
    ["copyright", COPYRIGHT.split("\n")],
    ["credits", CREDITS.split("\n")],
    // CPython pages LICENSE.txt when it finds one; tspy has none, so license() gives the address
    ["license", ["See https://www.python.org/psf/license/"]],
  ];
  for (const [name, lines] of printers) {
    const p = new PySiteObject(PrinterType, name, lines);
    dictSetItemStr(d, intern(name), p);
    dec(p);
  }
  const h = new PySiteObject(HelperType, "help", []);
  dictSetItemStr(d, intern("help"), h);
  dec(h);
}
