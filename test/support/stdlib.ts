/** The python3 stdlib used as the compiler's test corpus (site-packages excluded). */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const STDLIB = "/root/.pyenv/versions/3.11.7/lib/python3.11";

export function stdlibFiles(root = STDLIB): string[] {
  const out: string[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (p === join(root, "site-packages")) continue;
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (name.endsWith(".py")) out.push(p);
    }
  })(root);
  return out;
}

