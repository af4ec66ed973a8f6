/**
 * The bundled library: scripts/build.mjs replaces this module in dist/tspy.js with the table of
 * every lib/ .py file (path relative to lib/ -> source text). Run from the repository (tsx), it is null
 * and the library is read from lib/ on disk; either way it appears at /tspy/lib (src/host/libbundle.ts).
 */
export const LIB_TABLE: Record<string, string> | null = null;
