/**
 * `tspy -m py_compile FILE...` and `tspy -m compileall [options] [FILE|DIR ...]`: python3's
 * command lines (argparse usage and errors, messages, exit statuses), writing .pyc files with
 * tspy's compiler through the same code as import (src/bytecode/pyc.ts, pycache.ts: atomic
 * writes, PEP 3147/488 names with the tspy-311 tag, timestamp or hash-based invalidation).
 *
 *   py_compile: -q; '-' reads the file names from stdin; stops at the first error (status 1).
 *   compileall: -l -r N -f -q(-qq) -b -d DESTDIR -s STRIPDIR -p PREPENDDIR -x REGEXP -i FILE
 *               -j N (runs sequentially; output is the same) --invalidation-mode -o LEVEL...
 *               -e DIR (accepted) --hardlink-dupes (accepted). Up-to-date check as
 *               compileall's: the first 12 bytes of every target equal magic + flags 0 + mtime.
 */
import type { Options } from "../tspy.ts";
import { host, HostError } from "../../src/host/host.ts";
import { parse } from "../../src/parser/parse.ts";
import { CompileError } from "../../src/parser/errors.ts";
import { formatSyntaxError } from "../../src/parser/report.ts";
import { compileAST } from "../../src/compiler/index.ts";
import { writePyc, MAGIC_BYTES, RAW_MAGIC_NUMBER } from "../../src/bytecode/pyc.ts";
import { cacheFromSource, setData } from "../../src/bytecode/pycache.ts";
import { sourceHash } from "../../src/objects/hash.ts";
import { strRepr } from "../../src/objects/str.ts";

type Mode = "timestamp" | "checked-hash" | "unchecked-hash";

const ERRNO: Record<string, string> = {
  ENOENT: "[Errno 2] No such file or directory", EACCES: "[Errno 13] Permission denied",
  EISDIR: "[Errno 21] Is a directory", ENOTDIR: "[Errno 20] Not a directory", EROFS: "[Errno 30] Read-only file system",
};
function osErrorText(e: HostError): [string, string] {
  const cls = e.code === "ENOENT" ? "FileNotFoundError" : e.code === "EACCES" ? "PermissionError" : e.code === "EISDIR" ? "IsADirectoryError" : e.code === "ENOTDIR" ? "NotADirectoryError" : "OSError";
  return [cls, `${ERRNO[e.code] ?? `[Errno 5] ${e.message}`}: ${strRepr(e.path)}`];
}

class PyCompileError extends Error {
  constructor(readonly msg: string) {
    super(msg);
  }
}
class OSErr extends Error {
  constructor(readonly cls: string, readonly text: string) {
    super(text);
  }
}

function defaultMode(): Mode {
  return host().env["SOURCE_DATE_EPOCH"] ? "checked-hash" : "timestamp";
}

/** py_compile.compile(file, cfile, dfile, doraise=True, optimize, invalidation_mode). */
export function compileOne(file: string, cfile: string | null, dfile: string | null, optimize: number, mode: Mode, interpOptimize: number): string {
  const opt = optimize < 0 ? interpOptimize : optimize;
  const target = cfile ?? cacheFromSource(file, opt >= 1 ? opt : "");
  let source: Uint8Array;
  try {
    source = host().readFile(file);
  } catch (e) {
    if (e instanceof HostError) {
      const [cls, text] = osErrorText(e);
      throw new OSErr(cls, text);
    }
    throw e;
  }
  const shown = dfile ?? file;
  let code;
  try {
    code = compileAST(parse(source, { filename: shown }), { filename: shown, optimize: opt });
  } catch (e) {
    if (e instanceof CompileError) {
      if (e.type === "SyntaxError") throw new PyCompileError(formatSyntaxError(e));
      const base = e.filename.slice(e.filename.lastIndexOf("/") + 1);
      const where = e.isSyntaxError ? ` (${base}, line ${e.lineno})` : "";
      throw new PyCompileError(`Sorry: ${e.type}: ${e.msg}${where}`);
    }
    if (e instanceof RangeError) throw new PyCompileError("Sorry: RecursionError: maximum recursion depth exceeded during compilation");
    throw e;
  }
  let data: Uint8Array;
  if (mode === "timestamp") {
    const st = host().stat(file)!;
    data = writePyc(code, { kind: "timestamp", mtime: Math.trunc(st.mtimeMs / 1000), sourceSize: st.size });
  } else {
    data = writePyc(code, { kind: "hash", checkSource: mode === "checked-hash", sourceHash: sourceHash(RAW_MAGIC_NUMBER, source) });
  }
  const dir = target.lastIndexOf("/") > 0 ? target.slice(0, target.lastIndexOf("/")) : "";
  if (dir !== "" && host().stat(dir) === null) {
    try {
      host().mkdir(dir);
    } catch (e) {
      if (e instanceof HostError && e.code !== "EEXIST") {
        const [cls, text] = osErrorText(e);
        throw new OSErr(cls, text);
      }
    }
  }
  try {
    host().writeFileAtomic(target, data);
  } catch (e) {
    if (e instanceof HostError) {
      const [cls, text] = osErrorText(e);
      throw new OSErr(cls, text);
    }
    throw e;
  }
  void setData;
  return target;
}

