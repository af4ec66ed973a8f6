/**
 * Object sizes as 64-bit CPython 3.11 reports them: __sizeof__ of the builtin types,
 * sys.getsizeof (__sizeof__ plus the pre-header: 16 for a GC type, 16 more for a managed
 * instance dict), the layout numbers of the types (tp_basicsize / tp_itemsize, CPython's
 * values, computed for classes as type_new does) and the allocation size of each object for
 * the allocator model (alloc.ts).
 *
 * Variable parts: int 4 bytes per 30-bit digit (at least one); str by representation (compact
 * ASCII: 48 + len + 1; compact latin-1 / UCS-2 / UCS-4: 72 + (len + 1) * kind); bytes 33 + len;
 * tuple 24 + 8n; list 40 + 8 * allocated (list_resize's capacity); dict 48 + its keys table
 * (header 32, indices of 1/2/4/8 bytes, usable entries of 16 (str keys) or 24 bytes) unless
 * it still uses the shared empty keys; set 200 + 16 per table slot once the table outgrows the
 * 8-slot small table; generators 152 + 8 per frame slot (locals, cells, stack).
 */
import { PyObject, PyType, TPFlags, Meth, type MethodDef, type GetSetDef } from "../objects/object.ts";
import * as T from "../objects/types.ts";
import { ALL_EXCEPTION_TYPES } from "../objects/exceptions.ts";
import { PyInt } from "../objects/int.ts";
import { PyStr } from "../objects/str.ts";
import { PyBytes, PyByteArray, PyMemoryView } from "../objects/bytes.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { PyDict } from "../objects/dict.ts";
import { PySet } from "../objects/set.ts";
import type { PyCode } from "../objects/codeobject.ts";
import type { PyGen } from "../objects/genobject.ts";
import { newIntAny } from "../objects/int.ts";
import { newMethodDescr, newGetSetDescr } from "../objects/descr.ts";
import { dictGetItemStr } from "../objects/dict.ts";
import { intern } from "../objects/str.ts";
import { readyType, addTypeDictEntry } from "../objects/typeobject.ts";
import { dealloc } from "./refcount.ts";
import { Mem, preHeaderSize } from "./gc.ts";
import { setAllocBytesHook } from "./id.ts";
import { RefType, ProxyType, CallableProxyType } from "../objects/weakref.ts";

/** tp_basicsize, tp_itemsize of CPython 3.11's builtin types (64-bit), by tp_name. */
const LAYOUT: Record<string, [number, number]> = {
  object: [16, 0], int: [24, 4], bool: [32, 4], float: [24, 0], complex: [32, 0], str: [80, 0],
  bytes: [33, 1], bytearray: [56, 0], tuple: [24, 8], list: [40, 0], dict: [48, 0], set: [200, 0],
  frozenset: [200, 0], range: [48, 0], slice: [40, 0], NoneType: [16, 0], NotImplementedType: [16, 0],
  ellipsis: [16, 0], function: [136, 0], method: [48, 0], builtin_function_or_method: [56, 0],
  method_descriptor: [56, 0], classmethod_descriptor: [56, 0], wrapper_descriptor: [56, 0],
  "method-wrapper": [32, 0], getset_descriptor: [48, 0], member_descriptor: [48, 0], classmethod: [32, 0],
  staticmethod: [32, 0], property: [64, 0], cell: [24, 0], code: [184, 2], frame: [120, 8], traceback: [40, 0],
  generator: [152, 8], coroutine: [152, 8], async_generator: [152, 8], module: [56, 0], super: [40, 0],
  mappingproxy: [24, 0], memoryview: [144, 8], type: [904, 40],
  iterator: [32, 0], callable_iterator: [32, 0], list_iterator: [32, 0], list_reverseiterator: [32, 0],
  tuple_iterator: [32, 0], str_ascii_iterator: [32, 0], bytes_iterator: [32, 0], bytearray_iterator: [32, 0],
  memory_iterator: [48, 0], range_iterator: [48, 0], longrange_iterator: [48, 0], dict_keys: [24, 0],
  dict_values: [24, 0], dict_items: [24, 0], dict_keyiterator: [56, 0], dict_valueiterator: [56, 0],
  dict_itemiterator: [56, 0], dict_reversekeyiterator: [56, 0], dict_reversevalueiterator: [56, 0],
  dict_reverseitemiterator: [56, 0], set_iterator: [48, 0], enumerate: [56, 0], reversed: [32, 0],
  zip: [48, 0], map: [32, 0], filter: [32, 0], "types.GenericAlias": [64, 0], "types.UnionType": [32, 0],
  "weakref.ReferenceType": [64, 0], "weakref.ProxyType": [64, 0], "weakref.CallableProxyType": [64, 0],
  BaseException: [72, 0], BaseExceptionGroup: [88, 0], AttributeError: [88, 0], ImportError: [96, 0],
  ModuleNotFoundError: [96, 0], NameError: [80, 0], UnboundLocalError: [80, 0], StopIteration: [80, 0],
  SystemExit: [80, 0], OSError: [112, 0], SyntaxError: [136, 0], IndentationError: [136, 0], TabError: [136, 0],
  UnicodeDecodeError: [112, 0], UnicodeEncodeError: [112, 0], UnicodeTranslateError: [112, 0],
};

