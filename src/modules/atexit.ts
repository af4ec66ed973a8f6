/**
 * The `atexit` builtin module: register(func, *args, **kwargs) / unregister(func) /
 * _run_exitfuncs / _clear / _ncallbacks. The callbacks run in LIFO order at interpreter exit
 * (src/vm/run.ts setExitHook: after the main module, before teardown); an exception in one is
 * reported as "Exception ignored in atexit callback: <func>" with its traceback and the others
 * still run.
 */
import { PyObject, Meth } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyTuple } from "../objects/tuple.ts";
import { call, callMethod, isCallable, reprStr, richCompareBool } from "../objects/abstract.ts";
import { sysGet } from "./sys.ts";
import { typeError } from "../objects/errors.ts";
import { DECREF } from "../memory/refcount.ts";
import { host } from "../host/host.ts";
import { setExitHook } from "../vm/run.ts";
import { toPyException } from "../vm/ops.ts";
import { formatException } from "../vm/traceback.ts";
import { buildModule, pyInt, pyNone } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

interface Callback {
  func: PyObject;
  args: PyObject[];
  kwnames: PyObject | null;
}
let callbacks: Callback[] = [];

function release(cb: Callback): void {
  DECREF(cb.func);
  for (const a of cb.args) DECREF(a);
  if (cb.kwnames !== null) DECREF(cb.kwnames);
}

/** atexit_callfuncs: last registered first; each callback is removed before it runs. */
export function runExitFuncs(): void {
  while (callbacks.length > 0) {
    const cb = callbacks.pop()!;
    try {
      DECREF(call(cb.func, cb.args, cb.kwnames));
    } catch (e) {
      let where: string;
      try {
        where = reprStr(cb.func);
      } catch {
        where = "<object repr() failed>";
      }
      const exc = toPyException(e);
      flushStdout();
      host().write(2, `Exception ignored in atexit callback: ${where}\n${formatException(exc)}`);
      DECREF(exc);
    } finally {
      release(cb);
    }
  }
}

/** Flush sys.stdout (ignoring errors) so the report follows what was printed before. */
function flushStdout(): void {
  const out = sysGet("stdout");
  if (out === null || out === None) return;
  try {
    DECREF(callMethod(out, "flush", []));
  } catch (e) {
    if (e instanceof PyObject) DECREF(e);
  }
}

export function makeAtexitModule(): PyModule {
  setExitHook(runExitFuncs);
  return buildModule("atexit", [
    { name: "register", flags: Meth.KEYWORDS, fn: (_s: null, args: PyObject[], kw: PyObject | null) => {
      const nkw = kw === null ? 0 : (kw as PyTuple).items.length;
      const npos = args.length - nkw;
      if (npos < 1) throw typeError("register() takes at least 1 argument (0 given)");
      const func = args[0]!;
      if (!isCallable(func)) throw typeError("the first argument must be callable");
      const rest = args.slice(1);
      for (const a of rest) a.ob_refcnt++;
      func.ob_refcnt++;
      if (kw !== null && nkw > 0) kw.ob_refcnt++;
      callbacks.push({ func, args: rest, kwnames: nkw > 0 ? kw : null });
      func.ob_refcnt++;
      return func;
    } },
    { name: "unregister", flags: Meth.O, fn: (_s: null, func: PyObject) => {
      const keep: Callback[] = [];
      const snapshot = callbacks;
      for (const cb of snapshot) {
        if (richCompareBool(cb.func, func, 2)) release(cb);
        else keep.push(cb);
      }
      callbacks = keep;
      return pyNone();
    } },
    { name: "_run_exitfuncs", flags: Meth.NOARGS, fn: () => {
      runExitFuncs();
      return pyNone();
    } },
    { name: "_clear", flags: Meth.NOARGS, fn: () => {
      const old = callbacks;
      callbacks = [];
      for (const cb of old) release(cb);
      return pyNone();
    } },
    { name: "_ncallbacks", flags: Meth.NOARGS, fn: () => pyInt(callbacks.length) },
  ]);
}
void None;
