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
  }

  /** The line of the last position asked for: positions come mostly in text order, on the same or the next line. */
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

  /** The last line starting at or before `offset`. */
  private lineHolding(offset: number): number {
    const { lines } = this;
    for (let candidate = this.recentLine; candidate <= this.recentLine + 1 && candidate < lines.length; candidate++) {
      if (lines[candidate].start <= offset && (candidate + 1 === lines.length || lines[candidate + 1].start > offset)) {
        this.recentLine = candidate;
        return candidate;
      }
    }
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lines[mid].start <= offset) low = mid;
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

/** Every line the ranges touch. */
export function linesOf(ranges: Range[]): Set<number> {
  const lines = new Set<number>();
  for (const range of ranges) for (let line = range.start.line; line <= range.end.line; line++) lines.add(line);
  return lines;
}

export function spanRanges(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

/** Orders things by where their ranges start (a stable sort keeps the order of those starting at one place). */
export function byStart(a: { range: Range }, b: { range: Range }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
