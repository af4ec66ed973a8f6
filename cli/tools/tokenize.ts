/**
 * `tspy -m tokenize [-e] [filename.py]`: what `python3 -m tokenize` prints, byte for byte.
 *
 * File mode: all tokens are computed first (python's list(tokenize(...))), so an error prints no
 * tokens. Stdin mode (no file name, or ''): lines are read as UTF-8 text with surrogateescape,
 * there is no ENCODING token, and tokens are printed up to the error.
 * Errors, as tokenize.main() reports them (status 1):
 *   IndentationError / TokenError  FILE:ROW:COL: error: MESSAGE
 *   SyntaxError (encoding cookie)  FILE: error: MESSAGE
 *   OSError (opening the file)     error: [Errno N] STRERROR: 'FILE'
 *   anything else (decoding)       unexpected error: MESSAGE, then the traceback python prints
 */
import type { Options } from "../tspy.ts";
import { host, HostError } from "../../src/host/host.ts";
import { TokenType, tokName, EXACT_TOKEN_TYPES } from "../../src/tokenizer/token.ts";
import { PyTokenizer, TokenInfo, TokenizeError, tokenizeBytes, TextLineSource } from "../../src/tokenizer/pytokenize.ts";
import { CodecError, decodeUtf8 } from "../../src/tokenizer/encoding.ts";
import { reprString, codePointLength } from "../../src/tokenizer/unicode.ts";

/**
 * Where python3's stdlib lives: tracebacks name tokenize.py and the codec modules there.
 * (tspy has no stdlib directory of its own yet; this is the CPython 3.11 it mirrors.)
 */
const PYTHON_LIB = "/root/.pyenv/versions/3.11.7/lib/python3.11";

const PROG = "python -m tokenize";
const USAGE = `usage: ${PROG} [-h] [-e] [filename.py]\n`;
const HELP = `${USAGE}
positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
`;

/** errno names → (number, strerror) for the errors opening a file can give. */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  EIO: [5, "Input/output error"],
  ENXIO: [6, "No such device or address"],
  EACCES: [13, "Permission denied"],
  EBUSY: [16, "Device or resource busy"],
  ENODEV: [19, "No such device"],
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EINVAL: [22, "Invalid argument"],
  EMFILE: [24, "Too many open files"],
  ENAMETOOLONG: [36, "File name too long"],
  ELOOP: [40, "Too many levels of symbolic links"],
};

const SPACES = " ".repeat(20);

/** s left-justified in `width` columns; `len` = len(s) in code points. */
function pad(s: string, len: number, width: number): string {
  return len >= width ? s : s + SPACES.slice(0, width - len);
}

/** One output line: "%-20s%-15s%-15r" % (range, type name, string). */
function formatToken(t: TokenInfo, exact: boolean): string {
  let type: number = t.type;
  if (exact && type === TokenType.OP) type = EXACT_TOKEN_TYPES.get(t.string) ?? type;
  const range = t.start[0] + "," + t.start[1] + "-" + t.end[0] + "," + t.end[1] + ":";
  const name = tokName[type]!;
  const r = reprString(t.string);
  return pad(range, range.length, 20) + pad(name, name.length, 15) + pad(r, codePointLength(r), 15) + "\n";
}

interface Args {
  exact: boolean;
  filename: string | null;
  help: boolean;
  unrecognized: string[];
  /** An argparse error message (exit status 2), or null. */
  error: string | null;
}

const OPTION_NAMES: Record<string, string> = { h: "-h/--help", e: "-e/--exact" };

/**
 * The argparse parser of tokenize.main(): [-h] [-e] [filename.py]. Reproduced: unique prefixes
 * of long options, clusters of short flags (-eh), "ignored explicit argument" for a value given
 * to a flag (-ex, --exact=1), '--', '-' and negative numbers as positionals, and the
 * "unrecognized arguments" list (unknown options and extra positionals, in order).
 * Actions run in order, so -h wins over a later error but not over an earlier one.
 */
function parseArgs(argv: string[]): Args {
  const a: Args = { exact: false, filename: null, help: false, unrecognized: [], error: null };
  const ignored = (opt: string, value: string): Args => {
    a.error = `argument ${OPTION_NAMES[opt]}: ignored explicit argument ${reprString(value)}`;
    return a;
  };
  const run = (opt: string): boolean => {
    if (opt === "h") { a.help = true; return true; }
    a.exact = true;
    return false;
  };
  let positionalOnly = false;
  for (const arg of argv) {
    const positional = positionalOnly || arg === "-" || !arg.startsWith("-") || /^-\d+$|^-\d*\.\d+$/.test(arg);
    if (positional) {
      if (a.filename === null) a.filename = arg;
      else a.unrecognized.push(arg);
      continue;
    }
    if (arg === "--") { positionalOnly = true; continue; }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      const matches = ["--help", "--exact"].filter((o) => o === name || o.startsWith(name));
      if (matches.length !== 1) {
        if (arg.indexOf(" ") >= 0) {
          if (a.filename === null) a.filename = arg; else a.unrecognized.push(arg);
        } else a.unrecognized.push(arg);
        continue;
      }
      const opt = matches[0]![2]!;
      if (eq >= 0) return ignored(opt, arg.slice(eq + 1));
      if (run(opt)) return a;
      continue;
    }
    // A single-dash option, or a cluster of them.
    if (arg[1] !== "h" && arg[1] !== "e") {
      if (arg.indexOf(" ") >= 0) {
        if (a.filename === null) a.filename = arg; else a.unrecognized.push(arg);
      } else a.unrecognized.push(arg);
      continue;
    }
    if (arg[2] === "=") return ignored(arg[1]!, arg.slice(3));
    const cluster: string[] = [];
    for (let k = 1; k < arg.length; k++) {
      const c = arg[k]!;
      cluster.push(c);
      const next = arg[k + 1];
      if (next !== undefined && next !== "h" && next !== "e") return ignored(c, arg.slice(k + 1));
    }
    for (const c of cluster) if (run(c)) return a;
  }
  return a;
}

