#!/usr/bin/env -S node --stack-size=4000
// --stack-size: Python code that recurses through builtins (a property or __eq__ calling itself)
// nests JS calls; 4 MB of V8 stack (the OS gives the main thread 8 MB) lets it reach
// sys.getrecursionlimit() as CPython does. The differential tests run tspy the same way.
// The tspy command. Runs dist/tspy.cjs through vm.Script with a V8 code cache (start-up without
// re-parsing the 3 MB bundle); falls back to the ES module bundle dist/tspy.js when the cache
// cannot be used. TSPY_NO_CODE_CACHE=1 forces the plain ES module.
// A CommonJS script (bin/package.json): Node's ES module loader would cost start-up time.
"use strict";
const { readFileSync, writeFileSync, renameSync, mkdirSync, statSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const { pathToFileURL } = require("node:url");
const vm = require("node:vm");
const { isAscii } = require("node:buffer");
const { homedir } = require("node:os");

// Started by the tspy command (bin/tspy): the environment it was given comes back (the command
// moves NODE_EXTRA_CA_CERTS aside, which costs node about 35 ms at start), and sys.executable is
// that command (cli/sysconfig.ts)
{
  const env = process.env;
  const ca = env.TSPY_NODE_EXTRA_CA_CERTS;
  if (ca !== undefined) {
    delete env.TSPY_NODE_EXTRA_CA_CERTS;
    env.NODE_EXTRA_CA_CERTS = ca;
  }
  const command = env.TSPY_COMMAND;
  if (command !== undefined) {
    delete env.TSPY_COMMAND;
    globalThis[Symbol.for("tspy.command")] = command;
  }
}

// Node 20 flags USE_MAIN_CONTEXT_DEFAULT_LOADER (used below) as experimental, and process.binding
// as deprecated: those notices are not the Python program's output
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const text = String(warning);
  if (text.includes("USE_MAIN_CONTEXT_DEFAULT_LOADER") || text.includes("process.binding")) return;
  return emitWarning.call(process, warning, ...rest);
};

// The eval loop's refcount and type sites see a dozen object classes: V8 gives up on such a site
// (megamorphic) after 4 shapes. Letting an inline cache track 16 keeps most of those sites
// polymorphic (measured: richards -18%, fannkuch -12%, others 0-10%; docs/performance.md). Set
// before the bundle is compiled; the code cache is keyed on the flags, so it stays valid.
// The young generation grows 8-fold instead of 2-fold after a scavenge: start-up's objects all
// survive, and with Node's 1 MB start each of 4-5 scavenges copied them again (2 now).
// --interrupt-budget: how much bytecode a function runs before V8 considers optimising it
// (TurboFan). Start-up runs a lot of code a few times; with V8's default (67584) it optimised
// hundreds of functions that ran only during start-up, and that compilation was over half the
// instructions of `-c "import json, re, collections, dataclasses, typing"` (callgrind: 3.3 G
// instructions in all threads, 2.3 G with the budget 4x). Once the program has run a while
// (src/host/node.ts calls the hook below after START_UP_CPU_MS), the default comes back, so
// long programs tier up as before. Session 7 measured 2x-32x the default on that import (CPU,
// best of 7, each budget with its own code cache): 4x 329 ms, 8x 294, 16x 272, 32x 283; `-c pass`
// the same for all; fib, richards and two 0.7-0.9 s json/dataclass loops equal or faster at 16x.
const START_BUDGET = "--interrupt-budget=1081344";
setV8Flags("--max-valid-polymorphic-map-count=16 --semi-space-growth-factor=8 " + START_BUDGET);
globalThis[Symbol.for("tspy.afterStartUp")] = () => setV8Flags("--interrupt-budget=67584");

/** v8.setFlagsFromString through Node's binding: node:v8 itself loads the stream modules (~2 ms). */
function setV8Flags(flags) {
  try {
    const binding = process.binding("v8");
    if (typeof binding.setFlagsFromString === "function") {
      binding.setFlagsFromString(flags);
      return;
    }
  } catch {
    /* no such binding in this Node: the module */
  }
  require("node:v8").setFlagsFromString(flags);
}

