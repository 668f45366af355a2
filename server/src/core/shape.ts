// Which of the three real shapes a text is. The parser reads all three with the
// same rules; the shape decides whether a line break ends a paragraph.
import type { Shape } from './model';
import { hasEmphasisAroundWords } from './emphasis';
import { isClosingQuoteCode, isDigitCode, isSuperscriptDigitCode, startsWithLowerCase } from './letters';
import { isWhitespaceCode } from './whitespace';

/** A markdown sign (link, emphasis, list item numbered in its text, superscript digit), tried at one offset. */
const MARKDOWN_SIGN_AT = /\[[^\]\n]{1,80}\]\([^)\n]*\)|(?:^|\s)\*{1,2}[A-Z][^*\n]{0,60}\*{1,2}|^\s*[-*+] (?:\d{1,3}\.|\([a-z]{1,4}\)) |[¹²³⁴⁵⁶⁷⁸⁹⁰]/my;
/**
 * The same signs found from their first character that is no white space, what must come
 * before it checked by a lookbehind, so the engine looks only at the characters a sign
 * can start with. Lookbehinds see characters a match consumed; here they may.
 */
const SIGN_FROM_ITS_CHARACTER =
  /\[[^\]\n]{1,80}\]\([^)\n]*\)|\*(?<=(?:^|\s)\*)\*?[A-Z][^*\n]{0,60}\*{1,2}|[-*+](?<=^\s*[-*+]) (?:\d{1,3}\.|\([a-z]{1,4}\)) |[¹²³⁴⁵⁶⁷⁸⁹⁰]/gm;

/** A digit or a superscript digit: what a footnote's marker is written with. */
function isMarkerDigitCode(code: number): boolean {
  return isDigitCode(code) || isSuperscriptDigitCode(code);
}

/**
 * Whether a line ends as a sentence does, as /[.,;:]['’”"*)\]]*(?:\s*[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?$/ tells
 * (speed-tricks.test holds them equal): a closing mark, closing quotes and brackets, then perhaps a
 * marker of up to three digits. Read back from the end by character code: the two searches a line
 * it took were the engine's most frequent calls in a PDF-shaped parse.
 */
export function endsLikeSentence(line: string): boolean {
  let at = line.length;
  while (at > 0 && isMarkerDigitCode(line.charCodeAt(at - 1))) at--;
  const digits = line.length - at;
  if (digits > 3) return false;
  if (digits > 0) while (at > 0 && isWhitespaceCode(line.charCodeAt(at - 1))) at--;
  while (at > 0 && isClosingQuoteCode(line.charCodeAt(at - 1))) at--;
  const mark = at > 0 ? line.charCodeAt(at - 1) : -1;
  return mark === 46 || mark === 44 || mark === 59 || mark === 58;
}

/** Whether a text wraps: enough line breaks, and more than three in ten that a sentence runs on over. */
export function wrapsOver(breaks: number, wrappedBreaks: number): boolean {
  return breaks >= 3 && wrappedBreaks / breaks > 0.3;
}

/**
 * Signs of a markdown conversion besides emphasis: link targets, numbered list items, headings
 * ("# Restoration of …"). What must come before a sign's first character is a lookbehind after
 * it, so the search looks only at `]`, `-` and `#` (a leading `^` or `\s` would have it try the
 * pattern at every offset).
 */
const MARKDOWN_HINT = /\]\(#?[^)\s]*\)|-(?<=^\s*-) \d{1,3}\. |#(?<=^\s*#)#{0,5} \S/m;

/** One sign of a markdown conversion in the first 200,000 characters: a link target, a numbered list item, a heading or words set in emphasis. */
export function hasMarkdownHint(text: string): boolean {
  const sample = text.slice(0, 200_000);
  return MARKDOWN_HINT.test(sample) || hasEmphasisAroundWords(sample);
}

/** How many markdown signs the text's first 200,000 characters show (three make it markdown). */
export function countMarkdownSigns(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // The matches a global search with MARKDOWN_SIGN_AT would count, without trying it at
  // every offset (its leading `^` and `\s` leave the engine no first character to look
  // for): a match takes a sign's first character that is no white space, and starts on it
  // or on the white space just before; there it is tried, in order.
  let count = 0;
  let from = 0;
  SIGN_FROM_ITS_CHARACTER.lastIndex = 0;
  for (let found = SIGN_FROM_ITS_CHARACTER.exec(sample); found; found = SIGN_FROM_ITS_CHARACTER.exec(sample)) {
    const sign = found.index;
    let at = sign;
    while (at > from && isWhitespaceCode(sample.charCodeAt(at - 1))) at--;
    for (; at <= sign; at++) {
      MARKDOWN_SIGN_AT.lastIndex = at;
      if (!MARKDOWN_SIGN_AT.test(sample)) continue;
      count++;
      break;
    }
    // After a match (which ends past its sign's character), search on from its end; else from the next character.
    from = at <= sign ? MARKDOWN_SIGN_AT.lastIndex : sign + 1;
    SIGN_FROM_ITS_CHARACTER.lastIndex = from;
  }
  return count;
}

export interface ShapeEvidence {
  shape: Shape;
  /** Paragraphs wrap over several lines: a line break does not end a paragraph. */
  wrapped: boolean;
  /** The counts it was told by: line breaks after a line of 25 characters or more, those a sentence runs on over, and markdown signs. */
  breaks: number;
  wrappedBreaks: number;
  markdownSigns: number;
}

/**
 * `contentLines` are the trimmed non-blank lines of the body (after the header),
 * furniture excluded.
 */
export function detectShape(text: string, contentLines: string[]): ShapeEvidence {
  let wrappedBreaks = 0;
  let breaks = 0;
  for (let i = 0; i + 1 < contentLines.length; i++) {
    const line = contentLines[i];
    if (line.length < 25) continue;
    breaks++;
    const next = contentLines[i + 1];
    const endsSentence = endsLikeSentence(line);
    if (!endsSentence || startsWithLowerCase(next)) wrappedBreaks++;
  }
  const wrapped = wrapsOver(breaks, wrappedBreaks);
  const markdownSigns = countMarkdownSigns(text);
  return { shape: markdownSigns >= 3 ? 'markdown' : wrapped ? 'pdf' : 'clean', wrapped, breaks, wrappedBreaks, markdownSigns };
}
