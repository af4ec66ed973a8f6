/** The frame type's Python-visible attributes (f_back, f_code, f_lineno, f_locals, f_globals...). */
import { PyObject } from "./object.ts";
import { FrameType, None } from "./types.ts";
import { newInt } from "./int.ts";
import { newStr } from "./str.ts";
import { hexId } from "./abstract.ts";
import { lineOf } from "./codeobject.ts";
import { dealloc } from "../memory/refcount.ts";
import { type Frame, frameLocalsDicts, frameTraceStates } from "../vm/frame.ts";
import { frameLocals, fastAsLocals } from "../modules/builtins.ts";
import { frameTraceGet, frameTraceSet, frameTraceFlag, setFrameTraceFlag, frameLinenoSet } from "../vm/pytrace.ts";
import { BoolType } from "./types.ts";
import { True, newBool } from "./int.ts";
import { typeError } from "./errors.ts";

const F = (o: PyObject) => o as Frame;
FrameType.tp_getset = [
  { name: "f_back", get: (o) => { const b = F(o).back ?? None; b.ob_refcnt++; return b; }, set: null },
  { name: "f_code", get: (o) => (F(o).code.ob_refcnt++, F(o).code), set: null },
  { name: "f_lineno", get: (o) => newInt(lineOf(F(o).code, F(o).lasti)), set: (o, v) => frameLinenoSet(F(o), v) },
  { name: "f_lasti", get: (o) => newInt(F(o).lasti * 2), set: null },
  { name: "f_globals", get: (o) => (F(o).globals.ob_refcnt++, F(o).globals), set: null },
  { name: "f_builtins", get: (o) => (F(o).builtins.ob_refcnt++, F(o).builtins), set: null },
  { name: "f_locals", get: (o) => (fastAsLocals.add(F(o)), frameLocals(F(o))), set: null },
  // sys.settrace's per-frame state (src/vm/pytrace.ts)
  { name: "f_trace", get: (o) => frameTraceGet(F(o)), set: (o, v) => frameTraceSet(F(o), v) },
  { name: "f_trace_lines", get: (o) => newBool(frameTraceFlag(F(o), "lines")), set: (o, v) => setFrameTraceFlag(F(o), "lines", traceFlagArg(v)) },
  { name: "f_trace_opcodes", get: (o) => newBool(frameTraceFlag(F(o), "opcodes")), set: (o, v) => setFrameTraceFlag(F(o), "opcodes", traceFlagArg(v)) },
];

function traceFlagArg(v: PyObject | null): boolean {
  if (v === null || v.ob_type !== BoolType) throw typeError("attribute value type must be bool");
  return v === True;
}
FrameType.tp_repr = (o) => newStr(`<frame at ${hexId(o)}, file '${F(o).code.filename.value}', line ${lineOf(F(o).code, F(o).lasti)}, code ${F(o).code.name.value}>`);
FrameType.tp_dealloc = (o) => {
  const f = F(o);
  const fn = f.func;
  if (fn !== null) {
    f.func = null;
    if (--fn.ob_refcnt === 0) dealloc(fn);
  }
  // only slots below sp are owned (dead stack slots may hold stale pointers: see vm/frame.ts)
  const s = f.s;
  for (let i = 0; i < f.sp; i++) {
    const x = s[i];
    if (x !== null && x !== undefined) {
      s[i] = null;
      if (--x.ob_refcnt === 0) dealloc(x);
    }
  }
  // the f_locals dict made for this frame (locals(), f_locals) goes with it
  if (frameLocalsDicts.count !== 0) frameLocalsDicts.forget!(f);
  if (frameTraceStates.count !== 0) frameTraceStates.forget!(f);
  // the frame's reference to its code goes last (vm/frame.ts)
  const code = f.code;
  if (--code.ob_refcnt === 0) dealloc(code);
};
