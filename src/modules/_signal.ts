/**
 * `_signal`: the native half of lib/signal.py. tspy's VM turns a SIGINT into the action in
 * src/vm/sigint.ts `sigintAction` (checked by the eval loop and blocking services); this module
 * sets that action from Python and supplies CPython's builtin default_int_handler.
 *
 *   default_int_handler(signum, frame)  raises KeyboardInterrupt
 *   set_sigint(action)   action: None (default_int_handler: KeyboardInterrupt), 0 (SIG_DFL: the
 *                        process ends as killed by SIGINT), 1 (SIG_IGN), or a callable run as
 *                        action(2, frame) with the frame executing when the signal arrived
 *   deliver_sigint()     run the current action now (signal.raise_signal(SIGINT))
 */
import { PyObject, Meth } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { call, isCallable } from "../objects/abstract.ts";
import { newInt, PyInt } from "../objects/int.ts";
import { KeyboardInterruptType } from "../objects/exceptions.ts";
import { typeError } from "../objects/errors.ts";
import { DECREF } from "../memory/refcount.ts";
import { host } from "../host/host.ts";
import { sigintAction } from "../vm/sigint.ts";
import { sysGet } from "./sys.ts";
import { buildModule, pyNone } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

const SIGINT = 2;

/** The Python handler installed for SIGINT (a new reference), or null. */
let pyHandler: PyObject | null = null;

/** The frame running now (sys._getframe()), or None. */
function currentFrame(): PyObject {
  const getframe = sysGet("_getframe");
  if (getframe === null) return pyNone();
  try {
    return call(getframe, []);
  } catch (e) {
    if (e instanceof PyObject) DECREF(e);
    return pyNone();
  }
}

function runPythonHandler(): void {
  const h = pyHandler;
  if (h === null) return;
  h.ob_refcnt++;
  const signum = newInt(SIGINT);
  const frame = currentFrame();
  try {
    DECREF(call(h, [signum, frame]));
  } finally {
    DECREF(signum);
    DECREF(frame);
    DECREF(h);
  }
}

function ignore(): void {}

function dieBySigint(): void {
  const h = host();
  if (h.exitBySigint !== undefined) h.exitBySigint();
  throw call(KeyboardInterruptType, []);
}

function setSigint(action: PyObject): PyObject {
  let next: (() => void) | null;
  let handler: PyObject | null = null;
  if (action === None) next = null;
  else if (action instanceof PyInt && (action.value === 0 || action.value === 1)) next = action.value === 0 ? dieBySigint : ignore;
  else if (isCallable(action)) {
    next = runPythonHandler;
    handler = action;
    action.ob_refcnt++;
  } else throw typeError("set_sigint: expected None, 0, 1 or a callable");
  if (pyHandler !== null) DECREF(pyHandler);
  pyHandler = handler;
  sigintAction.handler = next;
  return pyNone();
}

export function makeSignalModule(): PyModule {
  return buildModule("_signal", [
    { name: "default_int_handler", flags: Meth.FASTCALL, bare: true, fn: () => {
      throw call(KeyboardInterruptType, []);
    } },
    { name: "set_sigint", flags: Meth.O, fn: (_s: null, a: PyObject) => setSigint(a) },
    { name: "deliver_sigint", flags: Meth.NOARGS, fn: () => {
      const act = sigintAction.handler;
      if (act === null) throw call(KeyboardInterruptType, []);
      act();
      return pyNone();
    } },
  ]);
}
