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
import { dumpRecursionFailure, formatDumpRecursion } from "./ast-recursion.ts";
import { spawnSync } from "../../src/host/node.ts";

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
  const extras: string[] = [];
  const modes = ["exec", "single", "eval", "func_type"];
  // A small argparse: long options by unique prefix, --opt=value, clusters of short options
  // (-ai2), errors in argparse's words and order.
  const LONG: Record<string, string> = { "--help": "h", "--mode": "m", "--no-type-comments": "n", "--include-attributes": "a", "--indent": "i" };
  const NAMES: Record<string, string> = { m: "-m/--mode", i: "-i/--indent" };
  const isNegNumber = (x: string) => /^-\d+$|^-\d*\.\d+$/.test(x);
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!onlyPositional && arg === "--") { onlyPositional = true; continue; }
    if (onlyPositional || !arg.startsWith("-") || arg === "-" || isNegNumber(arg)) {
      if (infile === null) infile = arg;
      else extras.push(arg);
      continue;
    }
    // which option, and an explicit value
    let opt: string | null = null;
    let explicit: string | null = null;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      if (eq >= 0) explicit = arg.slice(eq + 1);
      if (LONG[name] !== undefined) opt = LONG[name]!;
      else {
        const matches = Object.keys(LONG).filter((k) => k.startsWith(name));
        if (matches.length > 1) return usageError(`ambiguous option: ${name} could match ${matches.join(", ")}`);
        if (matches.length === 1) opt = LONG[matches[0]!]!;
      }
      if (opt === null) { extras.push(arg); continue; }
    } else {
      opt = arg[1]!;
      if (!"hmai".includes(opt)) { extras.push(arg); continue; }
      if (arg.length > 2) explicit = arg.slice(2);
    }
    // flags may be followed by more short options in the same cluster
    for (;;) {
      if (opt === "h") { h.write(1, HELP); return 0; }
      if (opt === "a" || opt === "n") {
        if (opt === "a") attrs = true; else typeComments = false;
        if (explicit !== null && !arg.startsWith("--")) {
          const next = explicit[0]!;
          if (!"hmai".includes(next)) return usageError(`argument -a/--include-attributes: ignored explicit argument '${explicit}'`);
          opt = next;
          explicit = explicit.length > 1 ? explicit.slice(1) : null;
          continue;
        }
        if (explicit !== null) return usageError(`argument ${opt === "a" ? "-a/--include-attributes" : "--no-type-comments"}: ignored explicit argument '${explicit}'`);
        break;
      }
      let value = explicit;
      if (value === null) {
        const nxt = argv[i + 1];
        if (nxt === undefined || (nxt.startsWith("-") && nxt !== "-" && !isNegNumber(nxt))) return usageError(`argument ${NAMES[opt]}: expected one argument`);
        value = nxt;
        i++;
      }
      if (opt === "m") {
        if (!modes.includes(value)) return usageError(`argument -m/--mode: invalid choice: ${pyRepr(value)} (choose from 'exec', 'single', 'eval', 'func_type')`);
        mode = value as ParseMode;
      } else {
        if (!/^\s*[-+]?\d+\s*$/.test(value)) return usageError(`argument -i/--indent: invalid int value: ${pyRepr(value)}`);
        indent = parseInt(value, 10);
      }
      break;
    }
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
  if (extras.length) return usageError(`unrecognized arguments: ${extras.join(" ")}`);

  let tree;
  try {
    tree = parse(source, { filename: name, mode, typeComments, sourceIsFile: !fromStdin });
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
    const fail = dumpRecursionFailure(tree, attrs);
    if (fail !== null) {
      h.write(2, TRACEBACK_DUMP + formatDumpRecursion(fail));
      return 1;
    }
  }
  h.write(1, dump(tree, { includeAttributes: attrs, indent }) + "\n");
  return 0;
}
