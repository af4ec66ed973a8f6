/**
 * Reads shared by every node kind. Each AST kind is an object shape (map) of its own, so a load of
 * `_kind` where any kind can arrive (the first statement of a body, a call's first argument, ...)
 * leaves optimized code each time a new kind shows up, up to five times per site and per function
 * it is inlined into. Through these helpers all such sites share one load site whose feedback is
 * already generic (megamorphic) after the first files, so optimized code keeps a generic load
 * instead of leaving. For the hot dispatch switches (which see every kind at once) this makes no
 * difference and they keep their direct loads.
 */
import type { K } from "./nodes.ts";

export function kindOf(n: { readonly _kind: K }): K {
  return n._kind;
}
