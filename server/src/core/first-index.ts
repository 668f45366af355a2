// The binary search the sorted lists of the core share: where, in a list ordered so that a
// test fails for a first stretch and holds for the rest, the rest begins.

/** The first index in [0, length) for which `holds` is true, `holds` being false then true along the list; `length` when it never holds. */
export function firstIndex(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (holds(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
