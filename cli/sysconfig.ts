/**
 * The command line made visible in sys, once the runtime has started: sys.flags (every field of
 * 3.11's struct sequence), sys.warnoptions, sys._xoptions, sys.orig_argv, and the int<->str digit
 * limit. The import system has already set sys.path and sys.dont_write_bytecode.
 */
import type { Options } from "./options.ts";
import { sysGet, sysSet } from "../src/modules/sys.ts";
import { PyObject, PyType } from "../src/objects/object.ts";
import { PyTuple } from "../src/objects/tuple.ts";
import { newInt, True, False, setMaxStrDigits } from "../src/objects/int.ts";
import { newStr, intern } from "../src/objects/str.ts";
import { newList, PyList } from "../src/objects/list.ts";
import { newDict, dictSetItemStr } from "../src/objects/dict.ts";
import { newStructSeq } from "../src/objects/structseq.ts";
import { dealloc } from "../src/memory/refcount.ts";
import { host } from "../src/host/host.ts";
import { accessSync, constants as fsConstants } from "node:fs";
import { resolve } from "node:path";

function dec(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export function applySysConfig(o: Options, warn: string[], xopts: [string, string | true][], origArgv: string[]): void {
  const flags = sysGet("flags");
  if (flags instanceof PyTuple) {
    const seed = o.ignoreEnvironment ? undefined : host().env["PYTHONHASHSEED"];
    const values: Record<string, number | boolean> = {
      debug: o.debug, inspect: o.inspect ? 1 : 0, interactive: o.inspect && !envInspectOnly(o) ? 1 : 0,
      optimize: o.optimize, dont_write_bytecode: o.dontWriteBytecode ? 1 : 0, no_user_site: o.noUserSite ? 1 : 0,
      no_site: o.noSite ? 1 : 0, ignore_environment: o.ignoreEnvironment ? 1 : 0, verbose: o.verbose,
      bytes_warning: o.bytesWarning, quiet: o.quiet ? 1 : 0, hash_randomization: seed === "0" ? 0 : 1,
      isolated: o.isolated ? 1 : 0, dev_mode: o.devMode, utf8_mode: Math.max(0, o.utf8Mode),
      warn_default_encoding: o.xoptions.includes("warn_default_encoding") ? 1 : 0, safe_path: o.safePath,
      int_max_str_digits: o.intMaxStrDigits,
    };
    const t = flags.ob_type as PyType;
    const names = t.tp_getset.map((g) => g.name);
    const items = flags.items.map((old, i) => {
      const v = values[names[i]!];
      if (v === undefined) {
        old.ob_refcnt++;
        return old;
      }
      if (typeof v === "boolean") return v ? True : False;
      return newInt(v);
    });
    const nf = newStructSeq(t, items);
    sysSet("flags", nf);
    dec(nf);
  }
  if (o.intMaxStrDigits >= 0) setMaxStrDigits(o.intMaxStrDigits);
  const wl = newList(warn.map((w) => newStr(w)));
  sysSet("warnoptions", wl);
  dec(wl);
  const xd = newDict();
  for (const [k, v] of xopts) {
    const val = v === true ? True : newStr(v);
    dictSetItemStr(xd, intern(k), val);
    if (v !== true) dec(val);
  }
  sysSet("_xoptions", xd);
  dec(xd);
  const oa = newList(origArgv.map((a) => newStr(a)));
  sysSet("orig_argv", oa);
  dec(oa);
  const exe = tspyExecutable();
  if (exe !== null) {
    const e = newStr(exe);
    sysSet("executable", e);
    dec(e);
  }
}

/**
 * sys.executable: the absolute path of the command that started tspy (bin/tspy, the sh launcher,
 * or bin/tspy.js, executable with a node shebang), so `subprocess.run([sys.executable, ...])` starts tspy again; null (sys
 * keeps "tspy") when tspy was not started through such a file.
 */
function tspyExecutable(): string | null {
  // the tspy command (bin/tspy, a sh script) names itself through bin/tspy.js
  const command = (globalThis as Record<symbol, unknown>)[Symbol.for("tspy.command")];
  const script = typeof command === "string" ? command : process.argv[1];
  if (script === undefined || !/(^|\/)tspy(\.js)?$/u.test(script)) return null;
  const full = resolve(script);
  try {
    accessSync(full, fsConstants.X_OK);
    return full;
  } catch {
    return null;
  }
}

/** -i sets sys.flags.interactive; PYTHONINSPECT alone sets only sys.flags.inspect. */
function envInspectOnly(o: Options): boolean {
  return !o.inspectOption;
}

/** sys.path.insert(0, dir). */
export function insertSysPath0(dir: string): void {
  const p = sysGet("path");
  if (p instanceof PyList) p.items.unshift(newStr(dir));
}
