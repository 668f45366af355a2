import type { Rule } from './rule';
import { labelAt, nodeName, sequenceIssues } from './sequences';

export const numberingGap: Rule = {
  code: 'numbering.gap',
  severity: 'error',
  reads: 'outline',
  description: 'Numbers that skip: 1, 2, 4 or (a), (b), (d).',
  check: (doc) =>
    sequenceIssues(doc, 'gap').map(({ node, previous, missing }) => {
      const names =
        missing.length <= 3 ? missing.map((n) => labelAt(node, n)).join(', ') : `${labelAt(node, missing[0])} to ${labelAt(node, missing[missing.length - 1])}`;
      return {
        message: `${nodeName(node)} follows ${previous.label!.text}: ${names} ${missing.length === 1 ? 'is' : 'are'} missing.`,
        range: node.label!.range,
      };
    }),
};
