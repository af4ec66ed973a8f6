/** "Did you mean: ...?" for NameError and AttributeError (CPython 3.11 Python/suggestions.c). */
import { PyObject } from "../objects/object.ts";
import { PyBaseException, NameErrorType, AttributeErrorType, ImportErrorType } from "../objects/exceptions.ts";
import { isSubtype } from "../objects/object.ts";
import { PyStr } from "../objects/str.ts";
import { PyList } from "../objects/list.ts";
import { PyDict, dictNext } from "../objects/dict.ts";
import { PyTraceback } from "../objects/traceback.ts";
import { lookupSpecial, call, iterableToArray } from "../objects/abstract.ts";
import { intern } from "../objects/str.ts";
import { dealloc } from "../memory/refcount.ts";
import { frameLocals } from "../modules/builtins.ts";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : c >= 0xdc00 && c < 0xe000 ? 2 : 3;
  }
  return n;
}
function subCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}
function levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let a = a0, b = b0;
  while (a.length && b.length && a[0] === b[0]) { a = a.substring(1); b = b.substring(1); }
  while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) { a = a.slice(0, -1); b = b.slice(0, -1); }
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) { buffer[i] = tmp; tmp += MOVE_COST; }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + subCost(code, a[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}
function calculate(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  const nameSize = utf8Len(name);
  for (const item of dir) {
    if (item === name) continue;
    let maxDistance = Math.floor((nameSize + utf8Len(item) + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, bestDist - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}
function keysOf(d: PyObject): string[] {
  const out: string[] = [];
  if (d instanceof PyDict) {
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      const k = d.ekeys[i]!;
      if (k instanceof PyStr) out.push(k.value);
    }
  }
  return out;
}

export function suggestionFor(e: PyBaseException): string | null {
  try {
    const x = e.extra;
    if (isSubtype(e.ob_type, AttributeErrorType)) {
      if (x === null || !(x[0] instanceof PyStr) || !x[1]) return null;
      const m = lookupSpecial(x[1], intern("__dir__"));
      if (m === null) return null;
      const r = call(m, []);
      const items = iterableToArray(r);
      const names = items.filter((i) => i instanceof PyStr).map((i) => (i as PyStr).value).sort();
      return calculate(names, x[0].value);
    }
    if (isSubtype(e.ob_type, NameErrorType) && !isSubtype(e.ob_type, ImportErrorType)) {
      if (x === null || !(x[0] instanceof PyStr)) return null;
      let tb = e.traceback as PyTraceback | null;
      if (tb === null) return null;
      while (tb.tb_next !== null) tb = tb.tb_next;
      const f = tb.tb_frame;
      const name = x[0].value;
      const locals = frameLocals(f);
      let s = calculate(keysOf(locals), name);
      if (s !== null) return s;
      s = calculate(keysOf(f.globals), name);
      if (s !== null) return s;
      return calculate(keysOf(f.builtins), name);
    }
  } catch {
    return null;
  }
  return null;
}
export { PyList, dealloc };
