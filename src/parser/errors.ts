/**
 * Errors raised while turning source into code (tokenizer, parser, symtable, compiler), before any
 * Python object exists. The VM turns a CompileError into the Python exception of the same class
 * (SyntaxError and its subclasses IndentationError and TabError, or ValueError, MemoryError,
 * RecursionError, OverflowError, UnicodeDecodeError) with the same attributes.
 *
 * Positions are CPython's: lineno/end_lineno from 1; offset/end_offset are 1-based columns in
 * characters (code points) of `text`, as SyntaxError.offset reports them. `text` is the source line
 * (with its newline, as CPython keeps it) or null.
 */
export type CompileErrorType =
  | "SyntaxError" | "IndentationError" | "TabError"
  | "ValueError" | "MemoryError" | "RecursionError" | "OverflowError" | "UnicodeDecodeError"
  | "SystemError";

export class CompileError extends Error {
  constructor(
    readonly type: CompileErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number | null,
    readonly offset: number | null,
    readonly text: string | null,
    readonly end_lineno: number | null = null,
    readonly end_offset: number | null = null,
  ) {
    super(`${type}: ${msg}`);
  }

  /** Whether this is a SyntaxError (or subclass), which carries a location. */
  get isSyntaxError(): boolean {
    return this.type === "SyntaxError" || this.type === "IndentationError" || this.type === "TabError";
  }
}
