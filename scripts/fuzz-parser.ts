/**
 * Mutation check of the parser's errors: small random edits (delete / duplicate / swap a
 * character, insert a bracket, keyword or operator) of stdlib lines, compared with python3's
 * ast.parse() verdict (error class, msg, positions, or OK). Deterministic (seeded).
 *   npx tsx scripts/fuzz-parser.ts [count=500] [seed=1]
 * FUZZ_EDITS=N (edits per fragment), FUZZ_LINES=1 (line edits too), FUZZ_ALL=1 (test files too),
 * FUZZ_RANDOM=1 (random token soup instead of stdlib fragments), FUZZ_FSTRING=1 (random f-strings).
 */
import { readFileSync } from "node:fs";
import { stdlibFiles } from "./compare-ast.ts";
import { pythonVerdicts, tspyVerdict, type Verdict } from "../test/parser/oracle.ts";

let seed = Number(process.argv[3] ?? 1);
function rnd(n: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const INSERTS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "if ", "else ", "for ", "in ", "lambda ", "*", "**", "'", "\"", "\\", "\t", "\n", " ", "not ", "@", ".", "!", "$", "await ", "yield ", "f'{", "}", "#", "async ", "é", "€", "\u00a0", "\x01", "0x", "1_", "match ", "case ", "_", ":=", "->", "...", "\"\"\"", "from ", "import ", "del ", "return ", "except ", "try:", "with ", "class ", "def "];

export function mutants(count: number): string[] {
  const files = stdlibFiles().filter((f) => process.env.FUZZ_ALL ? true : !f.includes("/test/") && !f.includes("lib2to3"));
  const out: string[] = [];
  while (out.length < count) {
    const f = files[rnd(files.length)]!;
    const lines = readFileSync(f, "utf8").split("\n");
    if (lines.length < 3) continue;
    const start = rnd(Math.max(1, lines.length - 12));
    const chunk = lines.slice(start, start + 2 + rnd(10));
    // dedent the chunk so it can stand alone
    let ind = Infinity;
    for (const l of chunk) if (l.trim()) ind = Math.min(ind, l.length - l.trimStart().length);
    let src = chunk.map((l) => l.slice(Math.min(ind, l.length - l.trimStart().length))).join("\n") + "\n";
    const edits = 1 + rnd(Number(process.env.FUZZ_EDITS ?? 2));
    for (let k = 0; k < edits; k++) {
      const i = rnd(src.length);
      switch (rnd(process.env.FUZZ_LINES ? 7 : 4)) {
        case 0: src = src.slice(0, i) + src.slice(i + 1); break;
        case 1: src = src.slice(0, i) + src[i] + src.slice(i); break;
        case 2: src = src.slice(0, i) + INSERTS[rnd(INSERTS.length)] + src.slice(i); break;
        case 3: if (i + 1 < src.length) src = src.slice(0, i) + src[i + 1] + src[i] + src.slice(i + 2); break;
        case 4: case 5: case 6: { // line edits: delete, indent, dedent
          const ls = src.split("\n");
          const j = rnd(ls.length);
          const kind = rnd(3);
          if (kind === 0) ls.splice(j, 1);
          else if (kind === 1) ls[j] = (rnd(2) ? "    " : "\t") + ls[j];
          else ls[j] = ls[j]!.replace(/^ {1,4}/, "");
          src = ls.join("\n");
          break;
        }
      }
    }
    out.push(src);
  }
  return out;
}

const ALPH = "abc xyz()[]{}:;,.=+-*/%@<>!~^|&'\"\\#\n\t 0123456789_eEjJxXoObB éü€\u00a0\u2028\ufeff\u0000\u0001\r".split("");
const WORDS = ["if", "else", "elif", "for", "in", "not", "and", "or", "lambda", "def", "class", "return", "yield", "await", "async", "with", "as", "try",
  "except", "finally", "match", "case", "_", "import", "from", "global", "del", "pass", "f'", "rb'", "'''", "\"\"\"", "    ", "\n    ", ":=", "->", "...", "**", "//"];

/** Random token soup (characters, keywords, string openers, indentation), seeded. */
export function randomSources(count: number, s0 = 99): string[] {
  seed = s0;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = "";
    const n = 1 + rnd(40);
    for (let i = 0; i < n; i++) s += rnd(3) === 0 ? WORDS[rnd(WORDS.length)] + " " : ALPH[rnd(ALPH.length)];
    out.push(s);
  }
  return out;
}

const FPIECES = ["{", "}", "{{", "}}", "x", "y", " ", "!r", "!s", "!a", "!x", ":", ":>10", ":{w}", "=", " = ", "'", "\"", "\\n", "\\", "\n", "#", "(", ")",
  "[", "]", "a.b", "f(x)", "1+2", "lambda: 1", "x if y else z", "é", "€", "\\N{EURO SIGN}", "{x}", "{x!r}", "{x:{y}}", "{x=}", "{ x = }", "!=", "==", "<", ">=",
  ":=", "*", "**", "yield", "await x", "'a'", "\"b\"", "f'{z}'", "{{}}", ",", "\t"];

/** Random f-strings (prefixes, quotes, fields, conversions, specs, '=', nesting), seeded. */
export function fstringSources(count: number, s0 = 5): string[] {
  seed = s0;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let body = "";
    const n = 1 + rnd(8);
    for (let i = 0; i < n; i++) body += FPIECES[rnd(FPIECES.length)];
    const q = ["'", "\"", "'''", "\"\"\""][rnd(4)]!;
    const pre = ["f", "F", "rf", "fr", "Rf"][rnd(5)]!;
    let src = `${pre}${q}${body}${q}`;
    if (rnd(3) === 0) src = "x = " + src + (rnd(2) ? " 'tail'" : "");
    if (rnd(4) === 0) src = `'a' ${src} f'{q}'`;
    out.push(src + "\n");
  }
  return out;
}

function short(v: Verdict): string {
  return v[0] === "ok" ? "ok" : JSON.stringify(v);
}

if (process.argv[1]?.endsWith("fuzz-parser.ts")) {
  const list = process.env.FUZZ_FSTRING ? fstringSources(Number(process.argv[2] ?? 500), Number(process.argv[3] ?? 5)) : process.env.FUZZ_RANDOM ? randomSources(Number(process.argv[2] ?? 500), Number(process.argv[3] ?? 99)) : mutants(Number(process.argv[2] ?? 500));
  const want = pythonVerdicts(list);
  let same = 0;
  list.forEach((src, i) => {
    const got = tspyVerdict(src);
    if (short(got) === short(want[i]!) && (got[0] !== "ok" || got[1] === want[i]![1])) { same++; return; }
    console.log("MUTANT", JSON.stringify(src));
    console.log("  py ", short(want[i]!).slice(0, 300));
    console.log("  ts ", short(got).slice(0, 300));
  });
  console.log(`${same}/${list.length} identical`);
}
