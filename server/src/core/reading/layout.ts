// The page's layout as evidence: line widths and indentation, whether blank lines separate
// paragraphs, whether the extractor breaks lines after markers, and what a line's width tells of
// a paragraph's end or a heading. Facts about the whole text are told once, when first asked.
import { matchLabel } from '../labels';
import { startsWithCapital, startsWithDigit, startsWithLowerCase } from '../letters';

import type { Block, Line, Reading } from './reading';
import { CLOSES_WITH_PUNCTUATION, ENDS_SENTENCE, ENDS_WITH_FULL_STOP, endsOnLinkingWord, opensByItsWords, opensWithPreambularHead } from './text-ends';

const LEADING_WORD = /^\S*/;

const OPENS_SENTENCE_OR_QUOTE = /^[A-Z“"‘]/;

/** The length from which a body's line counts in its widths: shorter ones (a heading, a paragraph's last words) tell nothing of the margin. */
export const MEASURED_LENGTH = 20;

/** The full width of a text whose measured lines end at `edges`, sorted: their 90th percentile. */
export function fullWidthOf(edges: Int32Array): number {
  return edges[Math.floor(edges.length * 0.9)];
}

export function measureWidths(r: Reading, bodyStart: number): void {
  const measured = (line: Line) => !line.blank && !line.furniture && line.content.length >= MEASURED_LENGTH;
  let count = 0;
  for (let at = bodyStart; at < r.lines.length; at++) if (measured(r.lines[at])) count++;
  if (count === 0) return;
  // A typed array sorts numbers without a comparator call per comparison (filled by index: `Int32Array.from` iterates).
  const edges = new Int32Array(count);
  let filled = 0;
  let indented = 0;
  for (let at = bodyStart; at < r.lines.length; at++) {
    const line = r.lines[at];
    if (!measured(line)) continue;
    edges[filled++] = line.edge;
    if (line.indent >= 4) indented++;
  }
  edges.sort();
  r.edges = edges;
  r.fullWidth = fullWidthOf(edges);
  r.indented = indented > count / 2;
}

/**
 * Layout tells a paragraph's end where blank lines do not: its last line stops short
 * although the next line's first word would have fitted, or the next line is indented further.
 */
export function breakEndsParagraph(r: Reading, previous: Block, line: Line): boolean {
  if (blankLinesSeparateParagraphs(r)) return false;
  const last = r.lines[previous.lines[previous.lines.length - 1]];
  // Pages differ in margins: indentation compares only lines of one page.
  const samePage = line.index === last.index + 1;
  return (!lineIsFull(r, last, line) && !endsWithMarker(r, last)) || (r.indented && samePage && line.indent > last.indent + 2);
}

/**
 * Whether a line ends with a footnote's marker ("… Political Rights7", "… 1993,4"): PDFium and
 * `pdftotext -raw` break the line after a superscript, so its stopping short tells nothing.
 */
function endsWithMarker(r: Reading, line: Line): boolean {
  // Most lines end otherwise: told by their last character before the pattern is tried.
  const text = line.content.text;
  const last = text.charCodeAt(text.length - 1);
  if (last < 48 || last > 57) return false;
  const match = MARKER_END.exec(text);
  return match !== null && r.footnoteLabels.has(match[1]);
}

/** A line holding nothing but a footnote's marker. */
export function isMarkerAlone(r: Reading, line: Line): boolean {
  const text = line.content.text;
  return text.length <= 3 && endsWithMarker(r, line) && startsWithDigit(text);
}

/**
 * Whether the extractor breaks printed lines after a superscript marker (PDFium, `pdftotext -raw`):
 * told by the lines ending with a marker while the sentence goes on, in lower case, on the next
 * line: as many are cut short, they or the next line stopping short of the margin in mid-sentence,
 * as wrap at the margin (elsewhere only a full line wraps there).
 */
function breaksAfterMarkers(r: Reading): boolean {
  if (r.markerBreaks === null) {
    let full = 0;
    let cut = 0;
    const short = (line: Line) => line.edge < r.fullWidth * 0.75;
    for (let at = 0; at + 1 < r.lines.length; at++) {
      const line = r.lines[at];
      const next = r.lines[at + 1];
      if (line.blank || line.furniture || !endsWithMarker(r, line) || !startsWithLowerCase(next.content.text)) continue;
      if (short(line) || (short(next) && !CLOSES_WITH_PUNCTUATION.test(next.content.text))) cut++;
      else full++;
    }
    r.markerBreaks = cut >= 2 && cut >= full;
  }
  return r.markerBreaks;
}

/** Whether `line` stands apart from the line before: every line does in unwrapped text; in wrapped text, after a blank or a line stopping short. */
export function opensBlock(r: Reading, before: Line, line: Line): boolean {
  return !r.wrapped || line.blanksBefore > 0 || !lineIsFull(r, before, line);
}

/** Whether `last` reaches the right margin: the next line's first word would not have fitted on it. */
export function lineIsFull(r: Reading, last: Line, next: Line): boolean {
  return reachesMargin(r, printedEdge(r, last), next);
}

/** Whether a line ending at `edge` leaves no room for the next line's first word. */
function reachesMargin(r: Reading, edge: number, next: Line): boolean {
  return edge + 1 + LEADING_WORD.exec(next.content.text)![0].length >= r.fullWidth * 0.9;
}

/**
 * Whether a line's sentence plainly goes on after it: it ends on a linking word, or the next line goes on in lower
 * case, or begins with a word that would not have fitted on it ("… Educational," "Scientific and Cultural" "Organization …").
 */
function runsOnAfter(r: Reading, line: Line): boolean {
  if (endsOnLinkingWord(line.content.text)) return true;
  const next = r.lines[line.index + 1];
  return next !== undefined && !next.blank && (startsWithLowerCase(next.content.text) || reachesMargin(r, headingWidth(r, line), next));
}

/**
 * A line's width as a heading's: a piece after a marker is as wide as its printed line unless a
 * paragraph opens after it ("…Development, 3" "Countries in special situations" "Underlining …").
 */
function headingWidth(r: Reading, line: Line): number {
  if (!breaksAfterMarkers(r)) return line.edge;
  const next = r.lines[line.index + 1]?.content.text ?? '';
  return matchLabel(next, true) !== null || opensByItsWords(next) ? line.edge : printedEdge(r, line);
}

/** Where a line ends on the page: after the pieces before it that a break after a marker cut from the same printed line. */
function printedEdge(r: Reading, line: Line): number {
  let edge = line.edge;
  if (!breaksAfterMarkers(r)) return edge;
  for (let at = line.index - 1; at >= 0 && edge < r.fullWidth; at--) {
    const before = r.lines[at];
    if (before.blank || before.furniture || !endsWithMarker(r, before)) break;
    edge += before.edge + 1;
  }
  return edge;
}

/** A short capitalised line without closing punctuation between paragraphs: a heading ("Partnerships and support mechanisms"). */
export function isHeadingLine(r: Reading, line: Line): boolean {
  const text = line.content.text;
  return (
    r.wrapped &&
    startsWithCapital(text) &&
    !CLOSES_WITH_PUNCTUATION.test(text) &&
    line.edge < r.fullWidth * 0.75 &&
    !opensWithPreambularHead(text) &&
    !endsWithMarker(r, line) &&
    headingWidth(r, line) < r.fullWidth * 0.75 &&
    !runsOnAfter(r, line)
  );
}

/**
 * A sentence ending a full line at the foot of a page does not end the paragraph in a text
 * whose numbered paragraphs never give way to unnumbered ones (a declaration): the next page
 * goes on with the paragraph's next sentence ("… sustainable development." "We take note …").
 * In unwrapped text, where no line is full, the next page's line goes on so after a full stop
 * when it is no heading: it closes with punctuation.
 */
export function runsOnOverPageTurn(r: Reading, previous: Block, line: Line): boolean {
  const last = r.lines[previous.lines[previous.lines.length - 1]];
  if (!pageTurnsBetween(r, last, line) || previous.label === null || previous.label.style.startsWith('heading')) return false;
  const goesOn = r.wrapped ? lineIsFull(r, last, line) : ENDS_WITH_FULL_STOP.test(last.content.text) && CLOSES_WITH_PUNCTUATION.test(line.content.text);
  return goesOn && !hasUnnumberedParagraphs(r);
}

function pageTurnsBetween(r: Reading, before: Line, line: Line): boolean {
  for (let i = before.index + 1; i < line.index; i++) if (r.lines[i].furniture) return true;
  return false;
}

/**
 * Whether, after the first numbered paragraph, a paragraph opens without a label or an opening
 * participle: on one page, after a line ending a sentence (in wrapped text, the line before and
 * short of the margin), a line that is no heading (it closes with punctuation, or in wrapped text reaches the margin).
 */
function hasUnnumberedParagraphs(r: Reading): boolean {
  if (r.unnumberedParagraphs === null) {
    const content = r.lines.filter((l) => !l.blank && !l.furniture && !r.footnoteLines.has(l.index));
    const firstNumbered = content.findIndex((l) => matchLabel(l.content.text, true)?.style === 'arabic');
    r.unnumberedParagraphs =
      firstNumbered >= 0 &&
      content.slice(firstNumbered + 1).some((line, i) => {
        const before = content[firstNumbered + i];
        const text = line.content.text;
        const labelAlone = matchLabel(before.content.text, true)?.length === before.content.text.length;
        const apart = r.wrapped ? line.index === before.index + 1 && !lineIsFull(r, before, line) : !pageTurnsBetween(r, before, line);
        if (!apart || labelAlone || !ENDS_SENTENCE.test(before.content.text)) return false;
        if (!OPENS_SENTENCE_OR_QUOTE.test(text) || matchLabel(text, true) !== null || opensWithPreambularHead(text)) return false;
        return CLOSES_WITH_PUNCTUATION.test(text) || (r.wrapped && line.edge >= r.fullWidth * 0.9);
      });
  }
  return r.unnumberedParagraphs;
}

/**
 * Whether a blank line marks a paragraph's end (PyMuPDF) or only the turn of a page
 * (`pdftotext`): told by the lines that plainly open a paragraph, a numbered label or a
 * preambular participle at the start, and how many of them follow a blank line
 * (when most lines follow one, blanks tell nothing).
 */
export function blankLinesSeparateParagraphs(r: Reading): boolean {
  if (r.blankSeparation === null) {
    let opening = 0;
    let openingAfterBlank = 0;
    let content = 0;
    let afterBlank = 0;
    for (const line of r.lines) {
      if (line.blank || line.furniture) continue;
      content++;
      if (line.blanksBefore > 0) afterBlank++;
      const text = line.content.text;
      const label = matchLabel(text, false);
      if ((label && !label.style.startsWith('heading')) || opensWithPreambularHead(text)) {
        opening++;
        if (line.blanksBefore > 0) openingAfterBlank++;
      }
    }
    // Text with a blank after every line says nothing by them.
    r.blankSeparation = content > 0 && afterBlank / content < 0.5 && (opening < 4 || openingAfterBlank / opening >= 0.5);
  }
  return r.blankSeparation;
}

/** A marker closing a line: digits alone or after a letter or closing punctuation ("Rights7", "1993,4"), not a symbol's ("41/7"). */
const MARKER_END = /(?:^|[\p{L},.;:)’”"]\s?)(\d{1,3})$/u;
