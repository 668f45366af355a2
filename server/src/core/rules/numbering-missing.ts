import { missingNumbers } from '../missing-numbers';
import type { Finding, Rule } from './rule';
import { operativeScopes } from './tree';

export const numberingMissing: Rule = {
  code: 'numbering.missing',
  severity: 'warning',
  reads: 'outline',
  description: 'An operative paragraph without its number where the operative part has more than one paragraph (numbered or not).',
  example: '`*Welcomes* …;` `*Decides* …`, neither numbered → `1. *Welcomes* …;` `2. *Decides* …`',
  check(doc) {
    const findings: Finding[] = [];
    for (const scope of operativeScopes(doc)) {
      if (!scope.main) continue;
      for (const [node, number] of missingNumbers(scope.nodes)) {
        findings.push({
          message: `Operative paragraph "${node.phrase!.value} …" has no number; expected ${number}.`,
          range: node.phrase!.range,
        });
      }
    }
    return findings;
  },
};
