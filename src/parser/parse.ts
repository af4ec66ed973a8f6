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
import { settleNodeShapes } from "../ast/shapes.ts";

export type ParseMode = "exec" | "eval" | "single" | "func_type";

export interface ParseOptions {
  filename?: string;
  mode?: ParseMode;
  /** ast.parse(type_comments=True) */
  typeComments?: boolean;
  /** ast.parse(feature_version=(3, N)): N */
  featureVersion?: number;
  /**
   * The source is a script file being run (python3 FILE / stdin), not a string given to
   * compile(): null bytes and non-UTF-8 bytes are reported as the file reader reports them.
   */
  fileInput?: boolean;
  /** compile() flag PyCF_ALLOW_INCOMPLETE_INPUT (codeop): input ending too early is "incomplete input". */
  allowIncompleteInput?: boolean;
  /** compile() flag PyCF_DONT_IMPLY_DEDENT */
  dontImplyDedent?: boolean;
  /** `filename` is the file the source was read from (error lines come from it, as in CPython). */
  sourceIsFile?: boolean;
}

/** valid_utf8 of the C tokenizer's file reader (loose: lengths and continuation bytes only). */
function looseUtf8Len(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  if (c < 0xc0) return 0;
  const expected = c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf8 ? 3 : -1;
  if (expected < 0) return 0;
  for (let k = 1; k <= expected; k++) {
    const x = b[i + k];
    if (x === undefined || x < 0x80 || x >= 0xc0) return 0;
  }
  return expected + 1;
}

/** Errors python3's file reader gives before tokenizing: null bytes, non-UTF-8 without a cookie. */
function checkFileInput(src: Uint8Array, filename: string): void {
  const nul = src.indexOf(0);
  if (nul >= 0) {
    let line = 1, ls = 0;
    for (let i = 0; i < nul; i++) if (src[i] === 10) { line++; ls = i + 1; }
    let text = "";
    for (let i = ls; i < nul; i++) text += String.fromCharCode(src[i]!);
    throw new CompileError("SyntaxError", "source code cannot contain null bytes", filename, line, 0, text, line, 0);
  }
  const bom = src.length >= 3 && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf;
  let line = 1;
  for (let i = 0; i < src.length;) {
    const c = src[i]!;
    if (c === 10) line++;
    if (c === 0x63 && line <= 2 && src[i + 1] === 0x6f && src[i + 2] === 0x64 && src[i + 3] === 0x69) return; // a cookie: decoded later
    const n = looseUtf8Len(src, i);
    if (n === 0) {
      if (bom) return;
      throw new CompileError("SyntaxError", `Non-UTF-8 code starting with '\\x${c.toString(16).padStart(2, "0")}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`, filename, null, null, null);
    }
    i += n;
  }
}

const MODES: Record<ParseMode, Mode> = { exec: Mode.File, eval: Mode.Eval, single: Mode.Single, func_type: Mode.FuncType };

/**
 * Normalise newlines (\r\n and \r -> \n) and, in exec mode, end with "\n" (CPython's
 * translate_newlines). Returns the same array when nothing changes.
 */
export function translateNewlines(b: Uint8Array, addFinal: boolean): Uint8Array {
  const hasCR = b.indexOf(13) >= 0; // native search
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
  settleNodeShapes();
  const filename = opts.filename ?? "<unknown>";
  const mode = MODES[opts.mode ?? "exec"];
  let buf: Uint8Array;
  let charOffsets = true;
  if (typeof source === "string") {
    if (source.indexOf("\0") >= 0) throw new CompileError("SyntaxError", "source code string cannot contain null bytes", filename, null, null, null);
    buf = utf8Encode(source);
  } else {
    if (opts.fileInput) checkFileInput(source, filename);
    if (source.indexOf(0) >= 0) throw new CompileError("SyntaxError", "source code string cannot contain null bytes", filename, null, null, null);
    const prep = prepareBytes(source, filename);
    buf = prep.buf;
    charOffsets = prep.charOffsets;
  }
  buf = translateNewlines(buf, mode === Mode.File);
  // A Node Buffer (a Uint8Array subclass, e.g. from readFileSync) has a map of its own: the
  // tokenizer's and string decoders' byte loads would see two maps and leave optimized code
  // once for each. Parse through a plain view of the same bytes.
  if (buf.constructor !== Uint8Array) buf = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  const p = new Parser(buf, filename, mode, {
    typeComments: opts.typeComments ?? false,
    featureVersion: opts.featureVersion ?? 11,
    charOffsets,
    barryAsFlufl: false,
    allowIncompleteInput: opts.allowIncompleteInput ?? false,
    dontImplyDedent: opts.dontImplyDedent ?? false,
    sourceIsFile: opts.sourceIsFile ?? false,
  });
  return runParser(p) as A.mod;
}
