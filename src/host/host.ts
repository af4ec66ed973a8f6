/**
 * The host interface: every service the core needs from the world outside
 * (files, standard streams, clock, environment) comes in through here.
 * The core (everything under src/ except src/host/node.ts) imports no `fs`,
 * no `process` and no DOM: a browser host implements this same interface.
 *
 * Errors: file operations throw a HostError carrying the POSIX errno name
 * (ENOENT, EACCES, EISDIR, ...) so the VM can turn it into the right OSError.
 */
export interface Host {
  /** Whole file as bytes. Throws HostError. */
  readFile(path: string): Uint8Array;
  /** Write a whole file atomically (temporary name, then rename). Throws HostError. */
  writeFileAtomic(path: string, data: Uint8Array): void;
  /** Write bytes to file descriptor 1 (stdout) or 2 (stderr). */
  write(fd: 1 | 2, data: Uint8Array | string): void;
  /** Read all of standard input. */
  readStdin(): Uint8Array;
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Current working directory. */
  cwd(): string;
  /** Wall-clock time in seconds since the epoch. */
  time(): number;
  /** A monotonic clock in nanoseconds. */
  monotonicNs(): bigint;
  /** stat(): null when the path does not exist. */
  stat(path: string): HostStat | null;
  listdir(path: string): string[];
  mkdir(path: string): void;
  /**
   * File descriptors for open() (src/modules/io_raw.ts). fileOpen opens `path` with the given
   * access and creation flags and permission bits (for a new file); throws HostError.
   */
  fileOpen(path: string, flags: HostOpenFlags, mode: number): number;
  /** Read up to `len` bytes at file offset `position` into buf[offset...]; 0 at end of file. */
  fileRead(fd: number, buf: Uint8Array, offset: number, len: number, position: number): number;
  /** Write all of `data` at `position` (null: at the end, for append mode); returns the count. */
  fileWrite(fd: number, data: Uint8Array, position: number | null): number;
  fileClose(fd: number): void;
  fileStat(fd: number): HostStat;
  fileTruncate(fd: number, length: number): void;

  // ---- operating-system services for the os/posix, time and random modules (src/modules/) ----
  /** `n` bytes from the system's cryptographic random source (os.urandom, seeding). */
  randomBytes(n: number): Uint8Array;
  /** Block the whole process for `seconds` (time.sleep). */
  sleep(seconds: number): void;
  /** CPU time of this process in nanoseconds (user + system; time.process_time). */
  cpuTimeNs(): bigint;
  /** Full stat of a path (lstat when followSymlinks is false), or of an open fd. Throws HostError. */
  statFull(path: string | number, followSymlinks: boolean): HostStatFull;
  /** Remove a file (unlink) / an empty directory (rmdir); rename; create one directory. Throw HostError. */
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  mkdirOne(path: string, mode: number): void;
  chdir(path: string): void;
  chmod(path: string, mode: number): void;
  /** Set access and modification times (seconds since the epoch). */
  utime(path: string, atime: number, mtime: number): void;
  readlink(path: string): string;
  symlink(target: string, path: string): void;
  /** access(2): may the process open `path` with `mode` (F_OK 0, R_OK 4, W_OK 2, X_OK 1)? */
  access(path: string, mode: number): boolean;
  /** Change the process environment seen by child processes (null: remove). */
  setEnv(key: string, value: string | null): void;
  /** Process identity: pid, ppid, uid, gid, euid, egid (-1 where unknown). */
  processIds(): { pid: number; ppid: number; uid: number; gid: number; euid: number; egid: number };
  /** uname(): sysname, nodename, release, version, machine. */
  uname(): { sysname: string; nodename: string; release: string; version: string; machine: string };
  /** Number of CPUs (0 if unknown). */
  cpuCount(): number;
  /** Set the file-mode creation mask; returns the previous one. */
  umask(mask: number): number;
  /** Terminal size of a file descriptor; throws HostError when it is not a terminal. */
  terminalSize(fd: number): { columns: number; lines: number };
  /** Run `command` with /bin/sh -c, standard streams inherited; returns the wait status (os.system). */
  system(command: string): number;
  /** End the process at once with `status` (os._exit). */
  exit(status: number): never;

  // ---- terminal and signal services (optional: a host without them has no terminal) ----
  /** Is the file descriptor a terminal? */
  isatty?(fd: number): boolean;
  /** Read up to buf.length bytes of standard input as they arrive; 0 at end of input. Throws HostError. */
  readStdinChunk?(buf: Uint8Array): number;
  /**
   * SIGINT: from now on a Ctrl-C (or kill -INT) is caught and remembered; takeInterrupt() reports
   * each one once (false when none arrived since the last call). Cheap enough to call every few ms.
   */
  catchInterrupts?(): void;
  takeInterrupt?(): boolean;
  /** End the process as killed by SIGINT (python3's exit status after an uncaught KeyboardInterrupt). */
  exitBySigint?(): never;

  // ---- child processes (optional: without it subprocess raises PermissionError) ----
  /**
   * Run one child process to completion, synchronously (subprocess, os.popen). Throws HostError
   * (path = the program, or the cwd when that is what is missing) when it cannot be started.
   */
  spawn?(req: HostSpawnRequest): HostSpawnResult;
}

/**
 * How a child's standard stream is connected: inherited from this process, a pipe (stdin: fed
 * `input`; stdout/stderr: captured), /dev/null, or (stderr only) the same destination as stdout.
 */
export type HostStdio = "inherit" | "pipe" | "ignore" | "stdout";

export interface HostSpawnRequest {
  /** The program (a path, or a name looked up in the PATH of `env`). */
  file: string;
  /** The argument vector; argv[0] is what the child sees as its name. */
  argv: string[];
  cwd: string | null;
  /** The whole environment (null: this process's). */
  env: Record<string, string> | null;
  /** Bytes for a "pipe" stdin (then closed). */
  input: Uint8Array | null;
  stdin: HostStdio;
  stdout: HostStdio;
  stderr: HostStdio;
  /** Kill the child (SIGKILL) after this many milliseconds; 0: no limit. */
  timeoutMs: number;
}

export interface HostSpawnResult {
  pid: number;
  /** Exit status, or -N when the child was ended by signal N (subprocess's returncode). */
  returncode: number;
  /** Captured output of "pipe" streams (stderr "stdout" is merged, in order, into stdout). */
  stdout: Uint8Array | null;
  stderr: Uint8Array | null;
  timedOut: boolean;
}

/** How fileOpen opens a file (the O_* flags open() derives from its mode string). */
export interface HostOpenFlags {
  read: boolean;
  write: boolean;
  create: boolean;
  exclusive: boolean;
  truncate: boolean;
  append: boolean;
}

export interface HostStat {
  isFile: boolean;
  isDir: boolean;
  size: number;
  mtimeMs: number;
  mode: number;
}

/** Everything stat(2) tells (os.stat_result); times in nanoseconds since the epoch. */
export interface HostStatFull {
  mode: number;
  ino: bigint;
  dev: bigint;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blksize: number;
  blocks: number;
  rdev: bigint;
}

export class HostError extends Error {
  constructor(readonly code: string, readonly path: string, message: string) {
    super(message);
  }
}

let current: Host | null = null;

/** Install the host. The CLI (or the browser entry) does this once at start-up. */
export function setHost(h: Host): void {
  current = h;
}

export function host(): Host {
  if (current === null) throw new Error("tspy: no host installed (call setHost first)");
  return current;
}
