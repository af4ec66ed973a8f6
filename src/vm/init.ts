/**
 * Start-up: ready every builtin type (MRO, dicts, slot wrappers), create builtins and sys,
 * register the builtin modules, and install the hooks the object layer needs from the VM.
 * Runs once (initRuntime is idempotent).
 */
import { PyObject, PyType } from "../objects/object.ts";
import * as T from "../objects/types.ts";
import { ALL_EXCEPTION_TYPES, PyBaseException } from "../objects/exceptions.ts";
import { readyType, setCallerModuleHook } from "../objects/typeobject.ts";
import { intern } from "../objects/str.ts";
import { dictGetItemStr, dictSetItemStr } from "../objects/dict.ts";
import { PyCell } from "../objects/cell.ts";
import { PyModule } from "../objects/module.ts";
import { setZeroArgSuper } from "../objects/type_impl.ts";
import { runtimeError } from "../objects/errors.ts";
import { setUnraisableHook } from "../memory/refcount.ts";
import { setStrHashSecret } from "../objects/pyhash.ts";
import { hashSecret, type HashSecret } from "../objects/hash.ts";
import { makeBuiltins, defaultBreakpointhook, defaultDisplayhook } from "../modules/builtins.ts";
import { makeSys, setFrameGetter, sysGet, setSysHooks } from "../modules/sys.ts";
import { makeWarningsCModule } from "../modules/warnings.ts";
import { initAsyncGenTypes } from "../objects/asyncgen.ts";
import { setModuleLookup } from "../objects/descr.ts";
import { PyDict } from "../objects/dict.ts";
import { setReduceImportHook } from "../objects/object_reduce.ts";
import { importModuleByName } from "./import.ts";
import { None } from "../objects/types.ts";
import { makeWarningsModule } from "../modules/warnings_py.ts";
import { LIB_ROOT } from "../host/libbundle.ts";
import { makeIOModule, makeIOCModule } from "../modules/io.ts";
import { makeFutureModule } from "../modules/future.ts";
import { makeTracebackModule } from "../modules/traceback_mod.ts";
import { registerBuiltinModule } from "./import_registry.ts";
import { ts } from "./state.ts";
import type { Frame } from "./frame.ts";
import { CO_FAST_FREE } from "../objects/codeobject.ts";
import { host } from "../host/host.ts";
import { reportUnraisable, defaultExcepthook, defaultUnraisablehook } from "./run.ts";
import { setDebugInternalErrors } from "./ops.ts";
import { initGC, makeGCModule } from "../modules/gc.ts";
import { makeWeakrefModule } from "../modules/_weakref.ts";
import { installSysMemory } from "../memory/sysmem.ts";
import { memoryOptions } from "../memory/runtime.ts";
// side-effect imports: modules that attach slots and methods to the builtin types
import "../objects/type_impl.ts";
import "../objects/int.ts";
import "../objects/float_ops.ts";
import "../objects/complex_ops.ts";
import "../objects/number_new.ts";
import "../objects/str_methods.ts";
import "../objects/bytes_type.ts";
import "../objects/tuple.ts";
import "../objects/list.ts";
import "../objects/dict_type.ts";
import "../objects/set.ts";
import "../objects/range.ts";
import "../objects/slice.ts";
import "../objects/iter_builtins.ts";
import "../objects/funcobject.ts";
import "../objects/descr.ts";
import "../objects/genobject.ts";
import "../objects/exceptions_impl.ts";
import "../objects/module.ts";
import "../objects/traceback.ts";
import "../objects/frameobject.ts";
import "../objects/mappingproxy.ts";
import "../objects/union.ts";
import { installClassGetitem } from "../objects/genericalias.ts";
import "./call.ts";
import "../objects/code_attrs.ts";

let builtinsModule: PyModule | null = null;

/**
 * The str/bytes hash secret's seed: a number (PYTHONHASHSEED=N; 0 turns randomisation off) or
 * "random" (python3's default: a fresh secret each run). Set by the command line, which knows
 * about -E; without it (embedding, tests) PYTHONHASHSEED is read, and unset means 0.
 */
let hashSeedConfig: number | "random" | null = null;
export function configureHashSeed(seed: number | "random"): void {
  hashSeedConfig = seed;
}