// ---- py_compile ---------------------------------------------------------------------------------

const PYC_USAGE = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n";
const PYC_HELP = `${PYC_USAGE}
A simple command-line interface for py_compile module.

positional arguments:
  filenames    Files to compile

options:
  -h, --help   show this help message and exit
  -q, --quiet  Suppress error output
`;

export function pyCompileTool(args: string[], opts: Options): number {
  const h = host();
  let quiet = false;
  const files: string[] = [];
  const bad: string[] = [];
  let onlyPositional = false;
  for (const a of args) {
    if (!onlyPositional && a === "--") { onlyPositional = true; continue; }
    if (!onlyPositional && (a === "-h" || a === "--help")) { h.write(1, PYC_HELP); return 0; }
    if (!onlyPositional && (a === "-q" || a === "--quiet")) { quiet = true; continue; }
    if (!onlyPositional && a.startsWith("-") && a !== "-") { bad.push(a); continue; }
    files.push(a);
  }
  if (files.length === 0) {
    h.write(2, `${PYC_USAGE}py_compile.py: error: the following arguments are required: filenames\n`);
    return 2;
  }
  if (bad.length > 0) {
    h.write(2, `${PYC_USAGE}py_compile.py: error: unrecognized arguments: ${bad.join(" ")}\n`);
    return 2;
  }
  let names = files;
  if (files.length === 1 && files[0] === "-") {
    const text = new TextDecoder().decode(h.readStdin());
    names = text.split(/(?<=\n)/u).filter((l) => l !== "").map((l) => l.replace(/\n$/u, ""));
  }
  for (const f of names) {
    try {
      compileOne(f, null, null, -1, defaultMode(), opts.optimize);
    } catch (e) {
      if (e instanceof PyCompileError) {
        if (!quiet) h.write(2, e.msg);
        return 1;
      }
      if (e instanceof OSErr) {
        if (!quiet) h.write(2, e.text);
        return 1;
      }
      throw e;
    }
  }
  return 0;
}

// ---- compileall ---------------------------------------------------------------------------------

const CA_USAGE = `usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                     [FILE|DIR ...]
`;

interface CAOptions {
  maxlevels: number | null;
  /** -j: 1 compiles while walking; any other value models the process pool (walk first). */
  workers: number;
  recursion: number | null;
  force: boolean;
  quiet: number;
  legacy: boolean;
  ddir: string | null;
  stripdir: string | null;
  prependdir: string | null;
  rx: RegExp | null;
  flist: string | null;
  dests: string[];
  mode: Mode | null;
  optLevels: number[] | null;
  interpOptimize: number;
}

function caError(msg: string): number {
  host().write(2, `${CA_USAGE}compileall.py: error: ${msg}\n`);
  return 2;
}

function pathJoin(a: string, b: string): string {
  return a === "" ? b : a.endsWith("/") ? a + b : `${a}/${b}`;
}

function isDir(p: string): boolean {
  const st = host().stat(p);
  return st !== null && st.isDir;
}
function isFile(p: string): boolean {
  const st = host().stat(p);
  return st !== null && st.isFile;
}

class Out {
  text = "";
  print(s: string): void {
    this.text += s + "\n";
    if (this.text.length > 8192) this.flush();
  }
  flush(): void {
    if (this.text !== "") host().write(1, this.text);
    this.text = "";
  }
}

/** compileall._walk_dir: a generator in Python, so listing and compiling interleave. */
function walkDir(dir: string, maxlevels: number, quiet: number, out: Out, each: (file: string) => void): void {
  if (!quiet) out.print(`Listing ${strRepr(dir)}...`);
  let names: string[];
  try {
    names = host().listdir(dir);
  } catch {
    if (quiet < 2) out.print(`Can't list ${strRepr(dir)}`);
    names = [];
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name === "__pycache__") continue;
    const full = pathJoin(dir, name);
    if (!isDir(full)) each(full);
    else if (maxlevels > 0 && name !== "." && name !== "..") walkDir(full, maxlevels - 1, quiet, out, each);
  }
}

