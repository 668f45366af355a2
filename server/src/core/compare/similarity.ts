// How alike two paragraphs are, and which pairs are worth comparing at all. A
// paragraph's profile is its set of adjacent word pairs (case-folded, punctuation
// left out): word order matters, shared vocabulary alone ("development", "of the")
// does not make two paragraphs versions of each other.
import { isWord, type Token } from './tokens';

export type Profile = ReadonlySet<string>;

export function profile(tokens: Token[]): Profile {
  const words = tokens.filter(isWord).map((t) => t.key.toLowerCase());
  if (words.length === 1) return new Set(words);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/** Dice's coefficient: 1 for the same word pairs, 0 for none shared. */
function similarity(a: Profile, b: Profile): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export interface SimilarPair {
  before: number;
  after: number;
  similarity: number;
}

// A word pair found in this many paragraphs ("of the") says nothing about which of
// them a paragraph came from; skipping it keeps the candidate search near-linear.
const COMMON_PAIR_POSTINGS = 24;

/** Every pair (i, j) with similarity(before[i], after[j]) >= minimum. */
export function similarPairs(before: Profile[], after: Profile[], minimum: number): SimilarPair[] {
  const postings = new Map<string, number[]>();
  after.forEach((p, j) => {
    for (const pair of p) {
      const list = postings.get(pair);
      if (list) list.push(j);
      else postings.set(pair, [j]);
    }
  });
  const found: SimilarPair[] = [];
  before.forEach((p, i) => {
    const candidates = new Set<number>();
    for (const pair of p) {
      const list = postings.get(pair);
      if (list && list.length <= COMMON_PAIR_POSTINGS) for (const j of list) candidates.add(j);
    }
    for (const j of candidates) {
      const score = similarity(p, after[j]);
      if (score >= minimum) found.push({ before: i, after: j, similarity: score });
    }
  });
  return found;
}
