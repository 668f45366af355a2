import type { DocumentKind } from '../model';
import type { Rule } from './rule';
import { opensSentence, rewrites } from './style-text';

const DECISIONS: readonly DocumentKind[] = ['decision', 'draft_decision'];

export const styleThisResolution: Rule = {
  code: 'style.this-resolution',
  severity: 'information',
  reads: 'text',
  description: 'A text that calls itself "this resolution" (in a decision, "this decision"), where the UN writes "the present resolution".',
  example: '`this resolution` → `the present resolution`',
  check(doc, { source }) {
    // The noun a text calls itself by; in a decision, "this resolution" may be one it cites.
    const noun = DECISIONS.includes(doc.header.kind) ? 'decision' : 'resolution';
    const pattern = new RegExp(`\\b[Tt]his\\s+[${noun[0].toUpperCase()}${noun[0]}]${noun.slice(1)}\\b`, 'g');
    return rewrites(doc, source, { footnotes: true }, pattern, (match, p) => {
      const present = `${opensSentence(p, match.index) ? 'The' : 'the'} present ${noun}`;
      return { message: `"${match[0]}": the UN writes "${present}".`, replacement: present };
    });
  },
};
