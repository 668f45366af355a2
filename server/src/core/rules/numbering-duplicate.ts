import type { Rule } from './rule';
import { sequenceFindings } from './sequences';

export const numberingDuplicate: Rule = {
  code: 'numbering.duplicate',
  severity: 'error',
  description: 'The same number or letter used twice among siblings.',
  check: (doc) => sequenceFindings(doc, 'numbering.duplicate'),
};
