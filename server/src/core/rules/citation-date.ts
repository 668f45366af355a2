import { MONTHS } from '../lexicon';
import { citationsAtHand } from './cited-text';
import type { Finding, Rule } from './rule';

const WORDS = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/;
const FIGURES = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A date as "2018-12-22", from "22 December 2018" or a drafter's "22.12.2018"; null for anything else. */
function day(date: string): string | null {
  const words = WORDS.exec(date);
  const figures = words ? null : FIGURES.exec(date);
  const month = words ? MONTHS.indexOf(words[2]) + 1 : figures ? Number(figures[2]) : 0;
  const parts = words ?? figures;
  if (!parts || month < 1 || month > 12) return null;
  return `${parts[3]}-${String(month).padStart(2, '0')}-${parts[1].padStart(2, '0')}`;
}

export const citationDate: Rule = {
  code: 'citation.date',
  severity: 'warning',
  reads: 'text',
  description:
    '"resolution 73/266 of 21 December 2018" giving another date than the one the cited document was adopted on; checked when the cited document is at hand.',
  check(doc, { cited }) {
    const findings: Finding[] = [];
    for (const { citation, document } of citationsAtHand(doc, cited, (c) => c.date !== undefined)) {
      const adopted = document.header.adoption?.date ?? document.closing?.date;
      const given = day(citation.date!);
      const actual = adopted ? day(adopted) : null;
      if (given === null || actual === null || given === actual) continue;
      findings.push({ message: `${citation.symbol} was adopted on ${adopted}, not ${citation.date}.`, range: citation.range });
    }
    return findings;
  },
};
