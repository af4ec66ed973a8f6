/**
 * The `_thread` builtin module: threads run by the green-thread scheduler (src/vm/threads.ts),
 * locks (lock, RLock), thread identity, interrupt_main, _set_sentinel.
 *
 * Locks: a lock is a flag; acquire() that cannot take it waits through threads.waitFor (the
 * other threads run meanwhile; when the call came straight from a frame's CALL / BEFORE_WITH the
 * thread is unwound and the call runs again later). An RLock records its owner's ident and a
 * count. Error messages are CPython's.
 */
import { PyObject, PyType, Meth, TPFlags, type MethodDef } from "../objects/object.ts";
import { TypeType, ObjectType, None, DictType, TupleType } from "../objects/types.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { PyDict, dictNext } from "../objects/dict.ts";
import { PyInt, newInt } from "../objects/int.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { newStr } from "../objects/str.ts";
import { hexId, isCallable, index } from "../objects/abstract.ts";
import { typeError, valueError, overflowError, runtimeError, newException } from "../objects/errors.ts";
import { RuntimeErrorType, SystemExitType } from "../objects/exceptions.ts";
import { readyType } from "../objects/typeobject.ts";
import { dealloc } from "../memory/refcount.ts";
import type { PyModule } from "../objects/module.ts";
import {
  currentThread, startThread, deadlineFor, waitFor, isDirectCall, interruptMain, threadCount, mainThread,
  type ThreadRec,
} from "../vm/threads.ts";
import { buildModule, pyBool, pyNone, pyInt, type ModDef } from "./modutil.ts";

const TIMEOUT_MAX = 9223372036.0;

export class PyLock extends PyObject {
  declare locked: boolean;
  constructor(t: PyType) {
    super(t);
    this.locked = false;
  }
}
export class PyRLock extends PyObject {
  /** Owner's ident (0: free) and recursion count. */
  declare owner: number;
  declare count: number;
  constructor(t: PyType) {
    super(t);
    this.owner = 0;
    this.count = 0;
  }
}

export const LockType = new PyType(TypeType, "_thread.lock", ObjectType, 0);
export const RLockType = new PyType(TypeType, "_thread.RLock", ObjectType, TPFlags.BASETYPE);

function kwCount(kw: PyObject | null): number {
  return kw === null ? 0 : (kw as PyTuple).items.length;
}

