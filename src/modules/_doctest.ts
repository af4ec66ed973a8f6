/**
 * `_doctest`: the one service lib/doctest.py needs from the VM. CPython's doctest patches
 * linecache.getlines so tracebacks of examples show their source lines; tspy's traceback
 * printing reads sources natively (src/vm/traceback.ts), so doctest registers each example's
 * source under its pseudo file name "<doctest NAME[i]>" instead.
 *
 *   register_source(filename: str, text: str) -> None
 */
import { PyObject, Meth } from "../objects/object.ts";
import { registerSource } from "../vm/traceback.ts";
import { buildModule, pyNone, strArg } from "./modutil.ts";
import { typeError } from "../objects/errors.ts";
import type { PyModule } from "../objects/module.ts";

export function makeDoctestModule(): PyModule {
  return buildModule("_doctest", [
    { name: "register_source", flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError("register_source expected 2 arguments");
      registerSource(strArg(a[0]!, "filename"), strArg(a[1]!, "text"));
      return pyNone();
    } },
  ]);
}
