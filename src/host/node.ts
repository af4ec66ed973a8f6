/** The Node.js host: the only file in src/ that may import Node's own modules. */
import * as fs from "node:fs";
import * as path from "node:path";
import { Host, HostError, HostStat, HostOpenFlags } from "./host.ts";

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
}

/** fs.writeSync may write part of a buffer (pipes) or raise EAGAIN: loop until all is out. */
function writeAllSync(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e: any) {
      if (e.code === "EAGAIN") continue;
      throw e;
    }
  }
}
