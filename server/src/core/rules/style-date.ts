import { MONTHS } from '../lexicon';
import type { Rule } from './rule';
import { rewrites, type Rewrite } from './style-text';

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

function written(found: string, day: number, month: string, year: string): Rewrite | null {
  if (day < 1 || day > 31) return null;
  const date = `${day} ${month} ${year}`;
  return { message: `Write the date "${found}" as "${date}".`, replacement: date };
}

export const styleDate: Rule = {
  code: 'style.date',
  severity: 'information',
  reads: 'text',
  description:
    'A date written in figures (25.10.1971, 25/10/1971) or month first (October 25, 1971), where the UN writes day, month and year: 25 October 1971.',
  example: '`25.10.1971` → `25 October 1971`',
  check: (doc, { source }) => [
    ...rewrites(doc, source, { footnotes: true }, NUMERIC, (match) => {
      const date = dayAndMonth(Number(match[1]), Number(match[3]));
      return date && written(match[0], date[0], MONTHS[date[1] - 1], match[4]);
    }),
    ...rewrites(doc, source, { footnotes: true }, MONTH_FIRST, (match) => written(match[0], Number(match[2]), match[1], match[3])),
  ],
};
