/**
 * The pattern tokenizer (sre_parse.Tokenizer): walks the pattern's code points (a bytes pattern's
 * bytes, read as Latin-1) one token ahead. A token is one character, or a backslash and the
 * character after it, encoded as ESC | code point. A backslash at the very end is an error as
 * soon as the tokenizer looks at it, exactly as CPython's.
 *
 * Positions (tell, error offsets) count code points of the pattern.
 */
import { RegexError, backslashReplace, type RegexWarning } from "./errors.ts";

/** Marks an escape token: ESC | c stands for "\\" followed by c. */
export const ESC = 0x200000;
/** No token: the end of the pattern. */
export const NONE = -1;

export function tokLen(t: number): number {
  return t === NONE ? 0 : t >= ESC ? 2 : 1;
}

/** Appends the characters of token t to a code point list. */
export function pushTok(out: number[], t: number): void {
  if (t >= ESC) out.push(0x5c, t - ESC);
  else out.push(t);
}

export class Source {
  readonly src: Int32Array | Uint8Array;
  readonly istext: boolean;
  index = 0;
  next = NONE;
  warnings: RegexWarning[] = [];

  constructor(src: Int32Array | Uint8Array, istext: boolean) {
    this.src = src;
    this.istext = istext;
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    const src = this.src;
    if (index >= src.length) {
      this.next = NONE;
      return;
    }
    let t = src[index]!;
    if (t === 0x5c) {
      index++;
      if (index >= src.length) throw new RegexError("error", "bad escape (end of pattern)", src, src.length - 1);
      t = ESC + src[index]!;
    }
    this.index = index + 1;
    this.next = t;
  }

  match(t: number): boolean {
    if (t === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): number {
    const t = this.next;
    this.advance();
    return t;
  }

  tell(): number {
    return this.index - tokLen(this.next);
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  /** Appends to `out` up to n tokens that are plain characters accepted by `ok`. */
  getwhile(n: number, ok: (c: number) => boolean, out: number[]): void {
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === NONE || c >= ESC || !ok(c)) break;
      out.push(c);
      this.advance();
    }
  }

  /** The characters up to the terminator token (sre's getuntil), as code points. */
  getuntil(terminator: number, name: string): number[] {
    const result: number[] = [];
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === NONE) {
        if (result.length === 0) throw this.error("missing " + name);
        throw this.error(`missing ${String.fromCharCode(terminator)}, unterminated name`, result.length);
      }
      if (c === terminator) {
        if (result.length === 0) throw this.error("missing " + name, 1);
        break;
      }
      pushTok(result, c);
    }
    return result;
  }

  error(msg: string, offset = 0): RegexError {
    const e = new RegexError("error", this.istext ? msg : backslashReplace(msg), this.src, this.tell() - offset);
    e.warnings = this.warnings;
    return e;
  }

  warn(category: RegexWarning["category"], message: string): void {
    this.warnings.push({ category, message });
  }
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
export function isOctDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x37;
}
export function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
