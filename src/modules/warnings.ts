/**
 * The warnings machinery (Python/_warnings.c): the `_warnings` module and warn()/warnExplicit()
 * for native callers (the compiler's SyntaxWarnings, DeprecationWarnings of builtins).
 *
 * State: `filters` (a list of (action, message, category, module, lineno) tuples, newest first),
 * the default action ("default"), the once-registry, and a version number bumped by
 * _filters_mutated() so per-module `__warningregistry__` dicts are reset when filters change.
 * When the Python-level `warnings` module (warnings_py.ts) has been imported, its `filters`,
 * `defaultaction`, `onceregistry` and `_showwarnmsg` are used instead, as CPython does, so
 * catch_warnings() and a replaced showwarning() take effect.
 *
 * Output format (no `warnings` module): "FILE:LINE: Category: message\n" then the source line,
 * stripped, indented by two spaces.
 */
import { PyObject, PyType, isSubtype } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyInt, newInt, True } from "../objects/int.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyList, newList } from "../objects/list.ts";
import {
  PyDict, newDict, dictGetItemStr, dictSetItemStr, dictGetItem, dictSetItem, dictClear,
} from "../objects/dict.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { newBuiltinFunction } from "../objects/descr.ts";
import * as A from "../objects/abstract.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { typeError, newException } from "../objects/errors.ts";
import { parseArgs } from "../objects/args.ts";
import { lineOf } from "../objects/codeobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { ts } from "../vm/state.ts";
import type { Frame } from "../vm/frame.ts";
import { sourceLines } from "../vm/traceback.ts";
import { sysGet } from "./sys.ts";

function dec(x: PyObject | null): void {
  if (x !== null && --x.ob_refcnt === 0) dealloc(x);
}

// ---- state -------------------------------------------------------------------------------------

let filters: PyList | null = null;
let onceRegistry: PyDict | null = null;
let defaultAction: PyStr | null = null;
let filtersVersion = 1;

function filterItem(action: string, category: PyType, module: string | null): PyObject {
  const m = module === null ? (None.ob_refcnt++, None) : newStr(module);
  None.ob_refcnt++;
  return newTuple([newStr(action), None, (category.ob_refcnt++, category), m, newInt(0)]);
}
function initState(): void {
  if (filters !== null) return;
  // CPython's default filters for a release build
  filters = newList([
    filterItem("default", E.DeprecationWarningType, "__main__"),
    filterItem("ignore", E.DeprecationWarningType, null),
    filterItem("ignore", E.PendingDeprecationWarningType, null),
    filterItem("ignore", E.ImportWarningType, null),
    filterItem("ignore", E.ResourceWarningType, null),
  ]);
  for (const opt of warnOptions) addOptionFilter(opt);
  onceRegistry = newDict();
  defaultAction = newStr("default");
}

/** -W options / PYTHONWARNINGS entries (action:message:category:module:lineno, simple forms only). */
let warnOptions: string[] = [];
export function setWarnOptions(opts: string[]): void {
  warnOptions = opts;
}
function addOptionFilter(opt: string): void {
  const parts = opt.split(":");
  const actions: Record<string, string> = { d: "default", default: "default", e: "error", error: "error", i: "ignore", ignore: "ignore", a: "always", always: "always", m: "module", module: "module", o: "once", once: "once" };
  const action = actions[parts[0]!.trim()] ?? null;
  if (action === null) return;
  let category: PyType = E.WarningType;
  const catName = (parts[2] ?? "").trim();
  if (catName !== "") {
    const t = (E as unknown as Record<string, unknown>)[`${catName}Type`];
    if (!(t instanceof PyType)) return;
    category = t;
  }
  const item = filterItem(action, category, null);
  filters!.items.unshift(item);
}

/** The `warnings` module if it has been imported (borrowed), else null. */
function warningsModule(): PyObject | null {
  const mods = sysGet("modules");
  if (!(mods instanceof PyDict)) return null;
  return dictGetItemStr(mods, intern("warnings"));
}
function warningsAttr(name: string): PyObject | null {
  const m = warningsModule();
  if (m === null) return null;
  return A.lookupAttr(m, intern(name));
}

