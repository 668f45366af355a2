// The shortest edit script between two sequences of keys: Myers' O((N+M)·D) greedy
// algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986), after trimming
// the common prefix and suffix. Versions of a paragraph differ in a few words, so D is
// small; the trace kept for backtracking is O(D²).

export type EditOp = 'equal' | 'delete' | 'insert';

/** A run of one operation: `a[aStart..aEnd)` deleted, `b[bStart..bEnd)` inserted, or both equal. */
export interface Edit {
  op: EditOp;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export function editScript(a: readonly string[], b: readonly string[]): Edit[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;

  const steps: EditOp[] = new Array<EditOp>(prefix).fill('equal');
  for (const op of middleSteps(a, b, prefix, a.length - suffix, b.length - suffix)) steps.push(op);
  for (let i = 0; i < suffix; i++) steps.push('equal');
  return runs(steps);
}

/** One operation per element of `a[from..aEnd)` and `b[from..bEnd)`, in order. */
function middleSteps(a: readonly string[], b: readonly string[], from: number, aEnd: number, bEnd: number): EditOp[] {
  const n = aEnd - from;
  const m = bEnd - from;
  if (n === 0) return new Array<EditOp>(m).fill('insert');
  if (m === 0) return new Array<EditOp>(n).fill('delete');
  const max = n + m;
  const offset = max + 1;
  // v[offset + k]: the furthest x reached on diagonal k = x - y.
  const v = new Int32Array(2 * max + 3);
  // trace[d]: v[-d-1 .. d+1] as it stood before step d.
  const trace: Int32Array[] = [];
  search: for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[from + x] === b[from + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }

  const reversed: EditOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const before = trace[d];
    const at = (k: number) => before[k + d + 1];
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      reversed.push('equal');
      x--;
      y--;
    }
    reversed.push(x === previousX ? 'insert' : 'delete');
    x = previousX;
    y = previousY;
  }
  for (; x > 0; x--) reversed.push('equal');
  return reversed.reverse();
}

/** Merges steps into runs; within each changed stretch, the deletions come before the insertions. */
function runs(steps: EditOp[]): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  let s = 0;
  while (s < steps.length) {
    if (steps[s] === 'equal') {
      const start = s;
      while (s < steps.length && steps[s] === 'equal') s++;
      edits.push({ op: 'equal', aStart: i, aEnd: i + s - start, bStart: j, bEnd: j + s - start });
      i += s - start;
      j += s - start;
      continue;
    }
    let deleted = 0;
    let inserted = 0;
    for (; s < steps.length && steps[s] !== 'equal'; s++) {
      if (steps[s] === 'delete') deleted++;
      else inserted++;
    }
    if (deleted > 0) edits.push({ op: 'delete', aStart: i, aEnd: i + deleted, bStart: j, bEnd: j });
    if (inserted > 0) edits.push({ op: 'insert', aStart: i + deleted, aEnd: i + deleted, bStart: j, bEnd: j + inserted });
    i += deleted;
    j += inserted;
  }
  return edits;
}
