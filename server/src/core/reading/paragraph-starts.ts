// Whether a content line opens a new block after the one before: the grammar of a resolution
// (labels in sequence, opening phrases, closing punctuation) first, then layout as a weaker hint.
import { matchLabel } from '../labels';
import { startsWithCapital, startsWithDigit, startsWithLowerCase } from '../letters';
import { matchOperativePhrase } from '../phrases';
import { HEADING_LENGTH, closesTail, isHeadingText, lastPart, tailOf, withinHeadingLength } from './block-text';
import { blankLinesSeparateParagraphs, breakEndsParagraph, isHeadingLine, isMarkerAlone, lineIsFull, runsOnOverPageTurn } from './layout';
import type { Block, Line, Reading } from './reading';
import {
  BULLET,
  CLOSES_WITH_PUNCTUATION,
  COMMITMENT_HEAD,
  ENDS_PARAGRAPH,
  ENDS_SENTENCE,
  ENDS_WITH_PUNCTUATION,
  ENDS_WITH_SEMICOLON,
  LINKING_WORD_END,
  OPERATIVE_OPENING,
  SPEAKERS,
  TITLE_CASE_RUN_ON,
  continuesNumber,
  endsOnLinkingWord,
  endsParagraph,
  firstWord,
  opensByItsWords,
  opensByLexicon,
  opensPreambularParagraph,
  isAnnexLine,
  opensWithPreambularHead,
} from './text-ends';

/** "Target: …": a run-in head, its word perhaps split or set apart from its colon by a stray space ("Tar get: …"). */
const RUN_IN_HEAD = /^[A-Z][a-z]*(?: [a-z]+)? ?:\s/;

/** "Priority area 4:", "Target:": a run-in head alone on its line. */
const RUN_IN_HEAD_ALONE = /^[A-Z][a-z]+(?: [a-z]+){0,2}(?: \d{1,2})?:$/;

