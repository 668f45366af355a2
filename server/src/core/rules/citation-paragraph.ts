import { annexNamed, citedParagraph } from '../paragraph-target';
import { citationsAtHand, listed } from './cited-text';
import type { Finding, Rule } from './rule';

export const citationParagraph: Rule = {
  code: 'citation.paragraph',
  severity: 'warning',
  reads: 'text',
  description:
    '"paragraph 12 of resolution 78/322" naming a paragraph (or an annex) the cited document does not have; checked when the cited document is at hand.',
  check(doc, { cited }) {
    const findings: Finding[] = [];
    for (const { citation, document } of citationsAtHand(doc, cited, (c) => c.paragraphs !== undefined)) {
      const { annex, symbol } = citation;
      // "Annex I" → "annex I", "Annex" → "the annex".
      const annexWords = annex === 'Annex' ? 'the annex' : annex?.replace('Annex', 'annex');
      if (annexWords && !annexNamed(document, annex!)) {
        findings.push({ message: `${symbol} has no ${annex === 'Annex' ? 'annex' : annexWords}.`, range: citation.range });
        continue;
      }
      const missing = citation.paragraphs!.filter((path) => !citedParagraph(document, path, annex));
      if (missing.length === 0) continue;
      const where = annexWords ? `${annexWords[0].toUpperCase()}${annexWords.slice(1)} to ${symbol}` : symbol;
      findings.push({ message: `${where} has no paragraph${missing.length > 1 ? 's' : ''} ${listed(missing)}.`, range: citation.range });
    }
    return findings;
  },
};
