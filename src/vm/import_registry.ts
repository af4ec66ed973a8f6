/**
 * The builtin-module table (CPython's inittab): modules implemented in TypeScript, made on first
 * import by their factory. sys.builtin_module_names is this table's sorted names.
 */
import type { PyObject } from "../objects/object.ts";

const factories = new Map<string, () => PyObject>();

/** Make `name` importable as a builtin module; `make` builds it (new reference) on first import. */
export function registerBuiltinModule(name: string, make: () => PyObject): void {
  factories.set(name, make);
}
export function isBuiltinModuleName(name: string): boolean {
  return factories.has(name);
}
/** _imp.create_builtin: a new reference to the module (a factory may return a cached module). */
export function createBuiltinModule(name: string): PyObject {
  const make = factories.get(name);
  if (make === undefined) throw new Error(`no builtin module ${name}`);
  const m = make();
  return m;
}
export function builtinModuleNames(): string[] {
  return [...factories.keys()].sort();
}
