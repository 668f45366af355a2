import type { Rule } from './rule';
import { nodeName, sequenceIssues } from './sequences';

export const numberingDuplicate: Rule = {
  code: 'numbering.duplicate',
  severity: 'error',
  reads: 'outline',
  description: 'The same number or letter used twice among siblings; related information points to the first.',
  check: (doc) =>
    sequenceIssues(doc, 'duplicate').map(({ node, earlier }) => ({
      message: `${nodeName(node)} is numbered twice.`,
      range: node.label!.range,
      related: [{ message: `first ${nodeName(earlier)}`, range: earlier.label!.range }],
    })),
};
