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
import { reprString } from "../../src/tokenizer/unicode.ts";

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

/**
 * The printed token lines, built as UTF-8 bytes: one line per token,
 * "%-20s%-15s%-15r\n" % ("R,C-R,C:", type name, repr(string)).
 */
class TokenPrinter {
  private buf = new Uint8Array(1 << 16);
  private n = 0;

  constructor(private readonly exact: boolean) {}

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + k) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }

  /** Writes a non-negative integer; returns its digit count. */
  private int(v: number): number {
    const start = this.n;
    if (v === 0) { this.buf[this.n++] = 0x30; return 1; }
    let digits = 0;
    for (let x = v; x > 0; x = Math.floor(x / 10)) digits++;
    for (let k = digits - 1, x = v; k >= 0; k--, x = Math.floor(x / 10)) this.buf[start + k] = 0x30 + (x % 10);
    this.n += digits;
    return digits;
  }

  private ascii(s: string): void {
    for (let i = 0; i < s.length; i++) this.buf[this.n++] = s.charCodeAt(i);
  }

  private spaces(k: number): void {
    for (; k > 0; k--) this.buf[this.n++] = 0x20;
  }

  /** Writes s as UTF-8 (s holds no lone surrogates); returns len(s) in code points. */
  private utf8(s: string): number {
    let cps = 0;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      cps++;
      if (c < 0x80) { this.buf[this.n++] = c; continue; }
      if (c < 0x800) {
        this.buf[this.n++] = 0xc0 | (c >> 6);
      } else {
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
          c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
          this.buf[this.n++] = 0xf0 | (c >> 18);
          this.buf[this.n++] = 0x80 | ((c >> 12) & 0x3f);
        } else {
          this.buf[this.n++] = 0xe0 | (c >> 12);
        }
        this.buf[this.n++] = 0x80 | ((c >> 6) & 0x3f);
      }
      this.buf[this.n++] = 0x80 | (c & 0x3f);
    }
    return cps;
  }

  /** repr(s) written directly when s is printable ASCII without quotes or backslashes. */
  private repr(s: string): number {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c >= 0x7f || c === 0x27 || c === 0x5c) {
        const r = reprString(s);
        this.room(r.length * 3);
        return this.utf8(r);
      }
    }
    this.buf[this.n++] = 0x27;
    this.ascii(s);
    this.buf[this.n++] = 0x27;
    return s.length + 2;
  }

  token(t: TokenInfo): void {
    let type: number = t.type;
    if (this.exact && type === TokenType.OP) type = EXACT_TOKEN_TYPES.get(t.string) ?? type;
    this.room(80 + t.string.length);
    let w = this.int(t.start[0]);
    this.buf[this.n++] = 0x2c;
    w += this.int(t.start[1]);
    this.buf[this.n++] = 0x2d;
    w += this.int(t.end[0]);
    this.buf[this.n++] = 0x2c;
    w += this.int(t.end[1]);
    this.buf[this.n++] = 0x3a;
    w += 4;
    if (w < 20) this.spaces(20 - w);
    const name = tokName[type]!;
    this.ascii(name);
    if (name.length < 15) this.spaces(15 - name.length);
    this.room(t.string.length * 12 + 20);
    const r = this.repr(t.string);
    if (r < 15) this.spaces(15 - r);
    this.buf[this.n++] = 0x0a;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
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
  const cause = e.causeText === "" ? ""
    : e.causeText.split("{LIB}").join(lib) + "\nThe above exception was the direct cause of the following exception:\n\n";
  return cause + head + frame + `${e.pyType}: ${e.pyMessage}\n`;
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
export interface ToolResult { status: number; stdout: Uint8Array; stderr: string }

const NO_BYTES = new Uint8Array(0);

export interface ToolInput {
  /** The file's bytes; throws HostError (with the errno name) when it cannot be read. */
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
}

/** `python3 -m tokenize ARGV` without touching the process: returns status and output. */
export function runTokenize(argv: string[], input: ToolInput): ToolResult {
  const args = parseArgs(argv);
  if (args.help) return { status: 0, stdout: new TextEncoder().encode(HELP), stderr: "" };
  if (args.error !== null) return { status: 2, stdout: NO_BYTES, stderr: `${USAGE}${PROG}: error: ${args.error}\n` };
  if (args.unrecognized.length > 0) {
    return { status: 2, stdout: NO_BYTES, stderr: `${USAGE}${PROG}: error: unrecognized arguments: ${args.unrecognized.join(" ")}\n` };
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
      return { status: 1, stdout: NO_BYTES, stderr: `error: [Errno ${num}] ${msg}: ${reprString(filename)}\n` };
    }
    throw e;
  }
  try {
    const tokens = tokenizeBytes(bytes, filename).all();
    const out = new TokenPrinter(exact);
    for (const t of tokens) out.token(t);
    return { status: 0, stdout: out.bytes(), stderr: "" };
  } catch (e) {
    const m = errorMessage(e, filename);
    if (m === null) throw e;
    return { status: 1, stdout: NO_BYTES, stderr: m.text + m.traceback };
  }
}

function streamTokens(tz: PyTokenizer, filename: string, exact: boolean): ToolResult {
  const out = new TokenPrinter(exact);
  try {
    for (let t = tz.next(); t !== null; t = tz.next()) out.token(t);
  } catch (e) {
    const m = errorMessage(e, filename);
    if (m === null) throw e;
    return { status: 1, stdout: out.bytes(), stderr: m.text + m.traceback };
  }
  return { status: 0, stdout: out.bytes(), stderr: "" };
}

/** The `-m tokenize` tool. */
export function tokenizeTool(argv: string[], _opts: Options): number {
  const h = host();
  const r = runTokenize(argv, { readFile: (p) => h.readFile(p), readStdin: () => h.readStdin() });
  if (r.stdout.length > 0) h.write(1, r.stdout);
  if (r.stderr.length > 0) h.write(2, r.stderr);
  return r.status;
}