/** CPython's tp_dictoffset of the types that have one (the rest: 0); classes computed in typeLayout. */
const dictOffsets = new Map<PyType, number>();
const weakOffsets = new Map<PyType, number>();


// ---- __sizeof__ ------------------------------------------------------------------------------------

/** Number of digits of an int's magnitude (base 2**30). */
function intDigits(v: number | bigint): number {
  if (typeof v === "number") {
    let a = Math.abs(v), n = 0;
    while (a >= 1) {
      a = Math.floor(a / 1073741824);
      n++;
    }
    return n;
  }
  let a = v < 0n ? -v : v, n = 0;
  while (a > 0n) {
    a >>= 30n;
    n++;
  }
  return n;
}
export function intSizeof(v: number | bigint): number {
  return 24 + 4 * Math.max(1, intDigits(v));
}
/** The str's kind: 1 (latin-1 / ASCII), 2 (UCS-2), 4 (UCS-4); and whether it is ASCII. */
function strKind(s: string): [number, boolean, number] {
  let max = 0, n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n++;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        max = 0x10000;
        continue;
      }
    }
    if (c > max) max = c;
  }
  return [max >= 0x10000 ? 4 : max >= 0x100 ? 2 : 1, max < 0x80, n];
}
export function strSizeof(s: string, exact = true): number {
  const [kind, ascii, n] = strKind(s);
  // a str subclass instance is a "legacy" object: PyUnicodeObject (80) + a separate data block
  if (!exact) return 80 + (n + 1) * kind;
  return ascii ? 48 + n + 1 : 72 + (n + 1) * kind;
}
/** dict.__sizeof__ (_PyDict_SizeOf) of a combined table. */
export function dictSizeof(d: PyDict, basic: number): number {
  const ek = d.ekeys;
  if (ek.length === 0 && d.used === 0 && d.indices.length === 8) return basic; // Py_EMPTY_KEYS
  const size = d.indices.length;
  let unicode = true;
  for (let i = 0; i < ek.length; i++) {
    const k = ek[i];
    if (k !== null && k !== undefined && k.ob_type !== T.StrType) {
      unicode = false;
      break;
    }
  }
  const ix = size <= 0xff ? 1 : size <= 0xffff ? 2 : size <= 0xffffffff ? 4 : 8;
  const usable = ((size << 1) / 3) | 0;
  return basic + 32 + size * ix + usable * (unicode ? 16 : 24);
}
/** Frame slots of a generator: locals, cells, free variables, value stack. */
function genSlots(g: PyGen): number {
  const c = g.code;
  return c.nlocalsplus + c.stacksize;
}
function isGen(t: PyType): boolean {
  return t === T.GeneratorType || t === T.CoroutineType || t === T.AsyncGeneratorType;
}
function varCount(o: PyObject): number {
  if (o instanceof PyTuple) return o.items.length;
  if (o instanceof PyBytes) return o.value.length;
  return 0;
}

/** o.__sizeof__() of a builtin type (the type's own size for classes, as the C code uses Py_TYPE). */
export function sizeofObject(o: PyObject): number {
  const t = o.ob_type;
  if (o instanceof PyInt) return intSizeof(o.value);
  if (o instanceof PyStr) return strSizeof(o.value, t === T.StrType);
  if (o instanceof PyList) return t.tp_basicsize + 8 * o.allocated;
  if (o instanceof PyDict) return dictSizeof(o, t.tp_basicsize);
  if (o instanceof PySet) return t.tp_basicsize + (o.mask + 1 > 8 ? (o.mask + 1) * 16 : 0);
  if (o instanceof PyByteArray) return t.tp_basicsize + (o.value.length === 0 ? 0 : Math.max(o.buf.length, o.value.length) + 1);
  if (t === T.CodeType) return (t.tp_basicsize + (o as PyCode).co.co_code.length + 7) & ~7;
  if (isGen(t)) return t.tp_basicsize + 8 * genSlots(o as PyGen);
  if (o instanceof PyType) return typeSizeof(o);
  if (o instanceof PyMemoryView) return t.tp_basicsize + 24 * o.ndim;
  return t.tp_basicsize + t.tp_itemsize * varCount(o);
}
function typeSizeof(t: PyType): number {
  if ((t.tp_flags & TPFlags.HEAPTYPE) === 0) return 408;
  let size = 904 + 40 * (t.tp_nslots - (t.tp_base?.tp_nslots ?? 0));
  if ((t.tp_mem & Mem.MANAGED_DICT) !== 0) size += 768; // the shared keys of the instances
  return size;
}

