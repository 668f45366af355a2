// The document's footnotes looked up by label, by number and by line, for the markers of
// every paragraph. Searching the whole list for each marker candidate made a parse
// quadratic in the footnotes (a 10 MB text has a thousand).
import { firstIndex } from './first-index';
import type { Footnote } from './model';

export class FootnoteIndex {
  private readonly byLabel = new Map<string, Footnote>();
  /** The footnotes ordered by `Number(label)` (in list order among equal numbers; labels that are no number left out). */
  private readonly byNumber: Footnote[];
  private readonly numbers: number[];
  /** The highest start line among the list's footnotes up to each one: `firstBelow` searches it. */
  private readonly highestLineUpTo: number[] = [];

  constructor(private readonly footnotes: readonly Footnote[]) {
    let highest = -Infinity;
    for (const footnote of footnotes) {
      if (!this.byLabel.has(footnote.label)) this.byLabel.set(footnote.label, footnote);
      highest = Math.max(highest, footnote.range.start.line);
      this.highestLineUpTo.push(highest);
    }
    // Lists built by loops: `map` and `filter` over an empty list (the index a reading starts with) give arrays
    // of another kind than over footnotes, and the parse, compiled for one, was thrown out at the other.
    const numbered: Array<{ footnote: Footnote; at: number; number: number }> = [];
    footnotes.forEach((footnote, at) => {
      const number = Number(footnote.label);
      if (!Number.isNaN(number)) numbered.push({ footnote, at, number });
    });
    numbered.sort((a, b) => a.number - b.number || a.at - b.at);
    this.byNumber = [];
    this.numbers = [];
    for (const entry of numbered) {
      this.byNumber.push(entry.footnote);
      this.numbers.push(entry.number);
    }
  }

  /** The index of no footnotes, which every reading starts with. */
  static readonly EMPTY = new FootnoteIndex([]);

  /** The first footnote with this label. */
  withLabel(label: string): Footnote | undefined {
    return this.byLabel.get(label);
  }

  /** The first footnote whose label reads as `number`. */
  numbered(number: number): Footnote | undefined {
    const at = this.firstNumberFrom(number);
    return this.numbers[at] === number ? this.byNumber[at] : undefined;
  }

  /** Whether every footnote numbered from..to passes `test`. */
  everyNumbered(from: number, to: number, test: (footnote: Footnote) => boolean): boolean {
    for (let at = this.firstNumberFrom(from); at < this.numbers.length && this.numbers[at] <= to; at++) {
      if (!test(this.byNumber[at])) return false;
    }
    return true;
  }

  /** The first footnote of the list that starts below line `line`. */
  firstBelow(line: number): Footnote | undefined {
    return this.footnotes[firstIndex(this.highestLineUpTo.length, (i) => this.highestLineUpTo[i] > line)];
  }

  /** Index in `numbers` of the first number at or above `number`. */
  private firstNumberFrom(number: number): number {
    return firstIndex(this.numbers.length, (i) => this.numbers[i] >= number);
  }
}
