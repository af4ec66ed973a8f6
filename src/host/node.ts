/** The Node.js host: the only file in src/ that may import Node's own modules. */
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { createRequire } from "node:module";
import { constants as osConstants } from "node:os";
import { Host, HostError, HostStat, HostOpenFlags, HostStatFull, HostSpawnRequest, HostSpawnResult, HostStdio } from "./host.ts";

// Node modules a program may never need are loaded on first use (each costs milliseconds at
// start-up); cli/ takes spawnSync from here for the same reason
const nodeRequire = createRequire(import.meta.url);
let childProcess: typeof import("node:child_process") | null = null;
let nodeCrypto: typeof import("node:crypto") | null = null;
let nodeTty: typeof import("node:tty") | null = null;
export const spawnSync: typeof import("node:child_process").spawnSync = (...args: any[]) =>
  ((childProcess ??= nodeRequire("node:child_process") as typeof import("node:child_process")).spawnSync as any)(...args);
const randomFillSync = (b: Uint8Array, off: number, n: number): void => {
  (nodeCrypto ??= nodeRequire("node:crypto") as typeof import("node:crypto")).randomFillSync(b, off, n);
};

function wrap<T>(p: string, f: () => T): T {
  try {
    return f();
  } catch (e: any) {
    if (e && typeof e.code === "string") throw new HostError(e.code, p, e.message);
    throw e;
  }
}

