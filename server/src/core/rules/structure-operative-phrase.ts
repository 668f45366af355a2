import { bodyParts } from '../parts';
import type { Finding, Rule } from './rule';

export const structureOperativePhrase: Rule = {
  code: 'structure.operative-phrase',
  severity: 'warning',
  reads: 'outline',
  description: 'A numbered operative paragraph that does not open with a verb such as Decides or Requests.',
  check(doc) {
    if (doc.header.kind === 'amendment' || doc.header.kind === 'decision' || doc.header.kind === 'draft_decision') return [];
    const findings: Finding[] = [];
    const visit = (nodes: typeof doc.operative) => {
      for (const node of nodes) {
        if (node.kind === 'heading') {
          visit(node.children);
          continue;
        }
        const numbered = node.label?.style === 'arabic';
        if ((numbered || node.label === null) && !node.phrase && /^[A-Z]/.test(node.text) && numbered) {
          findings.push({
            message: `Operative paragraph ${node.label!.text} does not open with an operative verb (Decides, Requests, Calls upon, …).`,
            range: node.label!.range,
          });
        }
      }
    };
    for (const part of bodyParts(doc)) visit(part.operative);
    return findings;
  },
};
