/**
 * Big and deep inputs: the iterative matcher must handle long subjects with deep backtracking
 * state, many groups and long patterns without a JS stack overflow, and deeply nested patterns
 * must end in RecursionError as in CPython (compared with python3 like the other re tests).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareAll, runPython, type Case } from "./re-harness.ts";
import { compile, setInterruptCheck } from "../../src/modules/re/api.ts";

const cases: Case[] = [
  { p: "(".repeat(300) + "a" + ")".repeat(300), op: "search", s: "xa" },
  { p: "(?:".repeat(450) + "a" + ")".repeat(450), op: "match", s: "a" },
  { p: "[".repeat(3000), op: "compile" },
  { p: "(?:ab|cd)*", op: "match", s: "ab".repeat(100000) },
  { p: "(a)*", op: "match", s: "a".repeat(200000) },
  { p: "(?:(a)|b)*?c", op: "match", s: "ab".repeat(50000) + "c" },
  { p: "(?:(a)|b)*c", op: "search", s: "ab".repeat(50000) + "c" },
  { p: "((a)|(b))+$", op: "fullmatch", s: "ab".repeat(30000) },
  { p: "(?>(?:a|b)*)c", op: "match", s: "ab".repeat(100000) + "c" },
  { p: "(?:a|b)*+c", op: "match", s: "ab".repeat(100000) + "c" },
  { p: "(?:x(?=a|b)|.)*", op: "match", s: "xa".repeat(50000) },
  { p: "\\w+", op: "findall", s: "hello world ".repeat(20000) },
  { p: "(a)".repeat(1500), op: "match", s: "a".repeat(1500) },
  { p: Array.from({ length: 5000 }, (_, i) => "w" + i).join("|"), op: "search", s: "xx w4999 w12" },
  { p: "a".repeat(100000), op: "search", s: "b" + "a".repeat(100000) },
  { p: "x*", op: "sub", s: "abc".repeat(30000), r: "-" },
  { p: "(?:a*)*b", op: "match", s: "a".repeat(5000) + "b" },
  { p: "(?:(?:a)*?)*?b", op: "match", s: "a".repeat(3000) + "b" },
];

test("re: deep patterns and big subjects identical to python3", () => {
  const expected = runPython(cases);
  const bad = compareAll(cases, expected);
  assert.equal(bad.length, 0, bad.map((b) => b.slice(0, 2000)).join("\n"));
});

// Too deep for CPython's parser: RecursionError (its message depends on where the limit is hit).
const deep: Case[] = [
  { p: "(".repeat(2000) + ")".repeat(2000), op: "compile" },
  { p: "(?:".repeat(5000) + ")".repeat(5000), op: "compile" },
  { p: "(?=".repeat(1200) + ")".repeat(1200), op: "compile" },
  { p: "(?(1)".repeat(1500) + ")".repeat(1500), op: "compile" },
];

test("re: too deep patterns raise RecursionError as in python3", () => {
  const expected = runPython(deep);
  for (let i = 0; i < deep.length; i++) {
    assert.equal(expected[i]!.exc?.[0], "RecursionError");
    assert.throws(() => compile(deep[i]!.p, 0), (e: Error & { kind?: string }) => e.kind === "RecursionError");
  }
});

test("re: a compile budget below the default depth (deeper call stack) ends in RecursionError", () => {
  assert.throws(() => compile("(".repeat(100) + ")".repeat(100), 0, { maxDepth: 150 }), /maximum recursion depth exceeded/);
  assert.equal(compile("(".repeat(100) + ")".repeat(100), 0, { maxDepth: 250 }).groups, 100);
});

test("re: the interrupt hook can stop a catastrophic match", () => {
  let calls = 0;
  setInterruptCheck(() => {
    if (++calls === 50) throw new Error("interrupted");
  });
  try {
    assert.throws(() => compile("(?:a+)+b", 0).match("a".repeat(40)), /interrupted/);
  } finally {
    setInterruptCheck(null);
  }
  assert.equal(calls, 50);
  // the pattern still works afterwards
  assert.equal(compile("(?:a+)+b", 0).match("aab")?.spans[1], 3);
});