export class NodeHost implements Host {
  readonly env = process.env;
  readFile(p: string): Uint8Array {
    return wrap(p, () => fs.readFileSync(p));
  }
  writeFileAtomic(p: string, data: Uint8Array): void {
    wrap(p, () => {
      const tmp = path.join(path.dirname(p), `.${path.basename(p)}.${process.pid}.${Date.now()}.tmp`);
      fs.writeFileSync(tmp, data);
      try {
        fs.renameSync(tmp, p);
      } catch (e) {
        try { fs.unlinkSync(tmp); } catch { /* already gone */ }
        throw e;
      }
    });
  }
  write(fd: 1 | 2, data: Uint8Array | string): void {
    writeAllSync(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
  }
  readStdin(): Uint8Array {
    const chunks: Buffer[] = [];
    const buf = Buffer.alloc(65536);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(0, buf, 0, buf.length, null);
      } catch (e: any) {
        if (e.code === "EAGAIN") continue;
        if (e.code === "EOF") break;
        throw e;
      }
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks);
  }
  cwd(): string {
    return process.cwd();
  }
  time(): number {
    return Date.now() / 1000;
  }
  monotonicNs(): bigint {
    return process.hrtime.bigint();
  }
  stat(p: string): HostStat | null {
    try {
      const s = fs.statSync(p);
      return { isFile: s.isFile(), isDir: s.isDirectory(), size: s.size, mtimeMs: s.mtimeMs, mode: s.mode };
    } catch {
      return null;
    }
  }
  listdir(p: string): string[] {
    return wrap(p, () => fs.readdirSync(p));
  }
  mkdir(p: string): void {
    wrap(p, () => fs.mkdirSync(p, { recursive: true }));
  }
  fileOpen(p: string, f: HostOpenFlags, mode: number): number {
    const C = fs.constants;
    let flags = f.read && f.write ? C.O_RDWR : f.write ? C.O_WRONLY : C.O_RDONLY;
    if (f.create) flags |= C.O_CREAT;
    if (f.exclusive) flags |= C.O_EXCL;
    if (f.truncate) flags |= C.O_TRUNC;
    if (f.append) flags |= C.O_APPEND;
    return wrap(p, () => fs.openSync(p, flags, mode));
  }
  fileRead(fd: number, buf: Uint8Array, offset: number, len: number, position: number): number {
    return wrap("", () => fs.readSync(fd, buf, offset, len, position));
  }
  fileWrite(fd: number, data: Uint8Array, position: number | null): number {
    return wrap("", () => {
      let off = 0;
      while (off < data.length) {
        const n = fs.writeSync(fd, data, off, data.length - off, position === null ? null : position + off);
        off += n;
      }
      return off;
    });
  }
  fileClose(fd: number): void {
    wrap("", () => fs.closeSync(fd));
  }
  fileStat(fd: number): HostStat {
    const s = wrap("", () => fs.fstatSync(fd));
    return { isFile: s.isFile(), isDir: s.isDirectory(), size: s.size, mtimeMs: s.mtimeMs, mode: s.mode };
  }
  fileTruncate(fd: number, length: number): void {
    wrap("", () => fs.ftruncateSync(fd, length));
  }
  randomBytes(n: number): Uint8Array {
    const b = new Uint8Array(n);
    for (let off = 0; off < n; off += 65536) randomFillSync(b, off, Math.min(65536, n - off));
    return b;
  }
  sleep(seconds: number): void {
    if (!(seconds > 0)) return;
    // in slices, so that a SIGINT ends the sleep (it stays pending for takeInterrupt)
    const end = performance.now() + seconds * 1000;
    for (;;) {
      const ms = end - performance.now();
      if (ms <= 0) return;
      if (signalPipeReady(true)) {
        if (sigint.pending || pollSignalPipe()) {
          sigint.pending = true;
          return;
        }
        Atomics.wait(sleepCell, 0, 0, Math.min(ms, 50));
      } else Atomics.wait(sleepCell, 0, 0, Math.min(ms, 2 ** 31 - 1));
    }
  }
  cpuTimeNs(): bigint {
    const u = process.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  statFull(p: string | number, followSymlinks: boolean): HostStatFull {
    const s = wrap(String(p), () =>
      typeof p === "number" ? fs.fstatSync(p, { bigint: true }) : followSymlinks ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true }));
    return {
      mode: Number(s.mode), ino: s.ino, dev: s.dev, nlink: Number(s.nlink), uid: Number(s.uid), gid: Number(s.gid),
      size: Number(s.size), atimeNs: s.atimeNs, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs, blksize: Number(s.blksize),
      blocks: Number(s.blocks), rdev: s.rdev,
    };
  }
  unlink(p: string): void {
    wrap(p, () => fs.unlinkSync(p));
  }
  rmdir(p: string): void {
    wrap(p, () => fs.rmdirSync(p));
  }
  rename(a: string, b: string): void {
    wrap(a, () => fs.renameSync(a, b));
  }
  mkdirOne(p: string, mode: number): void {
    wrap(p, () => fs.mkdirSync(p, { mode }));
  }
  chdir(p: string): void {
    wrap(p, () => process.chdir(p));
  }
  chmod(p: string, mode: number): void {
    wrap(p, () => fs.chmodSync(p, mode));
  }
  utime(p: string, atime: number, mtime: number): void {
    wrap(p, () => fs.utimesSync(p, atime, mtime));
  }
  readlink(p: string): string {
    return wrap(p, () => fs.readlinkSync(p));
  }
  symlink(target: string, p: string): void {
    wrap(p, () => fs.symlinkSync(target, p));
  }
  access(p: string, mode: number): boolean {
    try {
      fs.accessSync(p, mode);
      return true;
    } catch {
      return false;
    }
  }
  setEnv(key: string, value: string | null): void {
    if (value === null) delete process.env[key];
    else process.env[key] = value;
  }
  processIds(): { pid: number; ppid: number; uid: number; gid: number; euid: number; egid: number } {
    const g = (f: (() => number) | undefined) => (f ? f() : -1);
    return { pid: process.pid, ppid: process.ppid, uid: g(process.getuid), gid: g(process.getgid), euid: g(process.geteuid), egid: g(process.getegid) };
  }
  uname(): { sysname: string; nodename: string; release: string; version: string; machine: string } {
    return { sysname: os.type(), nodename: os.hostname(), release: os.release(), version: os.version(), machine: os.machine() };
  }
  cpuCount(): number {
    return os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  }
  umask(mask: number): number {
    return process.umask(mask);
  }
  terminalSize(fd: number): { columns: number; lines: number } {
    const s = fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
    if (s === null || !s.isTTY) throw new HostError("ENOTTY", "", "ENOTTY: inappropriate ioctl for device");
    return { columns: s.columns, lines: s.rows };
  }
  system(command: string): number {
    const r = spawnSync("/bin/sh", ["-c", command], { stdio: "inherit" });
    if (r.error) return 127 << 8;
    if (r.signal) return osConstants.signals[r.signal] ?? 0;
    return (r.status ?? 0) << 8;
  }
  exit(status: number): never {
    process.exit(status);
  }
  isatty(fd: number): boolean {
    // a terminal is a character device: anything else (a pipe, a file, a closed descriptor) is
    // answered without loading node:tty, which loads node:net and the streams (~3 ms at start-up)
    try {
      if (!fs.fstatSync(fd).isCharacterDevice()) return false;
    } catch {
      return false;
    }
    return (nodeTty ??= nodeRequire("node:tty") as typeof import("node:tty")).isatty(fd);
  }
  readStdinChunk(buf: Uint8Array): number {
    for (;;) {
      try {
        return fs.readSync(0, buf, 0, buf.length, null);
      } catch (e: any) {
        if (e.code === "EAGAIN") {
          // a non-blocking stdin (inherited from a parent): wait a little, keep SIGINT visible
          if (signalPipeReady(true) && pollSignalPipe()) sigint.pending = true;
          if (sigint.pending) throw new HostError("EINTR", "", "EINTR: interrupted system call");
          Atomics.wait(sleepCell, 0, 0, 5);
          continue;
        }
        if (e.code === "EOF") return 0;
        throw new HostError(e.code ?? "EIO", "", String(e.message));
      }
    }
  }
  catchInterrupts(): void {
    if (sigint.installed) return;
    sigint.installed = true;
    // the event loop only runs once the program is over: a signal seen there ends the process
    process.on("SIGINT", () => {
      if (sigint.replayed > 0) {
        sigint.replayed--;
        return;
      }
      this.exitBySigint();
    });
    sigint.since = Date.now();
  }
  takeInterrupt(): boolean {
    if (startUpHook !== null) afterStartUp();
    if (sigint.pending) {
      sigint.pending = false;
      return true;
    }
    return signalPipeReady() && pollSignalPipe();
  }
  spawn(req: HostSpawnRequest): HostSpawnResult {
    return spawnChild(req);
  }
  exitBySigint(): never {
    process.removeAllListeners("SIGINT");
    try {
      process.kill(process.pid, "SIGINT");
    } catch {
      /* fall through */
    }
    process.exit(130);
  }
}

