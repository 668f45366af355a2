// Where footnotes stand: areas under a rule up to the page's turn, star notes at the foot of
// page 1, and entries one a line in converted text. The entries themselves are read by footnotes.ts.
import { isLabelAlone, matchFootnoteStart, readFootnoteArea, type AreaLine, type FootnoteEntry } from '../footnotes';
import { matchLabel } from '../labels';
import { startsWithLowerCase } from '../letters';
import { joinMapped } from '../mapped-text';
import type { Footnote } from '../model';
import { spanRanges } from '../source';
import { lineRange, type Reading } from './reading';
import { SPEAKERS, continuesNumber, endsOnNumberAbbreviation, opensByLexicon } from './text-ends';

/** `1  Resolution 70/1.`: a footnote entry, not a paragraph `1. Decides`. */
const LABEL_ALONE_START = /^\d{1,3}\s/;

/** A footnote entry ends with a full stop: a bracket ends a line of one in mid-sentence ("resolutions A.1029(26)" "and A.1074(28)."). */
const ENTRY_END = /\.$/;

/** Whether a footnote's text ends with its full stop, not an abbreviation's a number follows ("… Sales No." "E.03.II.A.1 …"). */
export function endsEntry(text: string): boolean {
  return ENTRY_END.test(text) && !endsOnNumberAbbreviation(text);
}

