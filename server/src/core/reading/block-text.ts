// What a block's text says of itself: how it ends, and whether it reads as a heading's.
import { isClosingQuoteCode, isDigitCode, isSuperscriptDigitCode, startsWithCapital } from '../letters';
import { joinMapped } from '../mapped-text';
import { isWhitespaceCode } from '../whitespace';
import type { Block } from './reading';
import { ENDS_WITH_PUNCTUATION, isClosingMarkCode, type ClosingTest } from './text-ends';

export function mergeBlocks(first: Block, second: Block): Block {
  const parts = [...first.parts, ...second.parts];
  return { lines: [...first.lines, ...second.lines], parts, text: joinMapped(parts, ' '), label: first.label, labelOnly: false };
}

/** The text of a block's last line, enough to judge its last character (tailOf joins two lines, a copy each time). */
export function lastPart(block: Block): string {
  return block.parts[block.parts.length - 1].text;
}

/** Whether `text` holds only what a match of a closing test takes (/^[.,;:'’”"*)\]\s\d⁰¹²³⁴⁵⁶⁷⁸⁹[]*$/): closing punctuation, quotes, brackets, white space and digits. */
function closingCharactersOnly(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!(isClosingMarkCode(code) || isClosingQuoteCode(code) || isWhitespaceCode(code) || isDigitCode(code) || isSuperscriptDigitCode(code) || code === 91))
      return false;
  }
  return true;
}

/**
 * Whether `pattern`, ENDS_PARAGRAPH or ENDS_SENTENCE, matches the end of a block's text (tailOf).
 * A match takes closing characters only: past any other character of the last line it cannot
 * reach back, so that line alone tells (joining two lines for each test copied them, line by line).
 */
export function closesTail(block: Block, pattern: ClosingTest): boolean {
  const last = lastPart(block);
  // A closing test reads the last few characters: a whole paragraph's line (clean text) is not read.
  return closingCharactersOnly(last) ? pattern.test(tailOf(block)) : pattern.test(last, Math.max(0, last.length - 24));
}

/** The end of a block's text, enough to judge how it closes. */
export function tailOf(block: Block): string {
  const { parts } = block;
  return parts.length > 1 ? `${parts[parts.length - 2].text} ${parts[parts.length - 1].text}` : parts[0].text;
}

/** A heading's text, or a list's closing item, is shorter than this (as spacedLength measures it). */
export const HEADING_LENGTH = 160;

/** A text's length with every run of white space counted as one: a heading is as short however an extractor spaced its words. */
export function spacedLength(text: string): number {
  let length = text.length;
  for (let at = 1; at < text.length; at++) if (isWhitespaceCode(text.charCodeAt(at)) && isWhitespaceCode(text.charCodeAt(at - 1))) length--;
  return length;
}

/** Whether a text is shorter than a heading's bound (its own length tells, unless it is not). */
export function withinHeadingLength(text: string): boolean {
  return text.length < HEADING_LENGTH || spacedLength(text) < HEADING_LENGTH;
}

export function isHeadingText(block: Block): boolean {
  const length = block.parts.reduce((sum, part) => sum + part.length + 1, 0);
  if (length < HEADING_LENGTH) return !ENDS_WITH_PUNCTUATION.test(lastPart(block)) && startsWithCapital(block.parts[0].text);
  // Most blocks are long and end with punctuation, told on the last character (the one ENDS_WITH_PUNCTUATION
  // matches) before a long text is measured as spaced.
  if (!startsWithCapital(block.parts[0].text) || ENDS_WITH_PUNCTUATION.test(lastPart(block).slice(-1))) return false;
  return block.parts.reduce((sum, part) => sum + spacedLength(part.text) + 1, 0) < HEADING_LENGTH;
}
