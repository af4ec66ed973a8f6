/**
 * Unicode character names for "\N{...}" escapes (placeholder until the generated table lands).
 */
export function lookupUnicodeName(name: string): number {
  void name;
  return -1;
}
