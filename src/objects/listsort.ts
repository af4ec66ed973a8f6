/**
 * list.sort's algorithm as CPython 3.11 runs it (Objects/listobject.c listsort): timsort with
 * count_run, binary insertion for short runs (minrun from merge_compute_minrun), the powersort
 * merge policy (powerloop / found_new_run), and merge_lo / merge_hi with galloping
 * (gallop_left / gallop_right, min_gallop adaptation). Using the same algorithm makes the
 * sequence of `<` calls (visible to __lt__ methods with side effects), and the result for
 * inconsistent comparisons, match CPython.
 *
 * The sort permutes `perm`, an array of indexes into `keys`; `lt(x, y)` is `keys[x] < keys[y]`.
 * If a comparison throws, `perm` is still a permutation (a partially sorted one, as CPython
 * leaves the list) and the exception propagates.
 */

const MIN_GALLOP = 7;

interface Run {
  base: number;
  len: number;
  power: number;
}

export function timsort(perm: number[], lt: (a: number, b: number) => boolean): void {
  const n = perm.length;
  if (n < 2) return;
  const a = perm;
  let minGallop = MIN_GALLOP;
  const pending: Run[] = [];

  const isLt = (x: number, y: number): boolean => lt(x, y);

  function countRun(lo: number, hi: number): [number, boolean] {
    if (lo + 1 === hi) return [1, false];
    let n2 = 2;
    if (isLt(a[lo + 1]!, a[lo]!)) {
      for (let p = lo + 2; p < hi; p++, n2++) if (!isLt(a[p]!, a[p - 1]!)) break;
      return [n2, true];
    }
    for (let p = lo + 2; p < hi; p++, n2++) if (isLt(a[p]!, a[p - 1]!)) break;
    return [n2, false];
  }
  function reverseSlice(lo: number, hi: number): void {
    hi--;
    while (lo < hi) {
      const t = a[lo]!;
      a[lo] = a[hi]!;
      a[hi] = t;
      lo++;
      hi--;
    }
  }
  function binarySort(lo: number, hi: number, start: number): void {
    if (lo === start) start++;
    for (; start < hi; start++) {
      const pivot = a[start]!;
      let l = lo, r = start;
      do {
        const p = l + ((r - l) >> 1);
        if (isLt(pivot, a[p]!)) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) a[p] = a[p - 1]!;
      a[l] = pivot;
    }
  }
  function computeMinrun(len: number): number {
    let r = 0;
    while (len >= 64) {
      r |= len & 1;
      len >>= 1;
    }
    return len + r;
  }
  function powerloop(s1: number, n1: number, n2: number): number {
    let result = 0;
    let x = 2 * s1 + n1;
    let y = x + n1 + n2;
    for (;;) {
      ++result;
      if (x >= n) {
        x -= n;
        y -= n;
      } else if (y >= n) {
        break;
      }
      x *= 2;
      y *= 2;
    }
    return result;
  }

  // arr[base..base+len) searched for key (a value, not an index into arr)
  function gallopLeft(key: number, arr: number[], base: number, len: number, hint: number): number {
    let lastofs = 0, ofs = 1;
    if (isLt(arr[base + hint]!, key)) {
      const maxofs = len - hint;
      while (ofs < maxofs) {
        if (isLt(arr[base + hint + ofs]!, key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (isLt(arr[base + hint - ofs]!, key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (isLt(arr[base + m]!, key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }
  function gallopRight(key: number, arr: number[], base: number, len: number, hint: number): number {
    let lastofs = 0, ofs = 1;
    if (isLt(key, arr[base + hint]!)) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (isLt(key, arr[base + hint - ofs]!)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = len - hint;
      while (ofs < maxofs) {
        if (isLt(key, arr[base + hint + ofs]!)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (isLt(key, arr[base + m]!)) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  function mergeLo(pa0: number, na: number, pb0: number, nb: number): void {
    const tmp = a.slice(pa0, pa0 + na);
    let pa = 0; // into tmp
    let pb = pb0;
    let dest = pa0;
    try {
      a[dest++] = a[pb++]!;
      --nb;
      if (nb === 0) return;
      if (na === 1) {
        copyB();
        return;
      }
      let mg = minGallop;
      for (;;) {
        let acount = 0, bcount = 0;
        let breakOut = false;
        for (;;) {
          if (isLt(a[pb]!, tmp[pa]!)) {
            a[dest++] = a[pb++]!;
            ++bcount;
            acount = 0;
            --nb;
            if (nb === 0) return;
            if (bcount >= mg) break;
          } else {
            a[dest++] = tmp[pa++]!;
            ++acount;
            bcount = 0;
            --na;
            if (na === 1) {
              copyB();
              return;
            }
            if (acount >= mg) break;
          }
        }
        ++mg;
        do {
          mg -= mg > 1 ? 1 : 0;
          minGallop = mg;
          let k = gallopRight(a[pb]!, tmp, pa, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) a[dest++] = tmp[pa++]!;
            na -= k;
            if (na === 1) {
              copyB();
              return;
            }
            if (na === 0) return;
          }
          a[dest++] = a[pb++]!;
          --nb;
          if (nb === 0) return;
          k = gallopLeft(tmp[pa]!, a, pb, nb, 0);
          bcount = k;
          if (k) {
            for (let i = 0; i < k; i++) a[dest++] = a[pb++]!;
            nb -= k;
            if (nb === 0) return;
          }
          a[dest++] = tmp[pa++]!;
          --na;
          if (na === 1) {
            copyB();
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++mg;
        minGallop = mg;
        void breakOut;
      }
    } finally {
      // Succeed / Fail: what is left of the a-run goes back in place
      if (na > 0 && !copiedB) for (let i = 0; i < na; i++) a[dest + i] = tmp[pa + i]!;
      copiedB = false;
    }
    function copyB(): void {
      for (let i = 0; i < nb; i++) a[dest + i] = a[pb + i]!;
      a[dest + nb] = tmp[pa]!;
      copiedB = true;
    }
  }
  let copiedB = false;
  let copiedA = false;

  function mergeHi(pa0: number, na: number, pb0: number, nb: number): void {
    const tmp = a.slice(pb0, pb0 + nb);
    let dest = pb0 + nb - 1;
    let pb = nb - 1; // into tmp
    let pa = pa0 + na - 1;
    try {
      a[dest--] = a[pa--]!;
      --na;
      if (na === 0) return;
      if (nb === 1) {
        copyA();
        return;
      }
      let mg = minGallop;
      for (;;) {
        let acount = 0, bcount = 0;
        for (;;) {
          if (isLt(tmp[pb]!, a[pa]!)) {
            a[dest--] = a[pa--]!;
            ++acount;
            bcount = 0;
            --na;
            if (na === 0) return;
            if (acount >= mg) break;
          } else {
            a[dest--] = tmp[pb--]!;
            ++bcount;
            acount = 0;
            --nb;
            if (nb === 1) {
              copyA();
              return;
            }
            if (bcount >= mg) break;
          }
        }
        ++mg;
        do {
          mg -= mg > 1 ? 1 : 0;
          minGallop = mg;
          let k = gallopRight(tmp[pb]!, a, pa0, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            for (let i = k; i >= 1; i--) a[dest + i] = a[pa + i]!;
            na -= k;
            if (na === 0) return;
          }
          a[dest--] = tmp[pb--]!;
          --nb;
          if (nb === 1) {
            copyA();
            return;
          }
          k = gallopLeft(a[pa]!, tmp, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            for (let i = 1; i <= k; i++) a[dest + i] = tmp[pb + i]!;
            nb -= k;
            if (nb === 1) {
              copyA();
              return;
            }
            if (nb === 0) return;
          }
          a[dest--] = a[pa--]!;
          --na;
          if (na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++mg;
        minGallop = mg;
      }
    } finally {
      if (nb > 0 && !copiedA) for (let i = 0; i < nb; i++) a[dest - (nb - 1) + i] = tmp[i]!;
      copiedA = false;
    }
    function copyA(): void {
      dest -= na;
      pa -= na;
      for (let i = na; i >= 1; i--) a[dest + i] = a[pa + i]!;
      a[dest] = tmp[pb]!;
      copiedA = true;
    }
  }

  function mergeAt(i: number): void {
    let pa = pending[i]!.base, na = pending[i]!.len;
    const pb = pending[i + 1]!.base;
    let nb = pending[i + 1]!.len;
    pending[i]!.len = na + nb;
    if (i === pending.length - 3) pending[i + 1] = pending[i + 2]!;
    pending.pop();
    const k = gallopRight(a[pb]!, a, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = gallopLeft(a[pa + na - 1]!, a, pb, nb, nb - 1);
    if (nb === 0) return;
    if (na <= nb) mergeLo(pa, na, pb, nb);
    else mergeHi(pa, na, pb, nb);
  }

  const minrun = computeMinrun(n);
  let lo = 0;
  let remaining = n;
  do {
    let [len, desc] = countRun(lo, lo + remaining);
    if (desc) reverseSlice(lo, lo + len);
    if (len < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      binarySort(lo, lo + force, lo + len);
      len = force;
    }
    // found_new_run: merge while the stack's previous power is larger
    if (pending.length > 0) {
      const top = pending[pending.length - 1]!;
      const power = powerloop(top.base, top.len, len);
      while (pending.length > 1 && pending[pending.length - 2]!.power > power) mergeAt(pending.length - 2);
      pending[pending.length - 1]!.power = power;
    }
    pending.push({ base: lo, len, power: 0 });
    lo += len;
    remaining -= len;
  } while (remaining > 0);
  // merge_force_collapse
  while (pending.length > 1) {
    let i = pending.length - 2;
    if (i > 0 && pending[i - 1]!.len < pending[i + 1]!.len) --i;
    mergeAt(i);
  }
}
