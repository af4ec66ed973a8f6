/**
 * `_hashlib`: what CPython's hashlib gets from OpenSSL on this platform, in pure TypeScript:
 * openssl_<name>() constructors and new() returning _hashlib.HASH (HASHXOF for shake_*), HMAC
 * objects (hmac_new / hmac_digest, used by lib hmac), pbkdf2_hmac, compare_digest,
 * get_fips_mode, openssl_md_meth_names, UnsupportedDigestmodError. Digests: md5, sha1, sha2
 * (incl. sha512_224/256), sha3, shake (hash_digests.ts, hash_sha3_blake2.ts).
 */
import { PyObject, PyType, Meth, TPFlags } from "../objects/object.ts";
import { TypeType, ObjectType, None } from "../objects/types.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyBytes, newBytes, bufferOf } from "../objects/bytes.ts";
import { PyInt, newInt, newIntAny } from "../objects/int.ts";
import { newTuple } from "../objects/tuple.ts";
import { newDict, dictSetItemStr } from "../objects/dict.ts";
import { newSetFrom } from "../objects/set.ts";
import { FrozenSetType } from "../objects/types.ts";
import { parseArgs } from "../objects/args.ts";
import { typeError, valueError, newException, overflowError, systemError } from "../objects/errors.ts";
import { readyType, typeCall } from "../objects/typeobject.ts";
import { hexId, index as toIndex } from "../objects/abstract.ts";
import { PyCFunction } from "../objects/descr.ts";
import * as E from "../objects/exceptions.ts";
import { DECREF } from "../memory/refcount.ts";
import { buildModule, pyNone, pyBool, type ModDef } from "./modutil.ts";
import { newHasher, type Hasher } from "./hash_digests.ts";
import { newSha3, Keccak } from "./hash_sha3_blake2.ts";
import { hashData, hex } from "./hashmods.ts";
import { newExtraHasher } from "./hash_extra.ts";
import type { PyModule } from "../objects/module.ts";

const NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"];
const EXTRA = ["sha512_224", "sha512_256", "ripemd160", "sm3", "md5-sha1"];
function makeHasher(name: string): Hasher | null {
  return newHasher(name) ?? newSha3(name) ?? newExtraHasher(name);
}

class PyHashObj extends PyObject {
  declare h: Hasher;
  constructor(t: PyType, h: Hasher) {
    super(t);
    this.h = h;
  }
}
class PyHmac extends PyObject {
  declare inner: Hasher;
  declare outer: Hasher;
  constructor(t: PyType, inner: Hasher, outer: Hasher) {
    super(t);
    this.inner = inner;
    this.outer = outer;
  }
}
const HashType = new PyType(TypeType, "_hashlib.HASH", ObjectType, TPFlags.BASETYPE);
const HashXofType = new PyType(TypeType, "_hashlib.HASHXOF", HashType, 0);
const HmacType = new PyType(TypeType, "_hashlib.HMAC", ObjectType, 0);
let UnsupportedType: PyType = E.ValueErrorType;

function H(o: PyObject): Hasher {
  return (o as PyHashObj).h;
}
function newHashObj(name: string, data: PyObject | null): PyObject {
  const h = makeHasher(name);
  if (h === null) throw newException(UnsupportedType, "[digital envelope routines] unsupported");
  if (data !== null) h.update(hashData(data));
  return new PyHashObj(name.startsWith("shake_") ? HashXofType : HashType, h);
}
function lengthArg(fname: string, a: PyObject[], kw: PyObject | null): number {
  const [l] = parseArgs(fname, a, kw, ["length"]);
  const i = toIndex(l!);
  const v = Number(i.value);
  DECREF(i);
  if (v < 0) throw systemError("Negative size passed to PyBytes_FromStringAndSize");
  return v;
}

/** hmac key schedule: the inner and outer hashers after absorbing key ^ ipad / opad. */
function hmacInit(name: string, key: Uint8Array): [Hasher, Hasher] {
  const inner = makeHasher(name);
  if (inner === null || name.startsWith("shake_")) throw newException(UnsupportedType, "[digital envelope routines] unsupported");
  const outer = makeHasher(name)!;
  const bs = inner.blockSize;
  let k = key;
  if (k.length > bs) {
    const t = makeHasher(name)!;
    t.update(k);
    k = t.digest();
  }
  const ipad = new Uint8Array(bs), opad = new Uint8Array(bs);
  for (let i = 0; i < bs; i++) {
    const b = k[i] ?? 0;
    ipad[i] = b ^ 0x36;
    opad[i] = b ^ 0x5c;
  }
  inner.update(ipad);
  outer.update(opad);
  return [inner, outer];
}
function hmacDigest(inner: Hasher, outer: Hasher): Uint8Array {
  const o = outer.copy();
  o.update(inner.digest());
  return o.digest();
}
/** The digest name of a digestmod argument: a str, or one of our openssl_* constructors. */
function digestName(o: PyObject | null): string {
  if (o === null || o === None) throw typeError("Missing required parameter 'digestmod'.");
  if (o instanceof PyStr) return o.value.toLowerCase();
  if (o instanceof PyCFunction && o.def.name.startsWith("openssl_")) return o.def.name.slice(8);
  throw newException(UnsupportedType, "Unsupported digestmod " + o.ob_type.tp_name);
}

