// The original text split into lines, with conversions between absolute offsets
// and LSP-style positions. Every range in the model is made here, so ranges always
// point into the text the user has, whatever cleaning the parser did.
import type { Position, Range } from './model';

export interface SourceLine {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** The line's text without its line ending. */
  text: string;
}

export class SourceText {
  readonly lines: SourceLine[] = [];

  constructor(readonly text: string) {
    // Without `\r`, a plain search for `\n` finds the breaks faster than the pattern.
    const onlyNewlines = !text.includes('\r');
    const lineBreak = /\r\n|\r|\n/g;
    let start = 0;
    for (;;) {
      let end: number;
      let next: number;
      if (onlyNewlines) {
        end = text.indexOf('\n', start);
        next = end + 1;
      } else {
        lineBreak.lastIndex = start;
        const match = lineBreak.exec(text);
        end = match ? match.index : -1;
        next = match ? end + match[0].length : 0;
      }
      if (end < 0) break;
      this.lines.push({ index: this.lines.length, start, text: text.slice(start, end) });
      start = next;
    }
    this.lines.push({ index: this.lines.length, start, text: text.slice(start) });
    this.starts = this.lines.map((line) => line.start);
  }

  /**
   * Where each line starts, in a flat array of small integers: the searches below read it and not
   * the line objects (a binary search over those missed the cache at every step).
   */
  private readonly starts: number[];

  /** The line of the last position asked for: positions come mostly in text order, at or a few lines after it. */
  private recentLine = 0;

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const low = this.lineHolding(clamped);
    const line = this.lines[low];
    return { line: low, character: Math.min(clamped - line.start, line.text.length) };
  }

  /** The line of `offset`: positionAt(offset).line, without making the position. */
  lineAt(offset: number): number {
    return this.lineHolding(Math.max(0, Math.min(offset, this.text.length)));
  }

  /** The last line starting at or before `offset`: searched from the last line asked for, in steps doubling away from it. */
  private lineHolding(offset: number): number {
    const { starts } = this;
    let low = 0;
    let high = starts.length - 1;
    const recent = this.recentLine;
    if (starts[recent] <= offset) {
      low = recent;
      let step = 1;
      for (; low + step <= high && starts[low + step] <= offset; step *= 2) low += step;
      high = Math.min(high, low + step - 1);
    } else {
      high = recent - 1;
    }
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    this.recentLine = low;
    return low;
  }

  offsetAt(position: Position): number {
    const line = this.lines[Math.max(0, Math.min(position.line, this.lines.length - 1))];
    return line.start + Math.max(0, Math.min(position.character, line.text.length));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** The range of a whole line's visible text, without surrounding blanks. */
  lineRange(index: number): Range {
    const line = this.lines[index];
    const leading = line.text.length - line.text.trimStart().length;
    const trimmedEnd = line.text.trimEnd().length;
    return {
      start: { line: index, character: Math.min(leading, trimmedEnd) },
      end: { line: index, character: trimmedEnd },
    };
  }
}

export function spanRanges(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

/** Orders things by where their ranges start (a stable sort keeps the order of those starting at one place). */
export function byStart(a: { range: Range }, b: { range: Range }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
