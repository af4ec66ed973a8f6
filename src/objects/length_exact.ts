/**
 * Exact variants of length slots whose lengths can pass 2**53 (a range, a Python __len__):
 * CPython's Py_ssize_t is 64-bit, the number an sq_length / mp_length slot returns is not exact
 * past 2**53. A type registers the bigint-capable variant of its slot function here; len() and
 * the __len__ wrapper use it (abstract.exactLength), every other caller keeps the number slot.
 * This module imports nothing, so it is initialised before any type registers (no import cycle).
 */
type LengthSlot = (o: never) => number;
type ExactLength = (o: never) => number | bigint;

const exactLengths = new Map<LengthSlot, ExactLength>();

export function registerExactLength<T>(slot: (o: T) => number, exact: (o: T) => number | bigint): void {
  exactLengths.set(slot as LengthSlot, exact as ExactLength);
}

/** The exact variant registered for a length slot, or null. */
export function exactLengthSlot<T>(slot: (o: T) => number): ((o: T) => number | bigint) | null {
  return (exactLengths.get(slot as LengthSlot) as ((o: T) => number | bigint) | undefined) ?? null;
}
