// Per-line cleaning: invisible characters everywhere, spaces an extractor put before
// closing punctuation and footnote stars or inside a line's opening words, and in markdown conversions the markup that is not text (emphasis
// stars, link brackets and targets, list markers).
// Cleaning only drops characters, so every kept character still maps to the source.
import { MappedText } from './mapped-text';
import { joinSplitOpening } from './split-words';
import { isWhitespaceCode, skipWhitespace, skipWhitespaceBack } from './whitespace';

// Soft hyphens among them: U+00AD, and U+FFFE where PDFium writes one.
const INVISIBLE_CHARACTERS = '[\\uFEFF\\u200B\\u200C\\u200D\\u00AD\\u2060\\uFFFE]';
const INVISIBLE = new RegExp(INVISIBLE_CHARACTERS, 'g');
/**
 * A space before a mark that belongs to the word before it: a comma, semicolon, colon or full
 * stop ending a word group ("resolution 70/1 ,", "The General Assembly ,", "2021 ,13" with its
 * footnote marker), a closing bracket ("(Fourth Committee )") or a footnote's stars ("Zimbabwe:
 * * draft resolution"). English sets none there; pypdf writes one where the PDF placed the mark
 * apart. Not in ". . ." nor "* * *" nor "( )", nor before a mark that opens a word (".5a",
 * "*bold*"). The match is the last space and the mark (a literal pair a search finds fast); the
 * spaces before it, back to the word, go with it (spacesBeforeMarks).
 */
const SPACE_BEFORE_MARK = /[ \t](?:[,;:.]\d{0,3}(?!\S| \.)|\*{1,3}(?!\S)|[)\]])(?<=[^\s.*([][ \t]+\S+)/g;
const MARKDOWN_MARKUP: RegExp[] = [
  /^\s*[-+] (?=\S)/g, // list marker "- 1."
  /^\s*#{1,6} /g, // heading marks
  /\\(?=[*_[\]()#\\-])/g, // escapes
  /\]\([^)\s]*\)/g, // link target "](#)"
  /\[(?=[^\]\n]*\]\()/g, // link opening bracket
  /\*{1,3}(?=\S)|(?<=\S)\*{1,3}/g, // emphasis stars
  /\[\^(?=\d{1,3}\])/g, // footnote reference "[^1]" keeps "1]"
];

/** The runs of spaces SPACE_BEFORE_MARK finds, without the marks. */
function spacesBeforeMarks(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  SPACE_BEFORE_MARK.lastIndex = 0;
  for (let match = SPACE_BEFORE_MARK.exec(text); match; match = SPACE_BEFORE_MARK.exec(text)) {
    spans.push([skipWhitespaceBack(text, 0, match.index), match.index + 1]);
  }
  return spans;
}

function spansOf(text: string, patterns: RegExp[]): Array<[number, number]> {
  const spans = spacesBeforeMarks(text);
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
    return joinSplitOpening(lineText !== undefined && from === start && to === end ? MappedText.verbatim(lineText, start) : MappedText.fromSource(source, from, to), source, from);
  }
  const raw = MappedText.fromSource(source, start, end);
  const patterns = markdown ? [INVISIBLE, ...MARKDOWN_MARKUP] : [INVISIBLE];
  return joinSplitOpening(raw.without(spansOf(raw.text, patterns)).trim());
}

export const ANY_INVISIBLE = new RegExp(INVISIBLE_CHARACTERS);
/** What cleanLine drops outside markdown: an invisible character, or a space before a mark. */
const ANY_TO_DROP = new RegExp(`${INVISIBLE_CHARACTERS}|${SPACE_BEFORE_MARK.source}`);

/**
 * Whether source[start, end) holds something cleanLine drops outside markdown: the line tested on
 * its own, with no state between lines (a search remembered for the last text compared a new
 * string holding the same text with the old one at every line, whole: quadratic when a text was
 * parsed again).
 */
export function mayDropCharacters(source: string, start: number, end: number): boolean {
  return ANY_TO_DROP.test(source.slice(start, end));
}

/** Whether text has two whitespace characters in a row. */
function hasGap(text: string): boolean {
  for (let at = 1; at < text.length; at++) {
    if (isWhitespaceCode(text.charCodeAt(at)) && isWhitespaceCode(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** Cells of a line: pieces separated by two or more spaces (columns of `-layout` text). */
export function splitCells(line: MappedText): MappedText[] {
  if (!hasGap(line.text)) {
    const cell = line.trim();
    return cell.length > 0 ? [cell] : [];
  }
  const cells: MappedText[] = [];
  const gap = /\s{2,}/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = gap.exec(line.text)) !== null) {
    cells.push(line.slice(start, match.index));
    start = match.index + match[0].length;
  }
  cells.push(line.slice(start));
  return cells.map((cell) => cell.trim()).filter((cell) => cell.length > 0);
}

/** All that normalizeSpacing may change starts here: a space before a space, a hyphen or a slash, a space after a slash, or whitespace other than a space. */
export const SPACING_TO_NORMALIZE = / [ /-]|\/ |[^\S ]/;

/**
 * A space an extractor put inside a word or a document symbol: before the hyphen of a compound
 * ("Secretary -General", "long -term"), and beside a symbol's slash or hyphen ("A/ES -10/273",
 * "CEDAW/C/GC /38", "A/HRC/ 60/20"), for a symbol holds no space. Each alternative opens with
 * its space, what stands before it a lookbehind.
 */
const SPACE_IN_WORD = / (?=-[A-Za-z])(?<=[A-Za-z] )| (?=[-/][A-Z0-9])(?<=\/[A-Z0-9.-]*[A-Z0-9] )| (?=[A-Z0-9][A-Z0-9.-]*\/)(?<=[A-Z][A-Z0-9.-]*\/ )/g;

/** Whitespace collapsed and spaces inside words and symbols (PDF artefacts) dropped. */
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
  if (plain.includes(' -') || plain.includes(' /') || plain.includes('/ ')) {
    SPACE_IN_WORD.lastIndex = 0;
    for (let match = SPACE_IN_WORD.exec(plain); match; match = SPACE_IN_WORD.exec(plain)) spans.push([match.index, match.index + 1]);
  }
  const result = collapsed.without(spans);
  result.spacingNormalized = true;
  return result;
}
