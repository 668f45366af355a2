import type { Field } from '../model';
import { bodyParts } from '../parts';
import { basePhrase } from '../phrases';
import type { Finding, Rule } from './rule';

// "Also" and "further" repeat a phrase of this text; "again" and "once again" repeat what
// earlier resolutions said, so they need no earlier paragraph here.
const REPETITION = /\b(?:also|further)\b/gi;

function isRepetition(phrase: string): boolean {
  REPETITION.lastIndex = 0;
  return REPETITION.test(phrase);
}

function check(phrases: Field[], part: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const base = basePhrase(phrase.value);
    const head = base.split(' ')[0];
    if (isRepetition(phrase.value) && !seen.has(base) && !seen.has(head)) {
      findings.push({
        message: `"${phrase.value}" repeats ${part === 'operative' ? 'an' : 'a'} ${part} phrase, but no earlier paragraph opens with "${base[0].toUpperCase()}${base.slice(1)}".`,
        range: phrase.range,
        data: { replacement: `${base[0].toUpperCase()}${base.slice(1)}` },
      });
    }
    seen.add(base);
    seen.add(head);
  }
  return findings;
}

export const structureRepeatedPhrase: Rule = {
  code: 'structure.repeated-phrase',
  severity: 'warning',
  reads: 'outline',
  description: '"Also decides" or "Further requests" with no earlier "Decides" or "Requests".',
  check(doc) {
    // Each part of a resolution in parts is a text of its own: "also" looks back within its part.
    return bodyParts(doc).flatMap((part) => {
      const operative: Field[] = [];
      const visit = (nodes: typeof part.operative) => {
        for (const node of nodes) {
          if (node.kind === 'heading') visit(node.children);
          else if (node.phrase && (node.label === null || node.label.style === 'arabic')) operative.push(node.phrase);
        }
      };
      visit(part.operative);
      const preamble = part.preamble.flatMap((p) => (p.phrase ? [p.phrase] : []));
      return [...check(preamble, 'preambular'), ...check(operative, 'operative')];
    });
  },
};
