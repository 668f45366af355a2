import type { Rule } from './rule';
import { sequenceFindings } from './sequences';

export const numberingStart: Rule = {
  code: 'numbering.start',
  severity: 'warning',
  description: 'A list that does not start at 1 or (a), or restarts in the middle.',
  check: (doc) => sequenceFindings(doc, 'numbering.start'),
};
