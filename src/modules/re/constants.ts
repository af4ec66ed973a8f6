/**
 * Numbers shared by the re parser, compiler and matcher: the flag bits Python exposes as re.I,
 * re.M, ... (same values as CPython), limits, and the codes of the parse-tree `at` / category
 * items. The matcher's own opcodes live in program.ts.
 */

// Flag bits, as re.RegexFlag.
export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;

/** Flags that choose the character semantics; at most one may be set. */
export const TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
/** Flags that can only be set for the whole pattern. */
export const GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;

/** re._constants.MAXREPEAT: a repeat count must be smaller. */
export const MAXREPEAT = 4294967295;
/** re._constants.MAXGROUPS. */
export const MAXGROUPS = 1073741823;
/** Largest number the compiled program holds for a repeat count; stands for "unbounded". */
export const REPEAT_INF = 0x7fffffff;
/** SubPattern.getwidth's ceiling (1 << 64). */
export const MAXWIDTH = 18446744073709551616;
/** Largest look-behind width (the C engine's 32-bit code unit). */
export const MAXCODE = 4294967295;
