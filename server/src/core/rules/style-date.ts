import { MONTHS } from '../lexicon';
import type { Finding, Rule } from './rule';
import { proseMatches, proseOf, replacing } from './style-text';

/** `25.10.1971`, `25/10/1971`: not part of a symbol, a path or a longer number (`1.4.1`, `A/25/10/1971`). */
const NUMERIC = /(?<![\w./-])(\d{1,2})([./])(\d{1,2})\2([12]\d{3})(?![\w/]|[.-]\d)/g;
/** `October 25, 1971` (and `October 25th, 1971`). */
const MONTH_FIRST = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*([12]\\d{3})\\b`, 'g');

/** Day and month of a numeric date: day first, as `25.10.1971` writes it, unless only the other reading is a date (`10/25/1971`). */
function dayAndMonth(first: number, second: number): [number, number] | null {
  if (first >= 1 && first <= 31 && second >= 1 && second <= 12) return [first, second];
  if (second >= 1 && second <= 31 && first >= 1 && first <= 12) return [second, first];
  return null;
}

export const styleDate: Rule = {
  code: 'style.date',
  severity: 'information',
  reads: 'text',
  description:
    'A date written in figures (25.10.1971, 25/10/1971) or month first (October 25, 1971), where the UN writes day, month and year: 25 October 1971.',
  example: '`25.10.1971` → `25 October 1971`',
  check(doc, { source }) {
    if (!source) return [];
    const findings: Finding[] = [];
    const add = (finding: Finding | null) => finding && findings.push(finding);
    for (const p of proseOf(doc, source, { footnotes: true })) {
      for (const match of proseMatches(p, NUMERIC)) {
        const date = dayAndMonth(Number(match[1]), Number(match[3]));
        if (!date) continue;
        const written = `${date[0]} ${MONTHS[date[1] - 1]} ${match[4]}`;
        add(replacing(p, source, match, written, `Write the date "${match[0]}" as "${written}".`));
      }
      for (const match of proseMatches(p, MONTH_FIRST)) {
        if (Number(match[2]) < 1 || Number(match[2]) > 31) continue;
        const written = `${Number(match[2])} ${match[1]} ${match[3]}`;
        add(replacing(p, source, match, written, `Write the date "${match[0]}" as "${written}".`));
      }
    }
    return findings;
  },
};