/** sys.getsizeof(o) for an object whose __sizeof__ returned `size`. */
export function getsizeof(o: PyObject, size: number): number {
  const t = o.ob_type;
  if (o instanceof PyType && t === T.TypeType && (o.tp_flags & TPFlags.HEAPTYPE) === 0) return size + 16;
  return size + preHeaderSize(t);
}

/** Bytes CPython's allocator is asked for when `o` is created (pre-header included). */
export function allocBytes(o: PyObject): number {
  const t = o.ob_type;
  const pre = preHeaderSize(t);
  if (o instanceof PyInt) return pre + intSizeof(o.value);
  if (o instanceof PyStr) return pre + strSizeof(o.value);
  if (o instanceof PyTuple) return pre + 24 + 8 * o.items.length;
  if (o instanceof PyBytes) return pre + 33 + o.value.length;
  if (o instanceof PyType) return pre + typeSizeof(o);
  if (isGen(t)) return pre + t.tp_basicsize + 8 * genSlots(o as PyGen);
  if (t === T.CodeType) return pre + ((t.tp_basicsize + (o as PyCode).co.co_code.length + 7) & ~7);
  return pre + t.tp_basicsize;
}

/**
 * The memory `o` occupies for tracemalloc: its allocation plus the separate blocks of the
 * containers (a list's item array, a dict's keys table, a set's table, a bytearray's buffer).
 */
export function allocationSize(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyByteArray) {
    return preHeaderSize(o.ob_type) + sizeofObject(o);
  }
  return allocBytes(o);
}

// ---- classes ------------------------------------------------------------------------------------

/**
 * type_new's layout: basicsize = the base's + 8 per own __slots__ name + 8 for __weakref__ (and
 * 8 for __dict__ when the base is variable-sized); a dict on a fixed-size base is managed (in
 * the pre-header).
 */
export function typeLayout(type: PyType): void {
  const base = type.tp_base ?? T.ObjectType;
  const slots = dictGetItemStr(type.tp_dict, intern("__slots__"));
  const own = type.tp_nslots - base.tp_nslots;
  const names = type.tp_slotnames ?? [];
  let wantDict: boolean, wantWeak: boolean;
  const baseDict = dictOffsets.get(base) ?? 0, baseWeak = weakOffsets.get(base) ?? 0;
  const mayDict = baseDict === 0, mayWeak = baseWeak === 0 && base.tp_itemsize === 0;
  if (slots === null) {
    wantDict = mayDict;
    wantWeak = mayWeak;
  } else {
    const all = slotNames(slots);
    wantDict = mayDict && all.includes("__dict__");
    wantWeak = mayWeak && all.includes("__weakref__");
  }
  void names;
  let off = base.tp_basicsize + 8 * Math.max(0, own);
  let dictOff = baseDict;
  let managed = (base.tp_mem & Mem.MANAGED_DICT) !== 0;
  if (wantDict && base.tp_itemsize !== 0) {
    dictOff = -8;
    off += 8;
  }
  let weakOff = baseWeak;
  if (wantWeak) {
    weakOff = off;
    off += 8;
  }
  if (wantDict && base.tp_itemsize === 0) {
    managed = true;
    dictOff = -off - 24;
  }
  type.tp_basicsize = off;
  type.tp_itemsize = base.tp_itemsize;
  if (managed) type.tp_mem |= Mem.MANAGED_DICT;
  if (dictOff !== 0) dictOffsets.set(type, dictOff);
  if (weakOff !== 0) weakOffsets.set(type, weakOff);
  type.tp_weaklistoffset = weakOff;
}
import { iterableToArray } from "../objects/abstract.ts";
function slotNames(slots: PyObject): string[] {
  if (slots instanceof PyStr) return [slots.value];
  try {
    const items = iterableToArray(slots);
    const r = items.map((x) => (x instanceof PyStr ? x.value : ""));
    for (const x of items) if (--x.ob_refcnt === 0) dealloc(x);
    return r;
  } catch (e) {
    if (e instanceof PyObject && --e.ob_refcnt === 0) dealloc(e);
    return [];
  }
}
export function dictOffsetOf(t: PyType): number {
  return dictOffsets.get(t) ?? 0;
}

