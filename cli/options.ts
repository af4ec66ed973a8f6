/**
 * python3's command line, parsed: `tspy [option] ... [-c cmd | -m mod | file | -] [arg] ...`
 * and the PYTHON* environment variables that stand for options (ignored under -E / -I).
 *
 * Rules (as CPython's getopt in Python/getopt.c and Python/initconfig.c):
 *   - one-letter options may be grouped (-Bq); -c, -m, -W, -X take the rest of the word or the
 *     next word; -c and -m end the options, everything after them goes to sys.argv[1:];
 *   - `-` ends the options (program from stdin), `--` ends them (the next word is the file);
 *   - a bad option is "Unknown option: -Z" / "unknown option --foo" and python3's two usage
 *     lines on stderr, exit status 2.
 * parseCommandLine is pure (no I/O): the caller prints and exits.
 */

export interface Options {
  optimize: number; // -O count, or PYTHONOPTIMIZE
  dontWriteBytecode: boolean; // -B, PYTHONDONTWRITEBYTECODE
  quiet: boolean; // -q
  inspect: boolean; // -i, PYTHONINSPECT
  inspectOption: boolean; // -i itself (sys.flags.interactive)
  unbuffered: boolean; // -u, PYTHONUNBUFFERED
  ignoreEnvironment: boolean; // -E (and -I)
  isolated: boolean; // -I
  safePath: boolean; // -P, PYTHONSAFEPATH (and -I)
  noUserSite: boolean; // -s, PYTHONNOUSERSITE (and -I)
  noSite: boolean; // -S
  skipFirstLine: boolean; // -x
  bytesWarning: number; // -b count
  debug: number; // -d count
  warnings: string[]; // -W, in order
  xoptions: string[]; // -X, in order
  verbose: number; // -v count, PYTHONVERBOSE
  checkHashBasedPycs: "default" | "always" | "never";
  /** -X dev / PYTHONDEVMODE */
  devMode: boolean;
  /** -X utf8[=0|1] / PYTHONUTF8; else 1 in the C/POSIX locale (CPython's locale coercion) */
  utf8Mode: number;
  /** The error handler of stdin/stdout: "surrogateescape" in UTF-8 mode and the C/C.UTF-8 locales */
  stdioErrors: "strict" | "surrogateescape";
  /** -X int_max_str_digits / PYTHONINTMAXSTRDIGITS (-1: the default) */
  intMaxStrDigits: number;
  /** -X importtime / PYTHONPROFILEIMPORTTIME */
  importTime: boolean;
  /** PYTHONWARNINGS (comma-separated), before the -W options */
  envWarnings: string[];
  /** PYTHONSTARTUP (only read in interactive mode) */
  startup: string | null;
  /** NO_COLOR / PYTHON_COLORS are read by the REPL only; kept for sys.flags-free decisions */
  noColor: boolean;
  /** PYTHONHASHSEED: null = random (tspy: 0 unless given, see docs/internals/cli.md) */
  hashSeed: number | null;
  /** -X tspy-trace: every executed instruction with the value stack, on stderr */
  traceInstructions: boolean;
  /** -X tspy-opstats: execution counts per instruction form, on stderr at exit */
  opStats: boolean;
  /** -X dump-passes: the compiler's instruction sequences after each pass, on stderr */
  dumpPasses: boolean;
}

export type Program =
  | { kind: "file"; path: string }
  | { kind: "command"; code: string }
  | { kind: "module"; name: string }
  | { kind: "stdin" };

export type Parsed =
  | { kind: "run"; opts: Options; prog: Program; argv: string[] }
  | { kind: "help"; which: "all" | "env" | "xoptions" | "short" }
  | { kind: "version"; count: number }
  /** status 2 with the usage lines (bad option), or `fatal` (status 1, message only) */
  | { kind: "error"; message: string; fatal?: boolean };

export function defaultOptions(): Options {
  return {
    optimize: 0, dontWriteBytecode: false, quiet: false, inspect: false, inspectOption: false, unbuffered: false,
    ignoreEnvironment: false, isolated: false, safePath: false, noUserSite: false, noSite: false,
    skipFirstLine: false, bytesWarning: 0, debug: 0, warnings: [], xoptions: [], verbose: 0,
    checkHashBasedPycs: "default", devMode: false, utf8Mode: -1, stdioErrors: "strict", intMaxStrDigits: -1, importTime: false,
    envWarnings: [], startup: null, noColor: false, hashSeed: null, traceInstructions: false, opStats: false, dumpPasses: false,
  };
}

/** Letters that take an argument (the rest of the word, else the next word). */
const WITH_ARG = "cmWX";
/** Letters that are flags. */
const FLAGS = "bBdEhiIOPqsSuvVx?R";

