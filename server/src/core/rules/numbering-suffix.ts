import type { Rule } from './rule';
import { nodeName, sequenceIssues } from './sequences';

export const numberingSuffix: Rule = {
  code: 'numbering.suffix',
  severity: 'hint',
  reads: 'outline',
  description: 'Negotiation insertions (5 bis, (a) ter) to renumber once the text is agreed.',
  check: (doc) =>
    sequenceIssues(doc, 'insertion').map(({ node }) => ({
      message: `${nodeName(node)} is a negotiation insertion; renumber the paragraphs once the text is agreed.`,
      range: node.label!.range,
    })),
};
