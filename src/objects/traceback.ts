/** traceback objects: one per frame an exception passed through (tb_next points inward). */
import { PyObject } from "./object.ts";
import { TracebackType, None } from "./types.ts";
import { dealloc } from "../memory/refcount.ts";
import { newInt } from "./int.ts";
import type { Frame } from "../vm/frame.ts";
import { lineOf } from "./codeobject.ts";

export class PyTraceback extends PyObject {
  declare tb_next: PyTraceback | null;
  declare tb_frame: Frame;
  /** Unit index of the instruction (tb_lasti is twice this, in bytes). */
  declare lasti: number;
  constructor(next: PyTraceback | null, frame: Frame, lasti: number) {
    super(TracebackType);
    this.tb_next = next;
    this.tb_frame = frame;
    this.lasti = lasti;
  }
}
export function tbLineno(tb: PyTraceback): number {
  return lineOf(tb.tb_frame.code, tb.lasti);
}
TracebackType.tp_dealloc = (o) => {
  const tb = o as PyTraceback;
  if (tb.tb_next !== null && --tb.tb_next.ob_refcnt === 0) dealloc(tb.tb_next);
  if (--tb.tb_frame.ob_refcnt === 0) dealloc(tb.tb_frame);
};
TracebackType.tp_getset = [
  { name: "tb_next", get: (o) => { const n = (o as PyTraceback).tb_next ?? None; n.ob_refcnt++; return n; }, set: null },
  { name: "tb_frame", get: (o) => { const f = (o as PyTraceback).tb_frame; f.ob_refcnt++; return f; }, set: null },
  { name: "tb_lasti", get: (o) => newInt((o as PyTraceback).lasti * 2), set: null },
  { name: "tb_lineno", get: (o) => newInt(tbLineno(o as PyTraceback)), set: null },
];
