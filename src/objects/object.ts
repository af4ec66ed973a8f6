/**
 * The object header and the type object's layout: the leaf module of the object model.
 *
 * Every Python object is a JS object whose first fields are, in this order:
 *   ob_refcnt  the reference count (CPython's semantics: a new object starts at 1, owned by its
 *              creator; when the count drops to 0 the type's tp_dealloc releases what it holds)
 *   ob_type    its type (a PyType)
 *   dict       the instance __dict__ (a PyDict) or null; only types with tp_dictoffset set it
 * Subclasses (PyInt, PyStr, PyList, ...) add their own fields after these, always all of them in
 * the constructor, so each layout keeps one V8 shape.
 *
 * MODULE-ORDER RULE (ES module cycles): top-level code in src/objects/* and src/vm/* may only use
 * values from this file and from types.ts (the builtin type objects and singletons), plus its own
 * file. Everything else (filling type dicts, the builtins module, ...) runs from functions,
 * called once at start-up by src/vm/init.ts. Classes here import nothing at run time.
 *
 * REFERENCE RULES (as in CPython's C API): a function that returns a PyObject returns a NEW
 * reference (the caller must DECREF it or hand it on) unless its doc says "borrowed". Arguments
 * are BORROWED (a callee that keeps one INCREFs it) unless the doc says "steals". A thrown Python
 * exception carries one reference (see exceptions.ts).
 */
import type { PyDict } from "./dict.ts";
import { memNew, memAddr } from "../memory/gc.ts";

export class PyObject {
  declare ob_refcnt: number;
  declare ob_type: PyType;
  declare dict: PyDict | null;
  /**
   * Memory-model word (src/memory/gc.ts): `slot << 3 | flags`. slot != 0 while the cycle
   * collector tracks the object (its index in the GC lists); flags: 1 FINALIZED (PEP 442, __del__
   * ran), 2 HAS_WEAKREFS, 4 INLINE_VALUES (an instance dict not yet materialised).
   */
  declare ob_gc: number;
  /** Simulated address (src/memory/alloc.ts) in 16-byte units; 0 = not allocated yet. */
  declare ob_addr: number;
  constructor(type: PyType) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.dict = null;
    // memory model (src/memory/gc.ts): the block first, then the GC allocation and tracking;
    // `type` is null only while `type` itself is bootstrapped (types.ts)
    const m = type === null ? 0 : type.tp_mem;
    if (m === 0) {
      this.ob_gc = 0;
      this.ob_addr = 0;
    } else {
      const addr = memAddr(m);
      this.ob_gc = memNew(this, type, m);
      this.ob_addr = addr;
    }
  }
}

/** An object that is never freed (None, True, small ints, interned identifiers...). */
export const IMMORTAL = 0x3fffffff;

