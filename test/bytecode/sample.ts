/** A fixed, spread-out sample of stdlib .py files python3 compiles (for the CI-sized checks). */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const STDLIB = "/root/.pyenv/versions/3.11.7/lib/python3.11";

const BROKEN = /lib2to3\/tests\/data|badsyntax|bad_coding|test_future_stmt\/badsyntax/;

export function stdlibFiles(): string[] {
  const out: string[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir)) {
      if (name === "site-packages") continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".py")) out.push(p);
    }
  })(STDLIB);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every k-th compilable stdlib file, k chosen to give about n files. */
export function stdlibSample(n: number): string[] {
  const all = stdlibFiles().filter((f) => !BROKEN.test(f));
  const step = Math.max(1, Math.floor(all.length / n));
  return all.filter((_, i) => i % step === 0).slice(0, n);
}
