// Which paragraph of the text before an edit each paragraph after it is. By the edit's
// trail first: a paragraph is the one most of its own characters were copied from, so
// retyping its number or a word keeps it, typed text is new, and of a paragraph split in
// two the larger part keeps it. (Not the part holding its first character: while a new
// paragraph is typed above one, the two read for a moment as one paragraph, whose first
// character is then the new one's.) By words where there is
// no trail (a version from elsewhere) and for what the trail leaves unmatched (a paragraph
// cut and pasted back): the comparison's pairing, the one `resolution diff` reports.
import { alignParagraphs } from '../compare/align';
import type { Paragraph } from '../compare';
import type { CopiedRun } from './edit-trail';
import type { NumberedParagraph } from './paragraphs';
import { firstIndex } from '../first-index';

export interface Matching {
  /** For each paragraph after, the index of the paragraph before it is; -1 for a new one. */
  partner: Int32Array;
  /** Unmatched paragraphs before whose words now stand mostly inside a paragraph after (a join): index before → index after. */
  absorbed: Map<number, number>;
}

/** The first run ending after `offset`. */
function firstRunAfter(runs: readonly CopiedRun[], offset: number): number {
  return firstIndex(runs.length, (i) => runs[i].at + runs[i].length > offset);
}

/** The first paragraph ending after `offset`. */
function firstParagraphAfter(list: readonly NumberedParagraph[], offset: number): number {
  return firstIndex(list.length, (i) => list[i].end > offset);
}

export function matchByTrail(before: readonly NumberedParagraph[], after: readonly NumberedParagraph[], runs: readonly CopiedRun[]): Matching {
  // Each pair that shares characters: index after, index before, how many.
  const afterOf: number[] = [];
  const beforeOf: number[] = [];
  const count: number[] = [];
  after.forEach((paragraph, j) => {
    const first = count.length;
    for (let r = firstRunAfter(runs, paragraph.start); r < runs.length && runs[r].at < paragraph.end; r++) {
      const run = runs[r];
      const from = run.from + Math.max(paragraph.start, run.at) - run.at;
      const to = run.from + Math.min(paragraph.end, run.at + run.length) - run.at;
      for (let i = firstParagraphAfter(before, from); i < before.length && before[i].start < to; i++) {
        const overlap = Math.min(to, before[i].end) - Math.max(from, before[i].start);
        if (overlap <= 0) continue;
        // Runs come in order, so one paragraph before is met in a row or again after others: look back over this paragraph's pairs.
        let k = count.length - 1;
        while (k >= first && beforeOf[k] !== i) k--;
        if (k >= first) count[k] += overlap;
        else {
          afterOf.push(j);
          beforeOf.push(i);
          count.push(overlap);
        }
      }
    }
  });
  const partner = new Int32Array(after.length).fill(-1);
  const taken = new Set<number>();
  const pair = (j: number, i: number) => {
    if (j < 0 || partner[j] >= 0 || taken.has(i)) return;
    partner[j] = i;
    taken.add(i);
  };
  // The most shared first; of a paragraph split in two equal parts, the first keeps it.
  const order = count.map((_, k) => k).sort((x, y) => count[y] - count[x] || afterOf[x] - afterOf[y]);
  for (const k of order) pair(afterOf[k], beforeOf[k]);
  const absorbed = new Map<number, number>();
  for (const k of order) {
    const i = beforeOf[k];
    if (taken.has(i) || absorbed.has(i)) continue;
    if (2 * count[k] >= before[i].end - before[i].start) absorbed.set(i, afterOf[k]);
  }
  return { partner, absorbed };
}

/** Pairs paragraphs by their words; `partner` maps an index of `after` to one of `before`. */
export function matchByWords(before: readonly string[], after: readonly string[]): Int32Array {
  const paragraphs = (texts: readonly string[]): Paragraph[] =>
    texts.map((text, index) => ({ index, kind: 'paragraph', label: null, text, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }));
  const partner = new Int32Array(after.length).fill(-1);
  for (const change of alignParagraphs(paragraphs(before), paragraphs(after))) {
    if (change.before && change.after) partner[change.after.index] = change.before.index;
  }
  return partner;
}
