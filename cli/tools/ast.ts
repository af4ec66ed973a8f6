/**
 * `tspy -m ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]`: what
 * `python3 -m ast` prints (Lib/ast.py main(): parse with type_comments unless
 * --no-type-comments, then print(dump(tree, include_attributes, indent))).
 * A SyntaxError prints python3's traceback for it (status 1); bad arguments print argparse's
 * usage error (status 2).
 */
import type { Options } from "../tspy.ts";
import { host, HostError } from "../../src/host/host.ts";
import { parse, type ParseMode } from "../../src/parser/parse.ts";
import { CompileError } from "../../src/parser/errors.ts";
import { formatSyntaxError } from "../../src/parser/report.ts";
import { dump } from "../../src/ast/dump.ts";
import { astDepthExceeds } from "../../src/ast/depth.ts";
import { StackOverflow } from "../../src/parser/run.ts";
import { spawnSync } from "node:child_process";

/**
 * Node's default JS stack (~1 MB) is smaller than what CPython's parser allows (6000 nested
 * rules): when the parser runs out of JS stack, the command runs again in a node with a
 * bigger stack (once), feeding it the same standard input. Returns the exit status, or null
 * when already retried.
 */
export function rerunWithBigStack(stdinData: Uint8Array | null): number | null {
  if (process.env.TSPY_BIG_STACK) return null;
  const r = spawnSync(process.execPath, ["--stack-size=6000", ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], {
    input: stdinData ?? undefined,
    stdio: [stdinData ? "pipe" : "inherit", "inherit", "inherit"],
    env: { ...process.env, TSPY_BIG_STACK: "1" },
  });
  return r.status ?? 1;
}

const PYTHON_LIB = "/root/.pyenv/versions/3.11.7/lib/python3.11";
const PROG = "python -m ast";
const USAGE = `usage: ${PROG} [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
`;
const HELP = `${USAGE}
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
`;

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "No such file or directory"],
  EACCES: [13, "Permission denied"],
  EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"],
};

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

function usageError(msg: string): number {
  host().write(2, USAGE + `${PROG}: error: ${msg}\n`);
  return 2;
}

const TRACEBACK_PARSE = `Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
  File "${PYTHON_LIB}/ast.py", line 1752, in <module>
    main()
  File "${PYTHON_LIB}/ast.py", line 1748, in main
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "${PYTHON_LIB}/ast.py", line 50, in parse
    return compile(source, filename, mode, flags,
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
`;

const TRACEBACK_DUMP = `Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
  File "${PYTHON_LIB}/ast.py", line 1752, in <module>
    main()
  File "${PYTHON_LIB}/ast.py", line 1749, in main
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
`;

export function astTool(argv: string[], _opts: Options): number {
  const h = host();
  let mode: ParseMode = "exec";
  let typeComments = true;
  let attrs = false;
  let indent = 3;
  let infile: string | null = null;
  let onlyPositional = false;
  const modes = ["exec", "single", "eval", "func_type"];
  const takeValue = (i: number, name: string): [string | null, number] => {
    const a = argv[i]!;
    const eq = a.indexOf("=");
    if (a.startsWith("--") && eq >= 0) return [a.slice(eq + 1), i];
    if (!a.startsWith("--") && a.length > 2) return [a.slice(2), i];
    if (i + 1 < argv.length) return [argv[i + 1]!, i + 1];
    void name;
    return [null, i];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!onlyPositional && a === "--") { onlyPositional = true; continue; }
    if (!onlyPositional && a.startsWith("-") && a !== "-") {
      if (a === "-h" || a === "--help") { h.write(1, HELP); return 0; }
      if (a === "-a" || a === "--include-attributes") { attrs = true; continue; }
      if (a === "--no-type-comments") { typeComments = false; continue; }
      if (a.startsWith("-m") || a === "--mode" || a.startsWith("--mode=")) {
        const [v, j] = takeValue(i, "mode");
        if (v === null) return usageError("argument -m/--mode: expected one argument");
        if (!modes.includes(v)) return usageError(`argument -m/--mode: invalid choice: ${pyRepr(v)} (choose from 'exec', 'single', 'eval', 'func_type')`);
        mode = v as ParseMode;
        i = j;
        continue;
      }
      if (a.startsWith("-i") || a === "--indent" || a.startsWith("--indent=")) {
        const [v, j] = takeValue(i, "indent");
        if (v === null) return usageError("argument -i/--indent: expected one argument");
        if (!/^\s*[-+]?\d+\s*$/.test(v)) return usageError(`argument -i/--indent: invalid int value: ${pyRepr(v)}`);
        indent = parseInt(v, 10);
        i = j;
        continue;
      }
      if (/^-[ai]/.test(a) && a.length > 2 && a[1] === "a") {
        attrs = true;
        argv.splice(i + 1, 0, "-" + a.slice(2));
        continue;
      }
      return usageError(`unrecognized arguments: ${argv.slice(i).join(" ")}`);
    }
    if (infile !== null) return usageError(`unrecognized arguments: ${argv.slice(i).join(" ")}`);
    infile = a;
  }

  let source: Uint8Array;
  let name: string;
  let fromStdin = false;
  if (infile === null || infile === "-") {
    fromStdin = true;
    source = h.readStdin();
    name = "<stdin>";
  } else {
    try {
      source = h.readFile(infile);
    } catch (e) {
      if (e instanceof HostError) {
        const [no, msg] = ERRNO[e.code] ?? [5, e.message];
        return usageError(`argument infile: can't open ${pyRepr(infile)}: [Errno ${no}] ${msg}: ${pyRepr(infile)}`);
      }
      throw e;
    }
    name = infile;
  }

  let tree;
  try {
    tree = parse(source, { filename: name, mode, typeComments });
  } catch (e) {
    if (e instanceof StackOverflow) {
      const status = rerunWithBigStack(fromStdin ? source : null);
      if (status !== null) return status;
    }
    if (e instanceof CompileError) {
      h.write(2, TRACEBACK_PARSE + formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
  const depth = astDepthExceeds(tree);
  if (depth === "construction") {
    h.write(2, TRACEBACK_PARSE + "RecursionError: maximum recursion depth exceeded during ast construction\n");
    return 1;
  }
  if (depth === "dump") {
    h.write(2, TRACEBACK_DUMP + "RecursionError: maximum recursion depth exceeded while calling a Python object\n");
    return 1;
  }
  h.write(1, dump(tree, { includeAttributes: attrs, indent }) + "\n");
  return 0;
}
