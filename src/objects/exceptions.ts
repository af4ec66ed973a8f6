/**
 * Exceptions: the builtin hierarchy (as CPython 3.11's Objects/exceptions.c) and the helpers the
 * runtime uses to raise them.
 *
 * Convention: an error is signalled by `throw`ing the Python exception object itself (a
 * PyBaseException, not a JS Error: no stack capture). Helpers return the object so call sites
 * read `throw typeError("...")`. A thrown exception carries one counted reference (a new
 * exception starts at 1): code that catches and drops it DECREFs it; code that re-throws it
 * passes the reference on; the eval loop's handler takes it over onto its stack.
 */
import { PyObject, PyType, TPFlags } from "./object.ts";
import { TypeType, ObjectType } from "./types.ts";

export class PyBaseException extends PyObject {
  args: PyObject; // a tuple
  declare traceback: PyObject | null;
  declare context: PyObject | null;
  declare cause: PyObject | null;
  declare suppress_context: boolean;
  /** Per-class extra attributes (StopIteration.value, OSError.errno, ...): see EXTRA_FIELDS. */
  declare extra: (PyObject | null)[] | null;
  constructor(type: PyType, args: PyObject) {
    super(type);
    this.args = args;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppress_context = false;
    this.extra = null;
  }
}

function mk(name: string, base: PyType, extra?: PyType): PyType {
  const t = new PyType(TypeType, name, base, TPFlags.BASETYPE | TPFlags.BASE_EXC_SUBCLASS);
  if (extra) t.tp_bases = [base, extra];
  t.tp_dictoffset = true;
  return t;
}

export const BaseExceptionType = mk("BaseException", ObjectType);
export const BaseExceptionGroupType = mk("BaseExceptionGroup", BaseExceptionType);
export const GeneratorExitType = mk("GeneratorExit", BaseExceptionType);
export const KeyboardInterruptType = mk("KeyboardInterrupt", BaseExceptionType);
export const SystemExitType = mk("SystemExit", BaseExceptionType);
export const ExceptionType = mk("Exception", BaseExceptionType);
export const ArithmeticErrorType = mk("ArithmeticError", ExceptionType);
export const FloatingPointErrorType = mk("FloatingPointError", ArithmeticErrorType);
export const OverflowErrorType = mk("OverflowError", ArithmeticErrorType);
export const ZeroDivisionErrorType = mk("ZeroDivisionError", ArithmeticErrorType);
export const AssertionErrorType = mk("AssertionError", ExceptionType);
export const AttributeErrorType = mk("AttributeError", ExceptionType);
export const BufferErrorType = mk("BufferError", ExceptionType);
export const EOFErrorType = mk("EOFError", ExceptionType);
export const ExceptionGroupType = mk("ExceptionGroup", BaseExceptionGroupType, ExceptionType);
export const ImportErrorType = mk("ImportError", ExceptionType);
export const ModuleNotFoundErrorType = mk("ModuleNotFoundError", ImportErrorType);
export const LookupErrorType = mk("LookupError", ExceptionType);
export const IndexErrorType = mk("IndexError", LookupErrorType);
export const KeyErrorType = mk("KeyError", LookupErrorType);
export const MemoryErrorType = mk("MemoryError", ExceptionType);
export const NameErrorType = mk("NameError", ExceptionType);
export const UnboundLocalErrorType = mk("UnboundLocalError", NameErrorType);
export const OSErrorType = mk("OSError", ExceptionType);
export const BlockingIOErrorType = mk("BlockingIOError", OSErrorType);
export const ChildProcessErrorType = mk("ChildProcessError", OSErrorType);
export const ConnectionErrorType = mk("ConnectionError", OSErrorType);
export const BrokenPipeErrorType = mk("BrokenPipeError", ConnectionErrorType);
export const ConnectionAbortedErrorType = mk("ConnectionAbortedError", ConnectionErrorType);
export const ConnectionRefusedErrorType = mk("ConnectionRefusedError", ConnectionErrorType);
export const ConnectionResetErrorType = mk("ConnectionResetError", ConnectionErrorType);
export const FileExistsErrorType = mk("FileExistsError", OSErrorType);
export const FileNotFoundErrorType = mk("FileNotFoundError", OSErrorType);
export const InterruptedErrorType = mk("InterruptedError", OSErrorType);
export const IsADirectoryErrorType = mk("IsADirectoryError", OSErrorType);
export const NotADirectoryErrorType = mk("NotADirectoryError", OSErrorType);
export const PermissionErrorType = mk("PermissionError", OSErrorType);
export const ProcessLookupErrorType = mk("ProcessLookupError", OSErrorType);
export const TimeoutErrorType = mk("TimeoutError", OSErrorType);
export const ReferenceErrorType = mk("ReferenceError", ExceptionType);
export const RuntimeErrorType = mk("RuntimeError", ExceptionType);
export const NotImplementedErrorType = mk("NotImplementedError", RuntimeErrorType);
export const RecursionErrorType = mk("RecursionError", RuntimeErrorType);
export const StopAsyncIterationType = mk("StopAsyncIteration", ExceptionType);
export const StopIterationType = mk("StopIteration", ExceptionType);
export const SyntaxErrorType = mk("SyntaxError", ExceptionType);
export const IndentationErrorType = mk("IndentationError", SyntaxErrorType);
export const TabErrorType = mk("TabError", IndentationErrorType);
export const SystemErrorType = mk("SystemError", ExceptionType);
export const TypeErrorType = mk("TypeError", ExceptionType);
export const ValueErrorType = mk("ValueError", ExceptionType);
export const UnicodeErrorType = mk("UnicodeError", ValueErrorType);
export const UnicodeDecodeErrorType = mk("UnicodeDecodeError", UnicodeErrorType);
export const UnicodeEncodeErrorType = mk("UnicodeEncodeError", UnicodeErrorType);
export const UnicodeTranslateErrorType = mk("UnicodeTranslateError", UnicodeErrorType);
export const WarningType = mk("Warning", ExceptionType);
export const BytesWarningType = mk("BytesWarning", WarningType);
export const DeprecationWarningType = mk("DeprecationWarning", WarningType);
export const EncodingWarningType = mk("EncodingWarning", WarningType);
export const FutureWarningType = mk("FutureWarning", WarningType);
export const ImportWarningType = mk("ImportWarning", WarningType);
export const PendingDeprecationWarningType = mk("PendingDeprecationWarning", WarningType);
export const ResourceWarningType = mk("ResourceWarning", WarningType);
export const RuntimeWarningType = mk("RuntimeWarning", WarningType);
export const SyntaxWarningType = mk("SyntaxWarning", WarningType);
export const UnicodeWarningType = mk("UnicodeWarning", WarningType);
export const UserWarningType = mk("UserWarning", WarningType);