type Env = Readonly<Record<string, string | undefined>>;

export function parseCommandLine(argv: readonly string[], env: Env): Parsed {
  const o = defaultOptions();
  let versionCount = 0;
  let help: "all" | "env" | "xoptions" | "short" | null = null;
  let prog: Program | null = null;
  let i = 0;
  outer: for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-" || !a.startsWith("-")) break;
    if (a.startsWith("--")) {
      switch (a) {
        case "--version": versionCount++; continue;
        case "--help": help ??= "short"; continue;
        case "--help-all": help = "all"; continue;
        case "--help-env": help = "env"; continue;
        case "--help-xoptions": help = "xoptions"; continue;
        case "--check-hash-based-pycs": {
          const v = argv[++i];
          if (v === undefined) return { kind: "error", message: "Argument expected for the --check-hash-based-pycs option" };
          if (v !== "default" && v !== "always" && v !== "never") {
            return { kind: "error", message: "--check-hash-based-pycs must be one of 'default', 'always', or 'never'" };
          }
          o.checkHashBasedPycs = v;
          continue;
        }
        default:
          return { kind: "error", message: `unknown option ${a}` };
      }
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (WITH_ARG.includes(c)) {
        let v: string | undefined = a.slice(j + 1);
        if (v === "") v = argv[++i];
        if (v === undefined) return { kind: "error", message: `Argument expected for the -${c} option` };
        if (c === "c") {
          prog = { kind: "command", code: v };
          i++;
          break outer;
        }
        if (c === "m") {
          prog = { kind: "module", name: v };
          i++;
          break outer;
        }
        (c === "W" ? o.warnings : o.xoptions).push(v);
        break;
      }
      if (!FLAGS.includes(c)) return { kind: "error", message: `Unknown option: -${c}` };
      switch (c) {
        case "b": o.bytesWarning++; break;
        case "B": o.dontWriteBytecode = true; break;
        case "d": o.debug++; break;
        case "E": o.ignoreEnvironment = true; break;
        case "h": case "?": help ??= "short"; break;
        case "i": o.inspect = true; o.inspectOption = true; break;
        case "I": o.isolated = true; o.ignoreEnvironment = true; o.noUserSite = true; o.safePath = true; break;
        case "O": o.optimize++; break;
        case "P": o.safePath = true; break;
        case "q": o.quiet = true; break;
        case "s": o.noUserSite = true; break;
        case "S": o.noSite = true; break;
        case "u": o.unbuffered = true; break;
        case "v": o.verbose++; break;
        case "V": versionCount++; break;
        case "x": o.skipFirstLine = true; break;
        case "R": break; // hash randomisation: always on in 3.x
      }
    }
  }
  if (help !== null) return { kind: "help", which: help };
  if (versionCount > 0) return { kind: "version", count: versionCount };

  const err = applyXOptions(o);
  if (err !== null) return { kind: "error", message: err, fatal: true };
  const envErr = applyEnvironment(o, env);
  if (envErr !== null) return { kind: "error", message: envErr, fatal: true };

  let args: string[];
  if (prog !== null) {
    args = [prog.kind === "command" ? "-c" : "-m", ...argv.slice(i)];
  } else if (i >= argv.length) {
    prog = { kind: "stdin" };
    args = [""];
  } else if (argv[i] === "-") {
    prog = { kind: "stdin" };
    args = ["-", ...argv.slice(i + 1)];
  } else {
    prog = { kind: "file", path: argv[i]! };
    args = argv.slice(i);
  }
  return { kind: "run", opts: o, prog, argv: args };
}

/** -X options that change the run (unknown ones are kept in sys._xoptions, as CPython 3.11 does). */
function applyXOptions(o: Options): string | null {
  for (const x of o.xoptions) {
    const eq = x.indexOf("=");
    const key = eq < 0 ? x : x.slice(0, eq);
    const val = eq < 0 ? null : x.slice(eq + 1);
    switch (key) {
      case "dev": o.devMode = true; break;
      case "utf8":
        if (val === null || val === "1") o.utf8Mode = 1;
        else if (val === "0") o.utf8Mode = 0;
        else return fatal("preconfig_init_utf8_mode", "invalid -X utf8 option value", "preinitializing");
        break;
      case "importtime": o.importTime = true; break;
      case "int_max_str_digits": {
        const n = val !== null && /^\d+$/u.test(val) ? Number(val) : NaN;
        if (!(n === 0 || n >= 640)) return fatal("config_init_int_max_str_digits", "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.");
        o.intMaxStrDigits = n;
        break;
      }
      case "tspy-trace": o.traceInstructions = true; break;
      case "tspy-opstats": o.opStats = true; break;
      case "dump-passes": o.dumpPasses = true; break;
    }
  }
  return null;
}