const SENTENCE_RESUMING = /^[a-z(]/;

const WORD_THEN_CAPITAL = /^\S+\s+[A-Z]/;

const STARS = /^\*+$/;

/** "* Any changes to the list of sponsors …": a note's first line. */
const STAR_NOTE_START = /^(\*{1,3})\s+[A-Z]/;

/**
 * Footnote areas run from a `____` rule to the turn of the page (the symbol repeated
 * at the top of the next one) or to a line that plainly resumes the body. Outside
 * them, conversions write entries one a line: `¹ A/65/201.`, `[^1]: text`.
 */
export function readFootnotes(r: Reading, bodyStart: number): void {
  let area: AreaLine[] | null = null;
  let furnitureSeen = false;
  let pageTurned = false;
  let areas = 0;
  const closeArea = () => {
    if (area) {
      areas++;
      for (const entry of readFootnoteArea(area, r.highestFootnote)) r.footnoteArea.set(addFootnote(r, entry), areas);
    }
    area = null;
  };
  const take = (into: AreaLine[], at: number) => {
    into.push({ index: at, text: r.lines[at].content, afterFurniture: furnitureSeen });
    furnitureSeen = false;
    r.footnoteLines.add(at);
  };
  for (let i = bodyStart; i < r.lines.length; i++) {
    const line = r.lines[i];
    if (line.blank) continue;
    if (line.furniture === 'rule') {
      closeArea();
      area = [];
      furnitureSeen = false;
      pageTurned = false;
      continue;
    }
    if (area) {
      if (line.furniture) {
        furnitureSeen = true;
        pageTurned ||= line.furniture === 'page-header';
        continue;
      }
      // A page turn ends the area, unless the footnotes go on after it (the notes of a page set over two)
      // or the entry it cut does: its rest is then read, and the area ends after it unless the next footnote follows.
      if (pageTurned || line.pageTurn) {
        pageTurned = !goesOnWithFootnotes(line.content.text, area, r.highestFootnote);
        const rest = pageTurned ? cutEntryEnd(r, i, area) : -1;
        if (rest >= 0) {
          // A second page turn's furniture within the rest is the page's, not the entry's words.
          for (let j = i; j <= rest; j++)
            if (r.lines[j].furniture) furnitureSeen = true;
            else if (!r.lines[j].blank) take(area, j);
          i = rest;
          continue;
        }
      }
      if (!pageTurned && !resumesBody(line.content.text, area)) {
        take(area, i);
        continue;
      }
      closeArea();
    }
    if (line.furniture) continue;
    const noteEnd = starNoteEnd(r, i);
    if (noteEnd >= 0) {
      const parts = [line.content.slice(/^\*+\s*/.exec(line.content.text)![0].length)];
      for (let j = i + 1; j <= noteEnd; j++) if (!r.lines[j].blank && !r.lines[j].furniture) parts.push(r.lines[j].content);
      for (let j = i; j <= noteEnd; j++) if (!r.lines[j].furniture) r.footnoteLines.add(j);
      addFootnote(r, { label: /^\*+/.exec(line.content.text)![0], parts, first: i, last: noteEnd });
      i = noteEnd;
      continue;
    }
    const start = matchFootnoteStart(line.content.text, false);
    if (start) {
      const last = entryEnd(r, i, start.textStart === line.content.length);
      const parts = [line.content.slice(start.textStart)];
      for (let j = i + 1; j <= last; j++) if (!r.lines[j].blank && !r.lines[j].furniture) parts.push(r.lines[j].content);
      addFootnote(r, { label: start.label, parts, first: i, last });
      for (let j = i; j <= last; j++) if (!r.lines[j].furniture) r.footnoteLines.add(j);
      i = last;
    }
    if (line.ruleAfter) {
      area = [];
      furnitureSeen = false;
      pageTurned = false;
    }
  }
  closeArea();
  r.notesTogether = areas === 1 && r.footnotes.every((footnote) => r.footnoteArea.get(footnote) === 1);
}

/**
 * The note at the foot of page 1 that the header's asterisk points to (`Ukraine:* draft
 * resolution` … `* Any changes to the list of sponsors …`), which extractors write without
 * the rule above it: a `*` entry, marked earlier, running on to the page's furniture or the
 * end of the text (past the furniture to its full stop if it has none). Its last line, or -1.
 */
function starNoteEnd(r: Reading, at: number): number {
  const text = r.lines[at].content.text;
  // Asked for every line: those not opening with a star are told without a pattern.
  const stars = text.startsWith('*') ? STAR_NOTE_START.exec(text)?.[1] : undefined;
  if (!stars) return -1;
  const marker = new RegExp(`[^\\s*]\\*{${stars.length}}(?!\\*)`);
  if (!r.lines.slice(0, at).some((l) => !l.furniture && marker.test(l.content.text))) return -1;
  let last = at;
  for (let j = at + 1; j < r.lines.length; j++) {
    const line = r.lines[j];
    if (line.blank) continue;
    if (line.furniture) {
      // A note the page turned in goes on after the furniture, as an area's entry does (cutEntryEnd).
      const { content } = r.lines[last];
      return endsEntry(content.text) ? last : Math.max(entryRunsOnTo(r, j, content.text, content.length, false), last);
    }
    if (j - at > 4) return -1;
    last = j;
  }
  return last;
}

/** How far an entry set one a line may run on, in characters: the longest footnote of the corpus has about 500. */
export const ENTRY_LENGTH = 1000;

/**
 * The last line of an entry set one a line (`¹ A/65/201, A/68/98 and` `A/70/174.`): a footnote ends
 * with a full stop (not an abbreviation's, "Sales No."), so an entry without one runs on up to the
 * line ending with it (entryRunsOnTo). After a label alone (`¹³` `Resolution 69/283.`), a line in
 * lower case is a sentence its marker stood in.
 */
function entryEnd(r: Reading, first: number, labelAlone: boolean): number {
  const { content } = r.lines[first];
  if (endsEntry(content.text)) return first;
  let next = first + 1;
  while (next < r.lines.length && r.lines[next].blank) next++;
  if (labelAlone && next < r.lines.length && startsWithLowerCase(r.lines[next].content.text)) return first;
  const end = entryRunsOnTo(r, next, content.text, content.length, false);
  return end < 0 ? first : end;
}

/**
 * The line ending an entry that `before` left without its full stop, when the lines from `from`
 * run on to one within ENTRY_LENGTH characters, or -1: none of them may open an entry
 * (`afterRule`: by a number too), or a paragraph by a label, the lexicon's words or a
 * declaration's "We" (a participle may be a title's: "Resolutions" "Adopted by …"). A number an
 * abbreviation asks for ("Supplement No." "20 (A/80/20).") opens nothing. A page's furniture
 * between is passed over: the entry goes on at the foot of the next page.
 */
function entryRunsOnTo(r: Reading, from: number, before: string, length: number, afterRule: boolean): number {
  for (let j = from; j < r.lines.length; j++) {
    const line = r.lines[j];
    if (line.blank || line.furniture) continue;
    const text = line.content.text;
    if ((length += text.length) > ENTRY_LENGTH) return -1;
    const opens = matchFootnoteStart(text, afterRule) || matchLabel(text, true) || opensByLexicon(text) || SPEAKERS.test(text);
    if (opens && !continuesNumber(before, text)) return -1;
    if (endsEntry(text)) return j;
    before = text;
  }
  return -1;
}

function addFootnote(r: Reading, entry: FootnoteEntry): Footnote {
  const text = joinMapped(entry.parts, ' ').trim();
  const footnote: Footnote = {
    label: entry.label,
    text: text.text,
    range: spanRanges(lineRange(r, r.lines[entry.first]), lineRange(r, r.lines[entry.last])),
    markers: [],
  };
  r.footnotes.push(footnote);
  r.highestFootnote = Math.max(r.highestFootnote, Number(entry.label) || 0);
  r.footnoteTexts.set(footnote, text);
  return footnote;
}

/**
 * The last line of the rest of the area's last entry, when the page turned in it, or -1. The entry
 * has not ended ("1 Official Records of the" … "General Assembly, …, Supplement No. 20 (A/80/20).")
 * and the lines from `at` finish it as an entry set one a line runs on (entryRunsOnTo), or line
 * `at` closes it and the next footnote in sequence follows ("… chap. IV, sect." "A." "31 Ibid., …").
 * Labels printed after the texts (pdftotext's "… No. 39574." "2") are not the entry's words.
 */
function cutEntryEnd(r: Reading, at: number, area: readonly AreaLine[]): number {
  let last = area.length - 1;
  while (last >= 0 && isLabelAlone(area[last].text.text)) last--;
  const text = last >= 0 ? area[last].text : null;
  if (!text || endsEntry(text.text)) return -1;
  const end = entryRunsOnTo(r, at, text.text, text.length, true);
  if (end >= 0 || !endsEntry(r.lines[at].content.text)) return end;
  for (let j = at + 1; j < r.lines.length; j++) {
    const line = r.lines[j];
    if (!line.blank && !line.furniture) return goesOnWithFootnotes(line.content.text, area, r.highestFootnote) ? at : -1;
  }
  return -1;
}

/**
 * A line below a footnote area that plainly belongs to the body, after a complete entry: a sentence resuming, or a
 * numbered paragraph (an entry without its full stop goes on: "… document LEG 110/18/1, annex" "1. See also …").
 */
function resumesBody(text: string, area: readonly AreaLine[]): boolean {
  const last = area[area.length - 1];
  if (last && !endsEntry(last.text.text)) return false;
  if (last && SENTENCE_RESUMING.test(text)) return true;
  return matchLabel(text, false) !== null && WORD_THEN_CAPITAL.test(text) && !LABEL_ALONE_START.test(text);
}

/**
 * Whether a text opens the footnote numbered next after the last numbered one an area's lines
 * open (a star note comes before the numbers), or, before any, one beyond the `highest` read so
 * far (a star note, before any number). A number an abbreviation asks for opens none ("… Supplement No." "20 (A/80/20).").
 */
function goesOnWithFootnotes(text: string, area: readonly AreaLine[], highest: number): boolean {
  const start = matchFootnoteStart(text, true);
  if (!start) return false;
  for (let at = area.length - 1; at >= 0; at--) {
    const last = matchFootnoteStart(area[at].text.text, true);
    if (!last || STARS.test(last.label) || (at > 0 && continuesNumber(area[at - 1].text.text, area[at].text.text))) continue;
    return Number(start.label) === Number(last.label) + 1;
  }
  return STARS.test(start.label) ? highest === 0 : Number(start.label) > highest;
}
