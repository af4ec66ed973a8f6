/**
 * The compiled form of a pattern: a flat Int32Array of opcodes and operands (jump targets are
 * absolute indices), the character sets it uses, and facts for the search loop.
 *
 * Layouts (each line: opcode, then operands; "item" is one single-character op):
 *   FAILURE | SUCCESS | ANY | ANY_ALL | MAX_UNTIL | MIN_UNTIL
 *   AT at                       LITERAL* c                 IN set        MARK index
 *   JUMP target                 GROUPREF* group
 *   BRANCH  alt... 0            alt = next-alt, body..., JUMP end     (next-alt 0: no more)
 *   REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE  tail min max item SUCCESS
 *   REPEAT until min max body... MAX_UNTIL|MIN_UNTIL      (until = index of the UNTIL op)
 *   POSSESSIVE_REPEAT tail min max body... SUCCESS         (tail = index after SUCCESS)
 *   ATOMIC_GROUP tail body... SUCCESS
 *   GROUPREF_EXISTS group no yes... [JUMP end no...]
 *   ASSERT | ASSERT_NOT  tail back body... SUCCESS
 * Repeat counts are clamped to REPEAT_INF, which stands for "unbounded".
 */
import type { CharSet } from "./charset.ts";

// The opcodes (OpCode) are declared in matcher.ts, next to the loop that runs them, so that
// they stay compile-time constants there.


export class Program {
  constructor(
    readonly code: Int32Array,
    readonly sets: CharSet[],
    /** Number of capturing groups (group 0 not counted). */
    readonly groups: number,
    /** Fewest characters a match consumes (capped at 2**31 - 1). */
    readonly minWidth: number,
    /** Characters every match starts with (may be empty). */
    readonly prefix: Int32Array,
    /** CPython's charset prefix (see compiler.ts charsetPrefix): search tries only positions it accepts. */
    readonly prefixSet: CharSet | null,
    /** The pattern starts with \A or ^ (without MULTILINE): only the first position can match. */
    readonly anchored: boolean,
    /** 1 + the highest MARK index used (can exceed 2 * groups in a re.Scanner pattern). */
    readonly markCount: number,
  ) {}
}