/** PYTHON* variables (unless -E/-I), and NO_COLOR (always read). */
function applyEnvironment(o: Options, env: Env): string | null {
  const get = (k: string): string | null => {
    const v = env[k];
    return v === undefined || v === "" ? null : v;
  };
  o.noColor = get("NO_COLOR") !== null;
  // the locale of LC_CTYPE: C (or POSIX) turns UTF-8 mode on; C.UTF-8 keeps it off, but both
  // make stdin/stdout use surrogateescape
  const locale = get("LC_ALL") ?? get("LC_CTYPE") ?? get("LANG") ?? "C";
  const cLocale = locale === "C" || locale === "POSIX";
  if (o.utf8Mode === -1 && (o.ignoreEnvironment || get("PYTHONUTF8") === null)) o.utf8Mode = cLocale ? 1 : 0;
  if (o.utf8Mode === 1 || cLocale || /^C\.(UTF-8|utf8)$/u.test(locale)) o.stdioErrors = "surrogateescape";
  const seed = get("PYTHONHASHSEED");
  if (seed !== null && !o.ignoreEnvironment) {
    if (seed === "random") o.hashSeed = null;
    else if (/^\d+$/u.test(seed) && Number(seed) <= 4294967295) o.hashSeed = Number(seed);
    else return fatal("config_init_hash_seed", 'PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]');
  }
  if (o.ignoreEnvironment) return null;
  /** A variable that counts like a repeated option: a positive integer, else 1. */
  const level = (v: string): number => (/^\d+$/u.test(v) ? Number(v) : 1);
  const opt = get("PYTHONOPTIMIZE");
  if (opt !== null) o.optimize = Math.max(o.optimize, level(opt));
  const verb = get("PYTHONVERBOSE");
  if (verb !== null) o.verbose = Math.max(o.verbose, level(verb));
  if (get("PYTHONDONTWRITEBYTECODE") !== null) o.dontWriteBytecode = true;
  if (get("PYTHONINSPECT") !== null) o.inspect = true;
  if (get("PYTHONUNBUFFERED") !== null) o.unbuffered = true;
  if (get("PYTHONNOUSERSITE") !== null) o.noUserSite = true;
  if (get("PYTHONSAFEPATH") !== null) o.safePath = true;
  if (get("PYTHONDEVMODE") !== null) o.devMode = true;
  if (get("PYTHONPROFILEIMPORTTIME") !== null) o.importTime = true;
  const utf8 = get("PYTHONUTF8");
  if (utf8 !== null && !o.xoptions.some((x) => x === "utf8" || x.startsWith("utf8="))) {
    if (utf8 === "1") {
      o.utf8Mode = 1;
      o.stdioErrors = "surrogateescape";
    } else if (utf8 === "0") o.utf8Mode = 0;
    else if (utf8 !== "0") return fatal("preconfig_init_utf8_mode", "invalid PYTHONUTF8 environment variable value", "preinitializing");
  }
  const digits = get("PYTHONINTMAXSTRDIGITS");
  if (digits !== null && o.intMaxStrDigits === -1) {
    const n = /^\d+$/u.test(digits) ? Number(digits) : NaN;
    if (!(n === 0 || n >= 640)) return fatal("config_init_int_max_str_digits", "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.");
    o.intMaxStrDigits = n;
  }
  const w = get("PYTHONWARNINGS");
  if (w !== null) o.envWarnings = w.split(",").map((s) => s.trim()).filter((s) => s !== "");
  o.startup = get("PYTHONSTARTUP");
  return null;
}

/** CPython's start-up failure text ("Fatal Python error: ...", status 1). */
function fatal(where: string, msg: string, state = "preinitialized"): string {
  return `Fatal Python error: ${where}: ${msg}\nPython runtime state: ${state}\n\n`;
}

/** sys.warnoptions, lowest priority first: -X dev's "default", PYTHONWARNINGS, -W, then -b's. */
export function warnOptions(o: Options): string[] {
  const r: string[] = [];
  if (o.devMode) r.push("default");
  r.push(...o.envWarnings, ...o.warnings);
  if (o.bytesWarning === 1) r.push("default::BytesWarning");
  else if (o.bytesWarning > 1) r.push("error::BytesWarning");
  return r;
}

/** sys._xoptions: name -> value (True when the option has no "=value"). */
export function xoptionsDict(o: Options): [string, string | true][] {
  const m = new Map<string, string | true>();
  for (const x of o.xoptions) {
    const eq = x.indexOf("=");
    if (eq < 0) m.set(x, true);
    else m.set(x.slice(0, eq), x.slice(eq + 1));
  }
  return [...m];
}