const OPENS_SENTENCE = /^[A-Z“"‘(*]/;

const OPENS_QUOTE = /^[“"‘]/;

const CAPITALISED_WORD_END = /\b[A-Z][a-z]+$/;

/**
 * A capitalised line without closing punctuation, between a paragraph's end and a
 * numbered paragraph, is a heading however wide ("Budget estimates for the period from …").
 * After a preambular paragraph, a participle opens a paragraph that lacks its comma; after a
 * numbered one, where no preamble follows, a heading ("Building confidence and security …").
 */
function headsNumberedParagraph(lines: readonly Line[], at: number, previous: Block): boolean {
  const line = lines[at];
  // A heading has no closing punctuation, nor a marker after it ("… Refugees;34" ends a paragraph): read on the last characters.
  if (!startsWithCapital(line.content.text) || endsParagraph(line.content.text)) return false;
  // The heading may wrap: up to two lines going on in lower case, without closing punctuation, before the label.
  let next = at + 1;
  while (next < at + 3 && lines[next] && startsWithLowerCase(lines[next].content.text) && !endsParagraph(lines[next].content.text)) next++;
  return opensNumberedBlock(lines[next]) && (isNumbered(previous) || !opensWithPreambularHead(line.content.text));
}

/** A paragraph with a label of its own, not a heading's. */
function isNumbered(block: Block): boolean {
  return block.label !== null && !block.label.style.startsWith('heading');
}

/**
 * A numbered paragraph, or an item once the operative part has opened: its sentence runs on after
 * a comma. A preambular paragraph's items end with one, as it does ("(e) Promoting …," "Noting …").
 */
function endsOnSemicolons(block: Block, operative: boolean): boolean {
  return block.label?.style === 'arabic' || (operative && isNumbered(block));
}

/**
 * A numbered heading's title wraps in title case ("II. Implementation of the Awaza Programme of
 * Action for Landlocked" "Developing Countries for the Decade 2024–2034" "13. We …"): its line
 * was too long for the next word and stops on a word no title ends with, a linking word or a
 * name running on; the next line goes on without a blank or closing punctuation up to a numbered
 * paragraph and, in `-layout` text, hangs under the title. A subheading of its own ("Partnerships
 * and support mechanisms") follows a title that ends, or stands at the label's indentation.
 */
function continuesHeadingTitle(r: Reading, previous: Block, line: Line, next: Line | undefined): boolean {
  const text = line.content.text;
  if (!previous.label?.style.startsWith('heading') || !isHeadingText(previous) || line.blanksBefore > 0) return false;
  // A paragraph's line ends with punctuation before a numbered one; a title's does not ("Developing States").
  if (CLOSES_WITH_PUNCTUATION.test(text) || !opensNumberedBlock(next)) return false;
  const last = r.lines[previous.lines[previous.lines.length - 1]];
  const runsOn = LINKING_WORD_END.test(last.content.text) || CAPITALISED_WORD_END.test(last.content.text);
  const long = last.edge + 1 + firstWord(text).length >= r.fullWidth * 0.75;
  const hangs = !r.indented || line.indent > r.lines[previous.lines[0]].indent;
  return runsOn && long && hangs;
}

/**
 * A one-line lead-in after a finished sentence, closing with a colon before a numbered
 * paragraph or a bulleted item ("…; " "As a follow-up to the present declaration, we:"
 * "77. Request …"; "… of these sessions." "Targets:" "• Encourage …").
 */
function leadsIntoList(line: Line, next: Line | undefined, before: string): boolean {
  if (!next || !ENDS_SENTENCE.test(before) || !startsWithCapital(line.content.text) || !line.content.text.endsWith(':')) return false;
  if (BULLET.test(next.content.text)) return true;
  const label = matchLabel(next.content.text, true);
  return label !== null && label.style === 'arabic';
}

/** How many lines after a line opening with an operative verb its sentence is read on over, looking for its end. */
const LINES_READ_ON = 9;

/**
 * A line opening with an operative verb in the third person ("Confirms that …") whose sentence
 * runs on to closing punctuation, or beyond a heading's length, before another paragraph opens:
 * a heading's title is a short noun phrase without a final stop, so the line opens a paragraph.
 */
function opensOperativeSentence(lines: readonly Line[], at: number): boolean {
  if (matchOperativePhrase(lines[at].content.text) === 0) return false;
  for (let ahead = at, length = 0; ahead < lines.length && ahead <= at + LINES_READ_ON; ahead++) {
    const text = lines[ahead].content.text;
    // A line opening in lower case goes on with the sentence across a blank line (a line gap).
    if (
      ahead > at &&
      ((lines[ahead].blanksBefore > 0 && !startsWithLowerCase(text)) ||
        matchLabel(text, true) ||
        opensWithPreambularHead(text) ||
        matchOperativePhrase(text) > 0)
    )
      return false;
    if (ENDS_PARAGRAPH.test(text) || (length += text.length + 1) > HEADING_LENGTH) return true;
  }
  return false;
}

/**
 * A title ending on a capitalised word may be a name running on into a participle ("… Countries,
 * Landlocked" "Developing Countries …"): only the lexicon's openings open a paragraph after it.
 */
function nameRunsOnInto(title: Block, text: string): boolean {
  return CAPITALISED_WORD_END.test(lastPart(title)) && !opensByLexicon(text);
}

/** Whether a line opens a numbered paragraph or a numbered heading. */
function opensNumberedBlock(line: Line | undefined): boolean {
  const label = line ? matchLabel(line.content.text, true) : null;
  return label !== null && (label.style === 'arabic' || label.style.startsWith('heading'));
}

/**
 * Whether a line of text set one paragraph a line (not wrapped) goes on with the block before it,
 * a line gap having set it apart where no block may open. A comma ends no numbered paragraph or
 * operative item (as in wrapped text), and no preamble follows one.
 */
function runsOnOverGap(previous: Block, lines: readonly Line[], at: number, ended: boolean, operative: boolean): boolean {
  const text = lines[at].content.text;
  const numbered = endsOnSemicolons(previous, operative);
  if (!ended) return (numbered && opensPreambularParagraph(text)) || continuesTitleOverGap(previous, text, lines[at + 1]);
  // A semicolon closes the paragraph or item: the sentence after it is another's.
  if (numbered) return !closesTail(previous, ENDS_SENTENCE) || (!closesTail(previous, ENDS_WITH_SEMICOLON) && resumesNumberedParagraph(lines, at));
  // A run-in head alone ("Priority area 4:") goes on with its words.
  if (RUN_IN_HEAD_ALONE.test(lastPart(previous))) return true;
  // A capitalised name runs on after a comma ("… on Economic," "Social and Cultural Rights …").
  return TITLE_CASE_RUN_ON.test(text) && !closesTail(previous, ENDS_SENTENCE);
}

/**
 * Among numbered paragraphs only an opening of the lexicon, a heading, a run-in head ("Target:
 * …", "Action 1. We will …"), a quotation, a declaration's address ("We, the Heads of State …")
 * or a lead-in stands unnumbered: any other line after one that ended a sentence
 * is its next sentence ("… digitalization." "We commend …"; "… Recueil de droit international:"
 * "Collection d’instruments …"). A lead-in's sentence (over the lines going on in lower case)
 * closes with a colon before numbered paragraphs, a heading or bullets ("As a follow-up to the
 * present political declaration, we:"); a paragraph's own colon comes before its items.
 */
function resumesNumberedParagraph(lines: readonly Line[], at: number): boolean {
  const text = lines[at].content.text;
  if (
    opensByLexicon(text) ||
    OPENS_QUOTE.test(text) ||
    RUN_IN_HEAD.test(text) ||
    NUMBERED_RUN_IN.test(text) ||
    COMMITMENT_HEAD.test(text) ||
    text.startsWith('We,')
  )
    return false;
  let end = at;
  while (end + 1 < lines.length && !ENDS_SENTENCE.test(lines[end].content.text) && startsWithLowerCase(lines[end + 1].content.text)) end++;
  if (headingLike(lines, at, end)) return false;
  if (!lines[end].content.text.endsWith(':')) return true;
  const item = end + 1 < lines.length ? matchLabel(lines[end + 1].content.text, false) : null;
  return item !== null && item.style !== 'arabic' && item.style !== 'decimal';
}

/** Whether lines[from, to] read as a heading: short, without closing punctuation. */
function headingLike(lines: readonly Line[], from: number, to: number): boolean {
  return (
    !endsParagraph(lines[to].content.text) &&
    withinHeadingLength(
      from === to
        ? lines[from].content.text
        : lines
            .slice(from, to + 1)
            .map((l) => l.content.text)
            .join(' '),
    )
  );
}

/**
 * A heading's title set apart by a line gap: a piece without closing punctuation, before a label
 * or a paragraph's opening, after a numbered heading (whose subheadings are numbered too: "XII.
 * Midterm review and the Fourth United Nations" "Conference on Landlocked Developing Countries"
 * "356. …") or after a heading's text ending on a capitalised word of a name ("… of the
 * Sustainable Development" "Goals"; a one-word heading, "Introduction", is not cut).
 */
function continuesTitleOverGap(previous: Block, text: string, next: Line | undefined): boolean {
  if (!next || CLOSES_WITH_PUNCTUATION.test(text) || opensByLexicon(text) || SPEAKERS.test(text)) return false;
  const title = previous.label
    ? previous.label.style.startsWith('heading')
    : isHeadingText(previous) && lastPart(previous).includes(' ') && CAPITALISED_WORD_END.test(lastPart(previous));
  const nextText = next.content.text;
  return title && (matchLabel(nextText, true) !== null || opensByLexicon(nextText) || SPEAKERS.test(nextText));
}

/** Whether `line`, lines[at], opens a paragraph after `previous`. */
export function startsParagraph(r: Reading, text: string, previous: Block, line: Line, lines: readonly Line[], at: number, operative: boolean): boolean {
  if (previous.labelOnly) return false;
  if (startsWithLowerCase(text)) return false;
  // A marker alone on its line (PDFium, a hand-made copy) is a piece of the sentence it marks,
  // which goes on after it unless a paragraph plainly opens.
  if (isMarkerAlone(r, line)) return false;
  // A number that is no label (a marker, a year, one of a list of numbers) opens no paragraph after
  // a text that has not ended its sentence ("… Human Rights," "1 the International Covenant …"),
  // nor after an abbreviation it follows ("(No." "105);"); nor does a date's month after its day.
  if ((startsWithDigit(text) && !closesTail(previous, ENDS_SENTENCE)) || continuesNumber(lastPart(previous), text)) return false;
  // No paragraph or heading ends on a linking word ("… behaviour of" "States, …", "… Experts on"
  // "Emerging Technologies …"), and a paragraph ends with its closing punctuation: without it, the
  // text goes on whatever the layout between, unless a paragraph or a heading over a numbered one plainly opens.
  const ended = closesTail(previous, ENDS_PARAGRAPH);
  const afterMarker = isMarkerAlone(r, r.lines[previous.lines[previous.lines.length - 1]]);
  // The opening words are read only where a test needs them (most lines of clean text end their paragraph).
  const byItsWords = (!ended || afterMarker || r.wrapped) && opensByItsWords(text);
  if (afterMarker && !byItsWords && !headsNumberedParagraph(lines, at, previous)) return false;
  if (!ended && endsOnLinkingWord(lastPart(previous))) return false;
  // After a paragraph that has not ended, an opening by a word's form alone may be a name running on
  // ("… Meeting of the High" "Contracting Parties …"): only the lexicon's openings open one.
  if (!ended && !(byItsWords && opensByLexicon(text))) {
    // A declaration's paragraphs speak as "We" ("We, the Ministers … of the World Summit on the Information" "Society, held in …"),
    // and a decision's goes on from the organ line in lower case ("taking note of …"): neither is a heading or title.
    const first = previous.parts[0].text;
    const isParagraph = previous.label ? isNumbered(previous) : opensByItsWords(first) || SPEAKERS.test(first) || startsWithLowerCase(first);
    if (isParagraph && !headsNumberedParagraph(lines, at, previous)) return false;
  }
  if (!r.wrapped) return BULLET.test(text) || !(runsOnOverGap(previous, lines, at, ended, operative) || runsOnOverPageTurn(r, previous, line));
  // A comma ends a preambular paragraph, never a numbered one or an operative item: its sentence runs on into a
  // capitalised name ("… for the Least Developed Countries," "Landlocked Developing Countries and …"), no heading.
  const commaRunsOn = ended && endsOnSemicolons(previous, operative) && !closesTail(previous, ENDS_SENTENCE);
  const next = lines[at + 1];
  if (continuesHeadingTitle(r, previous, line, next)) return false;
  if (continuesRunInSeries(previous, text)) return true;
  // A bullet opens a list item; no sentence runs on into one.
  if (BULLET.test(text)) return true;
  const previousIsHeading = previous.lines.length === 1 && isHeadingLine(r, r.lines[previous.lines[0]]);
  if (previousIsHeading || (ended && !commaRunsOn && (isHeadingLine(r, line) || headsNumberedParagraph(lines, at, previous)))) return true;
  // Between unnumbered paragraphs ("Recalling …," "Approves, …") or after a heading and its
  // title ("A." "Base/floor salary scale" "Recalling …"), opening words open a paragraph. After a
  // numbered one they may open a sentence of it ("… climate change." "Recognizing vulnerability
  // does not mean …"): no preamble follows the operative part.
  const unnumbered = !isNumbered(previous);
  const opensUnnumbered = unnumbered && byItsWords && (opensPreambularParagraph(text) || OPERATIVE_OPENING.test(text));
  if (
    previous.label?.style.startsWith('heading') &&
    isHeadingText(previous) &&
    ((opensUnnumbered && !nameRunsOnInto(previous, text)) || opensOperativeSentence(lines, at))
  )
    return true;
  if (!ended) return false;
  const before = tailOf(previous);
  // A colon closing a full line goes on into a name ("the Almaty Programme of Action:" "Addressing the Special Needs …").
  const colonRunsOn = before.endsWith(':') && line.blanksBefore === 0 && lineIsFull(r, r.lines[previous.lines[previous.lines.length - 1]], line);
  if ((opensUnnumbered && !colonRunsOn && !commaRunsOn) || leadsIntoList(line, next, before)) return true;
  if (commaRunsOn) return false;
  // A run-in head after a finished sentence ("…; " "Target: at least 80 per cent …"): no sentence runs on into one.
  if (ENDS_SENTENCE.test(before) && RUN_IN_HEAD.test(text)) return true;
  if (isAnnexLine(text)) return true;
  // Extractors that separate paragraphs with a blank line (PyMuPDF) tell us directly.
  // Elsewhere a blank line is the turn of a page: a sentence runs on across it, but not after
  // a full stop, semicolon or colon. A comma with a marker after it ("… 2024,5") is a list running on.
  if (runsOnOverPageTurn(r, previous, line)) return false;
  if (
    line.blanksBefore > 0 &&
    !startsWithDigit(text) &&
    (ENDS_SENTENCE.test(before) || (blankLinesSeparateParagraphs(r) && ENDS_WITH_PUNCTUATION.test(before)))
  )
    return true;
  return OPENS_SENTENCE.test(text) && breakEndsParagraph(r, previous, line);
}

/** A run-in head with a number ("Priority area 2: …", "Goal 3: …"): the words before it and the number. */
const NUMBERED_RUN_IN = /^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}) (\d{1,2}): /;

/**
 * A line opening with the next head of a series of numbered run-in heads ("Priority area 1: …
 * innovation" "Priority area 2: Trade …"): each item of the series opens a paragraph, however its
 * line before ends (an item set one a line has no closing punctuation).
 */
function continuesRunInSeries(previous: Block, text: string): boolean {
  const next = NUMBERED_RUN_IN.exec(text);
  const before = previous.label ? null : NUMBERED_RUN_IN.exec(previous.parts[0].text);
  return next !== null && before !== null && next[1] === before[1] && Number(next[2]) === Number(before[2]) + 1;
}
