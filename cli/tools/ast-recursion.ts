/**
 * What python3 -m ast prints when ast.dump() itself runs out of recursion (trees nested ~990
 * and more deep): the traceback of Lib/ast.py's _format recursion, down to the check that fails.
 *
 * Model of CPython 3.11's recursion accounting (limit 1000), measured against python3:
 *  - _format(Module) runs at depth 7; each _format call is one level deeper;
 *  - a node's fields are formatted in order (line 147; attributes: line 161), then its parts are
 *    joined (', '.join at line 165 on one line, sep.join at line 166 otherwise): a method-descriptor
 *    call, checked one level deeper (" while calling a Python object");
 *  - a non-empty list joins a generator (line 170): the join holds one level, the <genexpr> frame
 *    is one more, and each element's _format one more again;
 *  - a scalar is repr()'d (line 171): the builtin call is checked one level deeper (" while
 *    calling a Python object"), PyObject_Repr one more (" while getting the repr of an object");
 *  - a Python call that would go past the limit fails in the caller ("maximum recursion depth
 *    exceeded" with no suffix).
 * The printed traceback repeats a line at most 3 times, then "[Previous line repeated N more times]".
 */
import { NODE_INFO, type AST } from "../../src/ast/nodes.ts";

const LIMIT = 1000;
const MODULE_DEPTH = 7;

interface Entry { line: number; genexpr: boolean }
class Fail { constructor(readonly entries: Entry[], readonly where: string) {} }

function isNode(v: unknown): v is AST {
  return typeof v === "object" && v !== null && typeof (v as { _kind?: unknown })._kind === "number";
}

/** How many parts _format prints for node n (not recursive). */
function countParts(n: AST, attrs: boolean): number {
  const info = NODE_INFO[n._kind]!;
  const rec = n as unknown as Record<string, unknown>;
  let count = 0;
  for (const fi of info.fields) {
    const v = rec[fi.name];
    if (!((v === null || v === undefined) && fi.opt)) count++;
  }
  if (attrs) {
    for (const fi of info.attributes) {
      const v = rec[fi.name];
      if (!((v === null || v === undefined) && fi.opt)) count++;
    }
  }
  return count;
}

/** [parts printed, whether they are all simple] for node n. */
function printedParts(n: AST, attrs: boolean): [number, boolean] {
  const info = NODE_INFO[n._kind]!;
  const rec = n as unknown as Record<string, unknown>;
  let count = 0;
  let allsimple = true;
  for (const fi of info.fields) {
    const v = rec[fi.name];
    if ((v === null || v === undefined) && fi.opt) continue;
    count++;
    if (Array.isArray(v) ? v.length > 0 : isNode(v) && countParts(v, attrs) > 0) allsimple = false;
  }
  if (attrs) {
    for (const fi of info.attributes) {
      const v = rec[fi.name];
      if (!((v === null || v === undefined) && fi.opt)) count++;
    }
  }
  return [count, allsimple];
}

/** The failing point of ast.dump(tree) in python3 -m ast, or null when it does not fail. */
export function dumpRecursionFailure(tree: AST, attrs: boolean): Fail | null {
  const stack: Entry[] = [];
  const fail = (line: number, where: string, genexpr = false): never => {
    throw new Fail([...stack, { line, genexpr }], where);
  };
  const call = (line: number, value: unknown, depth: number): void => {
    stack.push({ line, genexpr: false });
    if (depth + 1 > LIMIT) { stack.pop(); fail(line, ""); }
    format(value, depth + 1);
    stack.pop();
  };
  const format = (v: unknown, depth: number): void => {
    if (isNode(v)) {
      const info = NODE_INFO[v._kind]!;
      const rec = v as unknown as Record<string, unknown>;
      for (const fi of info.fields) {
        const value = rec[fi.name];
        if ((value === null || value === undefined) && fi.opt) continue;
        call(147, value, depth);
      }
      if (attrs) {
        for (const fi of info.attributes) {
          const value = rec[fi.name];
          if ((value === null || value === undefined) && fi.opt) continue;
          call(161, value, depth);
        }
      }
      const [n, allsimple] = printedParts(v, attrs);
      if (depth + 1 > LIMIT) fail(allsimple && n <= 3 ? 165 : 166, " while calling a Python object");
      return;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return;
      if (depth + 1 > LIMIT) fail(170, " while calling a Python object");
      if (depth + 2 > LIMIT) fail(170, "");
      stack.push({ line: 170, genexpr: false });
      for (const x of v) {
        stack.push({ line: 170, genexpr: true });
        if (depth + 3 > LIMIT) { stack.pop(); fail(170, "", true); }
        format(x, depth + 3);
        stack.pop();
      }
      stack.pop();
      return;
    }
    if (depth + 1 > LIMIT) fail(171, " while calling a Python object");
    if (depth + 2 > LIMIT) fail(171, " while getting the repr of an object");
  };
  try {
    format(tree, MODULE_DEPTH);
  } catch (e) {
    if (e instanceof Fail) return e;
    throw e;
  }
  return null;
}

const AST_PY = "/root/.pyenv/versions/3.11.7/lib/python3.11/ast.py";

/** Source line and caret line of each _format call site, as the traceback shows them. */
function display(e: Entry): string {
  const text: Record<number, [string, string]> = {
    147: ["value, simple = _format(value, level)", "_format(value, level)"],
    161: ["value, simple = _format(value, level)", "_format(value, level)"],
    165: ["return '%s(%s)' % (node.__class__.__name__, ', '.join(args)), not args", "', '.join(args)"],
    166: ["return '%s(%s%s)' % (node.__class__.__name__, prefix, sep.join(args)), False", "sep.join(args)"],
    170: ["return '[%s%s]' % (prefix, sep.join(_format(x, level)[0] for x in node)), False",
      e.genexpr ? "_format(x, level)" : "sep.join(_format(x, level)[0] for x in node)"],
    171: ["return repr(node), True", "repr(node)"],
  };
  const [src, part] = text[e.line]!;
  const col = src.indexOf(part);
  return `  File "${AST_PY}", line ${e.line}, in ${e.genexpr ? "<genexpr>" : "_format"}\n    ${src}\n    ${" ".repeat(col)}${"^".repeat(part.length)}\n`;
}

/** The traceback lines after the dump() frame, and the exception line. */
export function formatDumpRecursion(f: Fail): string {
  let out = `  File "${AST_PY}", line 177, in dump\n    return _format(node)[0]\n           ^^^^^^^^^^^^^\n`;
  let last = "";
  let cnt = 0;
  const flush = (): void => {
    if (cnt > 3) {
      const n = cnt - 3;
      out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
    }
  };
  for (const e of f.entries) {
    const key = `${e.line}:${e.genexpr}`;
    if (key !== last) {
      flush();
      last = key;
      cnt = 0;
    }
    cnt++;
    if (cnt <= 3) out += display(e);
  }
  flush();
  return out + `RecursionError: maximum recursion depth exceeded${f.where}\n`;
}
