import type { Finding, Rule } from './rule';
import { afterLabel, proseMatches, proseOf, sourceRangeOf, TYPED_SHAPES } from './style-text';

const SPACES = /(?<=\S) {2,}(?=\S)/g;

export const styleDoubleSpace: Rule = {
  code: 'style.double-space',
  severity: 'hint',
  reads: 'text',
  description:
    'Two or more spaces between the words of a paragraph or footnote, in a typed text (clean or markdown shape: an extraction keeps the spaces of its layout); the space after a label is not counted.',
  example: 'two spaces between words → one',
  check(doc, { source }) {
    if (!source || !TYPED_SHAPES.includes(doc.shape)) return [];
    const findings: Finding[] = [];
    for (const p of proseOf(doc, source, { footnotes: true })) {
      for (const match of proseMatches(p, SPACES, true)) {
        if (afterLabel(p, match.index)) continue;
        const range = sourceRangeOf(p, source, match.index, match.index + match[0].length);
        // Spaces that end one line and the break a paragraph wraps at are no double space.
        if (!range || range.start.line !== range.end.line) continue;
        findings.push({ message: `${match[0].length} spaces between words; one is enough.`, range, data: { replacement: ' ' } });
      }
    }
    return findings;
  },
};
