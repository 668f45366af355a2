// Text assembled from pieces of the source (a paragraph joined from wrapped lines,
// markdown emphasis dropped, footnote markers removed) that remembers, for every
// character, the source offset it came from. Searching the assembled text and
// mapping matches back gives exact source ranges.
import type { Range } from './model';
import type { SourceText } from './source';

export class MappedText {
  private constructor(
    readonly text: string,
    private readonly offsets: number[],
  ) {}

  static empty(): MappedText {
    return new MappedText('', []);
  }

  /** Source characters [start, end) taken verbatim. */
  static fromSource(source: string, start: number, end: number): MappedText {
    const offsets = new Array<number>(end - start);
    for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
    return new MappedText(source.slice(start, end), offsets);
  }

  get length(): number {
    return this.text.length;
  }

  /** Source offset of the character at `index`; synthetic characters borrow their neighbour's. */
  sourceOffset(index: number): number {
    return this.offsets[Math.max(0, Math.min(index, this.offsets.length - 1))] ?? 0;
  }

  /** Source range covering assembled characters [start, end). */
  sourceRange(source: SourceText, start: number, end: number): Range {
    if (this.offsets.length === 0) return source.range(0, 0);
    const from = this.sourceOffset(start);
    const to = end > start ? this.sourceOffset(end - 1) + 1 : from;
    return source.range(from, to);
  }

  /** Joins non-empty pieces, each separator mapped to the end of the piece before it. */
  static joinAll(pieces: readonly MappedText[], separator: string): MappedText {
    const offsets: number[] = [];
    const texts: string[] = [];
    pieces.forEach((piece, i) => {
      if (i > 0) {
        const joint = offsets[offsets.length - 1] + 1;
        for (let k = 0; k < separator.length; k++) offsets.push(joint);
        texts.push(separator);
      }
      for (const offset of piece.offsets) offsets.push(offset);
      texts.push(piece.text);
    });
    return new MappedText(texts.join(''), offsets);
  }

  /** Joins two pieces with a synthetic separator mapped to the end of the first. */
  concat(other: MappedText, separator = ''): MappedText {
    if (this.length === 0) return other;
    if (other.length === 0) return this;
    const joint = this.offsets[this.offsets.length - 1] + 1;
    const separatorOffsets = new Array<number>(separator.length).fill(joint);
    return new MappedText(this.text + separator + other.text, [...this.offsets, ...separatorOffsets, ...other.offsets]);
  }

  slice(start: number, end = this.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.offsets.slice(start, end));
  }

  /** Drops the given [start, end) spans (sorted, non-overlapping). */
  without(spans: ReadonlyArray<readonly [number, number]>): MappedText {
    if (spans.length === 0) return this;
    let text = '';
    const offsets: number[] = [];
    let cursor = 0;
    for (const [start, end] of spans) {
      text += this.text.slice(cursor, start);
      for (let i = cursor; i < start; i++) offsets.push(this.offsets[i]);
      cursor = Math.max(cursor, end);
    }
    text += this.text.slice(cursor);
    for (let i = cursor; i < this.length; i++) offsets.push(this.offsets[i]);
    return new MappedText(text, offsets);
  }

  /** Leading and trailing whitespace removed. */
  trim(): MappedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return start >= end ? MappedText.empty() : this.slice(start, end);
  }

  /** Runs of whitespace collapsed to one space. */
  collapseSpaces(): MappedText {
    const spans: Array<[number, number]> = [];
    const run = /\s{2,}/g;
    let match: RegExpExecArray | null;
    while ((match = run.exec(this.text)) !== null) spans.push([match.index + 1, match.index + match[0].length]);
    const collapsed = this.without(spans);
    return new MappedText(collapsed.text.replace(/\s/g, ' '), collapsed.offsets);
  }
}

/** Joins pieces with a separator in one pass (joining wrapped lines of a long paragraph). */
export function joinMapped(pieces: readonly MappedText[], separator: string): MappedText {
  const nonEmpty = pieces.filter((piece) => piece.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? MappedText.empty();
  return MappedText.joinAll(nonEmpty, separator);
}
