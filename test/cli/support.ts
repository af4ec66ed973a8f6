/**
 * Differential running of tspy and python3 for the command-line tests: both get the same
 * arguments, stdin and a clean environment; their outputs are compared after naming each
 * program the same way (python3's usage lines name its executable and `python`).
 */
import { spawnSync, spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(fileURLToPath(import.meta.url), "..", "..", "..");
export const TSPY = join(ROOT, "bin", "tspy.js");
let pyExe: string | null = null;
function pythonExecutable(): string {
  pyExe ??= spawnSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).stdout.trim();
  return pyExe;
}

export interface Result {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: string | null;
}

export interface RunOpts {
  input?: string | Buffer;
  env?: Record<string, string>;
  cwd?: string;
}

/** A clean environment: PATH and HOME only, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/root", LANG: "C.UTF-8", ...extra };
}

function normalise(s: string): string {
  return s.split(pythonExecutable()).join("tspy").split(TSPY).join("tspy").split("`python -h'").join("`tspy -h'");
}

export function run(prog: "tspy" | "python3", args: string[], o: RunOpts = {}): Result {
  const cmd = prog === "tspy" ? process.execPath : "python3";
  const full = prog === "tspy" ? [TSPY, ...args] : args;
  const r = spawnSync(cmd, full, { input: o.input ?? "", env: cleanEnv(o.env), cwd: o.cwd ?? ROOT, encoding: "utf8" });
  return { stdout: normalise(r.stdout), stderr: normalise(r.stderr), status: r.status, signal: r.signal };
}

/** run(), without blocking (tests run several at a time). */
export function runAsync(prog: "tspy" | "python3", args: string[], o: RunOpts = {}): Promise<Result> {
  const cmd = prog === "tspy" ? process.execPath : "python3";
  const full = prog === "tspy" ? [TSPY, ...args] : args;
  return new Promise((resolve) => {
    const c = spawn(cmd, full, { env: cleanEnv(o.env), cwd: o.cwd ?? ROOT });
    const out: Buffer[] = [], err: Buffer[] = [];
    c.stdout.on("data", (d: Buffer) => out.push(d));
    c.stderr.on("data", (d: Buffer) => err.push(d));
    c.stdin.on("error", () => {}); // the program may exit without reading its input
    c.stdin.end(o.input ?? "");
    c.on("close", (status, signal) => resolve({
      stdout: normalise(Buffer.concat(out).toString("utf8")), stderr: normalise(Buffer.concat(err).toString("utf8")), status, signal,
    }));
  });
}

/** Both at once; resolves to [tspy, python3]. */
export function bothAsync(args: string[], o: RunOpts = {}): Promise<[Result, Result]> {
  return Promise.all([runAsync("tspy", args, o), runAsync("python3", args, o)]);
}

/** Run both; returns [tspy, python3]. */
export function both(args: string[], o: RunOpts = {}): [Result, Result] {
  return [run("tspy", args, o), run("python3", args, o)];
}

/** Start a process, send it SIGINT after `ms`, and collect its result. */
export function interruptAfter(prog: "tspy" | "python3", args: string[], ms: number, o: RunOpts = {}): Promise<Result> {
  const cmd = prog === "tspy" ? process.execPath : "python3";
  const full = prog === "tspy" ? [TSPY, ...args] : args;
  return new Promise((resolve) => {
    const c = spawn(cmd, full, { env: cleanEnv(o.env), cwd: o.cwd ?? ROOT });
    let out = "", err = "";
    c.stdout.on("data", (d) => (out += d));
    c.stderr.on("data", (d) => (err += d));
    // wait for the program to say it is ready (its first output), then interrupt it
    let sent = false;
    const send = () => {
      if (!sent) {
        sent = true;
        setTimeout(() => c.kill("SIGINT"), ms);
      }
    };
    c.stdout.on("data", send);
    c.on("close", (status, signal) => resolve({ stdout: normalise(out), stderr: normalise(err), status, signal }));
  });
}
