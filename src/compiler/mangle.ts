/**
 * Private name mangling (_Py_Mangle): inside class `C`, `__x` becomes `_C__x`. Names ending in
 * two underscores, dotted names, and classes named only with underscores are left alone.
 */
export function mangle(privateName: string | null, ident: string): string {
  // (names shorter than 3 are never mangled: '_', '__', '_x'; checking the length first keeps
  // charCodeAt in bounds, which optimized code would otherwise leave for)
  if (privateName === null || ident.length < 3 || ident.charCodeAt(0) !== 95 || ident.charCodeAt(1) !== 95) return ident;
  const n = ident.length;
  if ((ident.charCodeAt(n - 1) === 95 && ident.charCodeAt(n - 2) === 95) || ident.indexOf(".") >= 0) return ident;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return ident;
  return "_" + privateName.slice(i) + ident;
}
