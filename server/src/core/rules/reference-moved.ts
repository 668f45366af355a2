import { movedTarget } from '../identity';
import type { Finding, Rule } from './rule';
import { spokenReference } from './reference-deleted';

export const referenceMoved: Rule = {
  code: 'reference.moved',
  severity: 'warning',
  reads: 'text',
  description:
    'A reference ("paragraph 3 above") that, since the paragraphs were renumbered or one was inserted in the editor, names another paragraph than the one it was written for.',
  check(doc, { identity }) {
    const findings: Finding[] = [];
    if (!identity) return findings;
    for (const citation of identity.bindingOf.keys()) {
      const meant = movedTarget(doc, identity, citation);
      if (!meant) continue;
      const related = [{ message: 'the paragraph it was written for', range: meant.node.label?.range ?? meant.node.ownRange }];
      const spoken = spokenReference(citation);
      const message =
        meant.path === null
          ? `"${spoken}" was written for a paragraph that now has no number.`
          : meant.path === citation.symbol
            ? `"${spoken}" was written for another paragraph numbered ${meant.path} (line ${meant.node.ownRange.start.line + 1}); renumbering moves the reference with it.`
            : `"${spoken}" was written for the paragraph now numbered ${meant.path}.`;
      // The number to change the reference to, where changing it alone mends it.
      const data = meant.path !== null && meant.path !== citation.symbol ? { data: { path: meant.path } } : {};
      findings.push({ message, range: citation.range, related, ...data });
    }
    return findings;
  },
};
