import type { Rule } from './rule';
import { afterLabel, rewrites, TYPED_SHAPES } from './style-text';

const SPACES = /(?<=\S) {2,}(?=\S)/g;

export const styleDoubleSpace: Rule = {
  code: 'style.double-space',
  severity: 'hint',
  reads: 'text',
  description:
    'Two or more spaces between the words of a paragraph or footnote, in a typed text (clean or markdown shape: an extraction keeps the spaces of its layout); the space after a label is not counted.',
  example: 'two spaces between words → one',
  check: (doc, { source }) =>
    rewrites(doc, source, { footnotes: true, quotes: true, shapes: TYPED_SHAPES }, SPACES, (match, p, range) =>
      // Spaces that end one line, before the break a paragraph wraps at, are no double space.
      afterLabel(p, match.index) || range.start.line !== range.end.line
        ? null
        : { message: `${match[0].length} spaces between words; one is enough.`, replacement: ' ' },
    ),
};
