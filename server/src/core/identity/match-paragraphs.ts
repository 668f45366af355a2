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

export interface Matching {
  /** For each paragraph after, the index of the paragraph before it is; -1 for a new one. */
  partner: Int32Array;
  /** Unmatched paragraphs before whose words now stand mostly inside a paragraph after (a join): index before → index after. */
  absorbed: Map<number, number>;
}

/** The first run ending after `offset`. */
function firstRunAfter(runs: readonly CopiedRun[], offset: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (runs[mid].at + runs[mid].length <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first paragraph ending after `offset`. */
function firstParagraphAfter(list: readonly NumberedParagraph[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function matchByTrail(before: readonly NumberedParagraph[], after: readonly NumberedParagraph[], runs: readonly CopiedRun[]): Matching {
  // [index after, index before, characters shared]
  const shared: Array<[number, number, number]> = [];
  after.forEach((paragraph, j) => {
    const counts = new Map<number, number>();
    for (let r = firstRunAfter(runs, paragraph.start); r < runs.length && runs[r].at < paragraph.end; r++) {
      const run = runs[r];
      const from = run.from + Math.max(paragraph.start, run.at) - run.at;
      const to = run.from + Math.min(paragraph.end, run.at + run.length) - run.at;
      for (let i = firstParagraphAfter(before, from); i < before.length && before[i].start < to; i++) {
        const overlap = Math.min(to, before[i].end) - Math.max(from, before[i].start);
        if (overlap > 0) counts.set(i, (counts.get(i) ?? 0) + overlap);
      }
    }
    for (const [i, count] of counts) shared.push([j, i, count]);
  });
  const partner = new Int32Array(after.length).fill(-1);
  const taken = new Set<number>();
  const pair = (j: number, i: number) => {
    if (j < 0 || partner[j] >= 0 || taken.has(i)) return;
    partner[j] = i;
    taken.add(i);
  };
  // The most shared first; of a paragraph split in two equal parts, the first keeps it.
  shared.sort((x, y) => y[2] - x[2] || x[0] - y[0]);
  for (const [j, i] of shared) pair(j, i);
  const absorbed = new Map<number, number>();
  for (const [j, i, count] of shared) {
    if (taken.has(i) || absorbed.has(i)) continue;
    if (2 * count >= before[i].end - before[i].start) absorbed.set(i, j);
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
