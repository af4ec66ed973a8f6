/**
 * The `_stat` builtin module (Modules/_stat.c): the S_* / UF_* / SF_* / ST_* constants of Linux,
 * the S_IS*() tests, S_IMODE, S_IFMT and filemode(). lib/stat.py (if present) re-exports it.
 */
import { PyObject, Meth } from "../objects/object.ts";
import { PyInt } from "../objects/int.ts";
import { newStr } from "../objects/str.ts";
import { typeError, overflowError } from "../objects/errors.ts";
import { buildModule, pyInt, pyBool, type ModDef } from "./modutil.ts";
import type { PyModule } from "../objects/module.ts";

const CONSTS: Record<string, number> = {
  SF_APPEND: 262144, SF_ARCHIVED: 65536, SF_IMMUTABLE: 131072, SF_NOUNLINK: 1048576, SF_SNAPSHOT: 2097152,
  ST_MODE: 0, ST_INO: 1, ST_DEV: 2, ST_NLINK: 3, ST_UID: 4, ST_GID: 5, ST_SIZE: 6, ST_ATIME: 7, ST_MTIME: 8, ST_CTIME: 9,
  S_ENFMT: 1024, S_IEXEC: 64, S_IFBLK: 24576, S_IFCHR: 8192, S_IFDIR: 16384, S_IFDOOR: 0, S_IFIFO: 4096, S_IFLNK: 40960,
  S_IFPORT: 0, S_IFREG: 32768, S_IFSOCK: 49152, S_IFWHT: 0, S_IREAD: 256, S_IRGRP: 32, S_IROTH: 4, S_IRUSR: 256,
  S_IRWXG: 56, S_IRWXO: 7, S_IRWXU: 448, S_ISGID: 1024, S_ISUID: 2048, S_ISVTX: 512, S_IWGRP: 16, S_IWOTH: 2,
  S_IWRITE: 128, S_IWUSR: 128, S_IXGRP: 8, S_IXOTH: 1, S_IXUSR: 64,
  UF_APPEND: 4, UF_COMPRESSED: 32, UF_HIDDEN: 32768, UF_IMMUTABLE: 2, UF_NODUMP: 1, UF_NOUNLINK: 16, UF_OPAQUE: 8,
};
const S_IFMT = 0o170000;

/** _PyLong_AsMode_t. */
function modeArg(o: PyObject): number {
  if (!(o instanceof PyInt)) throw typeError("an integer is required");
  const v = BigInt(o.value);
  if (v < 0n) throw overflowError("can't convert negative value to unsigned int");
  if (v > 0xffffffffn) throw overflowError("mode out of range");
  return Number(v);
}
function fileType(mode: number): string {
  switch (mode & S_IFMT) {
    case 0o120000: return "l";
    case 0o140000: return "s";
    case 0o100000: return "-";
    case 0o060000: return "b";
    case 0o040000: return "d";
    case 0o020000: return "c";
    case 0o010000: return "p";
    default: return "?";
  }
}
function filemode(m: number): string {
  const bit = (mask: number, c: string) => (m & mask ? c : "-");
  const special = (x: number, s: number, lower: string, upper: string) => (m & s ? (m & x ? lower : upper) : m & x ? "x" : "-");
  return fileType(m) +
    bit(0o400, "r") + bit(0o200, "w") + special(0o100, 0o4000, "s", "S") +
    bit(0o040, "r") + bit(0o020, "w") + special(0o010, 0o2000, "s", "S") +
    bit(0o004, "r") + bit(0o002, "w") + special(0o001, 0o1000, "t", "T");
}

export function makeStatModule(): PyModule {
  const test = (name: string, fmt: number): ModDef => ({ name, flags: Meth.O, fn: (_s: null, o: PyObject) => pyBool(fmt !== 0 && (modeArg(o) & S_IFMT) === fmt) });
  const defs: ModDef[] = [
    test("S_ISDIR", 0o040000), test("S_ISCHR", 0o020000), test("S_ISBLK", 0o060000), test("S_ISREG", 0o100000),
    test("S_ISFIFO", 0o010000), test("S_ISLNK", 0o120000), test("S_ISSOCK", 0o140000), test("S_ISDOOR", 0), test("S_ISPORT", 0), test("S_ISWHT", 0),
    { name: "S_IMODE", flags: Meth.O, fn: (_s: null, o: PyObject) => pyInt(modeArg(o) & 0o7777) },
    { name: "S_IFMT", flags: Meth.O, fn: (_s: null, o: PyObject) => pyInt(modeArg(o) & S_IFMT) },
    { name: "filemode", flags: Meth.O, fn: (_s: null, o: PyObject) => newStr(filemode(modeArg(o))) },
  ];
  const consts: Record<string, PyObject> = {};
  for (const k of Object.keys(CONSTS)) consts[k] = pyInt(CONSTS[k]!);
  return buildModule("_stat", defs, consts);
}
