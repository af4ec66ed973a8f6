/**
 * Replacement templates for sub() / subn() / Match.expand (sre_parse.parse_template and
 * expand_template): literal text with \n \t ... escapes, octal escapes (\0, \012), group
 * references \1..\99, \g<number> and \g<name>. Errors and warnings as CPython's.
 */
import { MAXGROUPS } from "./constants.ts";
import { RegexError, cpString } from "./errors.ts";
import { isAscii, isAsciiDecimal, isIdentifier, pyAscii, pyInt, pyRepr } from "./pystr.ts";
import { ESC, NONE, Source, isAsciiLetter, isDigit, isOctDigit } from "./source.ts";

/** A parsed template: literal pieces (code points, or bytes for a bytes template) and group numbers. */
export class Template {
  constructor(
    /** Each part is a literal (array of code points / bytes) or a group number. */
    readonly parts: (number[] | number)[],
    readonly isBytes: boolean,
    readonly warnings: RegexError["warnings"],
  ) {}

  /** No group reference: the replacement is always the same text (parts has at most one literal). */
  get isLiteral(): boolean {
    for (const p of this.parts) if (typeof p === "number") return false;
    return true;
  }

  /**
   * expand_template: the pieces of the replacement for a match with these group spans
   * ([start0, end0, start1, end1, ...], -1 unmatched -> nothing), built by the caller's
   * `slice` (a piece of the subject) and `literal` (template text).
   */
  expand<T>(spans: Int32Array, slice: (start: number, end: number) => T, literal: (chars: number[]) => T): T[] {
    const out: T[] = [];
    for (const p of this.parts) {
      if (typeof p === "number") {
        const s = spans[2 * p]!;
        if (s >= 0 && spans[2 * p + 1]! > s) out.push(slice(s, spans[2 * p + 1]!));
      } else {
        out.push(literal(p));
      }
    }
    return out;
  }
}

function simpleEscape(c: number): number {
  switch (c) {
    case 0x61: return 7;
    case 0x62: return 8;
    case 0x66: return 12;
    case 0x6e: return 10;
    case 0x72: return 13;
    case 0x74: return 9;
    case 0x76: return 11;
    case 0x5c: return 0x5c;
    default: return -1;
  }
}

/** What parse_template needs to know about the pattern. */
export interface TemplatePattern {
  readonly groups: number;
  readonly groupindex: ReadonlyMap<string, number>;
}

/**
 * Parses a replacement template (code points of a str, or bytes) for `pattern`.
 * Throws RegexError: kind "error" for syntax errors, "IndexError" for an unknown group name.
 */
export function parseTemplate(pattern: TemplatePattern, template: Int32Array | Uint8Array, isBytes: boolean): Template {
  const s = new Source(template, !isBytes);
  const parts: (number[] | number)[] = [];
  let literal: number[] = [];
  const addgroup = (index: number | bigint, offset: number): void => {
    if (index > pattern.groups) throw s.error(`invalid group reference ${index}`, offset);
    if (literal.length > 0) {
      parts.push(literal);
      literal = [];
    }
    parts.push(Number(index));
  };
  for (;;) {
    const t = s.get();
    if (t === NONE) break;
    if (t < ESC) {
      literal.push(t);
      continue;
    }
    const c = t - ESC;
    if (c === 0x67) { // g
      if (!s.match(0x3c)) throw s.error("missing <");
      const name = s.getuntil(0x3e, "group name");
      let index: number | bigint;
      if (isIdentifier(name)) {
        if (!(s.istext || isAscii(name))) {
          s.warn("DeprecationWarning", `bad character in group name ${pyAscii(name)} at position ${s.tell() - name.length - 1}`);
        }
        const g = pattern.groupindex.get(cpString(name));
        if (g === undefined) {
          const e = new RegexError("IndexError", `unknown group name ${pyRepr(name)}`);
          e.warnings = s.warnings;
          throw e;
        }
        index = g;
      } else {
        const v = pyInt(name);
        if (v === null || v < 0n) throw s.error(`bad character in group name ${pyRepr(name)}`, name.length + 1);
        if (v >= BigInt(MAXGROUPS)) throw s.error(`invalid group reference ${v}`, name.length + 1);
        index = Number(v);
        if (!isAsciiDecimal(name)) {
          s.warn("DeprecationWarning", `bad character in group name ${s.istext ? pyRepr(name) : pyAscii(name)} at position ${s.tell() - name.length - 1}`);
        }
      }
      addgroup(index, name.length + 1);
    } else if (c === 0x30) {
      let v = 0;
      if (s.next !== NONE && s.next < ESC && isOctDigit(s.next)) {
        v = s.get() - 0x30;
        if (s.next !== NONE && s.next < ESC && isOctDigit(s.next)) v = v * 8 + s.get() - 0x30;
      }
      literal.push(v & 0xff);
    } else if (isDigit(c)) {
      const digits = [c];
      let isoctal = false;
      if (s.next !== NONE && s.next < ESC && isDigit(s.next)) {
        digits.push(s.get());
        if (isOctDigit(c) && isOctDigit(digits[1]!) && s.next !== NONE && s.next < ESC && isOctDigit(s.next)) {
          digits.push(s.get());
          isoctal = true;
          const v = (digits[0]! - 0x30) * 64 + (digits[1]! - 0x30) * 8 + (digits[2]! - 0x30);
          if (v > 0o377) {
            throw s.error(`octal escape value \\${String.fromCharCode(...digits)} outside of range 0-0o377`, 4);
          }
          literal.push(v);
        }
      }
      if (!isoctal) {
        let v = 0;
        for (const d of digits) v = v * 10 + d - 0x30;
        addgroup(v, digits.length);
      }
    } else {
      const e = simpleEscape(c);
      if (e >= 0) {
        literal.push(e);
      } else {
        if (isAsciiLetter(c)) throw s.error(`bad escape \\${String.fromCodePoint(c)}`, 2);
        literal.push(0x5c, c);
      }
    }
  }
  if (literal.length > 0) parts.push(literal);
  return new Template(parts, isBytes, s.warnings);
}
