import type { Finding, Rule } from './rule';
import { operativeScopes, walk } from './tree';

export const numberingDecimalParent: Rule = {
  code: 'numbering.decimal-parent',
  severity: 'error',
  reads: 'outline',
  description: 'A decimal label that does not continue its parent, such as 2.1 under paragraph 1.',
  check(doc) {
    const findings: Finding[] = [];
    for (const scope of operativeScopes(doc)) {
      for (const { node, parent } of walk(scope.nodes)) {
        const label = node.label;
        if (!label || label.style !== 'decimal' || !parent?.label) continue;
        const expected = parent.label.style === 'decimal' ? parent.label.parts : parent.label.style === 'arabic' ? [parent.label.ordinal] : null;
        if (!expected) continue;
        const prefix = label.parts.slice(0, -1);
        if (prefix.length !== expected.length || prefix.some((part, i) => part !== expected[i])) {
          findings.push({
            message: `${label.text} sits under ${parent.label.text}; expected ${[...expected, label.ordinal].join('.')}.`,
            range: label.range,
          });
        }
      }
    }
    return findings;
  },
};
