/**
 * The REPL through a real terminal (tmux): tspy and python3 are each started in a tmux pane,
 * sent the same keys a line at a time, and their screens compared (the banner's first line
 * aside). Both run with HOME in a fresh folder (history files) and a clean environment.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TSPY } from "./support.ts";

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const home = mkdtempSync(join(tmpdir(), "tspy-repl-"));
let serial = 0;

function tmux(...args: string[]): string {
  return spawnSync("tmux", args, { encoding: "utf8" }).stdout;
}
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

class Session {
  name: string;
  constructor(prog: "tspy" | "python3", args: string[] = []) {
    const cmd = prog === "tspy" ? `${process.execPath} ${TSPY}` : "python3";
    const env = `env -i PATH=${process.env.PATH} HOME=${home} TERM=xterm LANG=C.UTF-8`;
    // start-up can be slow on a busy machine: wait long for the first prompt (close() kills the
    // session, so the shell's sleep only keeps a finished session's screen readable). A pane
    // that stays blank (seen in CI under load: the program never showed up in it) is replaced.
    this.name = "";
    for (let attempt = 0; attempt < 3; attempt++) {
      if (this.name !== "") this.close();
      this.name = `tspy-test-${process.pid}-${serial++}`;
      tmux("new-session", "-d", "-s", this.name, "-x", "100", "-y", "40", `${env} ${cmd} ${args.join(" ")}; echo "[status $?]"; sleep 600`);
      const screen = this.waitFor((s) => /^>>>$/mu.test(s), 30000);
      if (screen.trim() !== "") break;
    }
  }
  screen(): string {
    return tmux("capture-pane", "-p", "-t", this.name).replace(/\n+$/u, "\n");
  }
  waitFor(ok: (screen: string) => boolean, ms = 15000): string {
    const end = Date.now() + ms;
    for (;;) {
      const s = this.screen();
      if (ok(s) || Date.now() > end) return s;
      sleep(50);
    }
  }
  /** Type keys, then wait for the screen to change and settle on a prompt (or the status line). */
  send(...keys: string[]): string {
    const before = this.screen();
    tmux("send-keys", "-t", this.name, ...keys);
    this.waitFor((s) => {
      if (s === before) return false;
      const last = s.trimEnd().split("\n").pop();
      return last === ">>>" || last === "..." || /\[status \d+\]/u.test(s);
    });
    sleep(100);
    return this.screen();
  }
  /** Keys that do not end a line (Tab, editing): wait until the screen changes (at most 2 s). */
  keys(...keys: string[]): string {
    const before = this.screen();
    tmux("send-keys", "-t", this.name, ...keys);
    this.waitFor((s) => s !== before, 2000);
    sleep(100);
    return this.screen();
  }
  line(text: string): string {
    if (text !== "") tmux("send-keys", "-t", this.name, "-l", text);
    return this.send("Enter");
  }
  close(): void {
    tmux("kill-session", "-t", this.name);
  }
}

/** The screen without the banner's first line (version and build differ). */
function norm(s: string): string {
  return s.replace(/^Python 3\.11\.7 .*\n/u, "Python 3.11.7\n");
}

function compare(script: (s: Session) => void, args: string[] = []): void {
  const screens: string[] = [];
  for (const prog of ["tspy", "python3"] as const) {
    const s = new Session(prog, args);
    try {
      script(s);
      screens.push(norm(s.screen()));
    } finally {
      s.close();
    }
  }
  assert.equal(screens[0], screens[1]);
}

test("REPL: banner, expressions, _, compound statements, tracebacks, exit()", { skip: !hasTmux }, () => {
  compare((s) => {
    for (const l of ["1 + 1", "x = [1, 'two']", "x", "_", "def f(n):", "    return n * 2", "", "f(21)", "1/0",
      "for i in range(2):", "    i", "", "print('hi')", "None", "exit()"]) s.line(l);
  });
});

test("REPL: syntax errors and incomplete input", { skip: !hasTmux }, () => {
  compare((s) => {
    for (const l of ["1 +", "(1,", "2)", "if True:", "  pass", "  else:", "'''a", "b'''", "import sys; sys.exit(3)"]) s.line(l);
  });
});

test("REPL: Ctrl-C cancels the line, interrupts a loop; Ctrl-D leaves", { skip: !hasTmux }, () => {
  compare((s) => {
    tmux("send-keys", "-t", s.name, "-l", "abc");
    s.send("C-c");
    s.line("while True: pass");
    sleep(500);
    s.send("C-c");
    s.line("'still here'");
    s.send("C-d");
  });
});

test("REPL: -q (no banner), -i after -c", { skip: !hasTmux }, () => {
  compare((s) => {
    s.line("y * 2");
    s.send("C-d");
  }, ["-q", "-i", "-c", "'y = 21'"]);
});

test("REPL: Tab completes names and attributes", { skip: !hasTmux }, () => {
  compare((s) => {
    s.keys("-l", "impo");
    s.keys("Tab");
    s.line("sys");
    s.keys("-l", "sys.getrec");
    s.keys("Tab");
    s.line("");
    s.keys("-l", "pri");
    s.keys("Tab");
    s.line("'done')");
  });
  // two Tabs list the candidates (readline's column layout is not copied: only the names are checked)
  const s = new Session("tspy");
  try {
    s.line("import sys");
    s.keys("-l", "sys.std");
    s.keys("Tab");
    const screen = s.keys("Tab");
    for (const n of ["sys.stderr", "sys.stdin", "sys.stdlib_module_names", "sys.stdout"]) assert.ok(screen.includes(n), n);
  } finally {
    s.close();
  }
});

test("REPL: line editing and history kept between sessions (tspy)", { skip: !hasTmux }, () => {
  const a = new Session("tspy");
  try {
    a.line("'first ' + 'entry'");
    tmux("send-keys", "-t", a.name, "-l", "12");
    tmux("send-keys", "-t", a.name, "Left", "Left");
    tmux("send-keys", "-t", a.name, "-l", "3");
    tmux("send-keys", "-t", a.name, "End");
    tmux("send-keys", "-t", a.name, "-l", "+1");
    const s = a.send("Enter");
    assert.match(s, />>> 312\+1\n313\n/u);
    a.send("C-d");
  } finally {
    a.close();
  }
  const b = new Session("tspy");
  try {
    b.send("Up");
    b.send("Up");
    const s = b.send("Enter");
    assert.match(s, /'first entry'\n/u);
  } finally {
    b.close();
  }
});

test("REPL: input() edits its line as python3's readline does", { skip: !hasTmux }, () => {
  compare((s) => {
    s.keys("-l", "x = input('name? ')");
    s.keys("Enter");
    s.keys("-l", "ab");
    s.keys("Left");
    s.keys("-l", "X");
    s.send("Enter");
    s.line("x");
    s.line("exit()");
  });
});
