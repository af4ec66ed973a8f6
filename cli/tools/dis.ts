/**
 * `tspy -m dis [infile]`: what `python3 -m dis` prints — the source compiled (tspy's compiler,
 * filename as given, '<stdin>' for standard input) and dis.dis of the code object, nested code
 * objects included.
 *
 * tspy extension: an infile that is a .pyc (CPython 3.11's magic number) is disassembled from
 * its marshalled code object, as python3's dis.dis(marshal.loads(data[16:])) prints it.
 *
 * Errors as python3 reports them: argparse's (status 2) for a file that cannot be opened or
 * extra arguments; a compile error prints python3's traceback through dis.py (status 1); a
 * corrupt .pyc prints the ImportError/EOFError/ValueError it raises (status 1).
 */
import type { Options } from "../tspy.ts";
import { host, HostError } from "../../src/host/host.ts";
import { parse } from "../../src/parser/parse.ts";
import { CompileError } from "../../src/parser/errors.ts";
import { formatSyntaxError } from "../../src/parser/report.ts";
import { compileAST } from "../../src/compiler/index.ts";
import { dis, DisError } from "../../src/bytecode/dis.ts";
import { readPyc, PycError, MAGIC_BYTES } from "../../src/bytecode/pyc.ts";
import { MarshalError } from "../../src/bytecode/marshal.ts";
import { hashSecret } from "../../src/objects/hash.ts";
import type { CodeObject } from "../../src/bytecode/code.ts";

/** Where python3's stdlib lives: its tracebacks name dis.py there. */
const PYTHON_LIB = "/root/.pyenv/versions/3.11.7/lib/python3.11";

const PROG = "dis.py";
const USAGE = `usage: ${PROG} [-h] [infile]\n`;
const HELP = `${USAGE}
positional arguments:
  infile

options:
  -h, --help  show this help message and exit
`;

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "No such file or directory"],
  EACCES: [13, "Permission denied"],
  EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"],
  ENAMETOOLONG: [36, "File name too long"],
  ELOOP: [40, "Too many levels of symbolic links"],
};

const TRACEBACK_COMPILE = `Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
  File "${PYTHON_LIB}/dis.py", line 774, in <module>
    main()
  File "${PYTHON_LIB}/dis.py", line 770, in main
    code = compile(source, args.infile.name, "exec")
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
`;

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

function usageError(msg: string): number {
  host().write(2, USAGE + `${PROG}: error: ${msg}\n`);
  return 2;
}

function isPyc(data: Uint8Array, name: string): boolean {
  if (name.endsWith(".pyc")) return true;
  if (data.length < 4) return false;
  for (let i = 0; i < 4; i++) if (data[i] !== MAGIC_BYTES[i]) return false;
  return true;
}

/** PYTHONHASHSEED as CPython reads it: a number orders frozensets; anything else means 0 here. */
function seedFromEnv(): number {
  const v = host().env["PYTHONHASHSEED"];
  if (v !== undefined && /^\d+$/.test(v) && Number(v) <= 4294967295) return Number(v);
  return 0;
}

export function disTool(argv: string[], _opts: Options): number {
  const h = host();
  let infile: string | null = null;
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!onlyPositional && a === "--") { onlyPositional = true; continue; }
    if (!onlyPositional && a.startsWith("-") && a !== "-") {
      if (a === "-h" || a === "--help" || (a.startsWith("--") && "--help".startsWith(a) && a.length > 2)) {
        h.write(1, HELP);
        return 0;
      }
      return usageError(`unrecognized arguments: ${argv.slice(i).join(" ")}`);
    }
    if (infile !== null) {
      // argparse opens the file (FileType) before it sees the extra argument
      const err = openError(infile);
      if (err !== null) return err;
      return usageError(`unrecognized arguments: ${argv.slice(i).join(" ")}`);
    }
    infile = a;
  }

  let source: Uint8Array;
  let name: string;
  if (infile === null || infile === "-") {
    source = h.readStdin();
    name = "<stdin>";
  } else {
    try {
      source = h.readFile(infile);
    } catch (e) {
      if (e instanceof HostError) return openError(infile, e)!;
      throw e;
    }
    name = infile;
  }

  let code: CodeObject;
  if (isPyc(source, name)) {
    try {
      code = readPyc(source, name, name).code;
    } catch (e) {
      if (e instanceof PycError || e instanceof MarshalError) {
        h.write(2, `${e.type}: ${e.msg}\n`);
        return 1;
      }
      throw e;
    }
  } else {
    try {
      code = compileAST(parse(source, { filename: name, mode: "exec" }), { filename: name });
    } catch (e) {
      if (e instanceof CompileError) {
        h.write(2, TRACEBACK_COMPILE + formatSyntaxError(e));
        return 1;
      }
      throw e;
    }
  }
  try {
    h.write(1, dis(code, { hashSecret: hashSecret(seedFromEnv()) }));
  } catch (e) {
    if (e instanceof DisError) {
      h.write(2, `${e.type}: ${e.msg}\n`);
      return 1;
    }
    throw e;
  }
  return 0;
}

/** argparse.FileType's error for a file that cannot be opened (null when it opens). */
function openError(path: string, err?: HostError): number | null {
  if (err === undefined) {
    try {
      host().readFile(path);
      return null;
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      err = e;
    }
  }
  const [no, msg] = ERRNO[err.code] ?? [5, err.message];
  return usageError(`argument infile: can't open ${pyRepr(path)}: [Errno ${no}] ${msg}: ${pyRepr(path)}`);
}
