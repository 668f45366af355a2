import type { Finding, Rule } from './rule';
import { operativeScopes, walk } from './tree';

export const numberingLabelPunctuation: Rule = {
  code: 'numbering.label-punctuation',
  severity: 'warning',
  reads: 'outline',
  description:
    'A paragraph number printed without its full stop ("26 Condemns" for "26. Condemns"), ' +
    'read as one only where it is the next number and an operative verb follows.',
  check(doc) {
    const findings: Finding[] = [];
    for (const scope of operativeScopes(doc)) {
      for (const { node } of walk(scope.nodes)) {
        const label = node.label;
        if (!label?.lacksFullStop) continue;
        findings.push({
          message: `The number of paragraph ${label.text} lacks its full stop ("${label.text}.").`,
          range: label.range,
        });
      }
    }
    return findings;
  },
};
