/**
 * A small synchronous line editor for the REPL and input() on a terminal (what GNU readline gives
 * python3): the terminal is put in non-canonical, no-echo, no-signal mode (stty) only while a line
 * is being read, so Ctrl-C arrives as a byte and the program runs with the terminal as it was.
 *
 * Keys: printable text; Left/Right, Home/End, Ctrl-A/E/B/F; Backspace, Delete, Ctrl-D (on an
 * empty line: end of input), Ctrl-K/U/W; Up/Down and Ctrl-P/N walk the history; Tab completes
 * (one candidate: inserted; several: their common prefix, a second Tab lists them); Ctrl-L
 * clears the screen; Ctrl-C gives up the line (KeyboardInterrupt); Enter accepts.
 * History: one entry per accepted non-empty line, kept in a file between sessions.
 */
import * as fs from "node:fs";
import { spawnSync } from "../src/host/node.ts";

export type Completer = (line: string, cursor: number) => { start: number; candidates: string[] };

export class Interrupted extends Error {}

const MAX_HISTORY = 1000;

export class LineEditor {
  history: string[] = [];
  private saved: string | null = null;
  private decoder = new TextDecoder("utf-8");
  private pending: number[] = [];

  constructor(readonly historyFile: string | null, readonly completer: Completer | null) {
    if (historyFile !== null) {
      try {
        this.history = fs.readFileSync(historyFile, "utf8").split("\n").filter((l) => l !== "").slice(-MAX_HISTORY);
      } catch {
        /* no history yet */
      }
    }
  }

  /** Append the history to its file (at the end of a session). */
  saveHistory(): void {
    if (this.historyFile === null) return;
    try {
      fs.writeFileSync(this.historyFile, this.history.slice(-MAX_HISTORY).join("\n") + "\n");
    } catch {
      /* read-only home: no history */
    }
  }

