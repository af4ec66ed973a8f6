/** Source text lookups for error messages. */
import { utf8Decode } from "../tokenizer/utf8.ts";

/** Line `lineno` (1-based) of the source with its newline, or null. */
export function sourceLine(source: string | Uint8Array | null, lineno: number): string | null {
  if (source === null || lineno < 1) return null;
  const text = typeof source === "string" ? source : utf8Decode(source);
  let start = 0;
  for (let l = 1; l < lineno; l++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start >= text.length) return null;
  const nl = text.indexOf("\n", start);
  return nl < 0 ? text.slice(start) : text.slice(start, nl + 1);
}

