/**
 * RegexError: every failure of the re engine that Python reports as an exception, with the
 * exception class to raise (`kind`) and CPython's exact message.
 *
 * kind "error" is re.error: `msg` is its .msg, `pos` its .pos (-1 for None), and `message` the
 * str() of the exception ("msg at position N", plus " (line L, column C)" when the pattern has a
 * newline), exactly as re.error.__init__ builds it.
 */

export type RegexErrorKind = "error" | "ValueError" | "OverflowError" | "IndexError" | "RecursionError" | "TypeError"
  | "SystemError" | "RuntimeError"
  | "MemoryError";

/** A warning CPython issues while compiling (warnings.warn category and message). */
export interface RegexWarning {
  category: "DeprecationWarning" | "FutureWarning";
  message: string;
}

export class RegexError extends Error {
  /** Python exception class to raise. */
  readonly kind: RegexErrorKind;
  /** re.error.msg (the message without position). */
  readonly msg: string;
  /** re.error.pos, or -1 for None. */
  readonly pos: number;
  /** re.error.lineno / colno, or -1 for None. */
  readonly lineno: number;
  readonly colno: number;
  /** Warnings issued before the error (in order). */
  warnings: RegexWarning[];
  /** With re.DEBUG: what CPython printed before the error (the parse tree), else "". */
  debugOutput = "";

  constructor(kind: RegexErrorKind, msg: string, pattern: ArrayLike<number> | null = null, pos = -1) {
    let message = msg;
    let lineno = -1;
    let colno = -1;
    if (pattern !== null && pos >= 0) {
      message = `${msg} at position ${pos}`;
      let line = 1;
      let lastNl = -1;
      let hasNl = false;
      for (let i = 0; i < pattern.length; i++) {
        if (pattern[i] === 10) {
          hasNl = true;
          if (i < pos) { line++; lastNl = i; }
        }
      }
      lineno = line;
      colno = pos - lastNl;
      if (hasNl) message = `${message} (line ${lineno}, column ${colno})`;
    }
    super(message);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
    this.warnings = [];
  }
}

/** The str of a Python string built from code points (lone surrogates stay as they are). */
export function cpString(cps: ArrayLike<number>, start = 0, end = cps.length): string {
  let s = "";
  for (let i = start; i < end; i++) {
    const c = cps[i]!;
    s += c < 0x10000 ? String.fromCharCode(c) : String.fromCodePoint(c);
  }
  return s;
}

/** s.encode('ascii', 'backslashreplace').decode('ascii') for a string of code points. */
export function backslashReplace(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}
