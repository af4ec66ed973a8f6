/**
 * Modules whose body is Python source built into tspy (what CPython calls frozen modules):
 * __future__, warnings (when lib/ has none), traceback. The module is made once, registered in
 * sys.modules before its body runs (as an import does), and shared afterwards.
 *
 * Reference counts: the getter returns a new reference; the cache keeps its own.
 */
import { intern } from "../objects/str.ts";
import { dictSetItemStr, PyDict } from "../objects/dict.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { dealloc } from "../memory/refcount.ts";
import { compileToCode, runCode } from "./builtins_compile.ts";
import { sysGet } from "./sys.ts";

/** A getter for the module `name` whose body is `source`; `prepare` may add native names first. */
export function frozenSourceModule(name: string, source: string, prepare?: (d: PyDict) => void): () => PyModule {
  let cached: PyModule | null = null;
  return () => {
    if (cached !== null) {
      cached.ob_refcnt++;
      return cached;
    }
    const m = newModule(name);
    const d = m.dict!;
    const mods = sysGet("modules") as PyDict | null;
    if (mods !== null) dictSetItemStr(mods, intern(name), m);
    if (prepare) prepare(d);
    const code = compileToCode(source, `<frozen ${name}>`, "exec", 0, 0);
    try {
      const r = runCode(code, d, d);
      if (--r.ob_refcnt === 0) dealloc(r);
    } finally {
      if (--code.ob_refcnt === 0) dealloc(code);
    }
    cached = m;
    m.ob_refcnt++;
    return m;
  };
}
