/**
 * Running a program (Py_RunMain's order): tspy FILE, tspy DIR (its __main__.py), tspy -c CODE,
 * tspy -m MODULE, tspy - / piped stdin, the REPL on a terminal, and -i (the REPL after the
 * program). Before the program: the options become sys.flags, sys.warnoptions, sys._xoptions,
 * sys.orig_argv and the standard streams' buffering; SIGINT becomes KeyboardInterrupt.
 * After it: atexit, teardown, flushing (status 120 when stdout cannot be flushed), and an
 * uncaught KeyboardInterrupt ends the process as killed by SIGINT, as python3 does.
 */
import type { NodeHost } from "../src/host/node.ts";
import type { Options, Program } from "./options.ts";
import { warnOptions, xoptionsDict } from "./options.ts";
import { runPycFile, newMainModule, execInMain, finishRun, handleUncaught, runState } from "../src/vm/run.ts";
import { compileAST } from "../src/compiler/index.ts";
import { parse } from "../src/parser/parse.ts";
import { CompileError } from "../src/parser/errors.ts";
import { formatSyntaxError } from "../src/parser/report.ts";
import { StackOverflow } from "../src/parser/run.ts";
import { rerunWithBigStack } from "./tools/ast.ts";
import { utf8Encode } from "../src/tokenizer/utf8.ts";
import { warnExplicit, setWarnOptions } from "../src/modules/warnings.ts";
import { SyntaxWarningType } from "../src/objects/exceptions.ts";
import { configureImport } from "../src/vm/import_init.ts";
import { importTrace } from "../src/vm/import_trace.ts";
import { setInstructionTrace, setInstructionStats } from "../src/vm/trace.ts";
import { opstatsReport } from "../src/vm/opstats.ts";
import { jitState } from "../src/vm/jit.ts";
import { jitConfig } from "../src/objects/codeobject.ts";
import { configureHashSeed } from "../src/vm/init.ts";
import { startRuntime, runModuleAsMain, runModuleInMain } from "../src/vm/import_main.ts";
import { imageSource, directorySource, openLibImage, type LibSource, type LibImage } from "../src/host/libbundle.ts";
import { configureMemory, memoryAtExit } from "../src/memory/runtime.ts";
import { stdStreamConfig } from "../src/modules/io.ts";
import { enableInterrupts } from "../src/vm/sigint.ts";
import { applySysConfig } from "./sysconfig.ts";
import { runRepl } from "./repl.ts";
import { dumpPasses } from "./tools/cfg.ts";
import { PROG } from "./help.ts";
import type { PyDict } from "../src/objects/dict.ts";
import type { CodeObject } from "../src/bytecode/code.ts";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { openSync, fstatSync, readSync } from "node:fs";

export type { Program };

/**
 * The library: the image next to the bundle (dist/tspy-lib.img: every lib/ source with its
 * precompiled .pyc, scripts/precompile-lib.ts), else, run from the repository without a build,
 * the lib/ folder itself.
 */
function librarySource(h: NodeHost): LibSource {
  const here = dirname(fileURLToPath(import.meta.url));
  let image: LibImage | null = null;
  try {
    // kept open for the whole run: modules are read from it when imported
    const fd = openSync(resolve(here, "tspy-lib.img"), "r");
    const size = fstatSync(fd).size;
    image = openLibImage((offset, length) => {
      const b = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd, b, got, length - got, offset + got);
        if (n <= 0) break;
        got += n;
      }
      return got === length ? b : b.subarray(0, got);
    }, size);
  } catch {
    /* no image: unbuilt checkout */
  }
  if (image !== null) return imageSource(image);
  return directorySource(h, resolve(here, "..", "lib"));
}

/** sys.path[0]: the script's folder, "" for -c / stdin / the REPL, the cwd for -m; none with -P / -I. */
function path0Of(h: NodeHost, opts: Options, prog: Program): string | null {
  if (opts.safePath) return null;
  if (prog.kind === "file") return dirname(resolve(h.cwd(), prog.path));
  if (prog.kind === "module") return h.cwd();
  return "";
}