function compileFile(fullname: string, o: CAOptions, stripdir: string | null, prependdir: string | null, ddir: string | null, out: Out): boolean {
  let success = true;
  const name = fullname.slice(fullname.lastIndexOf("/") + 1);
  let dfile: string | null = null;
  if (ddir !== null) dfile = pathJoin(ddir, name);
  if (stripdir !== null) {
    const parts = fullname.split("/");
    const sparts = stripdir.split("/");
    const d = [...parts];
    for (let i = 0; i < Math.min(parts.length, sparts.length); i++) {
      if (sparts[i] === parts[i]) {
        const k = d.indexOf(sparts[i]!);
        if (k >= 0) d.splice(k, 1);
      }
    }
    dfile = d.reduce((acc, x) => (x.startsWith("/") ? x : pathJoin(acc, x)), "");
  }
  if (prependdir !== null) dfile = dfile === null ? pathJoin(prependdir, fullname) : pathJoin(prependdir, dfile);
  const levels = [...new Set(o.optLevels ?? [-1])].sort((a, b) => a - b);
  if (o.rx !== null && o.rx.test(fullname)) return success;
  if (!isFile(fullname)) return success;
  const cfiles = new Map<number, string>();
  for (const lv of levels) {
    if (o.legacy) cfiles.set(lv, fullname + "c");
    else {
      const opt = lv < 0 ? o.interpOptimize : lv;
      cfiles.set(lv, cacheFromSource(fullname, opt >= 1 ? opt : ""));
    }
  }
  if (!name.endsWith(".py")) return success;
  if (!o.force) {
    const st = host().stat(fullname);
    if (st !== null) {
      const mtime = Math.trunc(st.mtimeMs / 1000) >>> 0;
      const expect = [...MAGIC_BYTES, 0, 0, 0, 0, mtime & 0xff, (mtime >>> 8) & 0xff, (mtime >>> 16) & 0xff, mtime >>> 24];
      let upToDate = true;
      for (const c of cfiles.values()) {
        let head: Uint8Array;
        try {
          head = host().readFile(c).subarray(0, 12);
        } catch {
          upToDate = false;
          break;
        }
        if (head.length !== 12 || head.some((b, i) => b !== expect[i])) {
          upToDate = false;
          break;
        }
      }
      if (upToDate) return success;
    }
  }
  if (!o.quiet) out.print(`Compiling ${strRepr(fullname)}...`);
  try {
    for (const lv of levels) compileOne(fullname, cfiles.get(lv)!, dfile, lv, o.mode ?? defaultMode(), o.interpOptimize);
  } catch (e) {
    if (!(e instanceof PyCompileError) && !(e instanceof OSErr)) throw e;
    success = false;
    if (o.quiet >= 2) return success;
    const prefix = o.quiet ? `*** Error compiling ${strRepr(fullname)}...\n` : "*** ";
    out.print(prefix + (e instanceof PyCompileError ? e.msg : `${e.cls}: ${e.text}`));
  }
  return success;
}

function compileDir(dir: string, maxlevels: number, o: CAOptions, out: Out): boolean {
  let stripdir = o.stripdir, prependdir = o.prependdir;
  if (o.ddir !== null) {
    stripdir = dir;
    prependdir = o.ddir;
  }
  let success = true;
  if (o.workers !== 1) {
    // a process pool (-j N, N != 1): executor.map takes the whole walk first, so every
    // "Listing" line comes before the first "Compiling" line; files then compile in order
    const files: string[] = [];
    walkDir(dir, maxlevels, o.quiet, out, (f) => files.push(f));
    for (const f of files) if (!compileFile(f, o, stripdir, prependdir, null, out)) success = false;
    return success;
  }
  walkDir(dir, maxlevels, o.quiet, out, (f) => {
    if (!compileFile(f, o, stripdir, prependdir, null, out)) success = false;
  });
  return success;
}

