import type { DocumentKind } from '../model';
import type { Finding, Rule } from './rule';
import { opensSentence, proseMatches, proseOf, replacing } from './style-text';

const DECISIONS: readonly DocumentKind[] = ['decision', 'draft_decision'];

export const styleThisResolution: Rule = {
  code: 'style.this-resolution',
  severity: 'information',
  reads: 'text',
  description: 'A text that calls itself "this resolution" (in a decision, "this decision"), where the UN writes "the present resolution".',
  example: '`this resolution` → `the present resolution`',
  check(doc, { source }) {
    if (!source) return [];
    // The noun a text calls itself by; in a decision, "this resolution" may be one it cites.
    const noun = DECISIONS.includes(doc.header.kind) ? 'decision' : 'resolution';
    const pattern = new RegExp(`\\b[Tt]his\\s+[${noun[0].toUpperCase()}${noun[0]}]${noun.slice(1)}\\b`, 'g');
    const findings: Finding[] = [];
    for (const p of proseOf(doc, source, { footnotes: true })) {
      for (const match of proseMatches(p, pattern)) {
        const written = `${opensSentence(p, match.index) ? 'The' : 'the'} present ${noun}`;
        const finding = replacing(p, source, match, written, `"${match[0]}": the UN writes "${written}".`);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