/** type.__basicsize__ and friends (CPython's layout numbers). */
const TYPE_LAYOUT_GETSETS: GetSetDef[] = [
  { name: "__basicsize__", member: true, get: (o) => newIntAny((o as PyType).tp_basicsize), set: null },
  { name: "__itemsize__", member: true, get: (o) => newIntAny((o as PyType).tp_itemsize), set: null },
  { name: "__weakrefoffset__", member: true, get: (o) => newIntAny((o as PyType).tp_weaklistoffset), set: null },
  { name: "__dictoffset__", member: true, get: (o) => newIntAny(dictOffsets.get(o as PyType) ?? 0), set: null },
];

// ---- installation -------------------------------------------------------------------------------

const SIZEOF: MethodDef = {
  name: "__sizeof__", flags: Meth.NOARGS, fn: (o: PyObject) => newIntAny(sizeofObject(o)),
  doc: "Size of object in memory, in bytes.",
};

/** The builtin types' layout numbers and __sizeof__ (start-up, after initGCTypes). */
export function initSizes(): void {
  setAllocBytesHook(allocBytes);
  const all: PyType[] = [];
  for (const v of Object.values(T)) if (v instanceof PyType) all.push(v);
  all.push(...ALL_EXCEPTION_TYPES, RefType, ProxyType, CallableProxyType);
  for (const t of all) {
    let l = LAYOUT[t.tp_name];
    if (l === undefined && ALL_EXCEPTION_TYPES.includes(t)) {
      for (let b: PyType | null = t.tp_base; b !== null && l === undefined; b = b.tp_base) l = LAYOUT[b.tp_name];
    }
    if (l === undefined) continue;
    t.tp_basicsize = l[0];
    t.tp_itemsize = l[1];
  }
  // the types with their own dict slot or weakref list (tp_dictoffset / tp_weaklistoffset)
  for (const [t, off] of [[T.FunctionType, 112], [T.ModuleType, 16], [T.TypeType, 264], [T.StaticMethodType, 24],
    [T.ClassMethodType, 24]] as [PyType, number][]) dictOffsets.set(t, off);
  for (const t of ALL_EXCEPTION_TYPES) dictOffsets.set(t, 16);
  for (const [t, off] of [[T.FunctionType, 96], [T.BuiltinFunctionType, 40], [T.MethodType, 32], [T.SetType, 192],
    [T.FrozenSetType, 192], [T.GeneratorType, 24], [T.CoroutineType, 24], [T.AsyncGeneratorType, 24], [T.CodeType, 144],
    [T.ModuleType, 40], [T.MemoryViewType, 136], [T.TypeType, 368], [T.GenericAliasType, 40]] as [PyType, number][]) {
    weakOffsets.set(t, off);
    t.tp_weaklistoffset = off;
  }
  // allocation sizes of the fixed-size types, in 16-byte units (tp_mem bits 8..)
  for (const t of all) t.tp_mem |= Mem.ADDRESSED;
  for (const t of all) {
    if (t.tp_itemsize !== 0 || t === T.StrType || t === T.IntType || t === T.BoolType || t === T.TypeType ||
      t === T.CodeType || t === T.FrameType || LAYOUT[t.tp_name] === undefined && !ALL_EXCEPTION_TYPES.includes(t)) continue;
    const bytes = preHeaderSize(t) + t.tp_basicsize;
    t.tp_mem = (t.tp_mem & 0xfff) | (((bytes + 15) >> 4) << Mem.UNITS_SHIFT);
  }
  for (const t of [T.ObjectType, T.IntType, T.BoolType, T.StrType, T.ListType, T.DictType, T.SetType, T.FrozenSetType,
    T.ByteArrayType, T.CodeType, T.GeneratorType, T.CoroutineType, T.AsyncGeneratorType, T.TypeType, T.BytesType, T.TupleType,
    T.MemoryViewType]) {
    // made with the rest of the type's dict, on its first use (initRuntime defers them)
    readyType(t, true);
    addTypeDictEntry(t, "__sizeof__", () => newMethodDescr(t, SIZEOF));
  }
  for (const g of TYPE_LAYOUT_GETSETS) addTypeDictEntry(T.TypeType, g.name, () => newGetSetDescr(T.TypeType, g), true);
}