export function compileallTool(args: string[], opts: Options): number {
  const o: CAOptions = {
    maxlevels: null, recursion: null, force: false, quiet: 0, legacy: false, ddir: null, stripdir: null, prependdir: null,
    rx: null, flist: null, dests: [], mode: null, optLevels: null, interpOptimize: opts.optimize, workers: 1,
  };
  let hardlink = false;
  const valueOpts = new Set(["-r", "-d", "-s", "-p", "-x", "-i", "-j", "--workers", "--invalidation-mode", "-o", "-e"]);
  const bad: string[] = [];
  for (let i = 0; i < args.length; i++) {
    let a = args[i]!;
    let val: string | null = null;
    if (a === "--") {
      o.dests.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.includes("=")) {
      val = a.slice(a.indexOf("=") + 1);
      a = a.slice(0, a.indexOf("="));
    } else if (/^-[rdspxijoe]./u.test(a)) {
      val = a.slice(2);
      a = a.slice(0, 2);
    }
    if (valueOpts.has(a) && val === null) {
      if (i + 1 >= args.length) return caError(`argument ${a === "--workers" || a === "-j" ? "-j/--workers" : a === "-d" ? "-d" : a}: expected one argument`);
      val = args[++i]!;
    }
    const int = (flag: string): number | null => {
      if (!/^[-+]?\d+$/u.test(val!.trim())) return null;
      return Number(val!.trim());
      void flag;
    };
    switch (a) {
      case "-h": case "--help":
        host().write(1, CA_USAGE);
        return 0;
      case "-l": o.maxlevels = 0; break;
      case "-f": o.force = true; break;
      case "-b": o.legacy = true; break;
      case "--hardlink-dupes": hardlink = true; break;
      case "-r": {
        const n = int("-r");
        if (n === null) return caError(`argument -r: invalid int value: ${strRepr(val!)}`);
        o.recursion = n;
        break;
      }
      case "-j": case "--workers": {
        const n = int("-j");
        if (n === null) return caError(`argument -j/--workers: invalid int value: ${strRepr(val!)}`);
        if (n < 0) {
          host().write(2, "Traceback (most recent call last):\nValueError: workers must be greater or equal to 0\n");
          return 1;
        }
        o.workers = n;
        break;
      }
      case "-o": {
        const n = int("-o");
        if (n === null) return caError(`argument -o: invalid int value: ${strRepr(val!)}`);
        (o.optLevels ??= []).push(n);
        break;
      }
      case "-d": o.ddir = val; break;
      case "-s": o.stripdir = val; break;
      case "-p": o.prependdir = val; break;
      case "-e": break;
      case "-i": o.flist = val; break;
      case "-x":
        try {
          o.rx = new RegExp(val!, "u");
        } catch {
          o.rx = new RegExp(val!.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"), "u");
        }
        break;
      case "--invalidation-mode":
        if (val !== "checked-hash" && val !== "timestamp" && val !== "unchecked-hash") {
          return caError(`argument --invalidation-mode: invalid choice: ${strRepr(val!)} (choose from 'checked-hash', 'timestamp', 'unchecked-hash')`);
        }
        o.mode = val;
        break;
      default:
        if (a.startsWith("-") && a !== "-") {
          if (/^-[lfbq]+$/u.test(a)) {
            for (const c of a.slice(1)) {
              if (c === "l") o.maxlevels = 0;
              else if (c === "f") o.force = true;
              else if (c === "b") o.legacy = true;
              else o.quiet++;
            }
            break;
          }
          bad.push(args[i]!);
          break;
        }
        o.dests.push(a);
    }
  }
  if (bad.length > 0) return caError(`unrecognized arguments: ${bad.join(" ")}`);
  const maxlevels = o.recursion ?? o.maxlevels;
  if ((o.optLevels === null || o.optLevels.length === 1) && hardlink) {
    return caError("Hardlinking of duplicated bytecode makes sense only for more than one optimization level.");
  }
  if (o.ddir !== null && (o.stripdir !== null || o.prependdir !== null)) return caError("-d cannot be used in combination with -s or -p");
  const out = new Out();
  try {
    if (o.flist !== null) {
      try {
        const data = o.flist === "-" ? host().readStdin() : host().readFile(o.flist);
        for (const line of new TextDecoder().decode(data).split("\n")) if (line.trim() !== "" || false) o.dests.push(line.trim());
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        if (o.quiet < 2) out.print(`Error reading file list ${o.flist}`);
        return 1;
      }
    }
    let success = true;
    if (o.dests.length > 0) {
      for (const dest of o.dests) {
        if (isFile(dest)) {
          if (!compileFile(dest, o, o.stripdir, o.prependdir, o.ddir, out)) success = false;
        } else if (!compileDir(dest, maxlevels ?? 1000, o, out)) {
          success = false;
        }
      }
      return success ? 0 : 1;
    }
    // no arguments: compile_path(skip_curdir=True, maxlevels=0) over sys.path ('' is the cwd)
    for (const dir of ["", "/tspy/lib"]) {
      if (dir === "" || dir === ".") {
        if (o.quiet < 2) out.print("Skipping current directory");
      } else if (!compileDir(dir, 0, o, out)) {
        success = false;
      }
    }
    return success ? 0 : 1;
  } finally {
    out.flush();
  }
}
