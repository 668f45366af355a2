import type { Rule } from './rule';
import { sequenceFindings } from './sequences';

export const numberingGap: Rule = {
  code: 'numbering.gap',
  severity: 'error',
  description: 'Numbers that skip: 1, 2, 4 or (a), (b), (d).',
  check: (doc) => sequenceFindings(doc, 'numbering.gap'),
};