// ---- SIGINT while JavaScript runs synchronously -------------------------------------------------
//
// Node runs a signal listener only from its event loop, which never turns while the VM runs. libuv's
// own signal handler writes a 16-byte message (handle pointer, signal number) into the loop's
// non-blocking "signal pipe"; tspy finds that pipe once (Linux /proc) by sending itself a SIGINT
// and reads it now and then (takeInterrupt). Messages read are owed back to libuv, which counts
// caught against dispatched signals before it can close the handle at exit: releaseInterrupts()
// writes them back (the listener skips them), then the event loop may run.
const sigint = {
  installed: false, searched: false, since: 0, fd: -1, writeFd: -1, pending: false, replayed: 0, owed: [] as Uint8Array[],
};
/**
 * The launcher's hook to run once start-up is over (bin/tspy.js: V8's default tier-up budget
 * back), called from takeInterrupt, which the eval loop polls every few milliseconds, once the
 * process has used START_UP_CPU_MS of CPU time.
 */
let startUpHook = (globalThis as Record<symbol, unknown>)[Symbol.for("tspy.afterStartUp")] as (() => void) | undefined ?? null;
const START_UP_CPU_MS = 300;
function afterStartUp(): void {
  const u = process.cpuUsage();
  if (u.user + u.system < START_UP_CPU_MS * 1000) return;
  const h = startUpHook!;
  startUpHook = null;
  try {
    h();
  } catch {
    /* flags are an optimisation only */
  }
}
/** Milliseconds of running before the signal pipe is looked for. */
const SEARCH_AFTER_MS = 20;
const sigBuf = new Uint8Array(64);
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * True once libuv's signal pipe is known. It is looked for once the program has run a little
 * (SEARCH_AFTER_MS), so short programs never pay for the search; a SIGINT that comes before waits
 * in the pipe and is read then. Blocking services (sleep, a stdin read) look at once (`now`).
 */
