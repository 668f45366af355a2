// Which paragraphs of another document a citation names, read back from its item: "paragraph 11
// of its resolution 78/322", "paragraphs 5 to 7 of resolution 77/335", "operative paragraph 3 of
// Security Council resolution 2231 (2015)", "paragraph 1 (a) of …", "paragraph 3 of annex I to
// resolution 70/1" (the annex's own numbering). The citation stays the item's; it carries the paths.
import type { CitationMatch } from './citations';
import { ORGAN_NAMES } from './citation-organs';
import { listedParagraphs, PARAGRAPH_LIST } from './paragraph-list';
import { splittable } from './stray-spaces';

/** How far before an item its paragraphs are looked for: "operative paragraphs 1 (a) (ii) and 3 of annex III to General Assembly resolution". */
export const REACH = 160;

const THE_OR_ITS = `(?:${splittable('(?:its|the)')} )?`;
const ORGAN = `(?:${[...ORGAN_NAMES, 'Assembly'].map((name) => splittable(name.toLowerCase())).join('|')}) `;
/**
 * The words before an item, in lower case and single-spaced (any case is read): the paragraphs
 * (group 2; group 1 "preambular" where they are not numbered paragraphs), the annex (group 3) and
 * its number (group 4), the organ, the keyword (a written symbol may have none). Tried on the text before an
 * item only, so anchored at its end.
 */
export const PARAGRAPHS_BEFORE = new RegExp(
  `(?:^|[^\\w-])(${splittable('preambular')} |${splittable('operative')} )?(?:${splittable('sub')})?${splittable('paragraph')}(?: ?s)? (${PARAGRAPH_LIST}),? ` +
    `(?:${splittable('of')}|${splittable('in')}) ${THE_OR_ITS}` +
    `(?:(${splittable('annex')})(?: ([ivxlc]+|\\d{1,2}))? (?:${splittable('to')}|${splittable('of')}) ${THE_OR_ITS})?` +
    `(?:${ORGAN})?(?:(?:${splittable('draft')} )?(?:${splittable('resolution')}|${splittable('decision')})(?: ?s)? \\[?|${splittable('document')} )?$`,
);
/**
 * What PARAGRAPHS_BEFORE needs, tried first on the text as written: the last letter of "paragraph(s)"
 * and the number after it. Most items have no paragraphs before them, and are left without
 * lowering and respacing their text.
 */
export const PARAGRAPH_NUMBER = /h(?:\s*s)?\s+\d/i;
/** A keyword between two items: the one after it starts a list of its own ("paragraph 3 of resolution 70/1 and resolution 71/2"). */
const ANOTHER_KEYWORD = /resolution|decision/i;

/** The words before an item as PARAGRAPHS_BEFORE reads them: in lower case (but where that changes a length, a few letters outside ASCII), single-spaced. */
export function asRead(before: string): string {
  const lower = before.toLowerCase();
  return (lower.length === before.length ? lower : before).replace(/\s+/g, ' ');
}

/**
 * Gives the items `out[first…]` of one list (a keyword's, or a written symbol alone) the paragraphs
 * written before the first: each item of "paragraphs 1 to 3 of resolutions 53/70, 54/49 and 69/28",
 * up to an item that has a keyword of its own.
 */
export function readCitedParagraphs(text: string, out: CitationMatch[], first: number): void {
  if (first >= out.length) return;
  const at = out[first].start;
  const before = text.slice(Math.max(0, at - REACH), at);
  if (!PARAGRAPH_NUMBER.test(before)) return;
  const found = PARAGRAPHS_BEFORE.exec(asRead(before));
  if (!found || found[1]?.startsWith('p')) return;
  const paragraphs = listedParagraphs(found[2]).map((item) => item.path);
  const annex = found[3] ? (found[4] ? `Annex ${found[4].toUpperCase()}` : 'Annex') : undefined;
  for (let i = first; i < out.length; i++) {
    if (i > first && out[i].start !== out[i - 1].start && ANOTHER_KEYWORD.test(text.slice(out[i - 1].end, out[i].start))) return;
    out[i].paragraphs = paragraphs;
    if (annex) out[i].annex = annex;
  }
}