function getFilters(): PyList {
  initState();
  const f = warningsAttr("filters");
  if (f !== null) {
    if (!(f instanceof PyList)) {
      dec(f);
      throw typeError("warnings.filters must be a list");
    }
    if (f !== filters) {
      const old = filters!;
      filters = f;
      dec(old);
    } else dec(f);
  }
  return filters!;
}
function getOnceRegistry(): PyDict {
  initState();
  const r = warningsAttr("onceregistry");
  if (r !== null) {
    if (!(r instanceof PyDict)) {
      dec(r);
      throw typeError(`warnings.onceregistry must be a dict, not '${r.ob_type.tp_name}'`);
    }
    if (r !== onceRegistry) {
      const old = onceRegistry!;
      onceRegistry = r;
      dec(old);
    } else dec(r);
  }
  return onceRegistry!;
}
function getDefaultAction(): PyStr {
  initState();
  const a = warningsAttr("defaultaction");
  if (a !== null) {
    if (!(a instanceof PyStr)) {
      dec(a);
      throw typeError(`warnings.defaultaction must be a string, not '${a.ob_type.tp_name}'`);
    }
    if (a !== defaultAction) {
      const old = defaultAction!;
      defaultAction = a;
      dec(old);
    } else dec(a);
  }
  return defaultAction!;
}

// ---- matching ----------------------------------------------------------------------------------

/** check_matched: None matches all; a str must be equal; otherwise obj.match(arg). */
function checkMatched(obj: PyObject, arg: PyObject): boolean {
  if (obj === None) return true;
  if (obj.ob_type === arg.ob_type && obj instanceof PyStr) return obj.value === (arg as PyStr).value;
  const r = A.callMethod(obj, "match", [arg]);
  try {
    return A.isTrue(r);
  } finally {
    dec(r);
  }
}

/** The action for (category, text, lineno, module), and the filter item that chose it. */
function getFilter(category: PyObject, text: PyObject, lineno: number, module: PyObject): [string, PyObject | null] {
  const list = getFilters();
  for (let i = 0; i < list.items.length; i++) {
    const item = list.items[i]!;
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw newException(E.ValueErrorType, `_warnings.filters item ${i} isn't a 5-tuple`);
    const [action, msg, cat, mod, ln] = item.items as [PyObject, PyObject, PyObject, PyObject, PyObject];
    if (!(action instanceof PyStr)) throw typeError(`action must be a string, not '${action.ob_type.tp_name}'`);
    const goodMsg = checkMatched(msg, text);
    const goodMod = checkMatched(mod, module);
    const isSub = cat instanceof PyType && category instanceof PyType && isSubtype(category, cat);
    const lnv = ln instanceof PyInt ? Number(ln.value) : 0;
    if (goodMsg && isSub && goodMod && (lnv === 0 || lineno === lnv)) return [action.value, item];
  }
  return [getDefaultAction().value, null];
}

/** already_warned: registry[key] set and the registry is current; optionally record key. */
function alreadyWarned(registry: PyDict, key: PyObject, shouldSet: boolean): boolean {
  const vkey = intern("version");
  const v = dictGetItemStr(registry, vkey);
  if (v === null || !(v instanceof PyInt) || Number(v.value) !== filtersVersion) {
    dictClear(registry);
    const nv = newInt(filtersVersion);
    dictSetItemStr(registry, vkey, nv);
    dec(nv);
  } else {
    const seen = dictGetItem(registry, key);
    if (seen !== null && A.isTrue(seen)) return true;
  }
  if (shouldSet) dictSetItem(registry, key, True);
  return false;
}
function updateRegistry(registry: PyDict, text: PyObject, category: PyObject): boolean {
  const altkey = newTuple([(text.ob_refcnt++, text), (category.ob_refcnt++, category)]);
  try {
    return alreadyWarned(registry, altkey, true);
  } finally {
    dec(altkey);
  }
}

// ---- showing -----------------------------------------------------------------------------------

function sourceLine(filename: string, lineno: number): string | null {
  const lines = sourceLines(filename);
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1]!;
}

/** show_warning: the native printer (used while the warnings module is not imported). */
function showWarningNative(filename: string, lineno: number, text: PyObject, category: PyObject, sourceline: string | null, source: PyObject | null = null): void {
  const err = sysGet("stderr");
  if (err === null || err === None) return;
  let name = "?";
  if (category instanceof PyType) {
    const n = A.getAttr(category, intern("__name__"));
    name = (n as PyStr).value;
    dec(n);
  }
  let out = `${filename}:${lineno}: ${name}: ${A.strStr(text)}\n`;
  const line = sourceline ?? sourceLine(filename, lineno);
  if (line !== null) {
    const t = line.replace(/^[ \t\f]+/u, "").replace(/[\r\n]+$/u, "");
    if (t !== "") out += `  ${t}\n`;
  }
  // warnings.py with a source object and tracemalloc not tracing
  if (source !== null && source !== None) out += `${name}: Enable tracemalloc to get the object allocation traceback\n`;
  const s = newStr(out);
  try {
    dec(A.callMethod(err, "write", [s]));
  } finally {
    dec(s);
  }
}