function signalPipeReady(now = false): boolean {
  if (sigint.fd < 0 && sigint.installed && !sigint.searched && (now || Date.now() - sigint.since >= SEARCH_AFTER_MS)) {
    sigint.searched = true;
    findSignalPipe();
  }
  return sigint.fd >= 0;
}

function pollSignalPipe(): boolean {
  let got = false;
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(sigint.fd, sigBuf, 0, 16, null);
    } catch {
      return got;
    }
    if (n <= 0) return got;
    sigint.owed.push(sigBuf.slice(0, n));
    if (n === 16 && new DataView(sigBuf.buffer).getInt32(8, true) === 2) got = true;
  }
}

function findSignalPipe(): void {
  if (process.platform !== "linux") return;
  const reads: number[] = [];
  const writes = new Map<string, number>();
  const inodes = new Map<number, string>();
  try {
    for (const name of fs.readdirSync("/proc/self/fd")) {
      const fd = Number(name);
      if (fd <= 2) continue;
      let link: string, flags: number;
      try {
        link = fs.readlinkSync(`/proc/self/fd/${name}`);
        if (!link.startsWith("pipe:")) continue;
        const info = fs.readFileSync(`/proc/self/fdinfo/${name}`, "latin1");
        const m = /flags:\s*([0-7]+)/u.exec(info);
        if (m === null) continue;
        flags = parseInt(m[1]!, 8);
      } catch {
        continue;
      }
      if ((flags & 0o4000) === 0) continue; // libuv's signal pipe is non-blocking
      if ((flags & 3) === 0) {
        reads.push(fd);
        inodes.set(fd, link);
      } else writes.set(link, fd);
    }
    process.kill(process.pid, "SIGINT");
  } catch {
    return;
  }
  // the signal may be handled on another thread a moment later: look again for up to ~200 ms.
  // One message at a time: a user's SIGINT that came first is taken for ours, and ours, read
  // later by pollSignalPipe, then stands for it.
  for (let tries = 0; tries < 400 && sigint.fd < 0; tries++) {
    for (const fd of reads) {
      let n: number;
      try {
        n = fs.readSync(fd, sigBuf, 0, 16, null);
      } catch {
        continue;
      }
      const w = writes.get(inodes.get(fd)!);
      if (n === 16 && new DataView(sigBuf.buffer).getInt32(8, true) === 2 && sigint.fd < 0 && w !== undefined) {
        sigint.fd = fd;
        sigint.writeFd = w;
        sigint.owed.push(sigBuf.slice(0, n));
      } else if (n > 0 && w !== undefined) {
        fs.writeSync(w, sigBuf, 0, n); // not ours: put it back
      }
    }
    if (sigint.fd < 0) Atomics.wait(sleepCell, 0, 0, 0.5);
  }
}

/** Give libuv back the signal messages read from its pipe (before the event loop runs again). */
export function releaseInterrupts(): void {
  if (sigint.writeFd < 0) return;
  for (const m of sigint.owed) {
    try {
      fs.writeSync(sigint.writeFd, m);
      sigint.replayed++;
    } catch {
      /* the pipe is full or gone: nothing more to do */
    }
  }
  sigint.owed = [];
}

/** fs.writeSync may write part of a buffer (pipes) or raise EAGAIN: loop until all is out. */
function writeAllSync(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e: any) {
      if (e.code === "EAGAIN") {
        Atomics.wait(sleepCell, 0, 0, 1);
        continue;
      }
      throw new HostError(e.code ?? "EIO", "", String(e.message));
    }
  }
}

