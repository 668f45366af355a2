// Source text to lines of reading: each line cleaned, split where a page break stands within
// it, measured (indentation, right edge) and classified as furniture where it is.
import { furnitureKind, lineFurnitureKind } from '../furniture';
import { cleanLine, dropCandidates, hasCandidateIn } from '../line-cleaning';
import { skipWhitespace, skipWhitespaceBack } from '../whitespace';
import { lineRange, type Line, type Reading } from './reading';

export function readLines(r: Reading, markdown: boolean): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  const { text } = r.source;
  const drops = dropCandidates(text);
  const formFeeds = text.includes('\f');
  let turning = false;
  for (const line of r.source.lines) {
    // A page break within a line (PDFium joins pages with a form feed, no line break) ends a line of reading.
    const pieces = formFeeds ? pageBreakPieces(line.text) : WHOLE_LINE;
    for (let p = 0; p + 1 < pieces.length; p++) {
      const from = pieces[p];
      const to = p + 2 < pieces.length ? pieces[p + 1] - 1 : line.text.length;
      const whole = from === 0 && to === line.text.length;
      const piece = whole ? line.text : line.text.slice(from, to);
      const mayDrop = drops.length > 0 && hasCandidateIn(drops, line.start + from, line.start + to);
      const { content, furniture, ruleAfter } = lineContent(text, line.start + from, piece, markdown, mayDrop, whole);
      const blank = content.length === 0;
      const edge = skipWhitespaceBack(piece, 0, piece.length);
      const indent = skipWhitespace(piece, 0, edge);
      // A form feed before a line's text, or a piece after one, turns the page.
      turning ||= p > 0 || (formFeeds && formFeedWithin(piece, indent));
      lines.push({
        index: lines.length,
        at: line.index,
        whole,
        content,
        furniture,
        blank,
        blanksBefore: blanks,
        indent,
        edge,
        ruleAfter,
        pageTurn: turning && !blank,
      });
      if (!blank) turning = false;
      blanks = blank ? blanks + 1 : 0;
    }
  }
  keepPageNumbersOfOneCount(lines);
  for (const line of lines) if (line.furniture && line.furniture !== 'rule') r.furniture.push({ kind: line.furniture, range: lineRange(r, line) });
  return lines;
}

/**
 * A document's page numbers ("2/8", "3/8") share one page count: a number alone on its line
 * that does not ("73/89", a resolution number a justified line left alone) is text.
 */
function keepPageNumbersOfOneCount(lines: Line[]): void {
  const alone = lines.filter((l) => l.furniture === 'page-number' && /^\d+\/\d+$/.test(l.content.text));
  const counts = new Map<string, number>();
  for (const line of alone) {
    const total = line.content.text.split('/')[1];
    counts.set(total, (counts.get(total) ?? 0) + 1);
  }
  const [pageCount, seen] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0]);
  if (seen < 2) return;
  for (const line of alone) {
    const [page, total] = line.content.text.split('/').map(Number);
    if (String(total) !== pageCount || page > total) line.furniture = null;
  }
}

/** A footnote rule glued to the end of a line's text ("… Non-Self_______________" in pdftotext). */
const GLUED_RULE = /[^_\s](_{10,})$/;

export type LineContent = Pick<Line, 'content' | 'furniture' | 'ruleAfter'>;

/**
 * The piece of `text` from `start`, `piece` its raw characters, as the reading takes it: cleaned,
 * a footnote rule glued to its end cut off (an area opens after it), classified as furniture.
 * `whole`: the piece is its source line whole.
 */
export function lineContent(text: string, start: number, piece: string, markdown: boolean, mayDrop: boolean, whole: boolean): LineContent {
  let content = cleanLine(text, start, start + piece.length, markdown, mayDrop, whole ? piece : undefined);
  const glued = content.text.endsWith('_') ? GLUED_RULE.exec(content.text) : null;
  if (glued) content = content.trim(0, content.length - glued[1].length);
  // A piece taken whole as its content (nothing trimmed or dropped) has been judged once already.
  const furniture = content.length === 0 ? null : (furnitureKind(content.text) ?? (content.text === piece ? null : lineFurnitureKind(piece)));
  return { content, furniture, ruleAfter: glued !== null };
}

/** Whether the reading splits a source line where a page break stands within it. */
export function splitsAtPageBreak(text: string): boolean {
  return pageBreakPieces(text) !== WHOLE_LINE;
}

const WHOLE_LINE: readonly number[] = [0, 0];

/** Whether text[0, end] holds a form feed (read by character: lastIndexOf from a position took a third of readLines). */
function formFeedWithin(text: string, end: number): boolean {
  for (let at = Math.min(end, text.length - 1); at >= 0; at--) if (text.charCodeAt(at) === 12) return true;
  return false;
}

/** Where a line's pieces start, a form feed after its first character opening one, and a closing 0. */
function pageBreakPieces(text: string): readonly number[] {
  let at = text.indexOf('\f', 1);
  if (at < 0 || skipWhitespace(text, 0, at) === at) return WHOLE_LINE;
  const starts = [0];
  for (; at >= 0; at = text.indexOf('\f', at + 1)) starts.push(at + 1);
  starts.push(0);
  return starts;
}
