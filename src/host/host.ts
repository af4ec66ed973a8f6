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
