import type { Rule } from './rule';
import { opensSentence, rewrites } from './style-text';

/**
 * "Resolution" or "Resolutions" before a resolution's number: 47/1, 2758 (XXVI), 3411 A and B (XXX),
 * 777 (1992), ES-10/21, S-26/2, perhaps as a markdown link ("[47/1](…)"). Before anything else
 * it is a title's word ("Resolutions and Decisions of the Security Council").
 */
const CAPITAL =
  /\bResolution(s?)(?=\s+\[?(?:\d{1,4}\s*\/\s*\d|\d{1,4}(?:\s+[A-Z](?:\s+(?:and|to)\s+[A-Z])?)?\s*\((?:[IVXLC]+|\d{4})\)|(?:ES|S)-\d{1,2}\s*\/\s*\d))/g;

export const styleResolutionCase: Rule = {
  code: 'style.resolution-case',
  severity: 'information',
  reads: 'text',
  description:
    '"Resolution 47/1" with a capital inside a sentence, also after an organ ("Security Council Resolution 2231 (2015)"), where the UN writes "resolution 47/1"; a sentence or footnote may open with the capital.',
  example: '`Resolution 47/1` → `resolution 47/1`',
  check: (doc, { source }) =>
    rewrites(doc, source, { footnotes: true }, CAPITAL, (match, p) => {
      if (opensSentence(p, match.index)) return null;
      const lower = `resolution${match[1]}`;
      return { message: `"${match[0]}" inside a sentence: the UN writes "${lower}".`, replacement: lower };
    }),
};
