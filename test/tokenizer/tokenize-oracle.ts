/**
 * Shared by the tokenize tests and scripts/compare-tokenize.ts: the stdlib file list, python3's
 * `-m tokenize` results for many files (scripts/tokenize-oracle.py, one python3 process, cached
 * under .cache/), and tspy's results for the same files, run in-process.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runTokenize, type ToolResult } from "../../cli/tools/tokenize.ts";
import { HostError } from "../../src/host/host.ts";

export const ROOT = join(fileURLToPath(import.meta.url), "..", "..", "..");
export const STDLIB = "/root/.pyenv/versions/3.11.7/lib/python3.11";

/** Every .py file of the stdlib except site-packages, sorted. */
export function stdlibFiles(): string[] {
  const out: string[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (dir === STDLIB && name === "site-packages") continue;
        walk(p);
      } else if (name.endsWith(".py") && st.isFile()) out.push(p);
    }
  })(STDLIB);
  return out.sort();
}

export interface OracleEntry { path: string; exact: boolean; status: number; out: string; err: string }

/** python3's results (SHA-1 of stdout / stderr, or the texts with full=true), keyed "exact|path". */
export function pythonOracle(paths: string[], full = false): Map<string, OracleEntry> {
  const key = createHash("sha1");
  key.update(full ? "full\n" : "sha\n");
  key.update(readFileSync(join(ROOT, "scripts", "tokenize-oracle.py")));
  for (const p of paths) {
    const st = statSync(p, { throwIfNoEntry: false });
    key.update(`${p}\0${st ? st.size + ":" + st.mtimeMs : "-"}\n`);
  }
  const cacheDir = join(ROOT, ".cache");
  const cacheFile = join(cacheDir, `tokenize-oracle-${key.digest("hex").slice(0, 16)}.jsonl`);
  let text: string;
  if (existsSync(cacheFile)) {
    text = readFileSync(cacheFile, "utf8");
  } else {
    const r = spawnSync("python3", [join(ROOT, "scripts", "tokenize-oracle.py"), ...(full ? ["--full"] : [])], {
      input: paths.join("\n") + "\n", encoding: "utf8", maxBuffer: 1 << 30,
    });
    if (r.status !== 0) throw new Error(`tokenize-oracle.py failed: ${r.stderr}`);
    text = r.stdout;
    if (paths.length > 20) {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cacheFile, text);
    }
  }
  const m = new Map<string, OracleEntry>();
  for (const line of text.split("\n")) {
    if (!line) continue;
    const e = JSON.parse(line) as OracleEntry;
    m.set(`${e.exact ? 1 : 0}|${e.path}`, e);
  }
  return m;
}

const fsInput = {
  readFile(p: string): Uint8Array {
    try {
      return readFileSync(p);
    } catch (e: any) {
      throw new HostError(e.code ?? "EIO", p, String(e.message));
    }
  },
  readStdin(): Uint8Array {
    return new Uint8Array(0);
  },
};

/** tspy's `-m tokenize [-e] PATH`, in-process. */
export function tspyTokenize(path: string, exact: boolean): ToolResult {
  return runTokenize(exact ? ["-e", path] : [path], fsInput);
}

export function sha1(s: string | Uint8Array): string {
  return createHash("sha1").update(typeof s === "string" ? Buffer.from(s, "utf8") : s).digest("hex");
}

/** What tspy printed on stdout, as text. */
export function stdoutText(r: ToolResult): string {
  return Buffer.from(r.stdout).toString("utf8");
}

/** Does tspy's result match the oracle's (hashed or full) entry? */
export function sameAs(r: ToolResult, e: OracleEntry, full: boolean): boolean {
  if (r.status !== e.status) return false;
  if (full) return stdoutText(r) === e.out && r.stderr === e.err;
  return sha1(r.stdout) === e.out && sha1(r.stderr) === e.err;
}
