/**
 * The `_spawn` module against hosts with and without the spawn service (src/host/host.ts): a host
 * without it makes every child fail with PermissionError (EPERM) naming the program; the Node
 * host runs the child. The program's output is collected from the host's write().
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { NodeHost } from "../../src/host/node.ts";
import { setHost } from "../../src/host/host.ts";
import { loads } from "../../src/bytecode/marshal.ts";
import { CodeObject } from "../../src/bytecode/code.ts";
import { runCodeObject } from "../../src/vm/run.ts";
import { startRuntime } from "../../src/vm/import_main.ts";

class CollectingHost extends NodeHost {
  out = "";
  constructor(withSpawn: boolean) {
    super();
    if (!withSpawn) (this as { spawn?: unknown }).spawn = undefined;
  }
  override write(fd: 1 | 2, data: Uint8Array | string): void {
    this.out += typeof data === "string" ? data : Buffer.from(data).toString("utf8");
  }
}

const PROGRAM = `
import _spawn
for prog in ("echo", "no-such-program-tspy"):
    try:
        r = _spawn.run(prog, [prog, "hi"], None, None, None, "inherit", "pipe", "pipe", 0)
        print("ran", r[1:])
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
`;

function compile(): CodeObject {
  const hex = execFileSync("python3", ["-c", "import marshal,sys; sys.stdout.write(marshal.dumps(compile(sys.stdin.read(), 'p.py', 'exec')).hex())"],
    { input: PROGRAM, encoding: "utf8" });
  return loads(Buffer.from(hex, "hex")) as CodeObject;
}

test("_spawn: a host without spawn raises PermissionError; the Node host runs the child", () => {
  const co = compile();
  // the runtime starts once per process: both hosts are tried in one run, switching the service
  const h = new CollectingHost(false);
  setHost(h);
  startRuntime(["p.py"]);
  const st = runCodeObject(co, ["p.py"]);
  assert.equal(st, 0, h.out);
  assert.equal(h.out, "PermissionError 1 echo\nPermissionError 1 no-such-program-tspy\n");
  h.out = "";
  (h as { spawn?: unknown }).spawn = NodeHost.prototype.spawn;
  assert.equal(runCodeObject(co, ["p.py"]), 0);
  assert.equal(h.out, "ran (0, b'hi\\n', b'', False)\nFileNotFoundError 2 no-such-program-tspy\n");
});
