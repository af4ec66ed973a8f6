/**
 * Random small patterns and subjects for the re property test: patterns over a small alphabet
 * built from every construct of the syntax (groups of each kind, look-around, conditionals,
 * back references, all quantifier forms, sets, anchors, scoped flags), so that sre's corner
 * cases (captures on backtracking, zero-width iterations, empty matches) come up often.
 */
import fc from "fast-check";
import type { Case } from "./re-harness.ts";

const LITERALS = ["a", "a", "b", "b", "c", "A", "\\n", " ", "\\.", "-"];
const CLASSES = [".", "\\w", "\\W", "\\d", "\\s", "\\S", "[ab]", "[^a]", "[a-c]", "[^\\w]", "[\\s\\d]", "[A-Z]", "[b-]", "[]a]"];
const ANCHORS = ["^", "$", "\\A", "\\Z", "\\b", "\\B"];
const REFS = ["\\1", "\\2", "(?P=n)", "(?P=m)"];
const QUANT = ["", "", "", "*", "+", "?", "{2}", "{0,2}", "{1,3}", "{,2}", "{2,}", "*?", "+?", "??", "{1,2}?", "*+", "++", "?+",
  "{1,2}+"];
const FLAGS = ["", "", "", "", "(?i)", "(?m)", "(?s)", "(?x)", "(?a)", "(?ims)"];
const SCOPED = ["(?i:", "(?-i:", "(?s:", "(?m:", "(?x:", "(?a:"];

const pick = (xs: string[]): fc.Arbitrary<string> => fc.constantFrom(...xs);

/** Fixed-width text for look-behind bodies. */
const fixedArb: fc.Arbitrary<string> = fc.array(fc.oneof(pick(LITERALS), pick(CLASSES), pick(["a{2}", "(a)", "(?:a|b)", "(a|bc)"])),
  { minLength: 0, maxLength: 3 }).map((xs) => xs.join(""));

const { alt } = fc.letrec<{ alt: string; seq: string; item: string; atom: string }>((tie) => ({
  alt: fc.oneof({ depthSize: "small", withCrossShrink: true },
    tie("seq"),
    fc.array(tie("seq"), { minLength: 2, maxLength: 3 }).map((xs) => xs.join("|"))),
  seq: fc.array(tie("item"), { minLength: 0, maxLength: 3 }).map((xs) => xs.join("")),
  item: fc.oneof(
    { arbitrary: fc.tuple(tie("atom"), pick(QUANT)).map(([a, q]) => a + q), weight: 12 },
    { arbitrary: pick(ANCHORS), weight: 1 },
    { arbitrary: fc.tuple(pick(REFS), pick(QUANT)).map(([a, q]) => a + q), weight: 1 }),
  atom: fc.oneof({ depthSize: "small", maxDepth: 3 },
    { arbitrary: pick(LITERALS), weight: 6 },
    { arbitrary: pick(CLASSES), weight: 3 },
    { arbitrary: tie("alt").map((x) => "(" + x + ")"), weight: 3 },
    { arbitrary: tie("alt").map((x) => "(?:" + x + ")"), weight: 2 },
    { arbitrary: tie("alt").map((x) => "(?P<n>" + x + ")"), weight: 1 },
    { arbitrary: tie("alt").map((x) => "(?>" + x + ")"), weight: 1 },
    { arbitrary: tie("alt").map((x) => "(?=" + x + ")"), weight: 1 },
    { arbitrary: tie("alt").map((x) => "(?!" + x + ")"), weight: 1 },
    { arbitrary: fixedArb.map((x) => "(?<=" + x + ")"), weight: 1 },
    { arbitrary: fixedArb.map((x) => "(?<!" + x + ")"), weight: 1 },
    { arbitrary: fc.tuple(pick(["1", "1", "2", "n"]), tie("seq"), tie("seq")).map(([g, y, n]) => `(?(${g})${y}|${n})`), weight: 1 },
    { arbitrary: fc.tuple(pick(SCOPED), tie("alt")).map(([f, x]) => f + x + ")"), weight: 1 }),
}));

export const patternArb: fc.Arbitrary<string> = fc.tuple(pick(FLAGS), alt).map(([f, p]) => f + p);

export const subjectArb: fc.Arbitrary<string> = fc.array(fc.constantFrom("a", "a", "b", "b", "c", "A", "\n", " ", "1", "-", "\u00e9",
  "\u0663", "\u2003"),
  { minLength: 0, maxLength: 8 }).map((xs) => xs.join(""));

const OPS = ["search", "match", "fullmatch", "finditer", "findall", "split", "sub", "scanmatch"] as const;
const COMPILE_FLAGS = [0, 0, 0, 0, 2, 8, 16, 64, 256, 2 | 8, 2 | 16 | 256, 4, 4 | 2];
const TEMPLATES = ["<\\g<0>>", "<\\g<0>>", "[\\1]", "\\g<n>", "\\2\\1", "x", "", "\\n\\g<1>"];

