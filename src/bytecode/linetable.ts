/**
 * co_linetable, CPython 3.11's location table (Objects/locations.md): source positions per code
 * unit, read as code.co_lines() and code.co_positions() read them.
 *
 * Entries: a first byte 1CCCCLLL (bit 7 set; C = kind; L = length - 1 in code units), then:
 *   kind 0..9   short form: line delta 0; one byte: column = kind*8 + bits 4-6,
 *               end column = column + bits 0-3
 *   kind 10..12 one-line form: line delta = kind - 10; two bytes: column, end column
 *   kind 13     no columns: line delta (signed varint)
 *   kind 14     long form: line delta (svarint), end-line delta (varint), column + 1 and
 *               end column + 1 (varints, 0 = unknown)
 *   kind 15     no location (line None)
 * varint: 6-bit groups, least significant first, bit 6 = more follows; svarint: zigzag in bit 0.
 * Lines start at co_firstlineno. Malformed tables end the iteration quietly (never throw).
 */
import type { CodeObject } from "./code.ts";

export interface LocationEntry {
  /** Code-unit range [start, end) as byte offsets. */
  start: number;
  end: number;
  line: number | null;
  endLine: number | null;
  col: number | null;
  endCol: number | null;
}

/** Decode the whole table into one entry per table record (offsets in bytes). */
export function decodeLocations(table: Uint8Array, firstLine: number): LocationEntry[] {
  const out: LocationEntry[] = [];
  let pos = 0;
  let line = firstLine;
  let addr = 0;
  const varint = (): number | null => {
    if (pos >= table.length) return null;
    let b = table[pos++]!;
    let val = b & 63;
    let shift = 6;
    while (b & 64) {
      if (pos >= table.length) return null;
      b = table[pos++]!;
      val += (b & 63) * 2 ** shift;
      shift += 6;
    }
    return val;
  };
  const svarint = (): number | null => {
    const v = varint();
    if (v === null) return null;
    const half = Math.floor(v / 2);
    return v % 2 === 1 ? -half : half;
  };
  while (pos < table.length) {
    const first = table[pos++]!;
    if ((first & 0x80) === 0) break; // not an entry start: stop
    const kind = (first >> 3) & 15;
    const len = (first & 7) + 1;
    const start = addr;
    addr += len * 2;
    let e: LocationEntry;
    if (kind < 10) {
      if (pos >= table.length) break;
      const b = table[pos++]!;
      const col = kind * 8 + ((b >> 4) & 7);
      e = { start, end: addr, line, endLine: line, col, endCol: col + (b & 15) };
    } else if (kind <= 12) {
      if (pos + 1 >= table.length) break;
      line += kind - 10;
      const col = table[pos++]!, endCol = table[pos++]!;
      e = { start, end: addr, line, endLine: line, col, endCol };
    } else if (kind === 13) {
      const d = svarint();
      if (d === null) break;
      line += d;
      e = { start, end: addr, line, endLine: line, col: null, endCol: null };
    } else if (kind === 14) {
      const d = svarint();
      const endDelta = varint();
      const col = varint();
      const endCol = varint();
      if (d === null || endDelta === null || col === null || endCol === null) break;
      line += d;
      e = { start, end: addr, line, endLine: line + endDelta, col: col === 0 ? null : col - 1, endCol: endCol === 0 ? null : endCol - 1 };
    } else {
      e = { start, end: addr, line: null, endLine: null, col: null, endCol: null };
    }
    out.push(e);
  }
  return out;
}

/**
 * code.co_lines(): one (start, end, line) range per table entry (3.11 does not merge entries of
 * the same line); line null for code without a source line.
 */
export function coLines(co: CodeObject): [number, number, number | null][] {
  return decodeLocations(co.co_linetable, co.co_firstlineno).map((e) => [e.start, e.end, e.line]);
}

export type Position = [number | null, number | null, number | null, number | null];

/** code.co_positions(): (line, end_line, col, end_col) for each code unit. */
export function coPositions(co: CodeObject): Position[] {
  const out: Position[] = [];
  for (const e of decodeLocations(co.co_linetable, co.co_firstlineno)) {
    for (let a = e.start; a < e.end; a += 2) out.push([e.line, e.endLine, e.col, e.endCol]);
  }
  return out;
}

/** dis.findlinestarts: (offset, line) where a new source line starts. */
export function findLineStarts(co: CodeObject): [number, number][] {
  const out: [number, number][] = [];
  let last: number | null = null;
  for (const [start, , line] of coLines(co)) {
    if (line !== null && line !== last) {
      last = line;
      out.push([start, line]);
    }
  }
  return out;
}

/** code.co_firstlineno-relative line of the instruction at byte offset `offset` (PyCode_Addr2Line). */
export function addr2line(co: CodeObject, offset: number): number | null {
  if (offset < 0) return co.co_firstlineno;
  for (const e of decodeLocations(co.co_linetable, co.co_firstlineno)) {
    if (offset >= e.start && offset < e.end) return e.line;
  }
  return null;
}
