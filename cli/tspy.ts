/**
 * The `tspy` command: python3's command-line form.
 *   tspy [options] [-c cmd | -m mod | file | -] [args]
 * Options are parsed in cli/options.ts, the program runs in cli/run.ts (the REPL in cli/repl.ts).
 * Module tools that exist before the VM can run their Python versions (`-m tokenize`, `-m ast`,
 * `-m dis`, ...) are implemented in TypeScript under cli/tools/.
 */
import { NodeHost, releaseInterrupts } from "../src/host/node.ts";
import { setHost } from "../src/host/host.ts";
import { PY_VERSION, TSPY_VERSION } from "../src/version.ts";
import { tools } from "./tools/index.ts";
import { dumpPasses } from "./tools/cfg.ts";
import { runMain } from "./run.ts";
import { parseCommandLine, type Options } from "./options.ts";
import { helpText, usageLines, PROG } from "./help.ts";

export type { Options };

export function main(argv: string[]): number {
  const h = new NodeHost();
  setHost(h);
  const p = parseCommandLine(argv, h.env);
  switch (p.kind) {
    case "error":
      h.write(2, p.fatal === true ? p.message : p.message + "\n" + usageLines());
      return p.fatal === true ? 1 : 2;
    case "help":
      h.write(1, helpText(p.which, Object.keys(tools)));
      return 0;
    case "version":
      h.write(1, p.count > 1
        ? `Python ${PY_VERSION} (tspy ${TSPY_VERSION}, TypeScript on Node.js ${process.versions.node}) [V8 ${process.versions.v8}]\n`
        : `Python ${PY_VERSION}\n`);
      return 0;
    case "run": {
      const { opts, prog, argv: args } = p;
      if (prog.kind === "module") {
        const tool = tools[prog.name];
        if (tool) {
          toolRan = true;
          if (opts.dumpPasses) dumpPasses(h);
          return tool(args.slice(1), opts);
        }
      }
      return runMain(h, opts, prog, args, [PROG, ...argv]);
    }
  }
}

/** A TypeScript tool ran (`-m cfg --svg` waits for a promise: the event loop must run after main). */
let toolRan = false;

const code = main(process.argv.slice(2));
releaseInterrupts();
process.exitCode = code;
// A Python program leaves nothing for the event loop (the VM and the host are synchronous; stdout
// and stderr are written with writeSync): exiting here runs the "exit" listeners (the launcher's
// code cache) and skips Node's teardown of the environment and the heap (~2 ms of `-c pass`)
if (!toolRan) process.exit(code);
