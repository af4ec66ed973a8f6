/**
 * The order of frozenset constants, as CPython 3.11 ends up with it. A frozenset's iteration
 * order depends on the order its items were added (colliding hashes), and CPython builds a
 * folded `x in {..}` / `for x in {..}` / set display frozenset up to three times:
 *
 *   1. ast_opt.c: PyFrozenSet_New(items in source order);
 *   2. compile.c merge_consts_recursive (first time the value enters the module's constant
 *      cache): a new frozenset from the first one's iteration order; later equal frozensets
 *      are replaced by this one;
 *   3. codeobject.c intern_string_constants (each code object): a frozenset is rebuilt from its
 *      iteration order when interning replaced one of its (top-level) strings, i.e. when a
 *      string made of ASCII letters, digits and '_' is not itself the interned object although
 *      an equal interned string exists.
 *
 * ConstFrozenSet.items holds the insertion order of the last table (so `setIterationOrder`
 * gives CPython's iteration order). Step 1+2 happen in `foldedFrozenSet`; step 3 in
 * `InternModel.constFrozenSet`, which decides it with this model of CPython's string identity:
 *
 *   - one string object per value in a module: merge_consts_recursive maps equal str constants
 *     (also inside tuples and frozensets) to the first one that entered the cache;
 *   - that object is the interned one when it came from an identifier (the parser interns
 *     identifiers; the compiler uses them as constants for keyword names, import names, class
 *     names, annotation keys, ...), otherwise it is a fresh object from a string literal;
 *   - an equal interned string exists when the value is an identifier anywhere in the module
 *     (every NAME the parser saw) or was interned before compilation started (STARTUP_INTERNED:
 *     what `python3 -m dis` has interned without site-packages);
 *   - a one-character string is a singleton (identifiers and literals are that object); it is
 *     replaced only when the interned one is another object (STARTUP_INTERNED lists those).
 *
 * A code object's co_consts tuple is itself merged into the constant cache before interning, so
 * code objects with equal constants share one tuple, whose frozensets were rebuilt once
 * (`mergeConsts`); marshal then writes them once.
 *
 * Cost: strings are tracked only for modules that have a set display holding such a string
 * (FoldState.internSets); other modules only dedupe their (rare) frozensets.
 */
import * as A from "../ast/nodes.ts";
import { NODE_INFO, type AST } from "../ast/nodes.ts";
import { ConstTuple, ConstFrozenSet, type ConstValue } from "../objects/constant.ts";
import { setIterationOrder, type HashSecret } from "../objects/hash.ts";
import { STARTUP_INTERNED } from "./interned-startup.ts";
import { constKey, pyEqKey } from "./consts.ts";

