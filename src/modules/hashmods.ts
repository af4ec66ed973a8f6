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
import { newSha3, Keccak, Blake2 } from "./hash_sha3_blake2.ts";
import { valueError, overflowError, systemError } from "../objects/errors.ts";
import { index as toIndex, isTrue } from "../objects/abstract.ts";
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
export function hex(b: Uint8Array): string {
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
  const shake = name.startsWith("shake_");
  const lengthArg = (fname: string, a: PyObject[], kw: PyObject | null): number => {
    const [l] = parseArgs(fname, a, kw, ["length"]);
    const i = toIndex(l!);
    const v = Number(i.value);
    if (v < 0) throw systemError("Negative size passed to PyBytes_FromStringAndSize");
    return v;
  };
  t.tp_methods = [
    { name: "update", flags: Meth.O, fn: (o: PyObject, d: PyObject) => {
      H(o).update(hashData(d));
      return pyNone();
    } },
    shake
      ? { name: "digest", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => newBytes((H(o) as Keccak).squeeze(lengthArg("digest", a, kw))) }
      : { name: "digest", flags: Meth.NOARGS, fn: (o: PyObject) => newBytes(H(o).digest()) },
    shake
      ? { name: "hexdigest", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => newStr(hex((H(o) as Keccak).squeeze(lengthArg("hexdigest", a, kw)))) }
      : { name: "hexdigest", flags: Meth.NOARGS, fn: (o: PyObject) => newStr(hex(H(o).digest())) },
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

function bytesParam(o: PyObject | null): Uint8Array {
  if (o === null) return new Uint8Array(0);
  return hashData(o);
}
function intParam(o: PyObject | null, d: number): number {
  if (o === null) return d;
  const i = toIndex(o);
  const v = Number(i.value);
  return v;
}
function blakeConstructor(mod: string, name: string): ModDef {
  const big = name === "blake2b";
  const maxDigest = big ? 64 : 32, maxSalt = big ? 16 : 8;
  return { name, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
    const [data, ds, key, salt, person, fanout, depth, leaf, nodeOff, nodeDepth, inner, last] = parseArgs(name, a, kw,
      ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"],
      { required: 0, posonly: 1, kwonly: 1 });
    const digestSize = intParam(ds, maxDigest);
    if (digestSize < 1 || digestSize > maxDigest) throw valueError(`digest_size must be between 1 and ${maxDigest} bytes`);
    const k = bytesParam(key), sa = bytesParam(salt), pe = bytesParam(person);
    if (sa.length > maxSalt) throw valueError(`maximum salt length is ${maxSalt} bytes`);
    if (pe.length > maxSalt) throw valueError(`maximum person length is ${maxSalt} bytes`);
    const fo = intParam(fanout, 1);
    if (fo < 0 || fo > 255) throw valueError("fanout must be between 0 and 255");
    const de = intParam(depth, 1);
    if (de < 1 || de > 255) throw valueError("depth must be between 1 and 255");
    const ls = intParam(leaf, 0);
    if (ls < 0) throw valueError("value must be positive");
    if (ls > 0xffffffff) throw overflowError("leaf_size is too large");
    const no = nodeOff === null ? 0n : BigInt(toIndex(nodeOff).value);
    if (no < 0n) throw valueError("value must be positive");
    if (no >= (big ? 1n << 64n : 1n << 48n)) throw overflowError("node_offset is too large");
    const nd = intParam(nodeDepth, 0);
    if (nd < 0 || nd > 255) throw valueError("node_depth must be between 0 and 255");
    const is = intParam(inner, 0);
    if (is < 0 || is > maxDigest) throw valueError(`inner_size must be between 0 and is ${maxDigest}`);
    if (k.length > maxDigest) throw valueError(`maximum key length is ${maxDigest} bytes`);
    const h = new Blake2(big, { digestSize, key: k, salt: sa, person: pe, fanout: fo, depth: de, leafSize: ls, nodeOffset: no, nodeDepth: nd, innerSize: is, lastNode: last !== null && isTrue(last) });
    if (data !== null) h.update(hashData(data));
    return new PyHash(hashType(mod, name), h);
  } };
}
function constructor(mod: string, name: string): ModDef {
  if (name.startsWith("blake2")) return blakeConstructor(mod, name);
  return { name, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
    const [data] = parseArgs(name, a, kw, ["string", "usedforsecurity"], { required: 0, kwonly: 1 });
    const h = newHasher(name) ?? newSha3(name)!;
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
