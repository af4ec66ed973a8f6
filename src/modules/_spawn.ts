/**
 * The `_spawn` builtin module: the one primitive lib/subprocess.py (and os.popen through it)
 * builds on. tspy runs on a synchronous host, so a child process is started and waited for in one
 * call, through the host's spawn service (src/host/host.ts; docs/internals/subprocess.md):
 *
 *   run(file, argv, cwd, env, input, stdin, stdout, stderr, timeout_ms)
 *       -> (pid, returncode, stdout_bytes | None, stderr_bytes | None, timed_out)
 *
 * file: str, the program; argv: list of str; cwd: str or None; env: flat list [k1, v1, k2, v2...]
 * of str, or None for this process's environment; input: bytes or None (fed to a "pipe" stdin);
 * stdin/stdout/stderr: "inherit" | "pipe" | "ignore" (and "stdout" for stderr); timeout_ms: int,
 * 0 for no limit. returncode is -N for a child ended by signal N. A child that cannot be started
 * raises OSError (FileNotFoundError, PermissionError, ...) naming the program or the missing cwd;
 * a host with no spawn service raises PermissionError (EPERM) naming the program.
 */
import { PyObject, Meth } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyStr, newStr } from "../objects/str.ts";
import { newBytes, bufferOf } from "../objects/bytes.ts";
import { PyList } from "../objects/list.ts";
import { newTuple } from "../objects/tuple.ts";
import { typeName } from "../objects/abstract.ts";
import { parseArgs } from "../objects/args.ts";
import { typeError, valueError } from "../objects/errors.ts";
import { DECREF } from "../memory/refcount.ts";
import { host, HostError, type HostStdio } from "../host/host.ts";
import { buildModule, pyInt, pyBool, asLong } from "./modutil.ts";
import { osError } from "./posix.ts";
import type { PyModule } from "../objects/module.ts";

function str(o: PyObject, what: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${what} must be str, not ${typeName(o)}`);
  if (o.value.includes("\0")) throw valueError("embedded null byte");
  return o.value;
}

function strList(o: PyObject, what: string): string[] {
  if (!(o instanceof PyList)) throw typeError(`${what} must be a list, not ${typeName(o)}`);
  return o.items.map((x) => str(x, what + " item"));
}

function stdioMode(o: PyObject, allowStdout: boolean): HostStdio {
  const s = str(o, "stdio mode");
  if (s === "inherit" || s === "pipe" || s === "ignore" || (allowStdout && s === "stdout")) return s;
  throw valueError(`bad stdio mode '${s}'`);
}

function run(file: string, argv: string[], cwd: string | null, env: Record<string, string> | null, input: Uint8Array | null,
  modes: [HostStdio, HostStdio, HostStdio], timeoutMs: number): PyObject {
  const h = host();
  if (h.spawn === undefined) {
    const name = newStr(file);
    try {
      throw osError(new HostError("EPERM", file, "EPERM: no child processes on this host"), name);
    } finally {
      DECREF(name);
    }
  }
  let r;
  try {
    r = h.spawn({ file, argv, cwd, env, input, stdin: modes[0], stdout: modes[1], stderr: modes[2], timeoutMs });
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    const name = newStr(e.path || file);
    try {
      throw osError(e, name);
    } finally {
      DECREF(name);
    }
  }
  const out = r.stdout === null ? (None.ob_refcnt++, None) : newBytes(r.stdout);
  const err = r.stderr === null ? (None.ob_refcnt++, None) : newBytes(r.stderr);
  return newTuple([pyInt(r.pid), pyInt(r.returncode), out, err, pyBool(r.timedOut)]);
}

export function makeSpawnModule(): PyModule {
  return buildModule("_spawn", [
    { name: "run", flags: Meth.KEYWORDS, fn: (_s: null, a: PyObject[], k: PyObject | null) => {
      const [f, av, cw, en, inp, i0, o1, e2, to] = parseArgs("run", a, k,
        ["file", "argv", "cwd", "env", "input", "stdin", "stdout", "stderr", "timeout_ms"]);
      const file = str(f!, "file");
      const argv = strList(av!, "argv");
      const cwd = cw === None ? null : str(cw!, "cwd");
      let env: Record<string, string> | null = null;
      if (en !== None) {
        const flat = strList(en!, "env");
        env = {};
        for (let i = 0; i + 1 < flat.length; i += 2) env[flat[i]!] = flat[i + 1]!;
      }
      let input: Uint8Array | null = null;
      if (inp !== None) {
        const b = bufferOf(inp!);
        if (b === null) throw typeError(`input must be bytes-like, not ${typeName(inp!)}`);
        input = b.slice();
      }
      const t = asLong(to!);
      return run(file, argv, cwd, env, input, [stdioMode(i0!, false), stdioMode(o1!, false), stdioMode(e2!, true)], t > 0 ? t : 0);
    } },
  ]);
}