/** Everything before the program: runtime, import system, sys configuration, SIGINT. */
function startUp(h: NodeHost, opts: Options, prog: Program, argv: string[], origArgv: string[]): void {
  configureMemory(h.env, opts.xoptions, opts.ignoreEnvironment);
  // -X tspy_jit[=eager|dump] or TSPY_JIT=1: the experimental second tier (src/vm/jit.ts)
  const jit = opts.xoptions.find((x) => x === "tspy_jit" || x.startsWith("tspy_jit="));
  const jitEnv = h.env["TSPY_JIT"];
  jitState.on = (jit !== undefined && jit !== "tspy_jit=off") || (jit === undefined && (jitEnv === "1" || jitEnv === "eager"));
  if (jit === "tspy_jit=eager" || jitEnv === "eager") jitConfig.threshold = 1;
  if (jit === "tspy_jit=dump") jitState.dump = (name, src) => h.write(2, `---- jit ${name}\n${src}\n`);
  stdStreamConfig.unbuffered = opts.unbuffered;
  stdStreamConfig.utf8Mode = opts.stdioErrors === "surrogateescape";
  if (opts.dumpPasses) dumpPasses(h);
  const warn = warnOptions(opts);
  setWarnOptions(warn);
  configureHashSeed(opts.hashSeed ?? "random");
  importTrace.time = opts.importTime;
  setInstructionTrace(opts.traceInstructions);
  setInstructionStats(opts.opStats);
  configureImport({
    path0: path0Of(h, opts, prog), optimize: opts.optimize, dontWriteBytecode: opts.dontWriteBytecode,
    ignoreEnvironment: opts.ignoreEnvironment, isolated: opts.isolated, noUserSite: opts.noUserSite,
    noSite: opts.noSite, verbose: opts.verbose, quiet: opts.quiet, inspect: opts.inspect,
    checkHashBasedPycs: opts.checkHashBasedPycs, lib: librarySource(h),
  });
  startRuntime(prog.kind === "module" ? ["-m", ...argv.slice(1)] : argv);
  applySysConfig(opts, warn, xoptionsDict(opts), origArgv);
  enableInterrupts();
}

/** Run the program; returns the exit status (the caller exits with it). */
export function runMain(h: NodeHost, opts: Options, prog: Program, argv: string[], origArgv: string[]): number {
  // a directory (or a file named __main__.py inside it) runs its __main__.py, as runpy does
  if (prog.kind === "file") {
    const st = h.stat(prog.path);
    if (st !== null && st.isDir) {
      const main = prog.path.replace(/\/+$/u, "") + "/__main__.py";
      if (h.stat(main) === null) {
        h.write(2, `${PROG}: can't find '__main__' module in '${resolve(h.cwd(), prog.path)}'\n`);
        return 1;
      }
      const dir = resolve(h.cwd(), prog.path);
      prog = { kind: "file", path: main };
      opts = { ...opts };
      startUp(h, { ...opts, safePath: true }, prog, argv, origArgv);
      // sys.path[0] is the directory itself
      prependPath(dir, opts.safePath);
      return finish(h, opts, runFile(h, opts, resolve(h.cwd(), main), argv, true));
    }
  }
  startUp(h, opts, prog, argv, origArgv);
  let result: { status: number; main: PyDict | null };
  switch (prog.kind) {
    case "module":
      if (opts.inspect || (!opts.ignoreEnvironment && (h.env["PYTHONINSPECT"] ?? "") !== "")) {
        // -i -m: the prompt runs in the module's __main__ afterwards
        const r = runModuleInMain(prog.name, argv);
        return r.main === null ? finish(h, opts, { status: r.status, main: null, done: true }) : finish(h, opts, r);
      }
      return finish(h, opts, { status: runModuleAsMain(prog.name, argv), main: null, done: true });
    case "file":
      if (prog.path.endsWith(".pyc")) return finish(h, opts, { status: runPycFile(prog.path, argv), main: null, done: true });
      return finish(h, opts, runFile(h, opts, prog.path, argv, false));
    case "command":
      result = runSource(h, opts, utf8Encode(prog.code), "<string>", "command", argv);
      break;
    case "stdin": {
      if (h.isatty(0) || opts.inspect) {
        // the interactive prompt (python3 with no program and a terminal on stdin)
        const g = newMainModule(argv, null);
        const status = runRepl(h, opts, g, { banner: !opts.quiet, startup: opts.startup });
        return finish(h, { ...opts, inspect: false }, { status, main: g });
      }
      result = runSource(h, opts, readAllStdin(h), "<stdin>", "stdin", argv);
      break;
    }
  }
  return finish(h, opts, result);
}