function runtimeHashSecret(): HashSecret {
  if (hashSeedConfig === "random") {
    // 16 random bytes, as _Py_HashRandomization_Init takes from the OS (V8's generator is seeded that way)
    const lo = () => BigInt(Math.floor(Math.random() * 2 ** 32));
    return { k0: (lo() << 32n) | lo(), k1: (lo() << 32n) | lo() };
  }
  if (hashSeedConfig !== null) return hashSecret(hashSeedConfig);
  const seed = host().env["PYTHONHASHSEED"];
  return hashSecret(seed !== undefined && /^\d+$/u.test(seed) ? Number(seed) : 0);
}

export function initRuntime(argv: string[], executable = "tspy"): PyModule {
  if (builtinsModule !== null) return builtinsModule;
  setStrHashSecret(runtimeHashSecret());
  setDebugInternalErrors(host().env["TSPY_DEBUG"] === "1");
  initGC();
  // their dicts' entries are made on first use (readyType's deferDict)
  for (const v of Object.values(T)) if (v instanceof PyType) readyType(v, true);
  for (const t of ALL_EXCEPTION_TYPES) readyType(t, true);
  installClassGetitem();
  initAsyncGenTypes();
  setModuleLookup((name) => {
    const mods = sysGet("modules");
    return mods instanceof PyDict ? dictGetItemStr(mods, name) : null;
  });
  setSysHooks({ excepthook: defaultExcepthook, breakpointhook: defaultBreakpointhook, displayhook: defaultDisplayhook, unraisablehook: defaultUnraisablehook });
  setReduceImportHook((name) => importModuleByName(name, None, 0));
  const b = makeBuiltins();
  builtinsModule = b;
  const sys = makeSys(argv, executable);
  installSysMemory(sys.dict!, memoryOptions.showRefcount);
  registerBuiltinModule("builtins", () => b);
  registerBuiltinModule("sys", () => sys);
  registerBuiltinModule("_warnings", makeWarningsCModule);
  // the library's warnings.py, when it has one, is the warnings module; else the VM's own
  if (host().stat(`${LIB_ROOT}/warnings.py`) === null) registerBuiltinModule("warnings", makeWarningsModule);
  registerBuiltinModule("_io", makeIOCModule);
  registerBuiltinModule("io", makeIOModule);
  registerBuiltinModule("__future__", makeFutureModule);
  registerBuiltinModule("traceback", makeTracebackModule);
  registerBuiltinModule("gc", makeGCModule);
  registerBuiltinModule("_weakref", makeWeakrefModule);
  const mods = sysGet("modules")!;
  dictSetItemStr(mods as never, intern("builtins"), b);
  dictSetItemStr(mods as never, intern("sys"), sys);
  setCallerModuleHook(() => {
    const f = ts.frame as Frame | null;
    if (f === null) return null;
    return dictGetItemStr(f.globals, intern("__name__"));
  });
  setFrameGetter((depth) => {
    let f = ts.frame as Frame | null;
    for (let i = 0; i < depth && f !== null; i++) f = f.back;
    return f;
  });
  setZeroArgSuper(() => {
    const f = ts.frame as Frame | null;
    if (f === null) throw runtimeError("super(): no current frame");
    const code = f.code;
    if (code.argcount === 0) throw runtimeError("super(): no arguments");
    let first = f.s[0] ?? null;
    if (first === null) throw runtimeError("super(): arg[0] deleted");
    if ((code.localspluskinds[0]! & 0x40) !== 0 && first instanceof PyCell) first = first.ref;
    if (first === null) throw runtimeError("super(): arg[0] deleted");
    for (let i = 0; i < code.nlocalsplus; i++) {
      if (code.localsplusnames[i]!.value === "__class__" && (code.localspluskinds[i]! & CO_FAST_FREE) !== 0) {
        const cell = f.s[i] as PyCell | null;
        const t = cell === null ? null : cell.ref;
        if (t === null) throw runtimeError("super(): empty __class__ cell");
        if (!(t instanceof PyType)) throw runtimeError("super(): __class__ is not a type (" + t.ob_type.tp_name + ")");
        return [t, first];
      }
    }
    throw runtimeError("super(): __class__ cell not found");
  });
  setUnraisableHook((e, obj) => reportUnraisable(e, obj));
  return b;
}
export { PyObject, PyBaseException };
