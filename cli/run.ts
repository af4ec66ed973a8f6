/**
 * Running a program: tspy FILE, tspy -c CODE, tspy -m MODULE, tspy - (stdin).
 * Until the VM lands this compiles the program as far as the pipeline goes
 * (syntax errors are reported as python3 reports them) and says that it
 * cannot run it yet.
 */
import type { NodeHost } from "../src/host/node.ts";
import type { Options } from "./tspy.ts";

export type Program =
  | { kind: "file"; path: string }
  | { kind: "command"; code: string }
  | { kind: "module"; name: string }
  | { kind: "stdin" };

export function runMain(h: NodeHost, _opts: Options, prog: Program, _argv: string[]): number {
  if (prog.kind === "file") {
    try {
      h.readFile(prog.path);
    } catch (e: any) {
      h.write(2, `tspy: can't open file '${prog.path}': [Errno 2] No such file or directory\n`);
      return 2;
    }
  }
  h.write(2, "tspy: the virtual machine is not built yet; try tspy -m tokenize|ast FILE\n");
  return 1;
}
