// What stands before and around the body: the document's symbol, where the body starts, the
// header's cells, the organ line, and the letters and titles that open the parts of a resolution in parts.
import { SYMBOL_LINE, type HeaderCell } from '../header';
import { splittable } from '../stray-spaces';
import { matchLabel } from '../labels';
import { startsWithCapital, startsWithLowerCase } from '../letters';
import { DATE_ALONE } from '../lexicon';
import { hasCellGap, normalizeSpacing, splitCells } from '../line-cleaning';
import { MappedText } from '../mapped-text';
import type { Field } from '../model';

import type { Line, Reading } from './reading';
import { CLOSES_WITH_PUNCTUATION, ENDS_PARAGRAPH, LINKING_WORD_END, isClosingLine, isOrganLine, organLineWords, opensWithPreambularHead } from './text-ends';

/** A capital letter alone on its line, before `The General Assembly,` (perhaps after a title): a part of a resolution in parts. */
const PART_LETTER = /^[A-Z]$/;

export function findMainSymbol(r: Reading, organIndex: number): string | null {
  const limit = organIndex >= 0 ? organIndex : Math.min(r.lines.length, 60);
  for (let i = 0; i < limit; i++) {
    for (const cell of splitCells(r.lines[i].content)) {
      const match = SYMBOL_LINE.exec(cell.text);
      if (match) return match[1];
    }
  }
  return null;
}

/** The line naming the kind of document ("Denmark:* amendment to draft resolution …"), however its words are spaced or split. */
const KIND_LINE = new RegExp(
  `:\\*{0,3}\\s*(?:${splittable('amendment')}(?: ?s)?\\s+${splittable('to')}|${splittable('draft')}\\s+(?:${splittable('resolution')}|${splittable('decision')}))`,
  'i',
);

/**
 * The sponsors' colon and the kind's first words ("Belarus …: amendment to", "Ukraine:* draft resolution"), which may
 * wrap after either, the colon closing the sponsors' line ("Belarus and Russian Federation:" "amendment to …").
 */
const KIND_OPENING = /(?::\*{0,3}\s*|^)(?:amendments?|draft)(?: (?:to|resolution|decision)\b|$)/i;

/** Whether lines[at] opens the kind: after the sponsors' colon, on its line or closing the line before. */
function opensKind(r: Reading, at: number): boolean {
  const text = r.lines[at].content.text;
  if (!KIND_OPENING.test(text)) return false;
  if (!KIND_AT_START.test(text)) return true;
  for (let before = at - 1; before >= 0; before--) if (!r.lines[before].blank) return SPONSORS_COLON_END.test(r.lines[before].content.text);
  return false;
}

const KIND_AT_START = /^(?:amendments?|draft)\b/i;
const SPONSORS_COLON_END = /:\*{0,3}$/;

/** A kind's last word ("… amendment to revised draft resolution"), perhaps before the amended draft's symbol. */
const KIND_NOUN_END = /\b(?:resolution|decision)\*{0,3}(?:\s+\S+\/\S+)?$/i;

/** How many lines a kind's words may wrap over. */
const KIND_LINES = 3;

/** Without `The General Assembly,` (amendments, fragments): the body starts after the title. */
export function guessBodyStart(r: Reading): number {
  const kindLine = r.lines.findIndex((line, at) => opensKind(r, at) || KIND_LINE.test(line.content.text));
  if (kindLine < 0) {
    const firstParagraph = r.lines.findIndex(
      (l) => !l.blank && !l.furniture && (matchLabel(l.content.text, false) !== null || opensWithPreambularHead(l.content.text)),
    );
    return firstParagraph >= 0 ? firstParagraph : r.lines.length;
  }
  // The kind's words may wrap ("…: amendment to" "revised draft resolution"): they run to its noun.
  let kindEnd = kindLine;
  for (let j = kindLine + 1, taken = 0; !KIND_NOUN_END.test(r.lines[kindEnd].content.text) && j < r.lines.length && taken < KIND_LINES; j++) {
    if (r.lines[j].blank || r.lines[j].furniture) continue;
    taken++;
    if (KIND_NOUN_END.test(r.lines[j].content.text)) kindEnd = j;
  }
  // The title: the next content line (after the amended draft's symbol), and lines that continue it.
  let i = kindEnd + 1;
  const skippable = (line: Line) => line.blank || line.furniture || SYMBOL_LINE.test(line.content.text);
  while (i < r.lines.length && skippable(r.lines[i])) i++;
  let last = i;
  for (let j = i + 1; j < r.lines.length; j++) {
    const line = r.lines[j];
    if (line.blank || line.furniture) continue;
    if (startsWithLowerCase(line.content.text) || LINKING_WORD_END.test(r.lines[last].content.text)) last = j;
    break;
  }
  return Math.min(last + 1, r.lines.length);
}