// ---- slot signatures ------------------------------------------------------------------------
// All return new references. "null" results are documented per slot.
export type UnaryFunc = (o: PyObject) => PyObject;
export type BinaryFunc = (a: PyObject, b: PyObject, c?: PyObject) => PyObject; // may return NotImplemented
export type ReprFunc = (o: PyObject) => PyObject;
export type HashFunc = (o: PyObject) => number | bigint; // canonical: number iff safe integer
export type RichCmpFunc = (a: PyObject, b: PyObject, op: number) => PyObject; // may return NotImplemented
/** Returns the attribute (new ref), or null when it does not exist (caller raises AttributeError). */
export type GetAttroFunc = (o: PyObject, name: PyObject) => PyObject | null;
/** value === null deletes. */
export type SetAttroFunc = (o: PyObject, name: PyObject, value: PyObject | null) => void;
/** args: positional arguments then the values of keyword arguments named by kwnames (a tuple). */
export type CallFunc = (callable: PyObject, args: PyObject[], kwnames: PyObject | null) => PyObject;
export type NewFunc = (type: PyType, args: PyObject[], kwnames: PyObject | null) => PyObject;
export type InitFunc = (self: PyObject, args: PyObject[], kwnames: PyObject | null) => void;
/** Returns the next item (new ref) or null when exhausted (no StopIteration raised). */
export type IterNextFunc = (o: PyObject) => PyObject | null;
export type DescrGetFunc = (descr: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject;
export type DescrSetFunc = (descr: PyObject, obj: PyObject, value: PyObject | null) => void;
export type LenFunc = (o: PyObject) => number;
export type InquiryFunc = (o: PyObject) => boolean;
export type SsizeArgFunc = (o: PyObject, i: number) => PyObject;
export type ObjObjFunc = (o: PyObject, key: PyObject) => boolean;
export type ObjObjArgFunc = (o: PyObject, key: PyObject, value: PyObject | null) => void;
export type DeallocFunc = (o: PyObject) => void;
export type FinalizeFunc = (o: PyObject) => void;
export type VisitFunc = (o: PyObject) => void;
export type TraverseFunc = (o: PyObject, visit: VisitFunc) => void;

/** Calling conventions of builtin functions and methods (CPython's METH_* flags). */
export const enum Meth {
  /** fn(self) */
  NOARGS = 1,
  /** fn(self, arg) */
  O = 2,
  /** fn(self, args: PyObject[]): positional arguments only */
  FASTCALL = 3,
  /** fn(self, args: PyObject[], kwnames: PyTuple | null): args holds positionals then keyword values */
  KEYWORDS = 4,
  /** fn(self, args: PyObject[], kwnames) called with the type as self: a classmethod */
  CLASS = 8,
  /** static: self is null */
  STATIC = 16,
}
export interface MethodDef {
  readonly name: string;
  readonly flags: number; // a Meth calling convention, | Meth.CLASS or Meth.STATIC
  readonly fn: Function;
  readonly doc?: string;
}
export interface GetSetDef {
  readonly name: string;
  readonly get: ((o: PyObject) => PyObject) | null; // new ref
  readonly set: ((o: PyObject, v: PyObject | null) => void) | null;
  readonly doc?: string;
  /** A PyMemberDef in CPython (read-only when set is null: "readonly attribute", repr <member ...>). */
  readonly member?: boolean;
}

/** tp_flags bits (the ones tspy uses; values as CPython's). */
export const enum TPFlags {
  HEAPTYPE = 1 << 9,
  BASETYPE = 1 << 10,
  HAVE_GC = 1 << 14,
  IS_ABSTRACT = 1 << 20,
  MATCH_SELF = 1 << 22,
  SEQUENCE = 1 << 5,
  MAPPING = 1 << 6,
  LONG_SUBCLASS = 1 << 24,
  LIST_SUBCLASS = 1 << 25,
  TUPLE_SUBCLASS = 1 << 26,
  BYTES_SUBCLASS = 1 << 27,
  UNICODE_SUBCLASS = 1 << 28,
  DICT_SUBCLASS = 1 << 29,
  BASE_EXC_SUBCLASS = 1 << 30,
  TYPE_SUBCLASS = 1 << 31,
}

/** Number of binary number slots: NB_OPS[0..12] (the in-place ones are NB_OPS[13..25]). */
export const NB_COUNT = 13;
/** Indexes into PyType.nb_binary / nb_inplace: BINARY_OP's oparg (mod 13). */
export const enum NB {
  ADD = 0, AND, FLOOR_DIVIDE, LSHIFT, MATRIX_MULTIPLY, MULTIPLY, REMAINDER, OR, POWER, RSHIFT,
  SUBTRACT, TRUE_DIVIDE, XOR,
}
/** Rich comparison ops: COMPARE_OP's oparg. */
export const enum CmpOp { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }

/**
 * The type object. Builtin types are created once in types.ts; classes by type_new. Slots are
 * JS functions (null when absent) called directly by the abstract layer (abstract.ts) and the
 * eval loop. For classes, slots are CPython's slot_* wrappers (slots.ts) that look the dunder up.
 */
export class PyType extends PyObject {
  declare tp_name: string;
  declare tp_flags: number;
  declare tp_base: PyType | null;
  declare tp_bases: PyType[];
  declare tp_mro: PyType[];
  /**
   * The type's dict. readyType leaves a builtin type's entries (its method, getset and slot
   * wrapper descriptors, __doc__) to be made on first use: reading tp_dict makes them
   * (fillTypeDict in typeobject.ts), so no reader ever sees the dict without them.
   */
  get tp_dict(): PyDict {
    if (this.tp_dictPending) typeDictFiller(this);
    return this.tp_dictRaw;
  }
  set tp_dict(d: PyDict) {
    this.tp_dictRaw = d;
  }
  /** The dict object itself, entries made or not. */
  declare tp_dictRaw: PyDict;
  /** readyType has left the dict's entries to be made on first use. */
  declare tp_dictPending: boolean;
  declare tp_subclasses: PyType[];
  /** Version tag (typeVersionTag in typeobject.ts): 0 = none; reset when the type or an ancestor changes. */
  declare tp_version: number;
  /** name (JS string) -> result of the MRO lookup (borrowed; null = absent). Cleared on change. */
  declare tp_cache: Map<string, PyObject | null>;
  declare tp_doc: string | null;
  /** Instances carry a __dict__. */
  declare tp_dictoffset: boolean;
  /** __slots__ names (after mangling) of this class, in order; null when none. */
  declare tp_slotnames: string[] | null;
  /** Number of slot values an instance carries (this class and its bases). */
  declare tp_nslots: number;
  /** A builtin type whose own tp_traverse visits the instance dict (subtypeTraverse skips it). */
  declare tp_traversesdict: boolean;
  declare tp_basicsize: number;
  declare tp_itemsize: number;
  /** The builtin type whose instance layout this type uses (object for plain classes). */
  declare tp_solid: PyType | null;
  declare ht_qualname: string;
  declare ht_module: string | null;

  declare tp_dealloc: DeallocFunc | null;
  declare tp_finalize: FinalizeFunc | null;
  declare tp_traverse: TraverseFunc | null;
  /** Breaks the references an object holds (the cycle collector's tp_clear). */
  declare tp_clear: ((o: PyObject) => void) | null;
  /**
   * Memory-model flags of the instances (src/memory/gc.ts MemFlag): GC (a container counted by
   * the collector), TRACK (tracked when allocated), ... 0 = a plain object.
   */
  declare tp_mem: number;
  /** Instances can be weakly referenced (CPython's tp_weaklistoffset != 0). */
  declare tp_weaklistoffset: number;
  declare tp_repr: ReprFunc | null;
  declare tp_str: ReprFunc | null;
  declare tp_hash: HashFunc | null;
  declare tp_call: CallFunc | null;
  declare tp_getattro: GetAttroFunc | null;
  declare tp_setattro: SetAttroFunc | null;
  declare tp_richcompare: RichCmpFunc | null;
  declare tp_iter: UnaryFunc | null;
  declare tp_iternext: IterNextFunc | null;
  declare tp_descr_get: DescrGetFunc | null;
  declare tp_descr_set: DescrSetFunc | null;
  declare tp_init: InitFunc | null;
  declare tp_new: NewFunc | null;

  declare nb_binary: (BinaryFunc | null)[];
  declare nb_inplace: (BinaryFunc | null)[];
  declare nb_negative: UnaryFunc | null;
  declare nb_positive: UnaryFunc | null;
  declare nb_absolute: UnaryFunc | null;
  declare nb_invert: UnaryFunc | null;
  declare nb_bool: InquiryFunc | null;
  declare nb_int: UnaryFunc | null;
  declare nb_float: UnaryFunc | null;
  declare nb_index: UnaryFunc | null;

  declare sq_length: LenFunc | null;
  declare sq_concat: BinaryFunc | null;
  sq_repeat: ((o: PyObject, n: number) => PyObject) | null;
  declare sq_item: SsizeArgFunc | null;
  declare sq_contains: ObjObjFunc | null;
  declare sq_inplace_concat: BinaryFunc | null;
  sq_inplace_repeat: ((o: PyObject, n: number) => PyObject) | null;

  declare mp_length: LenFunc | null;
  declare mp_subscript: BinaryFunc | null;
  declare mp_ass_subscript: ObjObjArgFunc | null;

  declare am_await: UnaryFunc | null;
  declare am_aiter: UnaryFunc | null;
  declare am_anext: UnaryFunc | null;

  /** Definitions turned into tp_dict entries by readyType. */
  declare tp_methods: MethodDef[];
  declare tp_getset: GetSetDef[];
  declare tp_ready: boolean;

  constructor(metatype: PyType | null, name: string, base: PyType | null, flags = 0) {
    super(metatype as PyType);
    this.ob_refcnt = IMMORTAL;
    this.tp_name = name;
    this.tp_flags = flags;
    this.tp_base = base;
    this.tp_bases = base ? [base] : [];
    this.tp_mro = [];
    this.tp_dictRaw = null as unknown as PyDict; // set by readyType
    this.tp_dictPending = false;
    this.tp_subclasses = [];
    this.tp_version = 0;
    this.tp_cache = new Map();
    this.tp_doc = null;
    this.tp_dictoffset = false;
    this.tp_slotnames = null;
    this.tp_nslots = 0;
    this.tp_traversesdict = false;
    this.tp_basicsize = 16;
    this.tp_itemsize = 0;
    this.tp_solid = null;
    this.ht_qualname = name;
    this.ht_module = null;
    this.tp_dealloc = null;
    this.tp_finalize = null;
    this.tp_traverse = null;
    this.tp_clear = null;
    // classes: containers tracked from allocation, weakly referenceable (type_new refines)
    this.tp_mem = (flags & TPFlags.HEAPTYPE) !== 0 ? 3 : 0;
    this.tp_weaklistoffset = (flags & TPFlags.HEAPTYPE) !== 0 ? 1 : 0;
    this.tp_repr = null;
    this.tp_str = null;
    this.tp_hash = null;
    this.tp_call = null;
    this.tp_getattro = null;
    this.tp_setattro = null;
    this.tp_richcompare = null;
    this.tp_iter = null;
    this.tp_iternext = null;
    this.tp_descr_get = null;
    this.tp_descr_set = null;
    this.tp_init = null;
    this.tp_new = null;
    this.nb_binary = new Array<BinaryFunc | null>(NB_COUNT).fill(null);
    this.nb_inplace = new Array<BinaryFunc | null>(NB_COUNT).fill(null);
    this.nb_negative = null;
    this.nb_positive = null;
    this.nb_absolute = null;
    this.nb_invert = null;
    this.nb_bool = null;
    this.nb_int = null;
    this.nb_float = null;
    this.nb_index = null;
    this.sq_length = null;
    this.sq_concat = null;
    this.sq_repeat = null;
    this.sq_item = null;
    this.sq_contains = null;
    this.sq_inplace_concat = null;
    this.sq_inplace_repeat = null;
    this.mp_length = null;
    this.mp_subscript = null;
    this.mp_ass_subscript = null;
    this.am_await = null;
    this.am_aiter = null;
    this.am_anext = null;
    this.tp_methods = [];
    this.tp_getset = [];
    this.tp_ready = false;
  }
}

/** Makes a readied builtin type's dict entries (typeobject.ts installs it). */
let typeDictFiller: (t: PyType) => void = () => {};
export function setTypeDictFiller(f: (t: PyType) => void): void {
  typeDictFiller = f;
}

/** Is `t` a subtype of `base` (walks the MRO, like PyType_IsSubtype). */
export function isSubtype(t: PyType, base: PyType): boolean {
  if (t === base) return true;
  const mro = t.tp_mro;
  if (mro.length > 0) {
    for (let i = 0; i < mro.length; i++) if (mro[i] === base) return true;
    return false;
  }
  for (let b: PyType | null = t; b !== null; b = b.tp_base) if (b === base) return true;
  return false;
}

/** A plain instance of a class (an object()-based layout): __dict__ and __slots__ values. */
export class PyInstance extends PyObject {
  declare slots: (PyObject | null)[] | null;
  constructor(type: PyType) {
    super(type);
    this.slots = null;
  }
}

/**
 * Allocation of plain instances with a constructor function of their own: the same header
 * stores and memory-model steps as PyObject's constructor (which every class shares, so its
 * stores are megamorphic), in the same order, so the layout is PyInstance's. Objects made by
 * `new PyInstance` are PyInstances all the same (shared prototype).
 */
const InstanceObject = function (this: PyInstance, type: PyType) {
  this.ob_refcnt = 1;
  this.ob_type = type;
  this.dict = null;
  const m = type.tp_mem;
  if (m === 0) {
    this.ob_gc = 0;
    this.ob_addr = 0;
  } else {
    const addr = memAddr(m);
    this.ob_gc = memNew(this, type, m);
    this.ob_addr = addr;
  }
  this.slots = null;
} as unknown as new (type: PyType) => PyInstance;
(InstanceObject as unknown as { prototype: object }).prototype = PyInstance.prototype;

/** A new plain instance of `type` (slots not yet allocated). */
export function newInstance(type: PyType): PyInstance {
  return new InstanceObject(type);
}
