import type { Position } from '../model';
import { paragraphTarget } from '../paragraph-target';
import type { Finding, Rule } from './rule';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

export const referenceParagraph: Rule = {
  code: 'reference.paragraph',
  severity: 'error',
  reads: 'outline and citations',
  description: '"paragraph 3 above" (or "below") pointing to a paragraph that does not exist, or is not above (below) the reference.',
  check(doc) {
    const findings: Finding[] = [];
    for (const citation of doc.citations) {
      if (citation.kind !== 'internal' || citation.symbol === 'annex') continue;
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