/** codeobject.c's all_name_chars for a non-empty string: only [A-Za-z0-9_]. */
export function isInternCandidate(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

/** frozenset(items) after steps 1 and 2: duplicates (by Python equality) dropped, first kept. */
export function foldedFrozenSet(items: readonly ConstValue[], secret?: HashSecret): ConstFrozenSet {
  const seen = new Set<string>();
  const out: ConstValue[] = [];
  for (const x of items) {
    const k = pyEqKey(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return new ConstFrozenSet(setIterationOrder(out, secret));
}

let startup: Set<string> | null = null;
function startupInterned(): Set<string> {
  return startup ??= new Set(STARTUP_INTERNED.split(" "));
}

/** Per node kind: the fields holding child nodes, and those holding identifiers. */
interface KindFields { children: string[]; idents: string[]; identSeqs: string[] }
let kindFields: KindFields[] | null = null;
/** Field types without identifiers below them. */
const LEAF_TYPES = new Set(["identifier", "string", "int", "constant", "expr_context", "operator", "boolop", "unaryop", "cmpop"]);
function fieldsOf(kind: number): KindFields {
  kindFields ??= NODE_INFO.map((info) => ({
    children: info.fields.filter((f) => !LEAF_TYPES.has(f.type)).map((f) => f.name),
    idents: info.fields.filter((f) => f.type === "identifier" && !f.seq).map((f) => f.name),
    identSeqs: info.fields.filter((f) => f.type === "identifier" && f.seq).map((f) => f.name),
  }));
  return kindFields[kind]!;
}

function addIdentifier(out: Set<string>, s: string): void {
  if (s.indexOf(".") < 0) out.add(s);
  else for (const part of s.split(".")) out.add(part);
}

/** Every identifier of the tree (dotted import names by their parts, as the parser sees NAMEs). */
function identifiersOf(root: AST): Set<string> {
  const out = new Set<string>();
  const stack: AST[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const rec = n as unknown as Record<string, unknown>;
    const f = fieldsOf(n._kind);
    for (const name of f.idents) {
      const v = rec[name];
      if (typeof v === "string") addIdentifier(out, v);
    }
    for (const name of f.identSeqs) for (const v of rec[name] as string[]) addIdentifier(out, v);
    for (const name of f.children) {
      const v = rec[name];
      if (v === null || v === undefined) continue;
      if (Array.isArray(v)) {
        for (const x of v) if (x !== null) stack.push(x as AST);
      } else if (typeof v === "object" && typeof (v as { _kind?: unknown })._kind === "number") {
        stack.push(v as AST);
      }
    }
  }
  return out;
}

export class InternModel {
  /** For each str that entered the constant cache: whether that first object was interned. */
  private readonly firstInterned = new Map<string, boolean>();
  /** The cache's frozenset per constKey (step 2 happened once, for the first one). */
  private readonly frozensets = new Map<string, ConstFrozenSet>();
  /** Frozensets of step 3 (one per code object). */
  private readonly rebuilt = new WeakSet<ConstFrozenSet>();
  /** co_consts of the code objects holding a rebuilt frozenset, by their constKeys. */
  private readonly constsTuples = new Map<string, ConstValue[]>();
  private idents: Set<string> | null = null;
  /**
   * @param mod the module (its identifiers are collected when first needed)
   * @param tracking whether strings are tracked (some set display may hold an interned string)
   */
  constructor(private readonly mod: A.mod, readonly tracking: boolean, readonly secret: HashSecret | undefined) {}

  /** merge_consts_recursive: `v` enters the constant cache (`ident`: its strings are identifiers). */
  note(v: ConstValue, ident: boolean): void {
    if (typeof v === "string") {
      if (!this.firstInterned.has(v)) this.firstInterned.set(v, ident);
    } else if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
      for (const x of v.items) this.note(x, ident);
    }
  }

  /** The frozenset a code object's co_consts holds for `v` (after steps 2 and 3). */
  constFrozenSet(v: ConstFrozenSet): ConstFrozenSet {
    const key = constKey(v);
    let cached = this.frozensets.get(key);
    if (cached === undefined) {
      this.frozensets.set(key, cached = v);
      if (this.tracking) this.note(v, false);
    }
    if (!this.tracking || !this.internReplaces(cached)) return cached;
    const fs = new ConstFrozenSet(setIterationOrder(cached.items, this.secret));
    this.rebuilt.add(fs);
    return fs;
  }

  /**
   * makecode's merge_const_one(consts): a code object whose co_consts equal an earlier one's
   * (with a rebuilt frozenset) gets that tuple, so it shares that frozenset too.
   */
  mergeConsts(list: ConstValue[]): ConstValue[] {
    if (!this.tracking || !list.some((x) => x instanceof ConstFrozenSet && this.rebuilt.has(x))) return list;
    const key = list.map(constKey).join("\u0000");
    const earlier = this.constsTuples.get(key);
    if (earlier !== undefined) return earlier;
    this.constsTuples.set(key, list);
    return list;
  }

  /** Whether intern_string_constants replaces one of the set's strings. */
  private internReplaces(fs: ConstFrozenSet): boolean {
    for (const x of fs.items) {
      if (typeof x !== "string" || !isInternCandidate(x)) continue;
      if (x.length === 1) {
        if (startupInterned().has(x)) return true;
        continue;
      }
      if (this.firstInterned.get(x) === true) continue;
      if (startupInterned().has(x)) return true;
      this.idents ??= identifiersOf(this.mod);
      if (this.idents.has(x)) return true;
    }
    return false;
  }
}
