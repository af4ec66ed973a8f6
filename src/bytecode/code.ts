/**
 * The code object, as CPython 3.11 lays it out (Include/cpython/code.h): the compiler's output,
 * marshal's unit, and what the VM executes. Fields are exactly the ones marshal writes, in
 * marshal's order; co_varnames, co_cellvars, co_freevars and co_nlocals are derived from
 * co_localsplusnames/co_localspluskinds as CPython derives them.
 *
 * co_code holds 16-bit code units (opcode byte, oparg byte), followed by inline CACHE units.
 */
import type { ConstValue } from "../objects/constant.ts";

/** co_localspluskinds bits (CO_FAST_*). */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** co_flags bits. */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

export class CodeObject {
  constructor(
    public co_argcount: number,
    public co_posonlyargcount: number,
    public co_kwonlyargcount: number,
    public co_stacksize: number,
    public co_flags: number,
    public co_code: Uint8Array,
    public co_consts: ConstValue[],
    public co_names: string[],
    public co_localsplusnames: string[],
    public co_localspluskinds: Uint8Array,
    public co_filename: string,
    public co_name: string,
    public co_qualname: string,
    public co_firstlineno: number,
    public co_linetable: Uint8Array,
    public co_exceptiontable: Uint8Array,
  ) {}

  private namesOfKind(mask: number, exclude = 0): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.co_localsplusnames.length; i++) {
      const k = this.co_localspluskinds[i]!;
      if ((k & mask) !== 0 && (k & exclude) === 0) out.push(this.co_localsplusnames[i]!);
    }
    return out;
  }
  get co_varnames(): string[] {
    return this.namesOfKind(CO_FAST_LOCAL);
  }
  get co_cellvars(): string[] {
    return this.namesOfKind(CO_FAST_CELL);
  }
  get co_freevars(): string[] {
    return this.namesOfKind(CO_FAST_FREE);
  }
  get co_nlocals(): number {
    return this.co_varnames.length;
  }
}