function tracebackFor(e: CodecError): string {
  const lib = PYTHON_LIB;
  const head =
    "Traceback (most recent call last):\n" +
    '  File "<frozen runpy>", line 198, in _run_module_as_main\n' +
    '  File "<frozen runpy>", line 88, in _run_code\n' +
    `  File "${lib}/tokenize.py", line 694, in <module>\n` +
    "    main()\n" +
    `  File "${lib}/tokenize.py", line 656, in main\n` +
    "    tokens = list(tokenize(f.readline))\n" +
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^\n" +
    `  File "${lib}/tokenize.py", line 459, in _tokenize\n` +
    "    line = line.decode(encoding)\n" +
    "           ^^^^^^^^^^^^^^^^^^^^^\n";
  const frame = e.frame.split("{LIB}").join(lib);
  return head + frame + `${e.pyType}: ${e.pyMessage}\n`;
}

function errorMessage(e: unknown, filename: string): { text: string; traceback: string } | null {
  if (e instanceof TokenizeError) return { text: `${filename}:${e.row}:${e.col}: error: ${e.pyMessage}\n`, traceback: "" };
  if (e instanceof CodecError) {
    if (e.pyType === "SyntaxError") return { text: `${filename}: error: ${e.pyMessage}\n`, traceback: "" };
    return { text: `unexpected error: ${e.pyMessage}\n`, traceback: tracebackFor(e) };
  }
  return null;
}

/** What a run printed: the tool's whole effect, so tests and scripts can run it in-process. */
export interface ToolResult { status: number; stdout: string; stderr: string }

export interface ToolInput {
  /** The file's bytes; throws HostError (with the errno name) when it cannot be read. */
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
}

/** `python3 -m tokenize ARGV` without touching the process: returns status and output. */
export function runTokenize(argv: string[], input: ToolInput): ToolResult {
  const args = parseArgs(argv);
  if (args.help) return { status: 0, stdout: HELP, stderr: "" };
  if (args.error !== null) return { status: 2, stdout: "", stderr: `${USAGE}${PROG}: error: ${args.error}\n` };
  if (args.unrecognized.length > 0) {
    return { status: 2, stdout: "", stderr: `${USAGE}${PROG}: error: unrecognized arguments: ${args.unrecognized.join(" ")}\n` };
  }
  const exact = args.exact;

  if (args.filename === null || args.filename === "") {
    // generate_tokens(sys.stdin.readline): streamed, no ENCODING token.
    const bytes = input.readStdin();
    const text = decodeUtf8(bytes, 0, bytes.length, true);
    return streamTokens(new PyTokenizer(new TextLineSource(text), null), "<stdin>", exact);
  }

  const filename = args.filename;
  let bytes: Uint8Array;
  try {
    bytes = input.readFile(filename);
  } catch (e) {
    if (e instanceof HostError) {
      const [num, msg] = ERRNO[e.code] ?? [0, e.code];
      return { status: 1, stdout: "", stderr: `error: [Errno ${num}] ${msg}: ${reprString(filename)}\n` };
    }
    throw e;
  }
  try {
    const tokens = tokenizeBytes(bytes, filename).all();
    const parts: string[] = [];
    for (const t of tokens) parts.push(formatToken(t, exact));
    return { status: 0, stdout: parts.join(""), stderr: "" };
  } catch (e) {
    const m = errorMessage(e, filename);
    if (m === null) throw e;
    return { status: 1, stdout: "", stderr: m.text + m.traceback };
  }
}

function streamTokens(tz: PyTokenizer, filename: string, exact: boolean): ToolResult {
  const parts: string[] = [];
  try {
    for (let t = tz.next(); t !== null; t = tz.next()) parts.push(formatToken(t, exact));
  } catch (e) {
    const m = errorMessage(e, filename);
    if (m === null) throw e;
    return { status: 1, stdout: parts.join(""), stderr: m.text + m.traceback };
  }
  return { status: 0, stdout: parts.join(""), stderr: "" };
}

/** The `-m tokenize` tool. */
export function tokenizeTool(argv: string[], _opts: Options): number {
  const h = host();
  const r = runTokenize(argv, { readFile: (p) => h.readFile(p), readStdin: () => h.readStdin() });
  if (r.stdout.length > 0) h.write(1, r.stdout);
  if (r.stderr.length > 0) h.write(2, r.stderr);
  return r.status;
}
