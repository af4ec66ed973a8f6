/**
 * The thread state: what CPython keeps in PyThreadState. tspy runs one thread.
 *
 *  - depth: Python frames executing plus re-entrant native calls (repr, comparisons, calls from
 *    builtins); as in CPython 3.11 both count against the one recursion limit
 *  - excInfo: the stack of exceptions being handled (sys.exc_info()); each generator has its own
 *    item, linked in while it runs (gi_exc_state)
 */
import type { PyObject } from "../objects/object.ts";
import { recursionError } from "../objects/errors.ts";

export class ExcInfo {
  /** The exception being handled, or null (None). Owned reference. */
  declare exc: PyObject | null;
  declare previous: ExcInfo | null;
  constructor(exc: PyObject | null, previous: ExcInfo | null) {
    this.exc = exc;
    this.previous = previous;
  }
}

export class ThreadState {
  depth = 0;
  recursionLimit = 1000;
  excInfo: ExcInfo = new ExcInfo(null, null);
  /** The frame now executing (a Frame), or null. */
  frame: PyObject | null = null;
  /** Set by the eval loop when an exception leaves a frame: it is propagating, not new. */
  propagating: PyObject | null = null;
}

export const ts = new ThreadState();

/**
 * Thrown (as a JS value, never a Python exception) by the thread scheduler (threads.ts) to unwind
 * a thread's eval loop at a switch point; evalResume continues it later. The eval loop returns it
 * from the activation that catches it. A PyObject so that it can travel as evalFrame's result.
 */
export const SWITCH = { ob_refcnt: 1 } as unknown as PyObject;

/** sys.setswitchinterval / getswitchinterval (seconds); read by the scheduler's preemption hook. */
export const switchState = { interval: 0.005 };

/** Py_EnterRecursiveCall: raise RecursionError past the limit. */
export function enterRecursiveCall(where: string): void {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError("maximum recursion depth exceeded" + where);
  }
}
export function leaveRecursiveCall(): void {
  ts.depth--;
}

/** The exception being handled now (top of the exc_info stack, skipping None items); borrowed. */
export function currentHandledException(): PyObject | null {
  for (let e: ExcInfo | null = ts.excInfo; e !== null; e = e.previous) {
    if (e.exc !== null) return e.exc;
  }
  return null;
}
