import type { Rule } from './rule';
import { rewrites } from './style-text';

/**
 * "UN" as a word (or "UN's"), not a part of a name or symbol: UN-Habitat, UN-Women (also as pypdf
 * spaces them, "UN -Oceans", and as their own logos write "UN Women"), UNDP, UN/CEFACT; nor "(UN)", which defines it.
 */
const ABBREVIATION = /(?<![\w\-/.@])UN(['’]s)?(?![\w\-/]|\s*-|\s+(?:Women|Habitat|Oceans|Water|Energy)\b)/g;

export const styleUnitedNations: Rule = {
  code: 'style.united-nations',
  severity: 'information',
  reads: 'text',
  description:
    '"UN" as a word in a paragraph, where the text of a resolution writes "United Nations"; names such as UN-Habitat and UN-Women, symbols, and footnotes (which cite publications by their titles) are left as they are.',
  example: '`UN` → `United Nations`',
  check: (doc, { source }) =>
    rewrites(doc, source, { footnotes: false }, ABBREVIATION, (match, p) => {
      // "(UN)" names the abbreviation it defines.
      if (p.text.text[match.index - 1] === '(' && p.text.text[match.index + match[0].length] === ')') return null;
      const written = match[1] ? `United Nations${match[1][0]}` : 'United Nations';
      return { message: `"${match[0]}": the text of a resolution writes "${written}".`, replacement: written };
    }),
};
