/**
 * Watching the import system from the command line, as CPython does:
 *   -v (verbose >= 1)  importlib's _verbose_message: "import 'name' # loader", ".pyc matches"...
 *                      (level 2 messages, such as every path tried, need -vv)
 *   -X importtime      for each module actually loaded (not found in sys.modules), one line when
 *                      it is done: its own time, its time including the imports it made, and its
 *                      name indented by nesting depth, after a header line printed once.
 * Both write straight to the host's stderr (CPython's C-level fprintf for importtime).
 */
import { host } from "../host/host.ts";
import { importConfig } from "./import_init.ts";

/** -X importtime (set by the CLI before the runtime starts). */
export const importTrace = { time: false };

/** _bootstrap._verbose_message: "# " added unless the message starts with "#" or "import ". */
export function verboseMessage(message: string, verbosity = 1): void {
  if (importConfig().verbose < verbosity) return;
  const line = message.startsWith("#") || message.startsWith("import ") ? message : "# " + message;
  host().write(2, line + "\n");
}

export function verboseEnabled(verbosity = 1): boolean {
  return importConfig().verbose >= verbosity;
}

let headerDone = false;
let level = 0;
/** Microseconds spent in the imports finished inside the one being timed. */
let accumulated = 0;

/** Run load() (the loading of `name`), timing it when -X importtime is on. */
export function timedImport<T>(name: string, load: () => T): T {
  if (!importTrace.time) return load();
  if (!headerDone) {
    headerDone = true;
    host().write(2, "import time: self [us] | cumulative | imported package\n");
  }
  const outer = accumulated;
  level++;
  accumulated = 0;
  const t0 = host().monotonicNs();
  let ok = false;
  try {
    const r = load();
    ok = true;
    return r;
  } finally {
    const cum = Number(host().monotonicNs() - t0) / 1000;
    level--;
    if (ok) {
      const self = Math.trunc(cum - accumulated);
      host().write(2, `import time: ${String(self).padStart(9)} | ${String(Math.trunc(cum)).padStart(10)} | ${" ".repeat(level * 2)}${name}\n`);
    }
    accumulated = outer + cum;
  }
}
