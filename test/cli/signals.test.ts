/**
 * SIGINT as KeyboardInterrupt, against python3: raised inside a running loop (the VM looks for
 * it between instructions) or a sleep, catchable; uncaught, a traceback and the process ends as
 * killed by SIGINT. Each program prints "ready" first; the signal is sent 400 ms after that.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { interruptAfter } from "./support.ts";

const dir = mkdtempSync(join(tmpdir(), "tspy-sig-"));
const script = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const caughtLoop = script("caught.py", "print('ready', flush=True)\nn = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print('caught', n > 0)\nprint('after')\n");
const caughtCalls = script("calls.py", "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nprint('ready', flush=True)\ntry:\n    while True:\n        f(15)\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e))\n");
const sleep = script("sleep.py", "import time\nprint('ready', flush=True)\nt = time.monotonic()\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('woke early', time.monotonic() - t < 10)\n");
const uncaught = script("uncaught.py", "print('ready', flush=True)\nwhile True:\n    pass\n");
const finallyExit = script("finally.py", "import sys\nprint('ready', flush=True)\ntry:\n    while True:\n        pass\nfinally:\n    print('cleanup')\n");

for (const [name, path] of [["caught in a loop", caughtLoop], ["caught in calls", caughtCalls], ["caught in time.sleep", sleep]] as const) {
  test(`SIGINT ${name}`, async () => {
    const [t, p] = await Promise.all([interruptAfter("tspy", [path], 400), interruptAfter("python3", [path], 400)]);
    assert.equal(t.stdout, p.stdout);
    assert.equal(t.stderr, p.stderr);
    assert.equal(t.status, p.status);
  });
}

for (const [name, path] of [["uncaught", uncaught], ["uncaught, finally blocks run", finallyExit]] as const) {
  test(`SIGINT ${name}: traceback, then killed by SIGINT`, async () => {
    const [t, p] = await Promise.all([interruptAfter("tspy", [path], 400), interruptAfter("python3", [path], 400)]);
    assert.equal(t.stdout, p.stdout);
    assert.equal(p.signal, "SIGINT");
    assert.equal(t.signal, p.signal);
    assert.equal(t.status, p.status);
    assert.match(t.stderr, /^Traceback \(most recent call last\):\n {2}File ".*", line \d+, in <module>\n[^]*KeyboardInterrupt\n$/u);
  });
}