/** Every builtin exception type, in the order builtins lists them. */
export const ALL_EXCEPTION_TYPES: readonly PyType[] = [
  BaseExceptionType, BaseExceptionGroupType, GeneratorExitType, KeyboardInterruptType, SystemExitType,
  ExceptionType, ArithmeticErrorType, FloatingPointErrorType, OverflowErrorType, ZeroDivisionErrorType,
  AssertionErrorType, AttributeErrorType, BufferErrorType, EOFErrorType, ExceptionGroupType,
  ImportErrorType, ModuleNotFoundErrorType, LookupErrorType, IndexErrorType, KeyErrorType,
  MemoryErrorType, NameErrorType, UnboundLocalErrorType, OSErrorType, BlockingIOErrorType,
  ChildProcessErrorType, ConnectionErrorType, BrokenPipeErrorType, ConnectionAbortedErrorType,
  ConnectionRefusedErrorType, ConnectionResetErrorType, FileExistsErrorType, FileNotFoundErrorType,
  InterruptedErrorType, IsADirectoryErrorType, NotADirectoryErrorType, PermissionErrorType,
  ProcessLookupErrorType, TimeoutErrorType, ReferenceErrorType, RuntimeErrorType,
  NotImplementedErrorType, RecursionErrorType, StopAsyncIterationType, StopIterationType,
  SyntaxErrorType, IndentationErrorType, TabErrorType, SystemErrorType, TypeErrorType,
  ValueErrorType, UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType,
  UnicodeTranslateErrorType, WarningType, BytesWarningType, DeprecationWarningType,
  EncodingWarningType, FutureWarningType, ImportWarningType, PendingDeprecationWarningType,
  ResourceWarningType, RuntimeWarningType, SyntaxWarningType, UnicodeWarningType, UserWarningType,
];

// Instance layouts (CPython's solid_base): only these classes add C fields to BaseException's
// layout; every other exception shares its base's, so e.g. class E(OSError, ValueError) is fine.
{
  const ownLayout = new Set<PyType>([
    BaseExceptionType, StopIterationType, SystemExitType, ImportErrorType, OSErrorType, SyntaxErrorType,
    NameErrorType, AttributeErrorType, UnicodeErrorType, BaseExceptionGroupType,
  ]);
  for (const t of ALL_EXCEPTION_TYPES) {
    let s: PyType = t;
    while (!ownLayout.has(s) && s.tp_base !== null) s = s.tp_base;
    t.tp_solid = s;
  }
}
