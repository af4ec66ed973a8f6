/**
 * `tspy -m cfg [--before|--after|--both|--all] [--dot] [--svg OUT.svg] [--function QUALNAME] FILE`:
 * the control flow graph tspy's compiler builds for each code object of FILE, as basic blocks
 * (label, instructions with line numbers, jump targets by label) and their edges (fall-through,
 * jump, exception handler), before optimisation (as code generation left it) and/or after it
 * (the final instruction sequence, with byte offsets). A tspy tool (CPython has no such module).
 *
 *   --before / --after / --both (default) / --all   which stages (--all: every assembly pass)
 *   --dot            Graphviz DOT instead of text (one cluster per code object and stage)
 *   --svg OUT.svg    render the DOT to an SVG file (the @viz-js/viz WebAssembly Graphviz,
 *                    loaded only then)
 *   --function NAME  only the code objects whose co_qualname is NAME ('<module>' for the module)
 *
 * The CFG comes from the compiler's `cfgHook` (src/compiler/cfgview.ts). Exit status: 0, 1 on a
 * compile error (printed as python3 prints a SyntaxError) or when no code object matches, 2 on
 * bad arguments.
 */
import { writeFileSync } from "node:fs";
import type { Options } from "../tspy.ts";
import { host, HostError } from "../../src/host/host.ts";
import { parse } from "../../src/parser/parse.ts";
import { CompileError } from "../../src/parser/errors.ts";
import { formatSyntaxError } from "../../src/parser/report.ts";
import { compileAST, compilerDebug } from "../../src/compiler/index.ts";
import { formatCfgText, formatCfgDot, cfgHeading, CFG_STAGES, type CfgSnapshot, type CfgStage } from "../../src/compiler/cfgview.ts";

const USAGE = "usage: tspy -m cfg [-h] [--before | --after | --both | --all] [--dot] [--svg OUT.svg] [--function QUALNAME] infile\n";
const HELP = `${USAGE}
Show the control flow graph of each code object tspy compiles from infile.

positional arguments:
  infile               a Python source file ('-' for standard input)

options:
  -h, --help           show this help message and exit
  --before             the CFG as code generation left it
  --after              the CFG after optimisation (the final instruction sequence)
  --both               both (default)
  --all                after every assembly pass: ${CFG_STAGES.join(", ")}
  --dot                print Graphviz DOT instead of text
  --svg OUT.svg        write the graph as SVG (rendered with Graphviz compiled to WebAssembly)
  --function QUALNAME  only code objects with this qualified name
`;

function usageError(msg: string): number {
  host().write(2, USAGE + `cfg: error: ${msg}\n`);
  return 2;
}

export function cfgTool(argv: string[], _opts: Options): number {
  const h = host();
  let stages: readonly CfgStage[] = ["codegen", "final"];
  let dot = false;
  let svg: string | null = null;
  let only: string | null = null;
  let infile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | null => (i + 1 < argv.length ? argv[++i]! : null);
    switch (a) {
      case "-h": case "--help": h.write(1, HELP); return 0;
      case "--before": stages = ["codegen"]; break;
      case "--after": stages = ["final"]; break;
      case "--both": stages = ["codegen", "final"]; break;
      case "--all": stages = CFG_STAGES; break;
      case "--dot": dot = true; break;
      case "--svg": if ((svg = value()) === null) return usageError("argument --svg: expected one argument"); break;
      case "--function": if ((only = value()) === null) return usageError("argument --function: expected one argument"); break;
      default:
        if (a.startsWith("-") && a !== "-") return usageError(`unrecognized arguments: ${a}`);
        if (infile !== null) return usageError(`unrecognized arguments: ${a}`);
        infile = a;
    }
  }
  if (infile === null) return usageError("the following arguments are required: infile");

  let source: Uint8Array;
  const name = infile === "-" ? "<stdin>" : infile;
  try {
    source = infile === "-" ? h.readStdin() : h.readFile(infile);
  } catch (e) {
    if (e instanceof HostError) return usageError(`can't open '${infile}': ${e.message}`);
    throw e;
  }

  const wanted = new Set<CfgStage>(stages);
  const snaps: CfgSnapshot[] = [];
  try {
    compileAST(parse(source, { filename: name, mode: "exec" }), {
      filename: name,
      cfgHook: (s) => {
        if (wanted.has(s.stage) && (only === null || s.qualname === only)) snaps.push(s);
      },
    });
  } catch (e) {
    if (e instanceof CompileError) {
      h.write(2, formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
  if (snaps.length === 0) {
    h.write(2, `cfg: no code object named ${only}\n`);
    return 1;
  }
  // the order dis shows code objects in (the order the compiler entered them), stages in order
  snaps.sort((x, y) => x.seq - y.seq || CFG_STAGES.indexOf(x.stage) - CFG_STAGES.indexOf(y.stage));

  if (svg !== null) {
    writeSvg(formatCfgDot(snaps), svg);
    return 0;
  }
  if (dot) {
    h.write(1, formatCfgDot(snaps));
    return 0;
  }
  let out = "";
  let seq = -1;
  for (const s of snaps) {
    if (s.seq !== seq) {
      out += (seq === -1 ? "" : "\n") + cfgHeading(s) + "\n";
      seq = s.seq;
    }
    out += formatCfgText(s);
  }
  h.write(1, out);
  return 0;
}

/**
 * `-X dump-passes`: every compilation of the process prints, on stderr, each code object's
 * instruction sequence (as blocks) after each assembly pass.
 */
export function dumpPasses(h: { write(fd: 2, s: string): void }): void {
  compilerDebug.cfgHook = (s) => h.write(2, `== ${cfgHeading(s)}: ${s.stage} ==\n` + formatCfgText(s).replace(/^-- .* --\n/, ""));
}

/**
 * Render DOT to an SVG file with @viz-js/viz (Graphviz compiled to WebAssembly, shipped inside
 * the npm package: nothing is downloaded). Loading it is asynchronous: the exit status is set
 * when rendering ends.
 */
function writeSvg(dotText: string, out: string): void {
  // a computed specifier keeps the bundler from inlining the (large) package into dist/tspy.js
  const specifier = ["@viz-js", "viz"].join("/");
  // bin/tspy.js runs the bundle as a cached vm.Script, where import() cannot be used (V8 loses
  // the dynamic-import host options of code read from a cache): it lends its own import()
  const load = (globalThis as { __tspyImport?: (s: string) => Promise<unknown> }).__tspyImport ?? ((s: string) => import(s));
  (load(specifier) as Promise<{ instance(): Promise<{ renderString(dot: string, o: { format: string }): string }> }>)
    .then((viz) => viz.instance())
    .then((v) => writeFileSync(out, v.renderString(dotText, { format: "svg" })))
    .catch((e: unknown) => {
      host().write(2, `cfg: cannot render SVG: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
