/**
 * A TypeScript mirror of Python's `symtable` module (Lib/symtable.py over _symtable): read-only
 * views of the symbol table entries built by symtable.ts, with the same method names and
 * semantics (SymbolTable, Function, Class, Symbol). Like CPython's symtable.symtable(), the AST
 * is not constant-folded first.
 */
import type * as A from "../ast/nodes.ts";
import {
  buildSymtable, BlockType, SymbolTableEntry, DEF_PARAM, DEF_NONLOCAL, DEF_BOUND, DEF_ANNOT, DEF_IMPORT,
  DEF_LOCAL, USE, SCOPE_OFFSET, LOCAL, CELL, FREE, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT,
} from "./symtable.ts";
import { futureFromAST } from "./future.ts";

const SCOPE_MASK = 15;

export class Symbol {
  private readonly scope: number;
  constructor(
    private readonly name: string,
    private readonly flags: number,
    private readonly namespaces: SymbolTable[],
    private readonly moduleScope: boolean,
  ) {
    this.scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK;
  }
  get_name(): string { return this.name; }
  is_referenced(): boolean { return (this.flags & USE) !== 0; }
  is_parameter(): boolean { return (this.flags & DEF_PARAM) !== 0; }
  is_global(): boolean {
    return this.scope === GLOBAL_IMPLICIT || this.scope === GLOBAL_EXPLICIT || (this.moduleScope && (this.flags & DEF_BOUND) !== 0);
  }
  is_nonlocal(): boolean { return (this.flags & DEF_NONLOCAL) !== 0; }
  is_declared_global(): boolean { return this.scope === GLOBAL_EXPLICIT; }
  is_local(): boolean {
    return this.scope === LOCAL || this.scope === CELL || (this.moduleScope && (this.flags & DEF_BOUND) !== 0);
  }
  is_annotated(): boolean { return (this.flags & DEF_ANNOT) !== 0; }
  is_free(): boolean { return this.scope === FREE; }
  is_imported(): boolean { return (this.flags & DEF_IMPORT) !== 0; }
  is_assigned(): boolean { return (this.flags & DEF_LOCAL) !== 0; }
  is_namespace(): boolean { return this.namespaces.length > 0; }
  get_namespaces(): SymbolTable[] { return this.namespaces; }
  get_namespace(): SymbolTable {
    if (this.namespaces.length !== 1) throw new Error("namespace is bound to multiple namespaces");
    return this.namespaces[0]!;
  }
}

export class SymbolTable {
  private readonly cache = new Map<string, Symbol>();
  constructor(protected readonly table: SymbolTableEntry, readonly filename: string, private readonly id: number) {}
  get_type(): "module" | "function" | "class" | "annotation" {
    switch (this.table.type) {
      case BlockType.Module: return "module";
      case BlockType.Function: return "function";
      case BlockType.Class: return "class";
      default: return "annotation";
    }
  }
  get_id(): number { return this.id; }
  get_name(): string { return this.table.name; }
  get_lineno(): number { return this.table.lineno; }
  is_optimized(): boolean { return this.table.type === BlockType.Function; }
  is_nested(): boolean { return this.table.nested; }
  has_children(): boolean { return this.table.children.length > 0; }
  get_identifiers(): string[] { return [...this.table.symbols.keys()]; }
  /** The raw flags word of a name (_table.symbols[name]). */
  get_flags(name: string): number | undefined { return this.table.symbols.get(name); }
  lookup(name: string): Symbol {
    let sym = this.cache.get(name);
    if (!sym) {
      const flags = this.table.symbols.get(name);
      if (flags === undefined) throw new Error(`KeyError: '${name}'`);
      const namespaces = this.table.children.filter((c) => c.name === name).map((c) => wrap(c, this.filename));
      // Lib/symtable.py in 3.11 decides "module scope" by the table's name
      sym = new Symbol(name, flags, namespaces, this.table.name === "top");
      this.cache.set(name, sym);
    }
    return sym;
  }
  get_symbols(): Symbol[] { return this.get_identifiers().map((n) => this.lookup(n)); }
  get_children(): SymbolTable[] { return this.table.children.map((c) => wrap(c, this.filename)); }
}

export class Function extends SymbolTable {
  private matching(test: (flags: number) => boolean): string[] {
    return this.get_identifiers().filter((n) => test(this.table.symbols.get(n)!));
  }
  get_parameters(): string[] { return this.matching((x) => (x & DEF_PARAM) !== 0); }
  get_locals(): string[] {
    return this.matching((x) => { const s = (x >> SCOPE_OFFSET) & SCOPE_MASK; return s === LOCAL || s === CELL; });
  }
  get_nonlocals(): string[] { return this.matching((x) => (x & DEF_NONLOCAL) !== 0); }
  get_globals(): string[] {
    return this.matching((x) => { const s = (x >> SCOPE_OFFSET) & SCOPE_MASK; return s === GLOBAL_IMPLICIT || s === GLOBAL_EXPLICIT; });
  }
  get_frees(): string[] { return this.matching((x) => ((x >> SCOPE_OFFSET) & SCOPE_MASK) === FREE); }
}

export class Class extends SymbolTable {
  get_methods(): string[] {
    const d = new Set<string>();
    for (const c of this.get_children()) d.add(c.get_name());
    return [...d];
  }
}

const ids = new WeakMap<SymbolTableEntry, number>();
let nextId = 1;

function wrap(e: SymbolTableEntry, filename: string): SymbolTable {
  let id = ids.get(e);
  if (id === undefined) {
    id = nextId++;
    ids.set(e, id);
  }
  if (e.type === BlockType.Function) return new Function(e, filename, id);
  if (e.type === BlockType.Class) return new Class(e, filename, id);
  return new SymbolTable(e, filename, id);
}

/** symtable.symtable(): the top-level table of a parsed module. Raises CompileError. */
export function symtable(mod: A.mod, filename: string): SymbolTable {
  const future = futureFromAST(mod, filename);
  const st = buildSymtable(mod, filename, future);
  return wrap(st.top, filename);
}
