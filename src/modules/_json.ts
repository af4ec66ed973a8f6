/**
 * The `_json` builtin module (CPython's Modules/_json.c, "json speedups"): what json.decoder,
 * json.scanner and json.encoder import when it is there.
 *
 *   scanstring(string, end, strict=True) -> (str, end)       _json_scan.ts scanString
 *   make_scanner = Scanner(context): scan_once(string, idx) -> (value, end) or StopIteration(idx);
 *     reads context.strict (truth-tested once), object_hook, object_pairs_hook, parse_float,
 *     parse_int, parse_constant, in that order; exposes them as read-only attributes
 *   make_encoder = Encoder(markers, default, encoder, indent, key_separator, item_separator,
 *     sort_keys, skipkeys, allow_nan): _iterencode(obj, _current_indent_level) -> [text];
 *     compact output only (json only uses it without indent), as CPython 3.11
 *   encode_basestring(s), encode_basestring_ascii(s)                _json_encode.ts
 *
 * Both types are GC objects (tp_traverse / tp_clear over the references they own), not
 * subclassable, without __dict__, as in CPython. Argument parsing follows the C module's
 * PyArg_ParseTuple(AndKeywords) formats: "On|i:scanstring", "On:scan_once", "O:make_scanner",
 * "OOOOUUppp:make_encoder", "On:_iterencode".
 */
import { PyObject, PyType, Meth, type GetSetDef } from "../objects/object.ts";
import { TypeType, ObjectType, None } from "../objects/types.ts";
import { PyStr, newStr, strLen } from "../objects/str.ts";
import { PyInt, True, False, newInt } from "../objects/int.ts";
import { PyDict } from "../objects/dict.ts";
import { newList } from "../objects/list.ts";
import { newTuple } from "../objects/tuple.ts";
import { PyCFunction } from "../objects/descr.ts";
import { getAttrStr, isTrue, asSsize } from "../objects/abstract.ts";
import { parseArgs } from "../objects/args.ts";
import { attributeError, typeError, valueError } from "../objects/errors.ts";
import { readyType } from "../objects/typeobject.ts";
import { stopIterationWith } from "../objects/genobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { Mem } from "../memory/gc.ts";
import type { PyModule } from "../objects/module.ts";
import { buildModule, setModuleAttr, asCInt, type ModDef } from "./modutil.ts";
import { scanString, strEnd, scanOnce, scanEnd, cpMapOf, type ScanConfig } from "./_json_scan.ts";
import { escapeAscii, escapePlain, encodeValue, type EncConfig } from "./_json_encode.ts";

function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}
function incref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

function needStr(o: PyObject): PyStr {
  if (o instanceof PyStr) return o;
  throw typeError(`first argument must be a string, not ${o.ob_type.tp_name}`);
}

// ---- module functions ------------------------------------------------------------------------------

const scanstringFn = (_m: null, args: PyObject[]): PyObject => {
  if (args.length < 2) throw typeError(`scanstring() takes at least 2 arguments (${args.length} given)`);
  if (args.length > 3) throw typeError(`scanstring() takes at most 3 arguments (${args.length} given)`);
  const end = asSsize(args[1]!);
  const strict = args.length > 2 ? asCInt(args[2]!) !== 0 : true;
  const doc = needStr(args[0]!);
  const map = cpMapOf(doc);
  const len = map === null ? doc.value.length : strLen(doc);
  if (end < 0 || end > len) throw valueError("end is out of bounds");
  const text = scanString(doc.value, map === null ? end : map.toUnit(end), strict, doc, map);
  const stop = map === null ? strEnd : map.toCp(strEnd);
  return newTuple([newStr(text), newInt(stop)]);
};

const encodeAsciiFn = (_m: null, o: PyObject): PyObject => newStr(escapeAscii(needStr(o).value));
const encodePlainFn = (_m: null, o: PyObject): PyObject => newStr(escapePlain(needStr(o).value));

const DOC_SCANSTRING =
  "scanstring(string, end, strict=True) -> (string, end)\n\n" +
  "Scan the string s for a JSON string. End is the index of the\n" +
  "character in s after the quote that started the JSON string.\n" +
  "Unescapes all valid JSON string escape sequences and raises ValueError\n" +
  "on attempt to decode an invalid string. If strict is False then literal\n" +
  "control characters are allowed in the string.\n\n" +
  "Returns a tuple of the decoded string and the index of the character in s\n" +
  "after the end quote.";
const DOC_ASCII = "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string";
const DOC_PLAIN = "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string";

// ---- Scanner -----------------------------------------------------------------------------------------