/** acquire(blocking=True, timeout=-1) arguments: [blocking, timeout seconds (-1: none)]. */
function acquireArgs(args: PyObject[], kw: PyObject | null): [boolean, number] {
  const nkw = kwCount(kw);
  const npos = args.length - nkw;
  if (args.length > 2) throw typeError(`acquire() takes at most 2 arguments (${args.length} given)`);
  let b: PyObject | null = npos > 0 ? args[0]! : null;
  let t: PyObject | null = npos > 1 ? args[1]! : null;
  for (let i = 0; i < nkw; i++) {
    const name = ((kw as PyTuple).items[i] as unknown as { value: string }).value;
    const v = args[npos + i]!;
    if (name === "blocking" && b === null) b = v;
    else if (name === "timeout" && t === null) t = v;
    else if (name === "blocking" || name === "timeout") {
      throw typeError(`argument for acquire() given by name ('${name}') and position (${name === "blocking" ? 1 : 2})`);
    } else throw typeError(`'${name}' is an invalid keyword argument for acquire()`);
  }
  let blocking = true;
  if (b !== null) {
    if (b instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
    const bi = index(b);
    const bv = bi.value;
    if (--bi.ob_refcnt === 0) dealloc(bi);
    blocking = bv !== 0 && bv !== 0n;
  }
  let timeout = -1;
  if (t !== null) {
    if (t instanceof PyFloat) timeout = t.value;
    else if (t instanceof PyInt) timeout = Number(t.value);
    else throw typeError(`'${t.ob_type.tp_name}' object cannot be interpreted as an integer`);
    if (Number.isNaN(timeout)) throw valueError("Invalid value NaN (not a number)");
  }
  if (!blocking && timeout !== -1) throw valueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw valueError("timeout value must be positive");
  if (timeout > TIMEOUT_MAX) throw overflowError("timestamp out of range for platform time_t");
  return [blocking, timeout];
}

function lockSelf(o: PyObject): PyLock {
  if (!(o instanceof PyLock)) throw typeError(`descriptor requires a '_thread.lock' object but received a '${o.ob_type.tp_name}'`);
  return o;
}
function rlockSelf(o: PyObject): PyRLock {
  if (!(o instanceof PyRLock)) throw typeError(`descriptor requires a '_thread.RLock' object but received a '${o.ob_type.tp_name}'`);
  return o;
}

/** Take the lock, waiting as acquire(blocking, timeout) says; `fn` is the builtin being run. */
function lockAcquire(l: PyLock, blocking: boolean, timeout: number, fn: Function): boolean {
  if (!l.locked) {
    l.locked = true;
    return true;
  }
  if (!blocking) return false;
  const dl = deadlineFor(timeout);
  const direct = isDirectCall(fn, l);
  const free = (): boolean => !l.locked;
  for (;;) {
    if (!waitFor(free, dl, direct)) return false;
    if (!l.locked) {
      l.locked = true;
      return true;
    }
  }
}

function rlockAcquire(r: PyRLock, blocking: boolean, timeout: number, fn: Function): boolean {
  const me = currentThread().ident;
  if (r.owner === me) {
    r.count++;
    return true;
  }
  if (r.count === 0) {
    r.owner = me;
    r.count = 1;
    return true;
  }
  if (!blocking) return false;
  const dl = deadlineFor(timeout);
  const direct = isDirectCall(fn, r);
  const free = (): boolean => r.count === 0;
  for (;;) {
    if (!waitFor(free, dl, direct)) return false;
    if (r.count === 0) {
      r.owner = me;
      r.count = 1;
      return true;
    }
  }
}

const lockAcquireFn = (o: PyObject, args: PyObject[], kw: PyObject | null): PyObject => {
  const [b, t] = acquireArgs(args, kw);
  return pyBool(lockAcquire(lockSelf(o), b, t, lockAcquireFn));
};
const lockEnterFn = (o: PyObject): PyObject => pyBool(lockAcquire(lockSelf(o), true, -1, lockEnterFn));
const lockReleaseFn = (o: PyObject): PyObject => {
  const l = lockSelf(o);
  if (!l.locked) throw runtimeError("release unlocked lock");
  l.locked = false;
  return pyNone();
};
const lockExitFn = (o: PyObject, _args: PyObject[]): PyObject => lockReleaseFn(o);
const lockLockedFn = (o: PyObject): PyObject => pyBool(lockSelf(o).locked);

const rlockAcquireFn = (o: PyObject, args: PyObject[], kw: PyObject | null): PyObject => {
  const [b, t] = acquireArgs(args, kw);
  return pyBool(rlockAcquire(rlockSelf(o), b, t, rlockAcquireFn));
};
const rlockEnterFn = (o: PyObject): PyObject => pyBool(rlockAcquire(rlockSelf(o), true, -1, rlockEnterFn));
const rlockReleaseFn = (o: PyObject): PyObject => {
  const r = rlockSelf(o);
  if (r.count === 0 || r.owner !== currentThread().ident) throw runtimeError("cannot release un-acquired lock");
  if (--r.count === 0) r.owner = 0;
  return pyNone();
};

// Condition.wait taking its RLock back: a wait here may unwind the thread too (no state changes
// before it), so it names itself for isDirectCall
const rlockAcquireRestoreFn = (o: PyObject, st: PyObject): PyObject => {
  const r = rlockSelf(o);
  if (!(st instanceof PyTuple) || st.items.length !== 2) throw typeError("_acquire_restore() argument must be a 2-tuple");
  rlockAcquire(r, true, -1, rlockAcquireRestoreFn);
  r.count = Number((st.items[0] as PyInt).value);
  r.owner = Number((st.items[1] as PyInt).value);
  return pyNone();
};

let ready = false;
function initTypes(): void {
  if (ready) return;
  ready = true;
  LockType.tp_dictoffset = false;
  LockType.tp_weaklistoffset = 1;
  LockType.tp_new = () => {
    throw typeError("cannot create '_thread.lock' instances");
  };
  LockType.tp_repr = (o) => newStr(`<${(o as PyLock).locked ? "locked" : "unlocked"} _thread.lock object at ${hexId(o)}>`);
  const lockMethods: MethodDef[] = [
    { name: "acquire", flags: Meth.KEYWORDS, fn: lockAcquireFn },
    { name: "acquire_lock", flags: Meth.KEYWORDS, fn: lockAcquireFn },
    { name: "release", flags: Meth.NOARGS, fn: lockReleaseFn },
    { name: "release_lock", flags: Meth.NOARGS, fn: lockReleaseFn },
    { name: "locked", flags: Meth.NOARGS, fn: lockLockedFn },
    { name: "locked_lock", flags: Meth.NOARGS, fn: lockLockedFn },
    { name: "__enter__", flags: Meth.NOARGS, fn: lockEnterFn },
    { name: "__exit__", flags: Meth.FASTCALL, fn: lockExitFn },
    { name: "_at_fork_reinit", flags: Meth.NOARGS, fn: (o: PyObject) => {
      lockSelf(o).locked = false;
      return pyNone();
    } },
  ];
  LockType.tp_methods = lockMethods;
  readyType(LockType);

  RLockType.tp_dictoffset = false;
  RLockType.tp_weaklistoffset = 1;
  RLockType.tp_new = (type) => new PyRLock(type);
  RLockType.tp_init = () => {};
  RLockType.tp_repr = (o) => {
    const r = o as PyRLock;
    return newStr(`<${r.count > 0 ? "locked" : "unlocked"} ${r.ob_type.tp_name} object owner=${r.owner} count=${r.count} at ${hexId(o)}>`);
  };
  RLockType.tp_methods = [
    { name: "acquire", flags: Meth.KEYWORDS, fn: rlockAcquireFn },
    { name: "release", flags: Meth.NOARGS, fn: rlockReleaseFn },
    { name: "__enter__", flags: Meth.NOARGS, fn: rlockEnterFn },
    { name: "__exit__", flags: Meth.FASTCALL, fn: (o: PyObject) => rlockReleaseFn(o) },
    { name: "_is_owned", flags: Meth.NOARGS, fn: (o: PyObject) => {
      const r = rlockSelf(o);
      return pyBool(r.count > 0 && r.owner === currentThread().ident);
    } },
    { name: "_recursion_count", flags: Meth.NOARGS, fn: (o: PyObject) => {
      const r = rlockSelf(o);
      return newInt(r.owner === currentThread().ident ? r.count : 0);
    } },
    // Condition.wait on an RLock: give it up whole, then take it back with the same count
    { name: "_release_save", flags: Meth.NOARGS, fn: (o: PyObject) => {
      const r = rlockSelf(o);
      if (r.count === 0) throw runtimeError("cannot release un-acquired lock");
      const st = newTuple([newInt(r.count), newInt(r.owner)]);
      r.count = 0;
      r.owner = 0;
      return st;
    } },
    { name: "_acquire_restore", flags: Meth.O, fn: rlockAcquireRestoreFn },
    { name: "_at_fork_reinit", flags: Meth.NOARGS, fn: (o: PyObject) => {
      const r = rlockSelf(o);
      r.count = 0;
      r.owner = 0;
      return pyNone();
    } },
  ];
  readyType(RLockType);
}

function newLock(): PyLock {
  return new PyLock(LockType);
}

let stackSize = 0;

export function makeThreadModule(): PyModule {
  initTypes();
  const defs: ModDef[] = [
    { name: "start_new_thread", flags: Meth.FASTCALL, fn: startNew },
    { name: "start_new", flags: Meth.FASTCALL, fn: startNew },
    { name: "allocate_lock", flags: Meth.NOARGS, fn: () => newLock() },
    { name: "allocate", flags: Meth.NOARGS, fn: () => newLock() },
    { name: "get_ident", flags: Meth.NOARGS, fn: () => pyInt(currentThread().ident) },
    { name: "get_native_id", flags: Meth.NOARGS, fn: () => pyInt(currentThread().nativeId) },
    { name: "_count", flags: Meth.NOARGS, fn: () => pyInt(threadCount() - 1) },
    { name: "exit", flags: Meth.NOARGS, fn: () => {
      throw newException(SystemExitType, null);
    } },
    { name: "exit_thread", flags: Meth.NOARGS, fn: () => {
      throw newException(SystemExitType, null);
    } },
    { name: "stack_size", flags: Meth.FASTCALL, fn: (_s: null, args: PyObject[]) => {
      if (args.length > 1) throw typeError(`stack_size expected at most 1 argument, got ${args.length}`);
      const old = stackSize;
      if (args.length === 1) {
        const ni = index(args[0]!);
        const n = Number(ni.value);
        if (--ni.ob_refcnt === 0) dealloc(ni);
        if (n < 0) throw valueError("size must be 0 or a positive value");
        if (n !== 0 && n < 32768) throw valueError(`size not valid: ${n} bytes`);
        stackSize = n;
      }
      return pyInt(old);
    } },
    { name: "interrupt_main", flags: Meth.FASTCALL, fn: () => {
      interruptMain();
      return pyNone();
    } },
    { name: "_set_sentinel", flags: Meth.NOARGS, fn: () => {
      const l = newLock();
      l.locked = true;
      l.ob_refcnt++; // the thread's exit releases it
      currentThread().onExit.push(() => {
        l.locked = false;
        if (--l.ob_refcnt === 0) dealloc(l);
      });
      return l;
    } },
    { name: "daemon_threads_allowed", flags: Meth.NOARGS, fn: () => pyBool(true) },
    { name: "_is_main_interpreter", flags: Meth.NOARGS, fn: () => pyBool(true) },
    { name: "_main_thread_ident", flags: Meth.NOARGS, fn: () => pyInt(mainThread.ident) },
  ];
  LockType.ob_refcnt += 2;
  RLockType.ob_refcnt++;
  RuntimeErrorType.ob_refcnt++;
  return buildModule("_thread", defs, {
    LockType: LockType,
    lock: LockType,
    RLock: RLockType,
    error: RuntimeErrorType,
    TIMEOUT_MAX: newFloat(TIMEOUT_MAX),
  });
}

/** start_new_thread(function, args, kwargs=None) -> ident */
function startNew(_s: null, args: PyObject[]): PyObject {
  if (args.length < 2 || args.length > 3) {
    throw typeError(`start_new_thread expected ${args.length < 2 ? "at least 2" : "at most 3"} arguments, got ${args.length}`);
  }
  const func = args[0]!, a = args[1]!, k = args.length > 2 ? args[2]! : null;
  if (!isCallable(func)) throw typeError("first arg must be callable");
  if (!(a instanceof PyTuple) || !(a.ob_type === TupleType || a instanceof PyTuple)) throw typeError("2nd arg must be a tuple");
  if (k !== null && !(k instanceof PyDict && (k.ob_type === DictType || k instanceof PyDict))) throw typeError("optional 3rd arg must be a dictionary");
  const vals: PyObject[] = [];
  for (const x of a.items) {
    x.ob_refcnt++;
    vals.push(x);
  }
  let kwnames: PyTuple | null = null;
  if (k !== null && (k as PyDict).ekeys.length > 0) {
    const names: PyObject[] = [];
    const d = k as PyDict;
    for (let p = dictNext(d, 0); p >= 0; p = dictNext(d, p + 1)) {
      const key = d.ekeys[p]!;
      const v = d.evalues[p]!;
      if (!(key instanceof PyObject) || key.ob_type.tp_name !== "str") throw typeError("keywords must be strings");
      key.ob_refcnt++;
      v.ob_refcnt++;
      names.push(key);
      vals.push(v);
    }
    if (names.length > 0) kwnames = newTuple(names);
  }
  func.ob_refcnt++;
  const t: ThreadRec = startThread(func, vals, kwnames);
  return pyInt(t.ident);
}

export { None };