// ---- child processes (subprocess; docs/internals/subprocess.md) ----------------------------------

const stdioName = (m: HostStdio): "inherit" | "pipe" | "ignore" => (m === "stdout" ? "pipe" : m);

/**
 * One child run to completion with spawnSync. A stderr merged into a captured stdout goes, with
 * stdout, into one unlinked temporary file (both descriptors point at it, so the bytes keep the
 * order the child wrote them in); a merged stderr with an inherited stdout is given fd 1.
 */
function spawnChild(req: HostSpawnRequest): HostSpawnResult {
  // execvp("") searches PATH and meets directories: EACCES (spawnSync rejects the empty name)
  if (req.file === "") throw new HostError("EACCES", "", "EACCES: permission denied");
  if (req.cwd !== null) {
    const cwd = req.cwd;
    const st = wrap(cwd, () => fs.statSync(cwd));
    if (!st.isDirectory()) throw new HostError("ENOTDIR", cwd, "ENOTDIR: not a directory");
  }
  let mergeFd = -1;
  let mergePath = "";
  const stdio: (string | number)[] = [stdioName(req.stdin), stdioName(req.stdout), stdioName(req.stderr)];
  if (req.stderr === "stdout") {
    if (req.stdout === "pipe") {
      mergePath = path.join(os.tmpdir(), `tspy-spawn-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
      mergeFd = fs.openSync(mergePath, "w+", 0o600);
      fs.unlinkSync(mergePath);
      stdio[1] = mergeFd;
      stdio[2] = mergeFd;
    } else stdio[2] = req.stdout === "inherit" ? 1 : "ignore";
  }
  try {
    const opts: Record<string, unknown> = { stdio, maxBuffer: Infinity, killSignal: "SIGKILL", argv0: req.argv[0] ?? req.file };
    if (req.cwd !== null) opts["cwd"] = req.cwd;
    if (req.env !== null) opts["env"] = req.env;
    if (req.stdin === "pipe") opts["input"] = req.input ?? new Uint8Array(0);
    if (req.timeoutMs > 0) opts["timeout"] = req.timeoutMs;
    const r = wrapSpawn(() => spawnSync(req.file, req.argv.slice(1), opts as any)) as unknown as {
      pid: number; status: number | null; signal: string | null; stdout: Buffer | null; stderr: Buffer | null; error?: any;
    };
    const timedOut = r.error !== undefined && r.error.code === "ETIMEDOUT";
    if (r.error !== undefined && !timedOut) {
      const code = typeof r.error.code === "string" ? r.error.code : "EIO";
      throw new HostError(code, req.file, String(r.error.message));
    }
    let out: Uint8Array | null = req.stdout === "pipe" ? (r.stdout ?? new Uint8Array(0)) : null;
    if (mergeFd >= 0) {
      // the child moved the shared offset to the end: read from 0
      const buf = Buffer.alloc(fs.fstatSync(mergeFd).size);
      let got = 0;
      while (got < buf.length) {
        const n = fs.readSync(mergeFd, buf, got, buf.length - got, got);
        if (n <= 0) break;
        got += n;
      }
      out = buf.subarray(0, got);
    }
    const err: Uint8Array | null = req.stderr === "pipe" ? (r.stderr ?? new Uint8Array(0)) : null;
    const returncode = r.signal ? -(osConstants.signals[r.signal as keyof typeof osConstants.signals] ?? 0) : (r.status ?? 0);
    return { pid: r.pid, returncode, stdout: out, stderr: err, timedOut };
  } finally {
    if (mergeFd >= 0) fs.closeSync(mergeFd);
  }
}

/** spawnSync's own argument errors (it throws, where a failed start is reported in r.error). */
function wrapSpawn<T>(f: () => T): T {
  try {
    return f();
  } catch (e: any) {
    if (e instanceof HostError) throw e;
    throw new HostError(typeof e?.code === "string" && e.code.startsWith("E") && !e.code.startsWith("ERR_") ? e.code : "EINVAL", "", String(e?.message ?? e));
  }
}
