/**
 * co_exceptiontable, CPython 3.11's exception table (Objects/exception_handling_notes.txt):
 * a sequence of entries, each four varints — start and length (in code units), handler target
 * (code units), and depth << 1 | lasti. The first byte of an entry has bit 7 set; varints are
 * 6-bit groups, most significant first, bit 6 = more follows.
 */

export interface ExceptionTableEntry {
  /** Byte offsets: the range [start, end) is covered; target is the handler. */
  start: number;
  end: number;
  target: number;
  /** Stack depth to unwind to, and whether lasti is pushed before the exception. */
  depth: number;
  lasti: boolean;
}

/** dis._parse_exception_table: every complete entry (a truncated last entry is dropped). */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let pos = 0;
  const varint = (): number | null => {
    if (pos >= table.length) return null;
    let b = table[pos++]!;
    let val = b & 63;
    while (b & 64) {
      if (pos >= table.length) return null;
      b = table[pos++]!;
      val = val * 64 + (b & 63);
    }
    return val;
  };
  for (;;) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    if (start === null || length === null || target === null || dl === null) return out;
    out.push({ start: start * 2, end: start * 2 + length * 2, target: target * 2, depth: Math.floor(dl / 2), lasti: dl % 2 === 1 });
  }
}

/** The handler for an exception raised at byte offset `offset`, or null (get_exception_handler). */
export function findHandler(entries: readonly ExceptionTableEntry[], offset: number): ExceptionTableEntry | null {
  for (const e of entries) if (offset >= e.start && offset < e.end) return e;
  return null;
}
