/**
 * The digest modules _md5, _sha1, _sha256 (sha224, sha256) and _sha512 (sha384, sha512): one
 * hash object type per algorithm over hash_digests.ts, with update/digest/hexdigest/copy and
 * name/digest_size/block_size, constructed as md5(string=b'', *, usedforsecurity=True).
 * lib/hashlib.py builds the public hashlib module on them.
 */
import { PyObject, PyType, Meth } from "../objects/object.ts";
import { TypeType, ObjectType } from "../objects/types.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { newBytes, bufferOf } from "../objects/bytes.ts";
import { newInt } from "../objects/int.ts";
import { parseArgs } from "../objects/args.ts";
import { typeError } from "../objects/errors.ts";
import { readyType } from "../objects/typeobject.ts";
import { buildModule, pyNone, type ModDef } from "./modutil.ts";
import { newHasher, type Hasher } from "./hash_digests.ts";
import type { PyModule } from "../objects/module.ts";

class PyHash extends PyObject {
  declare h: Hasher;
  constructor(t: PyType, h: Hasher) {
    super(t);
    this.h = h;
  }
}

/** The bytes of a hashing argument (CPython's GET_BUFFER_VIEW_OR_ERROUT messages). */
export function hashData(o: PyObject): Uint8Array {
  if (o instanceof PyStr) throw typeError("Strings must be encoded before hashing");
  const b = bufferOf(o);
  if (b === null) throw typeError("object supporting the buffer API required");
  return b;
}
function hex(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += (x < 16 ? "0" : "") + x.toString(16);
  return s;
}

const types = new Map<string, PyType>();
function hashType(mod: string, name: string): PyType {
  let t = types.get(name);
  if (t !== undefined) return t;
  t = new PyType(TypeType, `${mod}.${name}`, ObjectType, 0);
  const H = (o: PyObject): Hasher => (o as PyHash).h;
  t.tp_methods = [
    { name: "update", flags: Meth.O, fn: (o: PyObject, d: PyObject) => {
      H(o).update(hashData(d));
      return pyNone();
    } },
    { name: "digest", flags: Meth.NOARGS, fn: (o: PyObject) => newBytes(H(o).digest()) },
    { name: "hexdigest", flags: Meth.NOARGS, fn: (o: PyObject) => newStr(hex(H(o).digest())) },
    { name: "copy", flags: Meth.NOARGS, fn: (o: PyObject) => new PyHash(o.ob_type, H(o).copy()) },
  ];
  t.tp_getset = [
    { name: "name", get: (o: PyObject) => newStr(H(o).name), set: null },
    { name: "digest_size", get: (o: PyObject) => newInt(H(o).digestSize), set: null },
    { name: "block_size", get: (o: PyObject) => newInt(H(o).blockSize), set: null },
  ];
  readyType(t);
  types.set(name, t);
  return t;
}

function constructor(mod: string, name: string): ModDef {
  return { name, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
    const [data] = parseArgs(name, a, kw, ["string", "usedforsecurity"], { required: 0, kwonly: 1 });
    const h = newHasher(name)!;
    if (data !== null) h.update(hashData(data));
    return new PyHash(hashType(mod, name), h);
  } };
}

export function makeHashModule(mod: string, names: string[]): () => PyModule {
  return () => {
    const consts: Record<string, PyObject> = {};
    for (const n of names) {
      const t = hashType(mod, n);
      t.ob_refcnt++;
      consts[n.toUpperCase() + "Type"] = t;
    }
    return buildModule(mod, names.map((n) => constructor(mod, n)), consts);
  };
}
