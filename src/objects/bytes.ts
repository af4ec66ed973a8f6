/** bytes: formatting shared by the compiler (constants) and the VM. */

const HEX = "0123456789abcdef";

/** repr(bytes): b'...' (or b"..." when it holds ' and no "), escaping as CPython does. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

// ---- the run-time bytes object -------------------------------------------------------------

import { PyObject } from "./object.ts";
import { BytesType } from "./types.ts";

/** bytes (immutable; `value` is never written after creation) and bytearray share this layout. */
export class PyBytes extends PyObject {
  declare value: Uint8Array;
  declare hash: number | bigint;
  constructor(type: import("./object.ts").PyType, value: Uint8Array) {
    super(type);
    this.value = value;
    this.hash = -1;
  }
}
export function newBytes(v: Uint8Array): PyBytes {
  return new PyBytes(BytesType, v);
}
