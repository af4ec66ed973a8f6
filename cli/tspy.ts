/**
 * The `tspy` command: python3's command-line form.
 *   tspy [options] [-c cmd | -m mod | file | -] [args]
 * Module tools that exist before the VM can run their Python versions
 * (`-m tokenize`, `-m ast`, `-m dis`, ...) are implemented in TypeScript under cli/tools/.
 */
import { NodeHost } from "../src/host/node.ts";
import { setHost } from "../src/host/host.ts";
import { PY_VERSION, TSPY_VERSION } from "../src/version.ts";
import { tools } from "./tools/index.ts";
import { runMain } from "./run.ts";
import { dumpPasses } from "./tools/cfg.ts";

export interface Options {
  optimize: number; // -O count
  dontWriteBytecode: boolean; // -B
  quiet: boolean;
  inspect: boolean;
  unbuffered: boolean;
  ignoreEnvironment: boolean;
  isolated: boolean;
  noUserSite: boolean;
  noSite: boolean;
  warnings: string[];
  xoptions: string[];
  verbose: number;
}

const USAGE = `usage: tspy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`tspy -h' for more information.\n`;

function usageError(h: NodeHost, msg: string): number {
  h.write(2, msg + "\n" + USAGE);
  return 2;
}

const HELP = `usage: tspy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-W arg : warning control
-X opt : set implementation-specific option
--     : end of options
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

tspy module tools available now: ${"%TOOLS%"}
`;

export function main(argv: string[]): number {
  const h = new NodeHost();
  setHost(h);
  const opts: Options = {
    optimize: 0, dontWriteBytecode: false, quiet: false, inspect: false, unbuffered: false,
    ignoreEnvironment: false, isolated: false, noUserSite: false, noSite: false,
    warnings: [], xoptions: [], verbose: 0,
  };
  let versionCount = 0;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") { i++; break; }
    if (a === "--version") { versionCount++; continue; }
    if (a === "--help") { h.write(1, HELP.replace("%TOOLS%", Object.keys(tools).join(", "))); return 0; }
    if (a.startsWith("--")) return usageError(h, `unknown option ${a}`);
    if (a === "-" || !a.startsWith("-")) break;
    // a cluster of one-letter options, e.g. -Bc "code"
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const rest = a.slice(j + 1);
      const takeArg = (): string | null => {
        if (rest.length > 0) return rest;
        i++;
        return i < argv.length ? argv[i]! : null;
      };
      switch (c) {
        case "c": {
          const code = takeArg();
          if (code === null) return usageError(h, "Argument expected for the -c option");
          return runMain(h, opts, { kind: "command", code }, ["-c", ...argv.slice(i + 1)]);
        }
        case "m": {
          const mod = takeArg();
          if (mod === null) return usageError(h, "Argument expected for the -m option");
          const tool = tools[mod];
          const rest = argv.slice(i + 1);
          if (tool) return tool(rest, opts);
          return runMain(h, opts, { kind: "module", name: mod }, [mod, ...rest]);
        }
        case "W": case "X": {
          const v = takeArg();
          if (v === null) return usageError(h, `Argument expected for the -${c} option`);
          (c === "W" ? opts.warnings : opts.xoptions).push(v);
          if (c === "X" && v === "dump-passes") dumpPasses(h);
          j = a.length;
          break;
        }
        case "O": opts.optimize++; break;
        case "B": opts.dontWriteBytecode = true; break;
        case "q": opts.quiet = true; break;
        case "i": opts.inspect = true; break;
        case "u": opts.unbuffered = true; break;
        case "E": opts.ignoreEnvironment = true; break;
        case "I": opts.isolated = true; opts.ignoreEnvironment = true; opts.noUserSite = true; break;
        case "s": opts.noUserSite = true; break;
        case "S": opts.noSite = true; break;
        case "v": opts.verbose++; break;
        case "b": case "d": case "R": break;
        case "V": versionCount++; break;
        case "h": case "?":
          h.write(1, HELP.replace("%TOOLS%", Object.keys(tools).join(", ")));
          return 0;
        default:
          return usageError(h, `Unknown option: -${c}`);
      }
      if (c === "W" || c === "X") break;
    }
  }
  if (versionCount > 0) {
    h.write(1, versionCount > 1 ? `Python ${PY_VERSION} (tspy ${TSPY_VERSION}, TypeScript on Node.js ${process.versions.node})\n` : `Python ${PY_VERSION} (tspy ${TSPY_VERSION})\n`);
    return 0;
  }
  if (i >= argv.length || argv[i] === "-") {
    return runMain(h, opts, { kind: "stdin" }, i < argv.length ? ["-", ...argv.slice(i + 1)] : [""]);
  }
  return runMain(h, opts, { kind: "file", path: argv[i]! }, argv.slice(i));
}

const code = main(process.argv.slice(2));
process.exitCode = code;
