import type { Citation, Position, ResolutionDocument } from '../model';
import { movedTarget, type DocumentIdentity } from '../identity';
import { paragraphTarget } from '../paragraph-target';
import type { Finding, Rule } from './rule';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** A reference whose paragraph was deleted or renumbered in the editor: reference.deleted or reference.moved says what happened. */
function toldElsewhere(doc: ResolutionDocument, identity: DocumentIdentity | null, citation: Citation): boolean {
  return identity !== null && (identity.bindingOf.get(citation)?.kind === 'deleted' || movedTarget(doc, identity, citation) !== null);
}

export const referenceParagraph: Rule = {
  code: 'reference.paragraph',
  severity: 'error',
  reads: 'outline and citations',
  description: '"paragraph 3 above" (or "below") pointing to a paragraph that does not exist, or is not above (below) the reference.',
  check(doc, { identity }) {
    const findings: Finding[] = [];
    for (const citation of doc.citations) {
      if (citation.kind !== 'internal' || citation.symbol === 'annex' || toldElsewhere(doc, identity, citation)) continue;
      const target = paragraphTarget(doc, citation.symbol, citation.range.start);
      if (!target) {
        findings.push({ message: `There is no paragraph ${citation.symbol} in this text.`, range: citation.range });
      } else if (citation.direction === 'above' && !before(target.range.start, citation.range.start)) {
        findings.push({
          message: `Paragraph ${citation.symbol} is not above this reference.`,
          range: citation.range,
          related: [{ message: `paragraph ${citation.symbol}`, range: target.label?.range ?? target.range }],
        });
      } else if (citation.direction === 'below' && !before(citation.range.start, target.range.start)) {
        findings.push({
          message: `Paragraph ${citation.symbol} is not below this reference.`,
          range: citation.range,
          related: [{ message: `paragraph ${citation.symbol}`, range: target.label?.range ?? target.range }],
        });
      }
    }
    return findings;
  },
};