const dist = join(__dirname, "..", "dist");

function runCached() {
  const file = join(dist, "tspy.cjs");
  let src;
  try {
    // the build leaves the bundle pure ASCII: latin-1 decoding is many times faster than UTF-8
    const bytes = readFileSync(file);
    src = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString("utf8");
  } catch {
    return false;
  }
  // V8 rejects a cache made under other flags (--stack-size from the #! line, or none when run as
  // `node bin/tspy.js`): one cache file per set of node options, so the two don't overwrite each other
  const tag = process.execArgv.join(" ").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 60);
  const name = tag === "" ? "tspy.cjs.cache" : `tspy.cjs.${tag}.cache`;
  const caches = [join(dist, name), join(process.env.HOME || homedir(), ".cache", "tspy", name)];
  // V8 checks a cache against the source's length only: the cache file starts with a key naming
  // the bundle it was made from (size and modification time) and when it was made ("exit" or
  // "start", below), padded to 64 bytes
  const st = statSync(file);
  const keyOf = (when) => {
    const k = Buffer.alloc(64, 32);
    k.write(`tspy-code-cache ${st.size} ${st.mtimeMs} ${when}`);
    return k;
  };
  const exitKey = keyOf("exit"), startKey = keyOf("start");
  let cached, cachedKey;
  for (const c of caches) {
    try {
      const data = readFileSync(c);
      const head = data.subarray(0, 64);
      if (data.length > 64 && (head.equals(exitKey) || head.equals(startKey))) {
        cached = data.subarray(64);
        cachedKey = head.equals(exitKey) ? exitKey : startKey;
        break;
      }
    } catch {
      /* next */
    }
  }
  // the build writes the bundle inside this function already (scripts/build.mjs)
  const head = "(function (exports, require, module, __filename, __dirname) {";
  const wrapped = src.startsWith(head) ? src : head + src + "\n})";
  const script = new vm.Script(wrapped, {
    filename: file,
    cachedData: cached,
    // import() inside the bundle (the optional SVG renderer): Node's own loader (a callback
    // would need --experimental-vm-modules)
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ?? ((spec) => import(spec)),
  });
  // code read from the cache can lose the option above: the bundle's import() goes through this
  globalThis.__tspyImport = (spec) => import(spec);
  globalThis.__tspyBundleUrl = pathToFileURL(join(dist, "tspy.js")).href;
  const mod = { exports: {} };
  const fn = script.runInThisContext();
  const save = (key) => {
    // V8 accepts a cache only under the flags it was made with: a run long enough to have put the
    // default budget back (afterStartUp) made caches that every later start rejected, and those
    // starts then fell back to a start-time cache (top level only, every function compiled again:
    // -c pass 116 -> 142 ms CPU). The process is ending, so the start flags can return.
    setV8Flags(START_BUDGET);
    let data;
    try {
      data = script.createCachedData();
    } catch {
      return;
    }
    for (const c of caches) {
      try {
        mkdirSync(dirname(c), { recursive: true });
        const tmp = `${c}.${process.pid}.tmp`;
        writeFileSync(tmp, Buffer.concat([key, data]));
        renameSync(tmp, c);
        return;
      } catch {
        /* not writable: try the next place */
      }
    }
  };
  // A cache made when the first run exits holds the code of every function that run compiled
  // (the runtime's start-up, the parser, the compiler, the eval loop): V8 compiles a function on
  // its first call, and a cache made before the program runs holds only the bundle's top level,
  // so each start compiled those again (about 15 ms of tspy -c pass). Should V8 reject a cache made
  // at exit (flags changed while the program ran), the next one is made at start, as before.
  if (cached === undefined || script.cachedDataRejected) {
    if (cachedKey === exitKey) save(startKey);
    else process.once("exit", () => save(exitKey));
  }
  fn.call(mod.exports, mod.exports, createRequire(file), mod, file, dist);
  return true;
}

if (process.env.TSPY_NO_CODE_CACHE || !runCached()) {
  import("../dist/tspy.js").catch((e) => {
    process.stderr.write(`tspy: cannot load dist/tspy.js (run \`npm run build\`): ${e && e.message}\n`);
    process.exit(1);
  });
}
