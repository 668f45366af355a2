import { bodyParts } from '../parts';
import type { Finding, Rule } from './rule';

export const structurePreambularPhrase: Rule = {
  code: 'structure.preambular-phrase',
  severity: 'warning',
  reads: 'outline',
  description: 'A preambular paragraph that does not open with a participle or adjective (Recalling, Noting, Mindful, …).',
  check(doc) {
    const findings: Finding[] = [];
    for (const paragraph of bodyParts(doc).flatMap((part) => part.preamble)) {
      if (paragraph.phrase) continue;
      const firstWords = paragraph.text.split(/\s+/).slice(0, 3).join(' ');
      findings.push({
        message: `Preambular paragraph "${firstWords} …" does not open with a participle or adjective such as Recalling, Noting or Mindful.`,
        range: {
          start: paragraph.range.start,
          end: { line: paragraph.range.start.line, character: paragraph.range.start.character + Math.min(firstWords.length, 40) },
        },
      });
    }
    return findings;
  },
};
