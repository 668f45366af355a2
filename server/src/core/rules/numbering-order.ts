import type { Rule } from './rule';
import { sequenceFindings } from './sequences';

export const numberingOrder: Rule = {
  code: 'numbering.order',
  severity: 'error',
  description: 'Numbers out of order, or an insertion (5 bis) that does not follow its base.',
  check: (doc) => sequenceFindings(doc, 'numbering.order'),
};
