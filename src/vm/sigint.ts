/**
 * SIGINT as KeyboardInterrupt (CPython's eval breaker for signals).
 *
 * The host catches SIGINT and remembers it (host.catchInterrupts / takeInterrupt). The eval loop
 * already calls `interrupt.hook` (src/vm/ops.ts) when `interrupt.budget` counts down to zero on
 * backward jumps and at RESUME; this file installs a hook that asks the host at most every
 * POLL_MS milliseconds and raises KeyboardInterrupt in the running frame when one arrived.
 * Blocking services (time.sleep, reading stdin) end early on SIGINT and call checkInterrupt().
 *
 * Invariant: with interrupts enabled, interrupt.budget is never 0 (the hook re-arms it first).
 */
import { host } from "../host/host.ts";
import { interrupt } from "./ops.ts";
import { call } from "../objects/abstract.ts";
import { KeyboardInterruptType } from "../objects/exceptions.ts";

/** Backward jumps / function entries between two looks at the clock. */
const BUDGET = 1000;
/** Milliseconds between two looks at the host's signal state. */
const POLL_MS = 4;

let enabled = false;
let nextPoll = 0;

function hook(): void {
  interrupt.budget = BUDGET;
  const now = Date.now();
  if (now < nextPoll) return;
  nextPoll = now + POLL_MS;
  checkInterrupt();
}

/** Catch SIGINT from now on (the CLI calls this once the runtime is ready). */
export function enableInterrupts(): void {
  const h = host();
  if (enabled || h.catchInterrupts === undefined) return;
  enabled = true;
  h.catchInterrupts();
  interrupt.budget = BUDGET;
  interrupt.hook = hook;
}

/**
 * What a SIGINT does, as set by the signal module (src/modules/_signal.ts): null = CPython's
 * default_int_handler (raise KeyboardInterrupt), otherwise a function run in the eval loop
 * (a Python handler, SIG_IGN, SIG_DFL).
 */
export const sigintAction: { handler: (() => void) | null } = { handler: null };

/** Run the SIGINT action (raise KeyboardInterrupt by default) if a SIGINT arrived since the last look. */
export function checkInterrupt(): void {
  if (!enabled) return;
  if (host().takeInterrupt!()) {
    if (sigintAction.handler !== null) sigintAction.handler();
    else throw call(KeyboardInterruptType, []);
  }
}

/** True (and consumed) if a SIGINT arrived: for code that handles it itself (the REPL). */
export function interruptPending(): boolean {
  return enabled && host().takeInterrupt!();
}
