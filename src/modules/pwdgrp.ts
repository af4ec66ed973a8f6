/**
 * The `pwd` and `grp` builtin modules: the user and group databases read from /etc/passwd and
 * /etc/group through the host (what glibc's files backend gives), as struct_passwd /
 * struct_group, with CPython's KeyError / TypeError messages.
 */
import { PyObject, PyType, Meth } from "../objects/object.ts";
import { PyInt, newIntAny } from "../objects/int.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { newList } from "../objects/list.ts";
import { typeError, keyError } from "../objects/errors.ts";
import { host } from "../host/host.ts";
import { buildModule, type ModDef } from "./modutil.ts";
import { newStructSeqType, newStructSeqFull } from "./structseq_full.ts";
import type { PyModule } from "../objects/module.ts";

function readTable(path: string): string[][] {
  let text: string;
  try {
    text = new TextDecoder().decode(host().readFile(path));
  } catch {
    return [];
  }
  return text.split("\n").filter((l) => l !== "" && !l.startsWith("#")).map((l) => l.split(":"));
}
function keyErr(msg: string): unknown {
  const m = newStr(msg);
  return keyError(m);
}
/** uid/gid argument: an int (TypeError "uid should be integer, not str" otherwise). */
function idArg(o: PyObject, what: string): bigint {
  if (!(o instanceof PyInt)) {
    if (o.ob_type.nb_index === null) throw typeError(`${what} should be integer, not ${o.ob_type.tp_name}`);
  }
  return BigInt((o as PyInt).value);
}

let PasswdType: PyType | null = null;
let GroupType: PyType | null = null;

function passwdObj(f: string[]): PyObject {
  return newStructSeqFull(PasswdType!, [newStr(f[0] ?? ""), newStr(f[1] ?? ""), newIntAny(Number(f[2])), newIntAny(Number(f[3])), newStr(f[4] ?? ""), newStr(f[5] ?? ""), newStr(f[6] ?? "")]);
}
function groupObj(f: string[]): PyObject {
  const mem = (f[3] ?? "").split(",").filter((x) => x !== "").map((x) => newStr(x) as PyObject);
  return newStructSeqFull(GroupType!, [newStr(f[0] ?? ""), newStr(f[1] ?? ""), newIntAny(Number(f[2])), newList(mem)]);
}

export function makePwdModule(): PyModule {
  PasswdType ??= newStructSeqType("pwd.struct_passwd", ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"]);
  const defs: ModDef[] = [
    { name: "getpwuid", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      const uid = idArg(o, "uid");
      const row = uid >= 0n && uid <= 0xffffffffn ? readTable("/etc/passwd").find((f) => BigInt(f[2] ?? -1) === uid) : undefined;
      if (row === undefined) throw keyErr(uid >= 0n && uid <= 0xffffffffn ? `getpwuid(): uid not found: ${uid}` : "getpwuid(): uid not found");
      return passwdObj(row);
    } },
    { name: "getpwnam", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      if (!(o instanceof PyStr)) throw typeError(`getpwnam() argument must be str, not ${o.ob_type.tp_name}`);
      const row = readTable("/etc/passwd").find((f) => f[0] === o.value);
      if (row === undefined) throw keyErr(`getpwnam(): name not found: '${o.value}'`);
      return passwdObj(row);
    } },
    { name: "getpwall", flags: Meth.NOARGS, fn: () => newList(readTable("/etc/passwd").map(passwdObj)) },
  ];
  PasswdType.ob_refcnt++;
  return buildModule("pwd", defs, { struct_passwd: PasswdType });
}

export function makeGrpModule(): PyModule {
  GroupType ??= newStructSeqType("grp.struct_group", ["gr_name", "gr_passwd", "gr_gid", "gr_mem"]);
  const defs: ModDef[] = [
    { name: "getgrgid", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      const gid = idArg(o, "gid");
      const row = gid >= 0n && gid <= 0xffffffffn ? readTable("/etc/group").find((f) => BigInt(f[2] ?? -1) === gid) : undefined;
      if (row === undefined) throw keyErr(gid >= 0n && gid <= 0xffffffffn ? `getgrgid(): gid not found: ${gid}` : "getgrgid(): gid not found");
      return groupObj(row);
    } },
    { name: "getgrnam", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      if (!(o instanceof PyStr)) throw typeError(`getgrnam() argument must be str, not ${o.ob_type.tp_name}`);
      const row = readTable("/etc/group").find((f) => f[0] === o.value);
      if (row === undefined) throw keyErr(`getgrnam(): name not found: '${o.value}'`);
      return groupObj(row);
    } },
    { name: "getgrall", flags: Meth.NOARGS, fn: () => newList(readTable("/etc/group").map(groupObj)) },
  ];
  GroupType.ob_refcnt++;
  return buildModule("grp", defs, { struct_group: GroupType });
}
