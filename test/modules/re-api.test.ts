/**
 * The helpers around the engine, against python3: re.escape (str and bytes), the flags text of
 * Pattern.__repr__, Pattern.flags / groups / groupindex, and the type errors for a subject of
 * the wrong kind.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { compile, compileScanner, escape, flagsRepr, toCodePoints } from "../../src/modules/re/api.ts";

function py(code: string, input: unknown): unknown {
  const r = spawnSync("python3", ["-c", code], { input: JSON.stringify(input), encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const cpText = (a: Int32Array): string => String.fromCodePoint(...a);

test("re.escape matches python3 for str and bytes", () => {
  let all = "";
  for (let c = 0; c < 128; c++) all += String.fromCharCode(c);
  const strs = [all, "h\u00e9llo w\u00f6rld", "\u{1F600}.*", "", "a-b_c"];
  const expected = py("import re, json, sys; xs = json.load(sys.stdin); print(json.dumps([re.escape(x) for x in xs] + "
    + "[re.escape(x.encode('latin-1')).decode('latin-1') for x in xs[:2]]))", strs) as string[];
  const got = strs.map((s) => cpText(escape(toCodePoints(s))));
  for (const s of strs.slice(0, 2)) {
    const b = Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0)));
    got.push(String.fromCharCode(...escape(b)));
  }
  assert.deepEqual(got, expected);
});

test("flags in Pattern.__repr__, Pattern.flags and groupindex match python3", () => {
  const combos: [string, number, boolean][] = [];
  for (const f of [0, 1, 2, 8, 16, 64, 2 | 8 | 16 | 64, 256, 256 | 2, 32, 1 | 2]) combos.push(["a", f, false]);
  for (const f of [0, 2, 4, 4 | 2, 256, 8 | 64]) combos.push(["a", f, true]);
  combos.push(["(?i)(?P<x>a)(?P<y>b)", 0, false], ["(?a)x", 0, false], ["(?L)x", 0, true], ["(?x)(?s)x", 8, false]);
  const expected = py(`
import re, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for p, f, b in json.load(sys.stdin):
    c = re.compile(p.encode('latin-1') if b else p, f)
    r = repr(c)
    head = repr(c.pattern)
    rest = r[len("re.compile(") + len(head):-1]
    out.append([rest[2:] if rest else "", c.flags, c.groups, list(c.groupindex.items())])
print(json.dumps(out))`, combos) as unknown[];
  const got = combos.map(([p, f, b]) => {
    const c = compile(b ? Uint8Array.from(Array.from(p, (ch) => ch.charCodeAt(0))) : p, f);
    return [flagsRepr(c.flags, b), c.flags, c.groups, Array.from(c.groupindex.entries())];
  });
  assert.deepEqual(got, expected);
});

test("subject type errors", () => {
  const expected = py(`
import re, json, sys
out = []
for p, s in [("a", b"a"), (b"a", "a")]:
    try: re.compile(p).search(s)
    except TypeError as e: out.append(str(e))
print(json.dumps(out))`, null);
  assert.deepEqual([compile("a", 0).subjectTypeError(true)?.message, compile(new Uint8Array([97]), 0).subjectTypeError(false)?.message],
    expected);
  assert.equal(compile("a", 0).subjectTypeError(false), null);
});

test("re.Scanner's combined pattern (compileScanner) matches python3", () => {
  const lexicons: [string[], number, string][] = [
    [["\\w+", "(?i)x(\\d)", "\\s+", "(a)\\1"], 0, "h\u00e9llo w\u00f6rld X1 x2 aa"],
    [["\\d+", "[a-z]+", "\\s+", "."], 0, "abc 123 d!e"],
    [["\\w+", "\\s+"], 2 | 32, "h\u00e9llo W\u00f6rld"],
    [["(a)|b", "(c)(d)?", "x*"], 0, "abcdcx"],
    [[], 0, "abc"],
    [["a", "("], 0, "a"],
    [["a", "\\w"], 4, "a"],
  ];
  const expected = py(`
import re, json, sys
out = []
for lex, flags, text in json.load(sys.stdin):
    try:
        s = re.Scanner([(p, None) for p in lex], flags)
        c = s.scanner
        sc = c.scanner(text)
        ms = []
        while len(ms) < 30:
            m = sc.match()
            if m is None: break
            ms.append([[list(r) for r in m.regs], m.lastindex])
        out.append([c.flags, c.groups, ms])
    except Exception as e:
        out.append([type(e).__name__, str(e)])
print(json.dumps(out))`, lexicons) as unknown[];
  const got = lexicons.map(([lex, flags, text]) => {
    try {
      const c = compileScanner(lex, flags);
      const sc = c.scanner(text);
      const ms: unknown[] = [];
      while (ms.length < 30) {
        const m = sc.match();
        if (m === null) break;
        const regs: number[][] = [];
        for (let i = 0; i < m.spans.length; i += 2) regs.push([m.spans[i]!, m.spans[i + 1]!]);
        ms.push([regs, m.lastindex < 0 ? null : m.lastindex]);
      }
      return [c.flags, c.groups, ms];
    } catch (e) {
      return [(e as { kind: string }).kind, (e as Error).message];
    }
  });
  assert.deepEqual(got, expected);
});