function callShowWarning(category: PyObject, text: PyObject, message: PyObject, filename: string, lineno: number, sourceline: string | null, source: PyObject | null): void {
  const show = warningsAttr("_showwarnmsg");
  if (show === null) {
    showWarningNative(filename, lineno, text, category, sourceline, source);
    return;
  }
  try {
    if (!A.isCallable(show)) throw typeError("warnings._showwarnmsg() must be set to a callable");
    const wm = warningsAttr("WarningMessage");
    if (wm === null) throw newException(E.RuntimeErrorType, "unable to get warnings.WarningMessage");
    const fn = newStr(filename), ln = newInt(lineno);
    const sl = sourceline === null ? None : newStr(sourceline);
    let msg: PyObject;
    try {
      msg = A.call(wm, [message, category, fn, ln, None, sl, source ?? None]);
    } finally {
      dec(wm);
      dec(fn);
      dec(ln);
      if (sl !== None) dec(sl);
    }
    try {
      dec(A.call(show, [msg]));
    } finally {
      dec(msg);
    }
  } finally {
    dec(show);
  }
}

// ---- warn_explicit / warn ----------------------------------------------------------------------

function normalizeModule(filename: string): string {
  if (filename.length === 0) return "<unknown>";
  if (filename.endsWith(".py")) return filename.slice(0, -3);
  return filename;
}

/**
 * warn_explicit: `message` is a str (a category instance is made from it) or a Warning instance.
 * `registry` is the module's __warningregistry__ dict, None or null.
 */
export function warnExplicitObj(category: PyObject | null, message: PyObject, filename: string, lineno: number, module: PyObject | null, registry: PyObject | null, sourceline: string | null = null, source: PyObject | null = null): void {
  const mod = module ?? newStr(normalizeModule(filename));
  if (module !== null) mod.ob_refcnt++;
  let text: PyObject;
  let msgObj: PyObject;
  let cat: PyObject;
  if (message instanceof PyBaseException && isSubtype(message.ob_type, E.WarningType)) {
    text = A.str(message);
    cat = message.ob_type;
    msgObj = message;
    message.ob_refcnt++;
  } else {
    text = message;
    message.ob_refcnt++;
    cat = category ?? E.UserWarningType;
    msgObj = A.call(cat, [message]);
  }
  cat.ob_refcnt++;
  const key = newTuple([(text.ob_refcnt++, text), (cat.ob_refcnt++, cat), newInt(lineno)]);
  try {
    const reg = registry instanceof PyDict ? registry : null;
    if (reg !== null && alreadyWarned(reg, key, false)) return;
    const [action, item] = getFilter(cat, text, lineno, mod);
    if (action === "error") {
      msgObj.ob_refcnt++;
      throw msgObj;
    }
    if (action === "ignore") return;
    let rc = false;
    if (action !== "always") {
      if (reg !== null) dictSetItem(reg, key, True);
      if (action === "once") {
        rc = updateRegistry(reg ?? getOnceRegistry(), text, cat);
      } else if (action === "module") {
        if (reg !== null) rc = updateRegistry(reg, text, cat);
      } else if (action !== "default") {
        throw newException(E.RuntimeErrorType, `Unrecognized action (${A.reprStr(newStr(action))}) in warnings.filters:\n ${item === null ? "None" : A.reprStr(item)}`);
      }
    }
    if (rc) return;
    callShowWarning(cat, text, msgObj, filename, lineno, sourceline, source);
  } finally {
    dec(key);
    dec(text);
    dec(msgObj);
    dec(cat);
    dec(mod);
  }
}

/** warn_explicit with a str message (the compiler's SyntaxWarnings). */
export function warnExplicit(category: PyType, message: string, filename: string, lineno: number, module: string | null, registry: PyObject | null): void {
  const m = newStr(message);
  const mod = module === null ? null : newStr(module);
  try {
    warnExplicitObj(category, m, filename, lineno, mod, registry);
  } finally {
    dec(m);
    dec(mod);
  }
}

/** setup_context + warn_explicit: the frame `stacklevel` levels up from the current one. */
function warnObj(category: PyObject | null, message: PyObject, stacklevel: number, source: PyObject | null): void {
  let f = ts.frame as Frame | null;
  while (--stacklevel > 0 && f !== null) f = f.back;
  let globals: PyDict;
  let filename: string;
  let lineno: number;
  if (f === null) {
    const sys = (sysGet("modules") as PyDict | null);
    const sysmod = sys === null ? null : dictGetItemStr(sys, intern("sys"));
    globals = sysmod !== null && sysmod.dict !== null ? sysmod.dict : newDict();
    filename = "sys";
    lineno = 1;
  } else {
    globals = f.globals;
    filename = f.code.filename.value;
    lineno = lineOf(f.code, f.lasti);
  }
  const rkey = intern("__warningregistry__");
  let registry = dictGetItemStr(globals, rkey);
  if (registry === null) {
    registry = newDict();
    dictSetItemStr(globals, rkey, registry);
    dec(registry);
  }
  const nameO = dictGetItemStr(globals, intern("__name__"));
  const module = nameO instanceof PyStr ? nameO : newStr("<string>");
  if (nameO instanceof PyStr) module.ob_refcnt++;
  try {
    warnExplicitObj(category, message, filename, lineno, module, registry, null, source);
  } finally {
    dec(module);
  }
}

