// Per-line cleaning: invisible characters everywhere; spaces an extractor set apart, before
// closing punctuation, brackets and footnote stars, inside document symbols and a line's
// opening words; and in markdown conversions the markup that is not text (emphasis marks,
// link brackets and targets, list markers).
// Cleaning only drops characters, so every kept character still maps to the source.
import { emphasisMarks } from './emphasis';
import { MappedText } from './mapped-text';
import { joinSplitOpening } from './split-words';
import { isWhitespaceCode, skipWhitespace, skipWhitespaceBack } from './whitespace';

// Soft hyphens among them: U+00AD, and U+FFFE where PDFium writes one.
// The zero-width joiner last in every class: between two others it reads as one character joined (no-misleading-character-class).
const INVISIBLE_ESCAPED = ['\\uFEFF', '\\u200B', '\\u200C', '\\u00AD', '\\u2060', '\\uFFFE', '\\u200D'].join('');
const INVISIBLE_CHARACTERS = `[${INVISIBLE_ESCAPED}]`;
const INVISIBLE = new RegExp(INVISIBLE_CHARACTERS, 'g');
/**
 * A space before a mark that belongs to the word before it: a comma, semicolon, colon or full
 * stop ending a word group ("resolution 70/1 ,", "The General Assembly ,", "2021 ,13" with its
 * footnote marker), a closing bracket ("(Fourth Committee )") or a footnote's stars ("Zimbabwe:
 * * draft resolution"). English sets none there; pypdf writes one where the PDF placed the mark
 * apart. Not in ". . ." nor "* * *" nor "( )", nor before a mark that opens a word (".5a",
 * "*bold*"). The match is the last space and the mark (a literal pair a search finds fast); the
 * spaces before it, back to the word, go with it (extractionSpaces).
 */