let ready = false;
function initTypes(): void {
  if (ready) return;
  ready = true;
  HashType.tp_repr = (o) => newStr(`<${H(o).name} _hashlib.HASH object @ ${hexId(o)}>`);
  HashType.tp_methods = [
    { name: "update", flags: Meth.O, fn: (o: PyObject, d: PyObject) => {
      H(o).update(hashData(d));
      return pyNone();
    } },
    { name: "digest", flags: Meth.NOARGS, fn: (o: PyObject) => newBytes(H(o).digest()) },
    { name: "hexdigest", flags: Meth.NOARGS, fn: (o: PyObject) => newStr(hex(H(o).digest())) },
    { name: "copy", flags: Meth.NOARGS, fn: (o: PyObject) => new PyHashObj(o.ob_type, H(o).copy()) },
  ];
  HashType.tp_getset = [
    { name: "name", get: (o: PyObject) => newStr(H(o).name), set: null },
    { name: "digest_size", get: (o: PyObject) => newInt(H(o).digestSize), set: null },
    { name: "block_size", get: (o: PyObject) => newInt(H(o).blockSize), set: null },
  ];
  readyType(HashType);
  HashXofType.tp_methods = [
    { name: "digest", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => newBytes((H(o) as Keccak).squeeze(lengthArg("digest", a, kw))) },
    { name: "hexdigest", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => newStr(hex((H(o) as Keccak).squeeze(lengthArg("hexdigest", a, kw)))) },
  ];
  readyType(HashXofType);
  const M = (o: PyObject) => o as PyHmac;
  HmacType.tp_repr = (o) => newStr(`<hmac-${M(o).inner.name} HMAC object @ ${hexId(o)}>`);
  HmacType.tp_methods = [
    { name: "update", flags: Meth.KEYWORDS, fn: (o: PyObject, a: PyObject[], kw: PyObject | null) => {
      const [m] = parseArgs("update", a, kw, ["msg"]);
      M(o).inner.update(hashData(m!));
      return pyNone();
    } },
    { name: "digest", flags: Meth.NOARGS, fn: (o: PyObject) => newBytes(hmacDigest(M(o).inner, M(o).outer)) },
    { name: "hexdigest", flags: Meth.NOARGS, fn: (o: PyObject) => newStr(hex(hmacDigest(M(o).inner, M(o).outer))) },
    { name: "copy", flags: Meth.NOARGS, fn: (o: PyObject) => new PyHmac(HmacType, M(o).inner.copy(), M(o).outer.copy()) },
  ];
  HmacType.tp_getset = [
    { name: "name", get: (o: PyObject) => newStr("hmac-" + M(o).inner.name), set: null },
    { name: "digest_size", get: (o: PyObject) => newInt(M(o).inner.digestSize), set: null },
    { name: "block_size", get: (o: PyObject) => newInt(M(o).inner.blockSize), set: null },
  ];
  readyType(HmacType);
}

