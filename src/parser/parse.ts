/**
 * The parser's entry point: source (str or bytes) -> AST, as CPython's compile(..., PyCF_ONLY_AST)
 * / ast.parse(). Prepares the UTF-8 buffer the tokenizer reads (decoding, newline translation, the
 * trailing newline CPython adds in exec mode), then runs the PEG parser.
 */
import type * as A from "../ast/nodes.ts";
import { CompileError } from "./errors.ts";
import { Mode, Parser } from "./parser.ts";
import { runParser } from "./run.ts";
import { utf8Encode } from "../tokenizer/utf8.ts";
import { prepareBytes } from "./source.ts";

export type ParseMode = "exec" | "eval" | "single" | "func_type";

export interface ParseOptions {
  filename?: string;
  mode?: ParseMode;
  /** ast.parse(type_comments=True) */
  typeComments?: boolean;
  /** ast.parse(feature_version=(3, N)): N */
  featureVersion?: number;
}

const MODES: Record<ParseMode, Mode> = { exec: Mode.File, eval: Mode.Eval, single: Mode.Single, func_type: Mode.FuncType };

/**
 * Normalise newlines (\r\n and \r -> \n) and, in exec mode, end with "\n" (CPython's
 * translate_newlines). Returns the same array when nothing changes.
 */
export function translateNewlines(b: Uint8Array, addFinal: boolean): Uint8Array {
  let hasCR = false;
  for (let i = 0; i < b.length; i++) if (b[i] === 13) { hasCR = true; break; }
  let out = b;
  if (hasCR) {
    out = new Uint8Array(b.length);
    let n = 0;
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (c === 13) {
        out[n++] = 10;
        if (b[i + 1] === 10) i++;
      } else out[n++] = c;
    }
    out = out.subarray(0, n);
  }
  if (addFinal && (out.length === 0 || out[out.length - 1] !== 10)) {
    const o2 = new Uint8Array(out.length + 1);
    o2.set(out);
    o2[out.length] = 10;
    out = o2;
  }
  return out;
}

/** Parse Python source into an AST. Throws CompileError as CPython raises SyntaxError & co. */
export function parse(source: string | Uint8Array, opts: ParseOptions = {}): A.mod {
  const filename = opts.filename ?? "<unknown>";
  const mode = MODES[opts.mode ?? "exec"];
  let buf: Uint8Array;
  let charOffsets = true;
  if (typeof source === "string") {
    if (source.indexOf("\0") >= 0) throw new CompileError("SyntaxError", "source code string cannot contain null bytes", filename, null, null, null);
    buf = utf8Encode(source);
  } else {
    if (source.indexOf(0) >= 0) throw new CompileError("SyntaxError", "source code string cannot contain null bytes", filename, null, null, null);
    const prep = prepareBytes(source, filename);
    buf = prep.buf;
    charOffsets = prep.charOffsets;
  }
  buf = translateNewlines(buf, mode === Mode.File);
  const p = new Parser(buf, filename, mode, {
    typeComments: opts.typeComments ?? false,
    featureVersion: opts.featureVersion ?? 11,
    charOffsets,
    barryAsFlufl: false,
  });
  return runParser(p) as A.mod;
}
