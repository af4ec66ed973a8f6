/**
 * The report python3 prints for a SyntaxError (CPython's print_exception_file_and_line and
 * print_error_text in Python/pythonrun.c):
 *
 *     File "x.py", line N
 *       <source line, leading whitespace stripped>
 *       <spaces>^^^^
 *   SyntaxError: msg
 *
 * Offsets are the exception's 1-based character offsets; CPython compares them with UTF-8 byte
 * lengths of the line in places, which is reproduced.
 */
import type { CompileError } from "./errors.ts";
import { utf8Encode } from "../tokenizer/utf8.ts";

function utf8Len(s: string): number {
  return utf8Encode(s).length;
}

/** print_error_text: the source line and the caret line. */
export function errorText(offset: number, endOffset: number, text: string): string {
  const caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let i = 0;
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\f")) { i++; offset--; }
  text = text.slice(i);
  let len = utf8Len(text);
  if (len > 0 && text.endsWith("\n")) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf("\n");
    if (nl < 0) break;
    const inl = nl; // characters before the newline (ASCII-safe approximation of bytes)
    if (inl >= offset) break;
    text = text.slice(nl + 1);
    len -= utf8Len(text.slice(0, 0)) + inl + 1;
    offset -= inl + 1;
  }
  let out = "    " + text;
  if (!text.endsWith("\n")) out += "\n";
  if (offset < 0) return out;
  out += "    " + " ".repeat(offset) + "^".repeat(caretRepetitions) + "\n";
  return out;
}

/** The lines python3 writes to stderr for an uncaught SyntaxError (no traceback header). */
export function formatSyntaxError(e: CompileError): string {
  let out = "";
  if (e.isSyntaxError && e.lineno !== null) {
    out += `  File "${e.filename}", line ${e.lineno}\n`;
    if (e.text !== null) {
      // python3 draws a single caret for IndentationError and TabError
      let endOffset = e.type === "SyntaxError" ? e.end_offset ?? -1 : -1;
      const lineSize = utf8Len(e.text);
      if (e.end_lineno !== null && e.end_lineno > e.lineno) endOffset = lineSize;
      if (endOffset > lineSize + 1) endOffset = lineSize + 1;
      out += errorText(e.offset ?? 0, endOffset, e.text);
    }
  }
  out += e.msg === "" ? `${e.type}\n` : `${e.type}: ${e.msg}\n`;
  return out;
}
