/**
 * The builtin modules that CPython implements in C and ordinary programs import (math, time,
 * struct, posix, ...), registered in the builtin-module table (src/vm/import_registry.ts) by
 * initImportSystem. Each module is built on first import and cached, like a single-phase
 * init extension module.
 */
import type { PyObject } from "../objects/object.ts";
import { registerBuiltinModule } from "../vm/import_registry.ts";
import { makeMathModule } from "./math.ts";
import { makeRandomModule } from "./random.ts";
import { makeAtexitModule } from "./atexit.ts";
import { makeThreadModule } from "./_thread.ts";
import { makeErrnoModule } from "./errno.ts";
import { makeTimeModule } from "./time.ts";
import { makeStructModule } from "./struct.ts";
import { makePosixModule } from "./posix.ts";
import { makeHashModule } from "./hashmods.ts";
import { makeHashlibModule } from "./hashlib_openssl.ts";
import { makeBinasciiModule } from "./binascii.ts";
import { makeArrayModule } from "./array.ts";
import { makeUnicodedataModule } from "./unicodedata.ts";
import { makeCmathModule } from "./cmath.ts";
import { makeStatModule } from "./stat.ts";
import { makePwdModule, makeGrpModule } from "./pwdgrp.ts";
import { makeDisModule, makeOpcodeModule } from "./dis_module.ts";
import { makeSymtableModule } from "./symtable_module.ts";
import { makeSreModule } from "./sre.ts";
import { makeTracemallocModule } from "./tracemalloc.ts";
import { makeZlibModule } from "./zlib.ts";
import { makeTokenizeModule } from "./_tokenize.ts";
import { makeDoctestModule } from "./_doctest.ts";
import { makeSignalModule } from "./_signal.ts";
import { makeHeapqModule } from "./_heapq.ts";
import { makeAbcModule } from "./_abc.ts";
import { makeBisectModule } from "./_bisect.ts";
import { makeJsonModule } from "./_json.ts";
import { makeSpawnModule } from "./_spawn.ts";

import { makeAstModule } from "./ast/module.ts";
function cached(make: () => PyObject): () => PyObject {
  let m: PyObject | null = null;
  return () => {
    if (m === null) m = make();
    m.ob_refcnt++;
    return m;
  };
}

export function registerStdlibModules(): void {
  registerBuiltinModule("math", cached(makeMathModule));
  registerBuiltinModule("_random", cached(makeRandomModule));
  registerBuiltinModule("atexit", cached(makeAtexitModule));
  registerBuiltinModule("errno", cached(makeErrnoModule));
  registerBuiltinModule("_heapq", cached(makeHeapqModule));
  registerBuiltinModule("_abc", cached(makeAbcModule));
  registerBuiltinModule("_bisect", cached(makeBisectModule));
  registerBuiltinModule("_json", cached(makeJsonModule));
  registerBuiltinModule("_spawn", cached(makeSpawnModule));
  registerBuiltinModule("time", cached(makeTimeModule));
  registerBuiltinModule("_thread", cached(makeThreadModule));
  registerBuiltinModule("_struct", cached(makeStructModule));
  registerBuiltinModule("posix", cached(makePosixModule));
  registerBuiltinModule("binascii", cached(makeBinasciiModule));
  registerBuiltinModule("array", cached(makeArrayModule));
  registerBuiltinModule("unicodedata", cached(makeUnicodedataModule));
  registerBuiltinModule("cmath", cached(makeCmathModule));
  registerBuiltinModule("_stat", cached(makeStatModule));
  registerBuiltinModule("pwd", cached(makePwdModule));
  registerBuiltinModule("grp", cached(makeGrpModule));
  registerBuiltinModule("_md5", cached(makeHashModule("_md5", ["md5"])));
  registerBuiltinModule("_sha1", cached(makeHashModule("_sha1", ["sha1"])));
  registerBuiltinModule("_sha256", cached(makeHashModule("_sha256", ["sha224", "sha256"])));
  registerBuiltinModule("_sha512", cached(makeHashModule("_sha512", ["sha384", "sha512"])));
  registerBuiltinModule("_sha3", cached(makeHashModule("_sha3", ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"])));
  registerBuiltinModule("_blake2", cached(makeHashModule("_blake2", ["blake2b", "blake2s"])));
  registerBuiltinModule("_hashlib", cached(makeHashlibModule));
  registerBuiltinModule("_ast", cached(makeAstModule));
  registerBuiltinModule("_opcode", cached(makeOpcodeModule));
  registerBuiltinModule("_dis", cached(makeDisModule));
  registerBuiltinModule("_symtable", cached(makeSymtableModule));
  registerBuiltinModule("_sre", cached(makeSreModule));
  registerBuiltinModule("_tracemalloc", cached(makeTracemallocModule));
  registerBuiltinModule("zlib", cached(makeZlibModule));
  registerBuiltinModule("_tokenize", cached(makeTokenizeModule));
  registerBuiltinModule("_doctest", cached(makeDoctestModule));
  registerBuiltinModule("_signal", cached(makeSignalModule));
}
