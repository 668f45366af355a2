// Emphasis as converters and people write it: `*x*`, `**x**`, `***x***`, `_x_`, `__x__`
// (pandoc and markitdown write stars, html2text underscores). A run of one to three marks
// opens where no letter, digit or backslash stands before it and text follows; it closes
// where text stands before it and no letter or digit follows; a closing run pairs with the
// nearest open run of the same mark and length on its line. These are CommonMark's flanking
// rules without emphasis inside a word, which converters do not write: a mark between letters
// or digits is part of the word or symbol ("snake_case", "A_RES_73_266"). A longer run is no
// emphasis ("__________" is a footnote rule).
import { isWhitespaceCode } from './whitespace';

const MARKS = ['*', '_'] as const;
/** Longest run that is emphasis (`***` is bold italics). */
const LONGEST_RUN = 3;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
/** What a pair holds at both ends when it sets words in emphasis (hasEmphasisAroundWords). */
const LETTER = /\p{L}/u;

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return !Number.isNaN(code) && LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** A pair of runs of one mark on one line: the text between them is set in emphasis. */
interface EmphasisPair {
  open: number;
  close: number;
  length: number;
}

/**
 * What a line's runs of one mark make: its pairs, in the order they close; the run that closes a pair
 * opened on a line above (a closing run before any that may open), and the last run still open at the
 * line's end, each [start, end) or null.
 */
interface MarkRuns {
  pairs: EmphasisPair[];
  closesAbove: [number, number] | null;
  staysOpen: [number, number] | null;
}

/** The runs of `mark` on the line text[from, to), the first at `at` (-1 or `to` and beyond: none). */
function runsOf(text: string, mark: string, from: number, to: number, at: number): MarkRuns {
  const found: MarkRuns = { pairs: [], closesAbove: null, staysOpen: null };
  if (at < 0 || at >= to) return found;
  // Open runs not yet closed, by length; a pair closes those of other lengths it encloses.
  const open: number[][] = [[], [], [], []];
  let opened = false;
  while (at >= 0 && at < to) {
    let end = at + 1;
    while (end < to && text[end] === mark) end++;
    const start = at;
    const length = end - start;
    at = text.indexOf(mark, end);
    const before = start > from ? text.charCodeAt(start - 1) : NaN;
    const after = end < to ? text.charCodeAt(end) : NaN;
    if (length > LONGEST_RUN || before === 92) continue;
    const closes = !Number.isNaN(before) && !isWhitespaceCode(before) && !isLetterOrDigit(after);
    const opener = open[length];
    if (closes && opener.length > 0) {
      const pairedWith = opener.pop()!;
      for (const runs of open) while (runs.length > 0 && runs[runs.length - 1] > pairedWith) runs.pop();
      found.pairs.push({ open: pairedWith, close: start, length });
    } else if (!isLetterOrDigit(before) && !Number.isNaN(after) && !isWhitespaceCode(after)) {
      opener.push(start);
      opened = true;
    } else if (closes && !opened && !found.closesAbove) {
      found.closesAbove = [start, end];
    }
  }
  const last = Math.max(...open.map((runs) => runs[runs.length - 1] ?? -1));
  if (last >= 0) found.staysOpen = [last, skipMark(text, mark, last, to)];
  return found;
}

function skipMark(text: string, mark: string, at: number, to: number): number {
  while (at < to && text[at] === mark) at++;
  return at;
}

/** A word of letters (inner hyphens and apostrophes aside) that ends where a closing run stands, tried there. */
const WORD_BEFORE = /(?<=(?:^|[\s(“‘"'])\p{L}(?:[\p{L}’'-]*\p{L})?)/uy;
/** A word of letters that an open run stands before, tried after the run. */
const WORD_AFTER = /\p{L}(?:[\p{L}’'-]*\p{L})?(?=$|[\s,;:.!?)”’"'])/uy;

function isWordAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * The marks of a line's emphasis, [start, end) each, for the cleaning to drop: the runs of its
 * pairs, and a run left unpaired where a line break split a pair (converters wrap lines: pandoc
 * at 72 characters, html2text at 78) when it stands beside a word of letters on its inner side
 * ("*Expressing grave", "concern* at"). A run after punctuation ("Denmark:*", "Austria,*") is a
 * footnote sign; one inside a token of other characters ("C31_Adv_ Op", a link split by an
 * extractor's space) is part of it.
 */
export function emphasisMarks(text: string): Array<[number, number]> {
  const marks: Array<[number, number]> = [];
  for (const mark of MARKS) {
    const { pairs, closesAbove, staysOpen } = runsOf(text, mark, 0, text.length, text.indexOf(mark));
    for (const { open, close, length } of pairs) marks.push([open, open + length], [close, close + length]);
    if (closesAbove && isWordAt(WORD_BEFORE, text, closesAbove[0])) marks.push(closesAbove);
    if (staysOpen && isWordAt(WORD_AFTER, text, staysOpen[1])) marks.push(staysOpen);
  }
  return marks;
}

/**
 * Whether some line of `text` sets words in emphasis: a pair around a text that opens and
 * ends with a letter ("*Recalling*", "_legally responsible_"), a sign that the text is a
 * markdown conversion. A pair around other text ("*2013029*", a PDF's barcode) is no sign.
 */
export function hasEmphasisAroundWords(text: string): boolean {
  // The next star and the next underscore: each searched for again only once passed.
  const next = MARKS.map((mark) => text.indexOf(mark));
  for (;;) {
    const at = Math.min(...next.map((found) => (found < 0 ? Infinity : found)));
    if (at === Infinity) return false;
    const from = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    const to = lineEnd < 0 ? text.length : lineEnd;
    for (let m = 0; m < MARKS.length; m++) {
      if (next[m] < 0 || next[m] >= to) continue;
      for (const { open, close, length } of runsOf(text, MARKS[m], from, to, next[m]).pairs) {
        if (LETTER.test(text[open + length]) && LETTER.test(text[close - 1])) return true;
      }
      next[m] = text.indexOf(MARKS[m], to);
    }
  }
}
