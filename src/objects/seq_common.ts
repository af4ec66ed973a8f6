/** Helpers shared by list and tuple: comparison, repr, index normalisation, sorting. */
import { PyObject } from "./object.ts";
import { NotImplemented } from "./types.ts";
import { True, False } from "./int.ts";
import { richCompareBool, richCompare, reprStr } from "./abstract.ts";
import { reprEnter, reprLeave } from "./reprguard.ts";

/** Lexicographic rich comparison of two item arrays (list_richcompare / tuplerichcompare). */
export function seqRichCompare(a: PyObject[], b: PyObject[], op: number): PyObject {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    const x = a[i]!, y = b[i]!;
    if (x === y) continue;
    if (!richCompareBool(x, y, 2)) break;
  }
  if (i >= a.length || i >= b.length) {
    const c = a.length - b.length;
    let r: boolean;
    switch (op) {
      case 0: r = c < 0; break;
      case 1: r = c <= 0; break;
      case 2: r = c === 0; break;
      case 3: r = c !== 0; break;
      case 4: r = c > 0; break;
      default: r = c >= 0;
    }
    return r ? True : False;
  }
  if (op === 2) return False;
  if (op === 3) return True;
  return richCompare(a[i]!, b[i]!, op);
}

export function seqRepr(o: PyObject, items: PyObject[], open: string, close: string, single = ""): string {
  if (items.length === 0) return open + close;
  if (reprEnter(o)) return open + "..." + close;
  try {
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) parts.push(reprStr(items[i]!));
    return open + parts.join(", ") + (items.length === 1 ? single : "") + close;
  } finally {
    reprLeave(o);
  }
}

/** Python's `<` as a sort comparator (stable; only __lt__ is used). */
export function ltComparator(a: PyObject, b: PyObject): number {
  if (richCompareBool(a, b, 0)) return -1;
  if (richCompareBool(b, a, 0)) return 1;
  return 0;
}
export { NotImplemented };
