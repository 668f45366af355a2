import type { Range } from '../model';
import type { Finding, Rule } from './rule';
import { proseMatches, proseOf, sourceRangeOf, type Prose } from './style-text';
import type { SourceText } from '../source';

const STRAIGHT = /"/g;
const OPENS_AFTER = /^$|[\s([{—–/-]$/;
const CLOSES_BEFORE = /^$|^[\s.,;:!?)\]}—–-]/;

/** The ranges of each pair of straight quotation marks, open to close; none where the marks do not pair up (an odd count, a mark inside a word). */
function pairs(p: Prose, source: SourceText): Range[] {
  const text = p.text.text;
  const marks = [...proseMatches(p, STRAIGHT, true)].map((m) => m.index);
  if (marks.length % 2 !== 0) return [];
  const ranges: Range[] = [];
  for (let i = 0; i < marks.length; i += 2) {
    const [open, close] = [marks[i], marks[i + 1]];
    if (!OPENS_AFTER.test(text.slice(Math.max(0, open - 1), open)) || /\s/.test(text[open + 1] ?? ' ')) return [];
    if (!CLOSES_BEFORE.test(text.slice(close + 1, close + 2)) || /\s/.test(text[close - 1])) return [];
    const [from, to] = [sourceRangeOf(p, source, open, open + 1), sourceRangeOf(p, source, close, close + 1)];
    if (!from || !to) return [];
    ranges.push({ start: from.start, end: to.end });
  }
  return ranges;
}

export const styleStraightQuotes: Rule = {
  code: 'style.straight-quotes',
  severity: 'hint',
  reads: 'text',
  description:
    'Straight quotation marks "…" around words of a paragraph or footnote, where the UN prints curly ones “…”; only in the clean shape, as markdown converters write straight marks and renderers curl them, and outside code and URLs.',
  example: '`"Developments in the field"` → `“Developments in the field”`',
  check(doc, { source }) {
    if (!source || doc.shape !== 'clean') return [];
    const findings: Finding[] = [];
    for (const p of proseOf(doc, source, { footnotes: true })) {
      for (const range of pairs(p, source)) findings.push({ message: 'Straight quotation marks: the UN prints “ and ”.', range });
    }
    return findings;
  },
};