const SPACE_BEFORE_MARK = /[ \t](?:[,;:.]\d{0,3}(?!\S| \.)|\*{1,3}(?!\S)|[)\]])(?<=[^\s.*([][ \t]+\S+)/g;
/** The same, tried at one offset (the space before a mark found). */
const SPACE_BEFORE_MARK_AT = new RegExp(SPACE_BEFORE_MARK.source, 'y');
/** A space beside a document symbol's slash ("CEDAW/C/GC /38", "A/HRC/ 60/20"): a symbol holds no space. */
const SPACE_IN_SYMBOL = / (?=\/[A-Z0-9])(?<=\/[A-Z0-9.-]*[A-Z0-9] )| (?=[A-Z0-9][A-Z0-9.-]*\/)(?<=[A-Z][A-Z0-9.-]*\/ )/g;
const SPACE_IN_SYMBOL_AT = new RegExp(SPACE_IN_SYMBOL.source, 'y');
/** The marks SPACE_BEFORE_MARK drops a space before. */
const MARKS = [',', ';', ':', '.', ')', ']', '*'];
const MARKS_ESCAPED = MARKS.map((mark) => `\\${mark}`).join('');
/**
 * An invisible character, or a mark after a space or tab: one character class searched, the
 * lookbehind tried only where it matched (a search for the pair, or returning at every mark to
 * test the character before it, took half as long again).
 */
const MARK_OR_INVISIBLE = new RegExp(`[${MARKS_ESCAPED}${INVISIBLE_ESCAPED}](?<=[ \\t][${MARKS_ESCAPED}]|${INVISIBLE_CHARACTERS})`, 'g');
const MARKDOWN_MARKUP: RegExp[] = [
  /^\s*[-+] (?=\S)/g, // list marker "- 1."
  /^\s*#{1,6} /g, // heading marks
  /\\(?=[*_[\]()#\\-])/g, // escapes
  /\]\([^)\s]*\)/g, // link target "](#)"
  /\[(?=[^\]\n]*\]\()/g, // link opening bracket
  /\[\^(?=\d{1,3}\])/g, // footnote reference "[^1]" keeps "1]"
];

/** The spaces an extractor set apart: the runs SPACE_BEFORE_MARK finds (without the marks), and those SPACE_IN_SYMBOL finds. */
function extractionSpaces(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  SPACE_BEFORE_MARK.lastIndex = 0;
  for (let match = SPACE_BEFORE_MARK.exec(text); match; match = SPACE_BEFORE_MARK.exec(text)) {
    spans.push([skipWhitespaceBack(text, 0, match.index), match.index + 1]);
  }
  SPACE_IN_SYMBOL.lastIndex = 0;
  for (let match = SPACE_IN_SYMBOL.exec(text); match; match = SPACE_IN_SYMBOL.exec(text)) spans.push([match.index, match.index + 1]);
  return spans;
}

/** What cleaning drops from text: the spans `patterns` match, the extraction spaces and `more`, merged in order. */
function spansOf(text: string, patterns: RegExp[], more: Array<[number, number]> = []): Array<[number, number]> {
  const spans = extractionSpaces(text);
  for (const span of more) spans.push(span);
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      spans.push([match.index, match.index + match[0].length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * The line's text with markup, invisible characters, spaces before marks and inside split
 * opening words (joinSplitOpening) dropped, trimmed. `sourceMayDrop` false says the whole
 * source holds nothing of the first three to drop (one test for all its lines,
 * mayDropCharacters); `lineText`, source[start, end) as the caller has it, is kept when
 * nothing is dropped.
 */
export function cleanLine(source: string, start: number, end: number, markdown: boolean, sourceMayDrop = true, lineText?: string): MappedText {
  // Most lines have nothing to drop: trimmed, they are a plain piece of the source.
  if (!markdown && !(sourceMayDrop && mayDropCharacters(source, start, end))) {
    const from = skipWhitespace(source, start, end);
    const to = skipWhitespaceBack(source, from, end);
    // A line with nothing to trim keeps the caller's string (one string fewer a line, for the parse's whole length).
    return joinSplitOpening(
      lineText !== undefined && from === start && to === end ? MappedText.verbatim(lineText, start) : MappedText.fromSource(source, from, to),
      source,
      from,
    );
  }
  const raw = MappedText.fromSource(source, start, end);
  const spans = markdown ? spansOf(raw.text, [INVISIBLE, ...MARKDOWN_MARKUP], emphasisMarks(raw.text)) : spansOf(raw.text, [INVISIBLE]);
  return joinSplitOpening(raw.without(spans).trim());
}

export const ANY_INVISIBLE = new RegExp(INVISIBLE_CHARACTERS);

/**
 * Where in a whole source cleanLine may find something to drop outside markdown, sorted: every
 * invisible character, every space or tab before a mark, every space beside a slash. A line
 * holding none of them has nothing to drop; one holding some is tested by mayDropCharacters.
 * (One pass of searches over the source, instead of a slice and the tests for every line.)
 */
export function dropCandidates(source: string): Int32Array {
  const found: number[] = [];
  // A mark's candidate is the space before it; an invisible character's, itself (all of them beyond ASCII).
  MARK_OR_INVISIBLE.lastIndex = 0;
  while (MARK_OR_INVISIBLE.test(source)) {
    const at = MARK_OR_INVISIBLE.lastIndex - 1;
    found.push(source.charCodeAt(at) >= 128 ? at : at - 1);
  }
  for (let at = source.indexOf('/'); at >= 0; at = source.indexOf('/', at + 1)) {
    if (source.charCodeAt(at - 1) === 32 || source.charCodeAt(at + 1) === 32) found.push(at);
  }
  return Int32Array.from(found).sort();
}

/** Whether sorted `candidates` (dropCandidates) hold an offset in [start, end). */
export function hasCandidateIn(candidates: Int32Array, start: number, end: number): boolean {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (candidates[mid] < start) low = mid + 1;
    else high = mid;
  }
  return low < candidates.length && candidates[low] < end;
}

/**
 * Whether source[start, end) holds something cleanLine drops outside markdown: the line tested on
 * its own, with no state between lines (a search remembered for the last text compared a new
 * string holding the same text with the old one at every line, whole: quadratic when a text was
 * parsed again).
 */
export function mayDropCharacters(source: string, start: number, end: number): boolean {
  const text = source.slice(start, end);
  for (const at of dropCandidates(text)) if (dropsAt(text, at)) return true;
  return false;
}

/** Whether what dropCandidates found at `at` is to be dropped: an invisible character, or a space the patterns take. */
function dropsAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 47) {
    // A slash: the space before it, or else the one after it.
    SPACE_IN_SYMBOL_AT.lastIndex = text.charCodeAt(at - 1) === 32 ? at - 1 : at + 1;
    return SPACE_IN_SYMBOL_AT.test(text);
  }
  if (code !== 32 && code !== 9) return true;
  SPACE_BEFORE_MARK_AT.lastIndex = at;
  return SPACE_BEFORE_MARK_AT.test(text);
}

/** Whether text has two whitespace characters in a row: a gap between cells (splitCells). */
export function hasCellGap(text: string): boolean {
  for (let at = 1; at < text.length; at++) {
    if (isWhitespaceCode(text.charCodeAt(at)) && isWhitespaceCode(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/**
 * Cells of a line: pieces separated by `gap` white space characters or more (columns of `-layout`
 * text; by default two).
 */
export function splitCells(line: MappedText, gap = 2): MappedText[] {
  const { text } = line;
  if (!hasCellGap(text)) {
    const cell = line.trim();
    return cell.length > 0 ? [cell] : [];
  }
  const cells: MappedText[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    if (!isWhitespaceCode(text.charCodeAt(at))) continue;
    const end = skipWhitespace(text, at, text.length);
    if (end - at >= gap) {
      cells.push(line.slice(start, at));
      start = end;
    }
    at = end;
  }
  cells.push(line.slice(start));
  return cells.map((cell) => cell.trim()).filter((cell) => cell.length > 0);
}

/** All that normalizeSpacing may change starts here: a space before a space or a hyphen, or whitespace other than a space. */
export const SPACING_TO_NORMALIZE = / [ -]|[^\S ]/;

/**
 * A space an extractor put before a hyphen inside a word or a document symbol: a compound's
 * ("Secretary -General", "long -term") and a symbol's ("A/ES -10/273", "A/56/1026 -S/2002/932").
 * Each alternative opens with its space, what stands before it a lookbehind.
 */
const SPACE_IN_WORD = / (?=-[A-Za-z])(?<=[A-Za-z] )| (?=-[A-Z0-9])(?<=\/[A-Z0-9.-]*[A-Z0-9] )/g;

/** Whitespace collapsed and spaces before a hyphen inside words and symbols (PDF artefacts) dropped. */
export function normalizeSpacing(text: MappedText): MappedText {
  if (text.spacingNormalized) return text;
  // Most texts have nothing to change: one search tells (three did, one a case).
  if (!SPACING_TO_NORMALIZE.test(text.text)) {
    text.spacingNormalized = true;
    return text;
  }
  const collapsed = text.collapseSpaces();
  const spans: Array<[number, number]> = [];
  const { text: plain } = collapsed;
  if (plain.includes(' -')) {
    SPACE_IN_WORD.lastIndex = 0;
    for (let match = SPACE_IN_WORD.exec(plain); match; match = SPACE_IN_WORD.exec(plain)) spans.push([match.index, match.index + 1]);
  }
  const result = collapsed.without(spans);
  result.spacingNormalized = true;
  return result;
}
