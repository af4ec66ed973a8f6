/** The cached python3 oracle for the whole stdlib (scripts/bytecode_oracle.py → .cache/bc-oracle). */
import { readFileSync, existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
export const STDLIB = "/root/.pyenv/versions/3.11.7/lib/python3.11";
export const ORACLE_DIR = join(ROOT, ".cache", "bc-oracle");

export interface OracleEntry { file: string; key: string; ok: boolean; error: string | null }

/** Every .py file of the stdlib (site-packages excluded), sorted. */
export function stdlibFiles(): string[] {
  const out: string[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (name === "site-packages") continue;
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (name.endsWith(".py")) out.push(p);
    }
  })(STDLIB);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Load the oracle index, generating it (one python3 process, ~40 s) when missing. */
export function ensureOracle(regen = false): OracleEntry[] {
  const ix = join(ORACLE_DIR, "index.json");
  if (regen || !existsSync(ix)) {
    mkdirSync(ORACLE_DIR, { recursive: true });
    const list = join(ORACLE_DIR, "files.txt");
    writeFileSync(list, stdlibFiles().join("\n") + "\n");
    execFileSync("python3", [join(ROOT, "scripts", "bytecode_oracle.py"), ORACLE_DIR, "@" + list], {
      stdio: ["ignore", "inherit", "ignore"], env: { ...process.env, PYTHONHASHSEED: "0" },
    });
  }
  return JSON.parse(readFileSync(ix, "utf8")) as OracleEntry[];
}
