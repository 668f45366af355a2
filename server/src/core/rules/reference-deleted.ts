import type { Citation } from '../model';
import type { Finding, Rule } from './rule';

/** The reference as a reader says it: "paragraph 3 above". */
export function spokenReference(citation: Citation): string {
  const where = citation.direction === 'above' || citation.direction === 'below' ? ` ${citation.direction}` : '';
  return `paragraph ${citation.symbol}${where}`;
}

export const referenceDeleted: Rule = {
  code: 'reference.deleted',
  severity: 'warning',
  reads: 'text',
  description:
    'A reference ("paragraph 3 above") written for a paragraph that has since been deleted in the editor, which renumbering would silently re-target.',
  check(_doc, { identity }) {
    const findings: Finding[] = [];
    if (!identity) return findings;
    for (const [citation, binding] of identity.bindingOf) {
      if (binding.kind !== 'deleted') continue;
      findings.push({ message: `"${spokenReference(citation)}" referred to a paragraph that has been deleted.`, range: citation.range });
    }
    return findings;
  },
};
