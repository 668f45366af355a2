import type { Rule } from './rule';
import { labelAt, sequenceIssues } from './sequences';

export const numberingStart: Rule = {
  code: 'numbering.start',
  severity: 'warning',
  reads: 'outline',
  description: 'A list that does not start at 1 or (a), or restarts in the middle.',
  check: (doc) =>
    sequenceIssues(doc, 'late-start', 'restart').map((issue) => {
      const label = issue.node.label!;
      return {
        message:
          issue.kind === 'late-start'
            ? `Numbering starts at ${label.text}; expected ${labelAt(issue.node, 1)}.`
            : `Numbering restarts at ${label.text} after ${issue.previous.label!.text}; expected ${labelAt(issue.node, issue.next)}.`,
        range: label.range,
      };
    }),
};