export const caseArb: fc.Arbitrary<Case[]> = fc.tuple(patternArb, fc.constantFrom(...COMPILE_FLAGS),
  fc.array(fc.tuple(subjectArb, fc.integer({ min: -1, max: 9 }), fc.integer({ min: -1, max: 9 }), pick(TEMPLATES),
    fc.integer({ min: -1, max: 3 })), { minLength: 1, maxLength: 3 }),
  fc.subarray([...OPS], { minLength: 2, maxLength: 4 })).map(([p, f, subjects, ops]) => {
  const out: Case[] = [{ p, f, op: "compile" }];
  for (const [s, pos, endpos, r, n] of subjects) {
    for (const op of ops) {
      const c: Case = { p, f, op, s };
      if (op === "sub") { c.r = r; c.n = n === 3 ? 0 : n; }
      else if (op === "split") c.n = n === 3 ? 0 : n;
      else if (pos >= 0) { c.pos = pos; if (endpos >= 0) c.endpos = endpos; }
      out.push(c);
    }
  }
  return out;
});

/** A deterministic sample of `runs` random cases. */
export function sampleCases(seed: number, runs: number): Case[] {
  return fc.sample(caseArb, { seed, numRuns: runs }).flat();
}

// ---- case-insensitive matching of the characters with special case rules

const CASED = ["a", "A", "k", "K", "\u212a", "s", "S", "\u017f", "i", "I", "\u0130", "\u0131", "\u00b5", "\u03bc", "\u039c",
  "\u03c3", "\u03c2", "\u03a3", "\u00df", "\u1e9e", "\u01c4", "\u01c5", "\u01c6", "\u0345", "\u03b9", "\u0399", "\u1fbe",
  "\u{10400}", "\u{10428}", "\u00e9", "\u00c9", "1", "_", "\u0660", "\u00b2", "\u2160", "\u2170", "\u24b6", "\u24d0",
  "\u1e9b", "\u1e60", "\u1e61", "\u00ff", "\u0178", "\u03f4", "\u03b8", "\u03d1", "\u1f80", "\u1f88", "\ufb00", " "];

const esc = (c: string): string => (c === " " ? "\\ " : c);
const caseAtom: fc.Arbitrary<string> = fc.oneof(
  pick(CASED).map(esc),
  fc.array(pick(CASED).map(esc), { minLength: 1, maxLength: 4 }).map((xs) => "[" + xs.join("") + "]"),
  fc.array(pick(CASED).map(esc), { minLength: 1, maxLength: 3 }).map((xs) => "[^" + xs.join("") + "]"),
  fc.tuple(pick(CASED), pick(CASED)).map(([x, y]) => (x <= y ? `[${esc(x)}-${esc(y)}]` : `[${esc(y)}-${esc(x)}]`)),
  pick(["\\w", "\\W", "[\\w]", "[\\W\\d]", "(.)\\1", "(\\w)\\1", "[^\\W_]", "\\b"]),
);
const casePattern: fc.Arbitrary<string> = fc.tuple(pick(["(?i)", "(?i)", "(?i)", "(?ia)", ""]),
  fc.array(fc.tuple(caseAtom, pick(["", "", "+", "*?"])).map(([a, q]) => a + q), { minLength: 1, maxLength: 3 }))
  .map(([f, xs]) => f + xs.join(""));
const caseSubject: fc.Arbitrary<string> = fc.array(pick(CASED), { minLength: 0, maxLength: 5 }).map((xs) => xs.join(""));

export const caseFoldArb: fc.Arbitrary<Case[]> = fc.tuple(casePattern, fc.array(caseSubject, { minLength: 1, maxLength: 3 }))
  .map(([p, subjects]) => {
    const out: Case[] = [{ p, op: "compile" }];
    for (const s of subjects) out.push({ p, op: "finditer", s }, { p, op: "fullmatch", s });
    return out;
  });

/** The ASCII patterns of caseArb as bytes patterns (without the str-only flags). */
export const bytesArb: fc.Arbitrary<Case[]> = caseArb.map((cs) => cs.map((c) => {
  const b: Case = { ...c, b: true };
  if (b.s !== undefined) b.s = b.s.replace(/[^\x00-\xff]/g, "\xa0");
  return b;
}));

export function sampleCaseFold(seed: number, runs: number): Case[] {
  return fc.sample(caseFoldArb, { seed, numRuns: runs }).flat();
}
export function sampleBytes(seed: number, runs: number): Case[] {
  return fc.sample(bytesArb, { seed, numRuns: runs }).flat();
}