function prependPath(dir: string, skip: boolean): void {
  if (skip) return;
  insertSysPath0(dir);
}
import { insertSysPath0 } from "./sysconfig.ts";

function readAllStdin(h: NodeHost): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const buf = new Uint8Array(65536);
    let n: number;
    try {
      n = h.readStdinChunk(buf);
    } catch {
      break;
    }
    if (n === 0) break;
    chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    total += n;
  }
  const all = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  return all;
}

function runFile(h: NodeHost, opts: Options, path: string, argv: string[], absolute: boolean): { status: number; main: PyDict | null } {
  let source: Uint8Array;
  try {
    source = h.readFile(path);
  } catch (e: any) {
    const abs = resolve(h.cwd(), path);
    const [errno, text] = e?.code === "EACCES" ? [13, "Permission denied"] : e?.code === "EISDIR" ? [21, "Is a directory"] : [2, "No such file or directory"];
    h.write(2, `${PROG}: can't open file '${abs}': [Errno ${errno}] ${text}\n`);
    return { status: 2, main: null };
  }
  const filename = absolute || path.startsWith("/") ? path : h.cwd() + "/" + path;
  return runSource(h, opts, source, filename, "file", argv);
}

/** -x: drop the first line (its newline stays: line numbers are the file's). */
function skipFirstLine(src: Uint8Array): Uint8Array {
  const nl = src.indexOf(10);
  return nl < 0 ? new Uint8Array(0) : src.subarray(nl);
}

/** Compile (a syntax error is reported as python3 reports it, status 1) and run in a new __main__. */
function runSource(h: NodeHost, opts: Options, source: Uint8Array, filename: string, kind: "file" | "command" | "stdin", argv: string[]): { status: number; main: PyDict | null } {
  if (opts.skipFirstLine && kind !== "command") source = skipFirstLine(source);
  const g = newMainModule(argv, kind === "file" ? filename : null);
  let code: CodeObject;
  try {
    const mod = parse(source, { filename, fileInput: kind !== "command", sourceIsFile: kind === "file" });
    // SyntaxWarnings of the main script go through the warnings machinery, as in CPython
    code = compileAST(mod, {
      filename,
      optimize: opts.optimize,
      // SyntaxError.text of the compiler's errors: CPython reads the line back from the file
      source: kind === "file" ? source : null,
      warn: (msg, lineno) => {
        try {
          warnExplicit(SyntaxWarningType, msg, filename, lineno, null, null);
        } catch {
          // a warning turned into an error: CPython reports it as a SyntaxError; tspy ignores it
        }
      },
    });
  } catch (e) {
    if (e instanceof StackOverflow) {
      const status = rerunWithBigStack(kind === "stdin" ? source : null);
      if (status !== null) return { status, main: null };
    }
    if (e instanceof CompileError) {
      h.write(2, formatSyntaxError(e));
      return { status: 1, main: g };
    }
    return { status: handleUncaught(e), main: g };
  }
  return { status: execInMain(code, g), main: g };
}

/**
 * -i (or PYTHONINSPECT, or os.environ["PYTHONINSPECT"] set by the program): the REPL after the
 * program, whatever its status (not after SystemExit... python3 inspects then too); then the
 * teardown and the exit status.
 */
function finish(h: NodeHost, opts: Options, r: { status: number; main: PyDict | null; done?: boolean }): number {
  let status = r.status;
  // the prompt needs a terminal on stdin, or -i itself (PYTHONINSPECT alone is not enough)
  const inspect = opts.inspect || (!opts.ignoreEnvironment && (h.env["PYTHONINSPECT"] ?? "") !== "");
  if (inspect && r.main !== null && (opts.inspectOption || h.isatty(0))) {
    runState.unhandledKeyboardInterrupt = false;
    status = runRepl(h, opts, r.main, { banner: false, startup: null });
  }
  if (r.main !== null && r.done !== true) status = finishRun(r.main, status);
  if (opts.opStats) h.write(2, opstatsReport());
  memoryAtExit();
  if (runState.unhandledKeyboardInterrupt) {
    h.exitBySigint();
  }
  return status;
}