/** _PyErr_WarnUnawaitedCoroutine: "coroutine 'f' was never awaited" (source = the coroutine). */
export function warnUnawaitedCoroutine(coro: PyObject, qualname: string): void {
  // CPython funnels this through warnings._warn_unawaited_coroutine when it can
  const fn = warningsAttr("_warn_unawaited_coroutine");
  if (fn !== null) {
    try {
      dec(A.call(fn, [coro]));
      return;
    } finally {
      dec(fn);
    }
  }
  const m = newStr(`coroutine '${qualname}' was never awaited`);
  try {
    warnObj(E.RuntimeWarningType, m, 1, coro);
  } finally {
    dec(m);
  }
}

/** PyErr_WarnEx for native callers: a warning of `category` attributed to the calling Python code. */
export function warn(category: PyType, message: string, stacklevel = 1): void {
  const m = newStr(message);
  try {
    warnObj(category, m, stacklevel, null);
  } finally {
    dec(m);
  }
}

/** get_category: the category of warn(message, category). */
function getCategory(message: PyObject, category: PyObject | null): PyObject {
  if (message instanceof PyBaseException && isSubtype(message.ob_type, E.WarningType)) return message.ob_type;
  if (category === null || category === None) return E.UserWarningType;
  if (!(category instanceof PyType) || !isSubtype(category, E.WarningType)) {
    throw typeError(`category must be a Warning subclass, not '${category.ob_type.tp_name}'`);
  }
  return category;
}

// ---- the _warnings module ----------------------------------------------------------------------

function pyWarn(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [message, category, stacklevel, source] = parseArgs("warn", args, kw, ["message", "category", "stacklevel", "source"], { required: 1 });
  const cat = getCategory(message!, category);
  let level = 1;
  if (stacklevel !== null) {
    const v = A.index(stacklevel).value;
    level = typeof v === "bigint" ? (v > 0n ? 0x7fffffff : -1) : v;
  }
  warnObj(cat, message!, level, source);
  None.ob_refcnt++;
  return None;
}
function pyWarnExplicit(_s: PyObject | null, args: PyObject[], kw: PyObject | null): PyObject {
  const [message, category, filename, lineno, module, registry, moduleGlobals, source] = parseArgs("warn_explicit", args, kw,
    ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"], { required: 4 });
  if (!(filename instanceof PyStr)) throw typeError(`warn_explicit() argument 'filename' must be str, not ${filename!.ob_type.tp_name}`);
  if (!(lineno instanceof PyInt)) throw typeError(`'${lineno!.ob_type.tp_name}' object cannot be interpreted as an integer`);
  if (registry !== null && registry !== None && !(registry instanceof PyDict)) throw typeError("'registry' must be a dict or None");
  let sourceline: string | null = null;
  if (moduleGlobals !== null && moduleGlobals !== None) {
    if (!(moduleGlobals instanceof PyDict)) throw typeError(`module_globals must be a dict, not '${moduleGlobals.ob_type.tp_name}'`);
    sourceline = sourceLine(filename.value, Number(lineno.value));
  }
  const cat = category === null || category === None ? null : category;
  warnExplicitObj(cat, message!, filename.value, Number(lineno.value), module === None ? null : module, registry, sourceline, source);
  None.ob_refcnt++;
  return None;
}
function filtersMutated(): PyObject {
  filtersVersion++;
  None.ob_refcnt++;
  return None;
}

let warningsCModule: PyModule | null = null;
export function makeWarningsCModule(): PyModule {
  if (warningsCModule !== null) {
    warningsCModule.ob_refcnt++;
    return warningsCModule;
  }
  initState();
  const m = newModule("_warnings");
  const d = m.dict!;
  const name = intern("_warnings");
  for (const [n, f] of [["warn", pyWarn], ["warn_explicit", pyWarnExplicit], ["_filters_mutated", filtersMutated]] as [string, Function][]) {
    const bf = newBuiltinFunction({ name: n, flags: n === "_filters_mutated" ? 1 : 4, fn: f }, name);
    dictSetItemStr(d, intern(n), bf);
    dec(bf);
  }
  dictSetItemStr(d, intern("filters"), filters!);
  dictSetItemStr(d, intern("_onceregistry"), onceRegistry!);
  dictSetItemStr(d, intern("_defaultaction"), defaultAction!);
  warningsCModule = m;
  m.ob_refcnt++;
  return m;
}
export { PyStr };
