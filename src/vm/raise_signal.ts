/**
 * A raise without a JS throw. V8 makes every `throw` pay for a message object and a stack walk
 * (a few microseconds, more than the whole of a Python raise and catch in CPython), so the eval
 * loop's common error exits hand their exception over through this slot instead:
 *
 * - RAISE_VARARGS / RERAISE (eval.ts) store it and leave run() by returning RAISED;
 * - a slow-path handler (eval_slow.ts, eval_spec.ts) stores it and returns -1 instead of a stack
 *   pointer, with the stack exactly as a throw at that point would have left it (nothing popped
 *   that the unwinder should release twice); run() then returns RAISED.
 *
 * evalLoop takes the exception and unwinds exactly as when it catches a thrown one. Code that
 * calls a handler outside run() (the JIT) turns -1 back into a throw with `rethrowSignal`.
 */
import type { PyObject } from "../objects/object.ts";

export const raiseSlot: { pending: unknown } = { pending: null };

/** The value run() returns to evalLoop when raiseSlot holds the exception. */
export const RAISED = { raised: true } as unknown as PyObject;

/** Hand `exc` (a new reference) to the loop; returns the handler's error result, -1. */
export function signalRaise(exc: unknown): number {
  raiseSlot.pending = exc;
  return -1;
}

/** Take the pending exception (the slot is cleared). */
export function takeRaise(): unknown {
  const e = raiseSlot.pending;
  raiseSlot.pending = null;
  return e;
}

/** For callers outside run(): a handler's -1 becomes the throw it replaced. */
export function rethrowSignal(sp: number): number {
  if (sp < 0) throw takeRaise();
  return sp;
}
