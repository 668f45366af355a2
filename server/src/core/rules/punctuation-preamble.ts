import { bodyParts } from '../parts';
import type { Finding, Rule } from './rule';
import { endOfText, lastCharacter } from './punctuation';

export const punctuationPreamble: Rule = {
  code: 'punctuation.preamble',
  severity: 'warning',
  reads: 'outline',
  description: 'A preambular paragraph that does not end with a comma (house style).',
  check(doc) {
    const findings: Finding[] = [];
    for (const paragraph of bodyParts(doc).flatMap((part) => part.preamble)) {
      const last = lastCharacter(paragraph.text);
      if (last === ',' || last === null) continue;
      findings.push({
        message: /[.;:!?]/.test(last)
          ? `Preambular paragraphs end with a comma; this one ends with "${last}".`
          : 'Preambular paragraphs end with a comma; this one has no closing punctuation.',
        range: endOfText(paragraph.range),
        data: { expected: ',' },
      });
    }
    return findings;
  },
};
