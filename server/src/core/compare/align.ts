// Pairs the paragraphs of two versions of a section by content, never by label (an
// insertion renumbers everything after it): identical texts first, then the most alike
// of the rest. Matched paragraphs out of their old order are the ones that moved.
import type { Paragraph } from './paragraphs';
import { longestIncreasing } from './longest-increasing';
import { profile, similarPairs, type SimilarPair } from './similarity';
import { tokenize, type Token } from './tokens';
import { diffTokens, type WordRun } from './word-diff';

export type ParagraphStatus = 'unchanged' | 'changed' | 'moved' | 'added' | 'removed';

export interface ParagraphChange {
  /** `moved` wins over `changed`: a moved paragraph carries its word changes too. */
  status: ParagraphStatus;
  before: Paragraph | null;
  after: Paragraph | null;
  /** Found in both versions under another label: "paragraph 5 is now 6". */
  renumbered: boolean;
  /** 1 for the same words, down to MINIMUM_SIMILARITY; null when only one version has it. */
  similarity: number | null;
  /** The word-level changes, when the words differ. */
  words: WordRun[] | null;
}

// Below this share of word pairs, a rewritten paragraph reads as removed and replaced:
// negotiated revisions that keep half the wording are still the same paragraph.
const MINIMUM_SIMILARITY = 0.5;

export function alignParagraphs(before: Paragraph[], after: Paragraph[]): ParagraphChange[] {
  const beforeTokens = before.map((p) => tokenize(p.text));
  const afterTokens = after.map((p) => tokenize(p.text));
  const beforeKeys = beforeTokens.map(wordKey);
  const afterKeys = afterTokens.map(wordKey);
  const partnerOfBefore = new Int32Array(before.length).fill(-1);
  const partnerOfAfter = new Int32Array(after.length).fill(-1);
  const similarityOf = new Float64Array(before.length);
  const pair = (i: number, j: number, score: number) => {
    partnerOfBefore[i] = j;
    partnerOfAfter[j] = i;
    similarityOf[i] = score;
  };

  for (const [i, j] of identicalPairs(beforeKeys, afterKeys)) pair(i, j, 1);

  const restBefore = before.filter((_, i) => partnerOfBefore[i] < 0).map((p) => p.index);
  const restAfter = after.filter((_, j) => partnerOfAfter[j] < 0).map((p) => p.index);
  const candidates = similarPairs(
    restBefore.map((i) => profile(beforeTokens[i])),
    restAfter.map((j) => profile(afterTokens[j])),
    MINIMUM_SIMILARITY,
  ).map((c): SimilarPair => ({ before: restBefore[c.before], after: restAfter[c.after], similarity: c.similarity }));
  // The most alike first; between equals, the one nearest its old relative position.
  const drift = (c: SimilarPair) => Math.abs(c.before / before.length - c.after / after.length);
  candidates.sort((x, y) => y.similarity - x.similarity || drift(x) - drift(y));
  for (const c of candidates) {
    if (partnerOfBefore[c.before] < 0 && partnerOfAfter[c.after] < 0) pair(c.before, c.after, c.similarity);
  }

  const matched = before.filter((_, i) => partnerOfBefore[i] >= 0).map((p) => p.index);
  const inOrder = new Set([...longestIncreasing(matched.map((i) => partnerOfBefore[i]))].map((k) => matched[k]));

  const changeOf = (i: number): ParagraphChange => {
    const j = partnerOfBefore[i];
    const same = beforeKeys[i] === afterKeys[j];
    return {
      status: !inOrder.has(i) ? 'moved' : same ? 'unchanged' : 'changed',
      before: before[i],
      after: after[j],
      renumbered: before[i].label !== after[j].label,
      similarity: similarityOf[i],
      words: same ? null : diffTokens(beforeTokens[i], afterTokens[j]),
    };
  };

  // Reading order of the newer version. A removed paragraph stands where it stood: before
  // the next paragraph that kept its place, and before what was added in its stead.
  const anchorAhead = new Int32Array(after.length + 1).fill(before.length);
  for (let j = after.length - 1; j >= 0; j--) {
    const i = partnerOfAfter[j];
    anchorAhead[j] = i >= 0 && inOrder.has(i) ? i : anchorAhead[j + 1];
  }
  const changes: ParagraphChange[] = [];
  let nextRemoved = 0;
  const emitRemovedBefore = (limit: number) => {
    for (; nextRemoved < limit; nextRemoved++) {
      if (partnerOfBefore[nextRemoved] < 0) {
        changes.push({ status: 'removed', before: before[nextRemoved], after: null, renumbered: false, similarity: null, words: null });
      }
    }
  };
  after.forEach((p, j) => {
    emitRemovedBefore(anchorAhead[j]);
    const i = partnerOfAfter[j];
    changes.push(i < 0 ? { status: 'added', before: null, after: p, renumbered: false, similarity: null, words: null } : changeOf(i));
  });
  emitRemovedBefore(before.length);
  return changes;
}

/** The words as the diff compares them, so typographic variants alone do not count as a change. */
function wordKey(tokens: Token[]): string {
  return tokens.map((t) => t.key).join(' ');
}

/** Paragraphs with the same words, paired in reading order (the k-th copy with the k-th). */
function identicalPairs(beforeKeys: string[], afterKeys: string[]): Array<[number, number]> {
  const waiting = new Map<string, { indices: number[]; next: number }>();
  afterKeys.forEach((key, j) => {
    const entry = waiting.get(key);
    if (entry) entry.indices.push(j);
    else waiting.set(key, { indices: [j], next: 0 });
  });
  const pairs: Array<[number, number]> = [];
  beforeKeys.forEach((key, i) => {
    const entry = waiting.get(key);
    if (entry && entry.next < entry.indices.length) pairs.push([i, entry.indices[entry.next++]]);
  });
  return pairs;
}
