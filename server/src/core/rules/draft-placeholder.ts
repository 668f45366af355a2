import { bodyParts } from '../parts';
import type { Rule } from './rule';

export const draftPlaceholder: Rule = {
  code: 'draft.placeholder',
  severity: 'information',
  reads: 'outline',
  description: "A placeholder in a draft's closing (the meeting's number, its date) that is to be filled in once the text is adopted.",
  example: '`...th plenary meeting,` and `… October 2022` closing a draft, each to fill in',
  check: (doc) =>
    bodyParts(doc).flatMap((part) =>
      (part.closing?.placeholders ?? []).map((placeholder) => ({
        message: `Placeholder "${placeholder.value}" in the closing is to be filled in.`,
        range: placeholder.range,
      })),
    ),
};
