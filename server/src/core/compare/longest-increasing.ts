// The longest strictly increasing subsequence, O(n log n) (patience sorting). Matched
// paragraphs whose new positions form it stayed in order; the others moved.

/** Indices into `values` of one longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): Set<number> {
  // tails[l]: index of the smallest value ending an increasing run of length l + 1.
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]] < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}
