import type { Rule } from './rule';
import { labelAt, nodeName, sequenceIssues } from './sequences';

export const numberingOrder: Rule = {
  code: 'numbering.order',
  severity: 'error',
  reads: 'outline',
  description: 'Numbers out of order, or an insertion (5 bis) that does not follow its base.',
  check: (doc) =>
    sequenceIssues(doc, 'misplaced-insertion', 'out-of-order').map((issue) => {
      const { node, previous } = issue;
      return {
        message:
          issue.kind === 'misplaced-insertion'
            ? `${nodeName(node)} should follow ${labelAt(node, node.label!.ordinal)}, not ${previous.label!.text}.`
            : `${nodeName(node)} comes after ${previous.label!.text}; expected ${labelAt(node, issue.next)}.`,
        range: node.label!.range,
      };
    }),
};
