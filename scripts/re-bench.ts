/**
 * Benchmark of tspy's re engine next to python3's, in the same run: for each (pattern, subject,
 * operation) the best of several timings in both. Run: npx tsx scripts/re-bench.ts
 */
import { spawnSync } from "node:child_process";
import { compile, toCodePoints } from "../src/modules/re/api.ts";

type Bench = [name: string, pattern: string, subjectExpr: string, op: "match" | "search" | "findall" | "sub"];

// subjectExpr is a Python expression; the same text is built in JS by evaluating it in Python.
const BENCHES: Bench[] = [
  ["alternation repeat", "(?:ab|cd)*", "'ab' * 100000", "match"],
  ["group repeat", "(a)*", "'a' * 200000", "match"],
  ["set repeat", "(?:a|b)*c", "'ab' * 200000 + 'c'", "match"],
  ["lazy groups", "(?:(a)|b)*?c", "'ab' * 100000 + 'c'", "match"],
  ["words", "\\w+", "'hello world ' * 100000", "findall"],
  ["suffix", "[a-z]+ing\\b", "'the quick brown fox jumping over ' * 30000", "findall"],
  ["literal", "fox", "'the quick brown fox jumping over ' * 30000", "findall"],
  ["literal ignorecase", "(?i)FOX", "'the quick brown fox jumping over ' * 30000", "findall"],
  ["no match", "x", "'a' * 1000000", "search"],
  ["quadratic", "a*x", "'a' * 3000", "search"],
  ["catastrophic", "(?:a+)+b", "'a' * 20", "match"],
  ["email-ish", "[\\w.+-]+@[\\w-]+\\.[\\w.]+", "'contact: john.doe+x@example.com, other text ' * 20000", "findall"],
  ["sub", "\\s+", "'a  b\\t c\\n' * 50000", "sub"],
  ["backref", "(\\w+) \\1", "'the the cat sat sat on mat ' * 20000", "findall"],
  ["lookahead", "\\w+(?=,)", "'alpha, beta, gamma delta, ' * 20000", "findall"],
  ["unicode ignorecase", "(?i)straße", "'Die STRASSE und die Straße ' * 20000", "findall"],
  // Real-world patterns: tokenize's token regex and textwrap's word splitter over a stdlib file.
  ["tokenize PseudoToken", "@tokenize.PseudoToken", "open(tokenize.__file__.replace('tokenize', 'argparse')).read()", "findall"],
  ["textwrap wordsep", "@textwrap.TextWrapper.wordsep_re.pattern", "open(tokenize.__file__.replace('tokenize', 'argparse')).read()", "findall"],
  ["json string chunk", "@json.decoder.STRINGCHUNK.pattern", "open(tokenize.__file__.replace('tokenize', 'argparse')).read()", "findall"],
];

const py = `
import re, time, json, sys, tokenize, textwrap, json.decoder
out = []
for name, p, sx, op in json.load(sys.stdin):
    s = eval(sx)
    if p.startswith("@"):
        p = eval(p[1:])
    flags = re.VERBOSE if "wordsep" in name else (re.VERBOSE | re.MULTILINE | re.DOTALL if "json" in name else 0)
    c = re.compile(p, flags)
    best = 1e9
    for _ in range(5):
        t = time.perf_counter()
        if op == "findall": r = len(c.findall(s))
        elif op == "sub": r = len(c.sub(" ", s))
        else:
            m = getattr(c, op)(s); r = m.span() if m else None
        best = min(best, time.perf_counter() - t)
    out.append([s, best * 1000, repr(r), p, flags])
json.dump(out, sys.stdout)
`;
const r = spawnSync("python3", ["-c", py], { input: JSON.stringify(BENCHES), encoding: "utf8", maxBuffer: 1 << 30 });
if (r.status !== 0) throw new Error(r.stderr);
const pyOut = JSON.parse(r.stdout) as [string, number, string, string, number][];

console.log("benchmark".padEnd(22), "tspy ms".padStart(9), "python ms".padStart(10), "ratio".padStart(7));
for (let i = 0; i < BENCHES.length; i++) {
  const [name, , , op] = BENCHES[i]!;
  const [text, pyMs, , p, flags] = pyOut[i]!;
  const c = compile(p, flags);
  const s = toCodePoints(text);
  let best = Infinity;
  // a few more runs than python3's: the first ones include the JIT warming up
  for (let k = 0; k < 10; k++) {
    const t = performance.now();
    if (op === "findall") c.findall(s, 0, Infinity, (sp) => sp[0]);
    else if (op === "sub") c.sub(s, 0, () => 32, (a, b) => b - a);
    else c[op](s);
    best = Math.min(best, performance.now() - t);
  }
  console.log(name.padEnd(22), best.toFixed(1).padStart(9), pyMs.toFixed(1).padStart(10), (best / pyMs).toFixed(1).padStart(7));
}