class PyScanner extends PyObject implements ScanConfig {
  declare strict: boolean;
  declare object_hook: PyObject;
  declare object_pairs_hook: PyObject;
  declare parse_float: PyObject;
  declare parse_int: PyObject;
  declare parse_constant: PyObject;
  constructor(t: PyType) {
    super(t);
    this.strict = true;
    this.object_hook = None;
    this.object_pairs_hook = None;
    this.parse_float = None;
    this.parse_int = None;
    this.parse_constant = None;
  }
}
const SCANNER_FIELDS = ["object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"] as const;

const ScannerType = new PyType(TypeType, "_json.Scanner", ObjectType, 0);

/** scanner_new: read the context's attributes (in the C order) into a new Scanner. */
function scannerNew(type: PyType, args: PyObject[], kw: PyObject | null): PyObject {
  const [ctx] = parseArgs("make_scanner", args, kw, ["context"]);
  const s = new PyScanner(type);
  try {
    const strict = getAttrStr(ctx!, "strict");
    try {
      s.strict = isTrue(strict);
    } finally {
      decref(strict);
    }
    for (const name of SCANNER_FIELDS) {
      const v = getAttrStr(ctx!, name);
      const old = s[name];
      s[name] = v;
      decref(old);
    }
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

/** scanner_call: scan_once(string, idx) -> (value, end). */
function scannerCall(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  let str: PyObject | null, idxArg: PyObject | null;
  if (kw === null && args.length === 2) {
    str = args[0]!;
    idxArg = args[1]!;
  } else [str, idxArg] = parseArgs("scan_once", args, kw, SCAN_NAMES);
  const doc = str instanceof PyStr ? str : null;
  const idx = asSsize(idxArg!);
  if (doc === null) throw typeError(`first argument must be a string, not ${str!.ob_type.tp_name}`);
  if (idx < 0) throw valueError("idx cannot be negative");
  const map = cpMapOf(doc);
  const len = map === null ? doc.value.length : strLen(doc);
  if (idx >= len) throw stopAtCp(idx);
  const v = scanOnce(self as PyScanner, doc, map === null ? idx : map.toUnit(idx), map);
  const end = map === null ? scanEnd : map.toCp(scanEnd);
  return newTuple([v, newInt(end)]);
}
const SCAN_NAMES = ["string", "idx"];
const ITER_NAMES = ["obj", "_current_indent_level"];
function stopAtCp(idx: number): PyObject {
  return stopIterationWith(newInt(idx));
}

// ---- Encoder -----------------------------------------------------------------------------------------

class PyEncoder extends PyObject implements EncConfig {
  declare markers: PyObject;
  declare defaultfn: PyObject;
  declare encoder: PyObject;
  declare indent: PyObject;
  declare key_separator: PyStr;
  declare item_separator: PyStr;
  declare sort_keys: boolean;
  declare skipkeys: boolean;
  declare allow_nan: boolean;
  declare fast: number;
  declare open: Set<PyObject> | null;
  constructor(t: PyType) {
    super(t);
    this.markers = None;
    this.defaultfn = None;
    this.encoder = None;
    this.indent = None;
    this.key_separator = EMPTY;
    this.item_separator = EMPTY;
    this.sort_keys = false;
    this.skipkeys = false;
    this.allow_nan = false;
    this.fast = 0;
    this.open = null;
  }
}
const EMPTY = newStr("");
const ENCODER_NAMES = ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"];

const EncoderType = new PyType(TypeType, "_json.Encoder", ObjectType, 0);

let encodeAsciiDef: Function | null = null;
let encodePlainDef: Function | null = null;

function encoderNew(type: PyType, args: PyObject[], kw: PyObject | null): PyObject {
  const a = kw === null && args.length === 9 ? args : parseArgs("make_encoder", args, kw, ENCODER_NAMES);
  for (const pos of [4, 5]) {
    if (!(a[pos] instanceof PyStr)) throw typeError(`make_encoder() argument ${pos + 1} must be str, not ${a[pos]!.ob_type.tp_name}`);
  }
  const sortKeys = isTrue(a[6]!);
  const skipKeys = isTrue(a[7]!);
  const allowNan = isTrue(a[8]!);
  const markers = a[0]!;
  if (markers !== None && !(markers instanceof PyDict)) {
    throw typeError(`make_encoder() argument 1 must be dict or None, not ${markers.ob_type.tp_name}`);
  }
  const e = new PyEncoder(type);
  e.markers = incref(markers);
  e.defaultfn = incref(a[1]!);
  e.encoder = incref(a[2]!);
  e.indent = incref(a[3]!);
  e.key_separator = incref(a[4] as PyStr);
  e.item_separator = incref(a[5] as PyStr);
  e.sort_keys = sortKeys;
  e.skipkeys = skipKeys;
  e.allow_nan = allowNan;
  const enc = e.encoder;
  if (enc instanceof PyCFunction) {
    if (enc.def.fn === encodeAsciiDef) e.fast = 1;
    else if (enc.def.fn === encodePlainDef) e.fast = 2;
  }
  return e;
}

/** encoder_call: _iterencode(obj, _current_indent_level) -> [the JSON text]. */
function encoderCall(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  let obj: PyObject | null, level: PyObject | null;
  if (kw === null && args.length === 2) {
    obj = args[0]!;
    level = args[1]!;
  } else [obj, level] = parseArgs("_iterencode", args, kw, ITER_NAMES);
  if (!(level instanceof PyInt)) asSsize(level!);
  const text = encodeValue(self as PyEncoder, obj!);
  return newList([newStr(text)]);
}

// ---- attributes, GC ----------------------------------------------------------------------------------

const readonly = (): void => {
  throw attributeError("readonly attribute");
};
function member(name: string, get: (o: PyObject) => PyObject): GetSetDef {
  return { name, get, set: readonly, doc: name };
}
const bool = (b: boolean): PyObject => incref(b ? True : False);

let ready = false;
function initTypes(): void {
  if (ready) return;
  ready = true;
  const S = ScannerType;
  S.tp_doc = "JSON scanner object";
  S.tp_dictoffset = false;
  S.tp_mem = Mem.GC | Mem.TRACK;
  S.tp_new = scannerNew;
  S.tp_call = scannerCall;
  S.tp_traverse = (o, visit) => {
    for (const f of SCANNER_FIELDS) visit((o as PyScanner)[f]);
  };
  S.tp_clear = (o) => {
    // Py_CLEAR of each field in turn: set to None, then release the old value
    const s = o as PyScanner;
    for (const f of SCANNER_FIELDS) {
      const old = s[f];
      s[f] = None;
      decref(old);
    }
  };
  S.tp_dealloc = S.tp_clear;
  S.tp_getset = [
    member("strict", (o) => bool((o as PyScanner).strict)),
    ...SCANNER_FIELDS.map((f) => member(f, (o: PyObject) => incref((o as PyScanner)[f]))),
  ];
  readyType(S);

  const E = EncoderType;
  E.tp_doc = "_iterencode(obj, _current_indent_level) -> iterable";
  E.tp_dictoffset = false;
  E.tp_mem = Mem.GC | Mem.TRACK;
  E.tp_new = encoderNew;
  E.tp_call = encoderCall;
  E.tp_traverse = (o, visit) => {
    const e = o as PyEncoder;
    visit(e.markers);
    visit(e.defaultfn);
    visit(e.encoder);
    visit(e.indent);
    visit(e.key_separator);
    visit(e.item_separator);
  };
  E.tp_clear = (o) => {
    const e = o as PyEncoder;
    e.open = null;
    const m = e.markers, d = e.defaultfn, enc = e.encoder, ind = e.indent;
    const ks = e.key_separator, is = e.item_separator;
    e.markers = e.defaultfn = e.encoder = e.indent = None;
    e.key_separator = e.item_separator = EMPTY;
    decref(m);
    decref(d);
    decref(enc);
    decref(ind);
    decref(ks);
    decref(is);
  };
  E.tp_dealloc = E.tp_clear;
  const ENC = (o: PyObject) => o as PyEncoder;
  E.tp_getset = [
    member("markers", (o) => incref(ENC(o).markers)),
    member("default", (o) => incref(ENC(o).defaultfn)),
    member("encoder", (o) => incref(ENC(o).encoder)),
    member("indent", (o) => incref(ENC(o).indent)),
    member("key_separator", (o) => incref(ENC(o).key_separator)),
    member("item_separator", (o) => incref(ENC(o).item_separator)),
    member("sort_keys", (o) => bool(ENC(o).sort_keys)),
    member("skipkeys", (o) => bool(ENC(o).skipkeys)),
  ];
  readyType(E);
}

export function makeJsonModule(): PyModule {
  initTypes();
  encodeAsciiDef = encodeAsciiFn;
  encodePlainDef = encodePlainFn;
  const defs: (ModDef & { doc: string })[] = [
    { name: "encode_basestring_ascii", flags: Meth.O, bare: true, fn: encodeAsciiFn, doc: DOC_ASCII },
    { name: "scanstring", flags: Meth.FASTCALL, bare: true, fn: scanstringFn, doc: DOC_SCANSTRING },
    { name: "encode_basestring", flags: Meth.O, bare: true, fn: encodePlainFn, doc: DOC_PLAIN },
  ];
  const m = buildModule("_json", defs);
  setModuleAttr(m, "__doc__", newStr("json speedups\n"));
  setModuleAttr(m, "make_scanner", incref(ScannerType));
  setModuleAttr(m, "make_encoder", incref(EncoderType));
  return m;
}