/**
 * The narrowest gap between a header's columns: `-layout` text sets them apart by the page's
 * layout (five spaces or more in every real header). A narrower gap is an extractor's spacing
 * inside a field (pypdf: "Agenda item  125", "[on the report of the  Sixth  Committee"); the
 * fields pypdf sets two spaces apart are read as well joined ("United Nations  A/80/L.27").
 */
const COLUMN_GAP = 5;
const BANNER_OPENING = /^(?:United Nations|General Assembly)\s+(?=\S)/;

export function headerCells(r: Reading, bodyStart: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let i = 0; i < bodyStart; i++) {
    const line = r.lines[i];
    if (line.blank || line.furniture) continue;
    for (const cell of splitCells(line.content, COLUMN_GAP)) {
      let text = cell;
      // The banner shares its line with the symbol or "Distr." in the first lines ("General Assembly on the …" may be a
      // title), or anywhere set a gap apart from it (pypdf: "General Assembly  Distr.: Limited").
      const banner = BANNER_OPENING.exec(text.text);
      if (banner && (i < 8 || hasCellGap(banner[0])) && !SYMBOL_LINE.test(text.text)) text = text.slice(banner[0].length);
      cells.push({ line: i, text: normalizeSpacing(text) });
    }
  }
  return cells;
}

/** The organ line's words, and any text after them on the line (the one paragraph of a decision). */
export function readOrgan(r: Reading, index: number): { organ: Field; rest: MappedText | null } {
  const line = r.lines[index];
  const words = organLineWords(line.content.text);
  const rest = line.content.trim(words.length);
  return { organ: { value: words, range: line.content.sourceRange(r.source, 0, words.length) }, rest: rest.length > 0 ? rest : null };
}

/**
 * The letter alone on its line that opens a part ("A", "B"), and the part's title lines
 * between it and the organ line at `organIndex`. After the first part the letters run on
 * (B after A), and a letter stands after a finished paragraph or the part's closing date:
 * a heading `A.` of a section, an annex label or a symbol is never a letter alone before
 * `The General Assembly,`.
 */
export function partOpening(r: Reading, organIndex: number, previousLetter: string | null): { letter: Line; titleLines: Line[] } | null {
  const titleLines: Line[] = [];
  for (let i = organIndex - 1; i >= 0 && titleLines.length <= 3; i--) {
    const line = r.lines[i];
    if (line.blank || line.furniture || r.footnoteLines.has(i)) continue;
    const text = line.content.text;
    if (PART_LETTER.test(text)) {
      if (previousLetter !== null && text.charCodeAt(0) !== previousLetter.charCodeAt(0) + 1) return null;
      if (previousLetter !== null && !endsText(r, i)) return null;
      return { letter: line, titleLines: titleLines.reverse() };
    }
    if (!startsWithCapital(text) || CLOSES_WITH_PUNCTUATION.test(text)) return null;
    titleLines.push(line);
  }
  return null;
}

/** Whether the content line before line `index` finishes a paragraph, or is a closing line or its date. */
function endsText(r: Reading, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const line = r.lines[i];
    if (line.blank || line.furniture || r.footnoteLines.has(i)) continue;
    const text = line.content.text;
    return ENDS_PARAGRAPH.test(text) || isClosingLine(text) || DATE_ALONE.test(text);
  }
  return false;
}

/** Parts B, C, … after part A: each organ line below the first that a part letter opens, as positions in the body's lines. */
export function laterPartOpenings(
  r: Reading,
  organIndex: number,
  firstLetter: string,
  bodyLines: Line[],
): Array<{ letter: Line; titleLines: Line[]; letterAt: number; organAt: number }> {
  const openings: Array<{ letter: Line; titleLines: Line[]; letterAt: number; organAt: number }> = [];
  let letter = firstLetter;
  for (let organAt = 0; organAt < bodyLines.length; organAt++) {
    const line = bodyLines[organAt];
    if (line.index <= organIndex || !isOrganLine(line.content.text)) continue;
    const opening = partOpening(r, line.index, letter);
    if (!opening) continue;
    const letterAt = bodyLines.indexOf(opening.letter);
    if (letterAt < 0) continue;
    openings.push({ ...opening, letterAt, organAt });
    letter = opening.letter.content.text;
  }
  return openings;
}
