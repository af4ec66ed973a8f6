/**
 * The parse tree of a pattern, in the shape of sre_parse's: a SubPattern is a sequence of nodes;
 * each node is one operation (Op) with its operands. Widths (min/max characters a subpattern can
 * match) follow SubPattern.getwidth exactly: the compiler needs them for look-behind checks and
 * the minimum-length shortcut.
 */
import { MAXREPEAT, MAXWIDTH } from "./constants.ts";

export const enum Op {
  LITERAL = 1, NOT_LITERAL, ANY, AT, IN, BRANCH, SUBPATTERN, ATOMIC_GROUP,
  MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, GROUPREF, GROUPREF_EXISTS, ASSERT, ASSERT_NOT,
}

/** Items of a character set: a literal (lo), a range (lo..hi), a category (lo = Cat), NEGATE. */
export const enum SetOp { LITERAL = 1, RANGE, CATEGORY, NEGATE }

export class SetItem {
  constructor(readonly op: SetOp, readonly lo: number, readonly hi: number) {}
}

/**
 * One node. Operand use by op:
 * - LITERAL / NOT_LITERAL: a = code point; AT: a = At code; GROUPREF: a = group number
 * - IN: items; BRANCH: alts
 * - SUBPATTERN: a = group number (-1 for none), b = flags turned on, c = flags turned off, sub
 * - ATOMIC_GROUP: sub
 * - MAX_REPEAT / MIN_REPEAT / POSSESSIVE_REPEAT: a = min, b = max (MAXREPEAT = unbounded), sub
 * - GROUPREF_EXISTS: a = group number, sub = yes branch, sub2 = no branch (or null)
 * - ASSERT / ASSERT_NOT: a = direction (1 ahead, -1 behind), sub
 */
export class Node {
  constructor(
    readonly op: Op,
    readonly a: number,
    readonly b: number,
    readonly c: number,
    readonly sub: SubPattern | null,
    readonly sub2: SubPattern | null,
    readonly items: SetItem[] | null,
    readonly alts: SubPattern[] | null,
  ) {}
}

export function litNode(op: Op.LITERAL | Op.NOT_LITERAL, cp: number): Node {
  return new Node(op, cp, 0, 0, null, null, null, null);
}
export function simpleNode(op: Op.ANY | Op.AT | Op.GROUPREF, a: number): Node {
  return new Node(op, a, 0, 0, null, null, null, null);
}
export function inNode(items: SetItem[]): Node {
  return new Node(Op.IN, 0, 0, 0, null, null, items, null);
}
export function branchNode(alts: SubPattern[]): Node {
  return new Node(Op.BRANCH, 0, 0, 0, null, null, null, alts);
}
export function groupNode(group: number, add: number, del: number, sub: SubPattern): Node {
  return new Node(Op.SUBPATTERN, group, add, del, sub, null, null, null);
}
export function atomicNode(sub: SubPattern): Node {
  return new Node(Op.ATOMIC_GROUP, 0, 0, 0, sub, null, null, null);
}
export function repeatNode(op: Op.MAX_REPEAT | Op.MIN_REPEAT | Op.POSSESSIVE_REPEAT, min: number, max: number, sub: SubPattern): Node {
  return new Node(op, min, max, 0, sub, null, null, null);
}
export function condNode(group: number, yes: SubPattern, no: SubPattern | null): Node {
  return new Node(Op.GROUPREF_EXISTS, group, 0, 0, yes, no, null, null);
}
export function assertNode(op: Op.ASSERT | Op.ASSERT_NOT, dir: number, sub: SubPattern): Node {
  return new Node(op, dir, 0, 0, sub, null, null, null);
}

/** Value equality of set items (as tuple equality in sre_parse). */
export function sameItem(x: SetItem, y: SetItem): boolean {
  return x.op === y.op && x.lo === y.lo && x.hi === y.hi;
}

/**
 * Node equality as Python compares (op, av) tuples: leaf nodes by value; nodes holding
 * subpatterns compare their SubPattern objects by identity, so two distinct ones never match.
 */
export function sameNode(x: Node, y: Node): boolean {
  if (x === y) return true;
  if (x.op !== y.op) return false;
  switch (x.op) {
    case Op.LITERAL: case Op.NOT_LITERAL: case Op.AT: case Op.GROUPREF:
      return x.a === y.a;
    case Op.ANY:
      return true;
    case Op.IN: {
      const a = x.items!, b = y.items!;
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!sameItem(a[i]!, b[i]!)) return false;
      return true;
    }
    default:
      return false;
  }
}

/** Parser state shared by all subpatterns of one pattern (sre_parse.State). */
export class State {
  flags = 0;
  groupdict = new Map<string, number>();
  /** Width of each closed group; null while the group is open. Index 0 is the whole match. */
  groupwidths: ([number, number] | null)[] = [null];
  /** Number of groups when the outermost enclosing look-behind started, or -1. */
  lookbehindgroups = -1;
  /** Conditional references to groups not yet defined: group -> pattern position. */
  grouprefpos = new Map<number, number>();

  get groups(): number {
    return this.groupwidths.length;
  }
  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }
}

export class SubPattern {
  data: Node[];
  private width: [number, number] | null = null;
  constructor(readonly state: State, data: Node[] = []) {
    this.data = data;
  }

  /** (min, max) number of characters this subpattern can match, capped at MAXWIDTH. */
  getwidth(): [number, number] {
    if (this.width !== null) return this.width;
    let lo = 0;
    let hi = 0;
    for (const n of this.data) {
      switch (n.op) {
        case Op.BRANCH: {
          let i = MAXWIDTH;
          let j = 0;
          for (const alt of n.alts!) {
            const [l, h] = alt.getwidth();
            i = Math.min(i, l);
            j = Math.max(j, h);
          }
          lo += i;
          hi += j;
          break;
        }
        case Op.ATOMIC_GROUP:
        case Op.SUBPATTERN: {
          const [i, j] = n.sub!.getwidth();
          lo += i;
          hi += j;
          break;
        }
        case Op.MAX_REPEAT: case Op.MIN_REPEAT: case Op.POSSESSIVE_REPEAT: {
          const [i, j] = n.sub!.getwidth();
          lo += i * n.a;
          if (n.b === MAXREPEAT && j) hi = MAXWIDTH;
          else hi += j * n.b;
          break;
        }
        case Op.ANY: case Op.IN: case Op.LITERAL: case Op.NOT_LITERAL:
          lo += 1;
          hi += 1;
          break;
        case Op.GROUPREF: {
          const [i, j] = this.state.groupwidths[n.a]!;
          lo += i;
          hi += j;
          break;
        }
        case Op.GROUPREF_EXISTS: {
          let [i, j] = n.sub!.getwidth();
          if (n.sub2 !== null) {
            const [l, h] = n.sub2.getwidth();
            i = Math.min(i, l);
            j = Math.max(j, h);
          } else {
            i = 0;
          }
          lo += i;
          hi += j;
          break;
        }
        default:
          break;
      }
    }
    this.width = [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
    return this.width;
  }
}
