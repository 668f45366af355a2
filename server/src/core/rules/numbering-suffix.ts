import type { Rule } from './rule';
import { sequenceFindings } from './sequences';

export const numberingSuffix: Rule = {
  code: 'numbering.suffix',
  severity: 'hint',
  description: 'Negotiation insertions (5 bis, (a) ter) to renumber once the text is agreed.',
  check: (doc) => sequenceFindings(doc, 'numbering.suffix'),
};