export function makeHashlibModule(): PyModule {
  initTypes();
  const d = newDict();
  dictSetItemStr(d, intern("__module__"), newStr("_hashlib"));
  UnsupportedType = typeCall(TypeType, [newStr("UnsupportedDigestmodError"), newTuple([E.ValueErrorType]), d], null) as PyType;
  DECREF(d);
  const ctor = (name: string): ModDef => ({ name: "openssl_" + name, bare: true, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
    const [data] = parseArgs("openssl_" + name, a, kw, ["string", "usedforsecurity"], { required: 0, kwonly: 1 });
    return newHashObj(name, data);
  } });
  const defs: ModDef[] = [
    ...NAMES.map(ctor),
    { name: "new", bare: true, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [n, data] = parseArgs("new", a, kw, ["name", "string", "usedforsecurity"], { required: 1, kwonly: 2 });
      if (!(n instanceof PyStr)) throw typeError("name must be a string");
      return newHashObj(n.value.toLowerCase(), data);
    } },
    { name: "hmac_new", bare: true, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [key, msg, dm] = parseArgs("hmac_new", a, kw, ["key", "msg", "digestmod"], { required: 1 });
      const kb = bufferOf(key!);
      if (kb === null) throw typeError(`a bytes-like object is required, not '${key!.ob_type.tp_name}'`);
      const [inner, outer] = hmacInit(digestName(dm), kb);
      if (msg !== null && msg !== None) inner.update(hashData(msg));
      return new PyHmac(HmacType, inner, outer);
    } },
    { name: "hmac_digest", bare: true, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [key, msg, dm] = parseArgs("hmac_digest", a, kw, ["key", "msg", "digest"]);
      const kb = bufferOf(key!);
      if (kb === null) throw typeError(`a bytes-like object is required, not '${key!.ob_type.tp_name}'`);
      const [inner, outer] = hmacInit(digestName(dm), kb);
      inner.update(hashData(msg!));
      return newBytes(hmacDigest(inner, outer));
    } },
    { name: "pbkdf2_hmac", bare: true, flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], kw: PyObject | null) => {
      const [hn, pw, salt, it, dk] = parseArgs("pbkdf2_hmac", a, kw, ["hash_name", "password", "salt", "iterations", "dklen"], { required: 4 });
      if (!(hn instanceof PyStr)) throw typeError(`pbkdf2_hmac() argument 'hash_name' must be str, not ${hn!.ob_type.tp_name}`);
      const p = bufferOf(pw!), sb = bufferOf(salt!);
      if (p === null || sb === null) throw typeError("a bytes-like object is required");
      if (!(it instanceof PyInt)) throw typeError(`'${it!.ob_type.tp_name}' object cannot be interpreted as an integer`);
      const iters = Number(it.value);
      if (iters < 1) throw valueError("iteration value must be greater than 0.");
      if (iters > 0x7fffffff) throw overflowError("iteration value is too great.");
      const [inner, outer] = hmacInit(hn.value.toLowerCase(), p);
      let dklen = inner.digestSize;
      if (dk !== null && dk !== None) {
        dklen = Number((dk as PyInt).value);
        if (dklen < 1) throw valueError("key length must be greater than 0.");
        if (dklen > 0x7fffffff) throw overflowError("key length is too great.");
      }
      const out = new Uint8Array(dklen);
      const prf = (m: Uint8Array): Uint8Array => {
        const i = inner.copy();
        i.update(m);
        return hmacDigest(i, outer);
      };
      for (let block = 1, off = 0; off < dklen; block++) {
        const first = new Uint8Array(sb.length + 4);
        first.set(sb);
        first[sb.length] = block >>> 24;
        first[sb.length + 1] = (block >>> 16) & 0xff;
        first[sb.length + 2] = (block >>> 8) & 0xff;
        first[sb.length + 3] = block & 0xff;
        let u = prf(first);
        const acc = u.slice();
        for (let r = 1; r < iters; r++) {
          u = prf(u);
          for (let k = 0; k < acc.length; k++) acc[k] ^= u[k]!;
        }
        const take = Math.min(acc.length, dklen - off);
        out.set(acc.subarray(0, take), off);
        off += take;
      }
      return newBytes(out);
    } },
    { name: "compare_digest", bare: true, flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length !== 2) throw typeError(`compare_digest expected 2 arguments, got ${a.length}`);
      // two str (ASCII only), or two bytes-like objects
      let x: Uint8Array | string, y: Uint8Array | string;
      if (a[0] instanceof PyStr && a[1] instanceof PyStr) {
        x = a[0].value;
        y = a[1].value;
        for (const t of [x, y]) for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 127) throw typeError("comparing strings with non-ASCII characters is not supported");
      } else {
        const bx = bufferOf(a[0]!), by = bufferOf(a[1]!);
        if (bx === null && by === null) throw typeError(`unsupported operand types(s) or combination of types: '${a[0]!.ob_type.tp_name}' and '${a[1]!.ob_type.tp_name}'`);
        if (bx === null) throw typeError(`a bytes-like object is required, not '${a[0]!.ob_type.tp_name}'`);
        if (by === null) throw typeError(`a bytes-like object is required, not '${a[1]!.ob_type.tp_name}'`);
        x = bx;
        y = by;
      }
      if (x.length !== y.length) return pyBool(false);
      let diff = 0;
      for (let i = 0; i < x.length; i++) {
        const cx = typeof x === "string" ? x.charCodeAt(i) : x[i]!;
        const cy = typeof y === "string" ? (y as string).charCodeAt(i) : (y as Uint8Array)[i]!;
        diff |= cx ^ cy;
      }
      return pyBool(diff === 0);
    } },
    { name: "get_fips_mode", bare: true, flags: Meth.NOARGS, fn: () => newIntAny(0) },
  ];
  HashType.ob_refcnt++;
  HashXofType.ob_refcnt++;
  HmacType.ob_refcnt++;
  const names = [...NAMES, ...EXTRA].map((n) => newStr(n) as PyObject);
  const meth = newSetFrom(names);
  meth.ob_type = FrozenSetType;
  return buildModule("_hashlib", defs, {
    HASH: HashType, HASHXOF: HashXofType, HMAC: HmacType, UnsupportedDigestmodError: UnsupportedType,
    openssl_md_meth_names: meth, _constructors: newDict(),
  });
}
void PyBytes;
