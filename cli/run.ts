/**
 * Running a program: tspy FILE, tspy -c CODE, tspy -m MODULE, tspy - (stdin).
 * A .pyc file runs through the VM (src/vm/run.ts); source programs will be compiled
 * by the compiler and run the same way.
 */
import type { NodeHost } from "../src/host/node.ts";
import type { Options } from "./tspy.ts";
import { runPycFile, runCodeObject } from "../src/vm/run.ts";
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
import { startRuntime, runModuleAsMain } from "../src/vm/import_main.ts";
import { tableSource, directorySource, type LibSource } from "../src/host/libbundle.ts";
import { LIB_TABLE } from "./lib_bundle.ts";
import { configureMemory, memoryAtExit } from "../src/memory/runtime.ts";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

/** The library: bundled into dist/ by the build, else the repository's lib/ folder. */
function librarySource(h: NodeHost): LibSource {
  if (LIB_TABLE !== null) return tableSource(LIB_TABLE);
  return directorySource(h, resolve(dirname(fileURLToPath(import.meta.url)), "..", "lib"));
}

/** sys.path, -B/-O and the library for the run (src/vm/import_init.ts), then start the runtime. */
function setUpImports(h: NodeHost, opts: Options, prog: Program, argv: string[]): void {
  let path0: string | null;
  if (prog.kind === "file") path0 = dirname(resolve(h.cwd(), prog.path));
  else if (prog.kind === "module") path0 = h.cwd();
  else path0 = "";
  configureImport({
    path0, optimize: opts.optimize, dontWriteBytecode: opts.dontWriteBytecode,
    ignoreEnvironment: opts.ignoreEnvironment, isolated: opts.isolated, noUserSite: opts.noUserSite,
    noSite: opts.noSite, verbose: opts.verbose, quiet: opts.quiet, inspect: opts.inspect,
    checkHashBasedPycs: (opts as { checkHashBasedPycs?: "default" | "always" | "never" }).checkHashBasedPycs ?? "default",
    lib: librarySource(h),
  });
  if (prog.kind !== "module") startRuntime(argv);
}

export type Program =
  | { kind: "file"; path: string }
  | { kind: "command"; code: string }
  | { kind: "module"; name: string }
  | { kind: "stdin" };

export function runMain(h: NodeHost, opts: Options, prog: Program, argv: string[]): number {
  configureMemory(h.env, opts.xoptions, opts.ignoreEnvironment);
  const status = runProgram(h, opts, prog, argv);
  memoryAtExit();
  return status;
}

function runProgram(h: NodeHost, opts: Options, prog: Program, argv: string[]): number {
  const envWarn = opts.ignoreEnvironment ? undefined : h.env["PYTHONWARNINGS"];
  setWarnOptions([...(envWarn ? envWarn.split(",") : []), ...opts.warnings]);
  setUpImports(h, opts, prog, argv);
  if (prog.kind === "module") return runModuleAsMain(prog.name, argv);
  let source: Uint8Array | null = null;
  let filename = "";
  if (prog.kind === "file") {
    if (prog.path.endsWith(".pyc")) return runPycFile(prog.path, argv);
    try {
      source = h.readFile(prog.path);
    } catch (e: any) {
      h.write(2, `tspy: can't open file '${prog.path}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    filename = prog.path.startsWith("/") ? prog.path : h.cwd() + "/" + prog.path;
  } else if (prog.kind === "command") {
    source = utf8Encode(prog.code);
    filename = "<string>";
  } else if (prog.kind === "stdin") {
    source = h.readStdin();
    filename = "<stdin>";
  }
  if (source !== null) {
    // Compile first: a syntax error is reported as python3 reports it (status 1).
    let code;
    try {
      const mod = parse(source, { filename, fileInput: prog.kind !== "command", sourceIsFile: prog.kind === "file" });
      // SyntaxWarnings of the main script go through the warnings machinery, as in CPython
      code = compileAST(mod, {
        filename,
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
        const status = rerunWithBigStack(prog.kind === "stdin" ? source : null);
        if (status !== null) return status;
      }
      if (e instanceof CompileError) {
        h.write(2, formatSyntaxError(e));
        return 1;
      }
      throw e;
    }
    return runCodeObject(code, argv, prog.kind === "file" ? filename : null);
  }
  h.write(2, "tspy: running modules (-m) is not supported yet\n");
  return 1;
}