  private stty(args: string[]): string | null {
    const r = spawnSync("stty", args, { stdio: [0, "pipe", "ignore"], encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() : null;
  }

  private rawOn(): void {
    this.saved ??= this.stty(["-g"]);
    this.stty(["-icanon", "-echo", "-isig", "-ixon", "min", "1", "time", "0"]);
  }

  private rawOff(): void {
    if (this.saved !== null) this.stty([this.saved]);
  }

  private readByte(): number {
    if (this.pending.length > 0) return this.pending.shift()!;
    const buf = Buffer.alloc(256);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(0, buf, 0, buf.length, null);
      } catch (e: any) {
        if (e.code === "EAGAIN") {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        return -1;
      }
      if (n === 0) return -1;
      for (let i = 1; i < n; i++) this.pending.push(buf[i]!);
      return buf[0]!;
    }
  }

  /** Read one line (without its newline); null at end of input (Ctrl-D); throws Interrupted on Ctrl-C. */
  readLine(prompt: string): string | null {
    this.rawOn();
    try {
      return this.edit(prompt);
    } finally {
      this.rawOff();
    }
  }

  private edit(prompt: string): string | null {
    const out = (s: string) => fs.writeSync(1, s);
    let line = "";
    let pos = 0;
    let histIdx = this.history.length;
    let draft = "";
    let lastTab = false;
    const redraw = () => {
      out("\r" + prompt + line + "\x1b[K");
      const back = [...line.slice(pos)].length;
      if (back > 0) out(`\x1b[${back}D`);
    };
    const insert = (s: string) => {
      line = line.slice(0, pos) + s + line.slice(pos);
      pos += s.length;
      redraw();
    };
    out(prompt);
    for (;;) {
      const b = this.readByte();
      const wasTab = lastTab;
      lastTab = false;
      if (b < 0) {
        if (line === "") return null;
        out("\n");
        return line;
      }
      switch (b) {
        case 13: case 10: // Enter
          out("\n");
          if (line.trim() !== "" && this.history[this.history.length - 1] !== line) this.history.push(line);
          return line;
        case 3: // Ctrl-C
          out("\n");
          throw new Interrupted();
        case 4: // Ctrl-D
          if (line === "") {
            return null;
          }
          if (pos < line.length) {
            line = line.slice(0, pos) + line.slice(pos + 1);
            redraw();
          }
          continue;
        case 1: pos = 0; redraw(); continue; // Ctrl-A
        case 5: pos = line.length; redraw(); continue; // Ctrl-E
        case 2: if (pos > 0) { pos--; redraw(); } continue; // Ctrl-B
        case 6: if (pos < line.length) { pos++; redraw(); } continue; // Ctrl-F
        case 11: line = line.slice(0, pos); redraw(); continue; // Ctrl-K
        case 21: line = line.slice(pos); pos = 0; redraw(); continue; // Ctrl-U
        case 23: { // Ctrl-W: the word before the cursor
          let p = pos;
          while (p > 0 && line[p - 1] === " ") p--;
          while (p > 0 && line[p - 1] !== " ") p--;
          line = line.slice(0, p) + line.slice(pos);
          pos = p;
          redraw();
          continue;
        }
        case 12: out("\x1b[H\x1b[2J"); redraw(); continue; // Ctrl-L
        case 127: case 8: // Backspace
          if (pos > 0) {
            line = line.slice(0, pos - 1) + line.slice(pos);
            pos--;
            redraw();
          }
          continue;
        case 16: case 14: { // Ctrl-P / Ctrl-N
          const r = this.walkHistory(b === 16 ? -1 : 1, histIdx, line, draft);
          if (r !== null) [histIdx, line, draft] = r;
          pos = line.length;
          redraw();
          continue;
        }
        case 9: { // Tab
          if (this.completer === null) {
            insert("\t");
            continue;
          }
          const before = line.slice(0, pos);
          if (/^\s*$/u.test(before)) {
            insert("    ");
            continue;
          }
          const { start, candidates } = this.completer(line, pos);
          if (candidates.length === 0) {
            out("\x07");
            continue;
          }
          const word = line.slice(start, pos);
          const common = commonPrefix(candidates);
          if (common.length > word.length) {
            line = line.slice(0, start) + common + line.slice(pos);
            pos = start + common.length;
            redraw();
          } else if (candidates.length > 1) {
            if (wasTab) {
              out("\n" + columns(candidates) + "\n");
              out(prompt);
              redraw();
            } else out("\x07");
            lastTab = true;
          }
          continue;
        }
        case 27: { // escape sequences
          const b1 = this.readByte();
          if (b1 !== 91 && b1 !== 79) continue;
          let b2 = this.readByte();
          let num = "";
          while (b2 >= 48 && b2 <= 57) {
            num += String.fromCharCode(b2);
            b2 = this.readByte();
          }
          const key = String.fromCharCode(b2);
          if (key === "A" || key === "B") {
            const r = this.walkHistory(key === "A" ? -1 : 1, histIdx, line, draft);
            if (r !== null) [histIdx, line, draft] = r;
            pos = line.length;
          } else if (key === "C") pos = Math.min(line.length, pos + 1);
          else if (key === "D") pos = Math.max(0, pos - 1);
          else if (key === "H" || (key === "~" && (num === "1" || num === "7"))) pos = 0;
          else if (key === "F" || (key === "~" && (num === "4" || num === "8"))) pos = line.length;
          else if (key === "~" && num === "3" && pos < line.length) line = line.slice(0, pos) + line.slice(pos + 1);
          redraw();
          continue;
        }
        default: {
          if (b < 32) continue;
          // UTF-8: collect a whole character
          const bytes = [b];
          const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
          for (let i = 0; i < need; i++) bytes.push(this.readByte());
          insert(this.decoder.decode(new Uint8Array(bytes)));
        }
      }
    }
  }

  private walkHistory(dir: number, idx: number, line: string, draft: string): [number, string, string] | null {
    const n = idx + dir;
    if (n < 0 || n > this.history.length) return null;
    if (idx === this.history.length) draft = line;
    return [n, n === this.history.length ? draft : this.history[n]!, draft];
  }
}

function commonPrefix(xs: string[]): string {
  let p = xs[0]!;
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Candidates in columns, as readline lists them (80 columns, or the terminal's width). */
function columns(xs: string[]): string {
  const width = process.stdout.columns || 80;
  const w = Math.max(...xs.map((x) => x.length)) + 2;
  const per = Math.max(1, Math.floor(width / w));
  const rows = Math.ceil(xs.length / per);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let s = "";
    for (let c = 0; c < per; c++) {
      const x = xs[c * rows + r];
      if (x !== undefined) s += x.padEnd(w);
    }
    lines.push(s.trimEnd());
  }
  return lines.join("\n");
}
