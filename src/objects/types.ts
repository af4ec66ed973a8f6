/**
 * The builtin type objects and the singletons, created once at module load. This module only
 * imports object.ts, so every other module may use these values at its top level (see the
 * MODULE-ORDER RULE in object.ts). Slots and methods are attached by each type's own file; the
 * type dicts are filled by readyType (typeobject.ts) at start-up.
 */
import { IMMORTAL, PyObject, PyType, TPFlags } from "./object.ts";

const B = TPFlags.BASETYPE;

export const TypeType = new PyType(null, "type", null, B | TPFlags.TYPE_SUBCLASS);
TypeType.ob_type = TypeType;

function mk(name: string, base: PyType | null, flags = 0): PyType {
  return new PyType(TypeType, name, base, flags);
}

export const ObjectType = mk("object", null, B);
TypeType.tp_base = ObjectType;
TypeType.tp_bases = [ObjectType];

export const IntType = mk("int", ObjectType, B | TPFlags.LONG_SUBCLASS | TPFlags.MATCH_SELF);
export const BoolType = mk("bool", IntType, TPFlags.LONG_SUBCLASS | TPFlags.MATCH_SELF);
export const FloatType = mk("float", ObjectType, B | TPFlags.MATCH_SELF);
export const ComplexType = mk("complex", ObjectType, B);
export const StrType = mk("str", ObjectType, B | TPFlags.UNICODE_SUBCLASS | TPFlags.MATCH_SELF);
export const BytesType = mk("bytes", ObjectType, B | TPFlags.BYTES_SUBCLASS | TPFlags.MATCH_SELF);
export const ByteArrayType = mk("bytearray", ObjectType, B | TPFlags.MATCH_SELF);
export const TupleType = mk("tuple", ObjectType, B | TPFlags.TUPLE_SUBCLASS | TPFlags.MATCH_SELF | TPFlags.SEQUENCE);
export const ListType = mk("list", ObjectType, B | TPFlags.LIST_SUBCLASS | TPFlags.MATCH_SELF | TPFlags.SEQUENCE);
export const DictType = mk("dict", ObjectType, B | TPFlags.DICT_SUBCLASS | TPFlags.MATCH_SELF | TPFlags.MAPPING);
export const SetType = mk("set", ObjectType, B | TPFlags.MATCH_SELF);
export const FrozenSetType = mk("frozenset", ObjectType, B | TPFlags.MATCH_SELF);
export const RangeType = mk("range", ObjectType, TPFlags.SEQUENCE);
export const SliceType = mk("slice", ObjectType);
export const NoneTypeType = mk("NoneType", ObjectType);
export const NotImplementedTypeType = mk("NotImplementedType", ObjectType);
export const EllipsisTypeType = mk("ellipsis", ObjectType);
export const FunctionType = mk("function", ObjectType);
export const MethodType = mk("method", ObjectType);
export const BuiltinFunctionType = mk("builtin_function_or_method", ObjectType);
export const MethodDescrType = mk("method_descriptor", ObjectType);
export const ClassMethodDescrType = mk("classmethod_descriptor", ObjectType);
export const WrapperDescrType = mk("wrapper_descriptor", ObjectType);
export const MethodWrapperType = mk("method-wrapper", ObjectType);
export const GetSetDescrType = mk("getset_descriptor", ObjectType);
export const MemberDescrType = mk("member_descriptor", ObjectType);
export const ClassMethodType = mk("classmethod", ObjectType, B);
export const StaticMethodType = mk("staticmethod", ObjectType, B);
export const PropertyType = mk("property", ObjectType, B);
export const CellType = mk("cell", ObjectType);
export const CodeType = mk("code", ObjectType);
export const FrameType = mk("frame", ObjectType);
export const TracebackType = mk("traceback", ObjectType);
export const GeneratorType = mk("generator", ObjectType);
export const CoroutineType = mk("coroutine", ObjectType);
export const CoroWrapperType = mk("coroutine_wrapper", ObjectType);
export const AsyncGeneratorType = mk("async_generator", ObjectType);
export const AsyncGenASendType = mk("async_generator_asend", ObjectType);
export const AsyncGenAThrowType = mk("async_generator_athrow", ObjectType);
export const AsyncGenWrappedValueType = mk("async_generator_wrapped_value", ObjectType);
export const ModuleType = mk("module", ObjectType, B);
export const SuperType = mk("super", ObjectType, B);
export const MappingProxyType = mk("mappingproxy", ObjectType);
export const MemoryViewType = mk("memoryview", ObjectType, TPFlags.SEQUENCE);
// iterators
export const SeqIterType = mk("iterator", ObjectType);
export const CallIterType = mk("callable_iterator", ObjectType);
export const ListIterType = mk("list_iterator", ObjectType);
export const ListRevIterType = mk("list_reverseiterator", ObjectType);
export const TupleIterType = mk("tuple_iterator", ObjectType);
export const StrIterType = mk("str_ascii_iterator", ObjectType);
export const StrUnicodeIterType = mk("str_iterator", ObjectType);
export const BytesIterType = mk("bytes_iterator", ObjectType);
export const ByteArrayIterType = mk("bytearray_iterator", ObjectType);
export const MemoryIterType = mk("memory_iterator", ObjectType);
export const RangeIterType = mk("range_iterator", ObjectType);
export const LongRangeIterType = mk("longrange_iterator", ObjectType);
export const DictKeysType = mk("dict_keys", ObjectType);
export const DictValuesType = mk("dict_values", ObjectType);
export const DictItemsType = mk("dict_items", ObjectType);
export const DictKeyIterType = mk("dict_keyiterator", ObjectType);
export const DictValueIterType = mk("dict_valueiterator", ObjectType);
export const DictItemIterType = mk("dict_itemiterator", ObjectType);
export const DictRevKeyIterType = mk("dict_reversekeyiterator", ObjectType);
export const DictRevValueIterType = mk("dict_reversevalueiterator", ObjectType);
export const DictRevItemIterType = mk("dict_reverseitemiterator", ObjectType);
export const SetIterType = mk("set_iterator", ObjectType);
export const EnumerateType = mk("enumerate", ObjectType, B);
export const ReversedType = mk("reversed", ObjectType, B);
export const ZipType = mk("zip", ObjectType, B);
export const MapType = mk("map", ObjectType, B);
export const FilterType = mk("filter", ObjectType, B);
export const TextIOType = mk("_io.TextIOWrapper", ObjectType, B);
export const GenericAliasType = mk("types.GenericAlias", ObjectType, B);
export const UnionTypeType = mk("types.UnionType", ObjectType);

// ---- singletons -------------------------------------------------------------------------------

function singleton(t: PyType): PyObject {
  const o = new PyObject(t);
  o.ob_refcnt = IMMORTAL;
  return o;
}
export const None = singleton(NoneTypeType);
export const NotImplemented = singleton(NotImplementedTypeType);
export const Ellipsis = singleton(EllipsisTypeType);
