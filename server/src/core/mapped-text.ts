// Text assembled from pieces of the source (a paragraph joined from wrapped lines,
// markdown emphasis dropped, footnote markers removed) that remembers, for every
// character, the source offset it came from. Searching the assembled text and
// mapping matches back gives exact source ranges.
//
// The mapping is kept as runs, not one number per character: a run of source text
// taken verbatim, or a synthetic separator mapped to one offset. A paragraph of ten
// wrapped lines is about twenty runs, whatever its length; a text taken verbatim whole
// (a line, most slices of one) keeps only its first source offset.
import type { Range } from './model';
import type { SourceText } from './source';
import { skipWhitespace, skipWhitespaceBack } from './whitespace';

/**
 * Runs in text order, three numbers each in one flat array (one small array, not three, for
 * the collector to carry; a text taken verbatim whole has none): where the run begins in the text,
 * its first source offset, and its step, 1 when the run is verbatim (offsets count up) and 0
 * when synthetic (one offset throughout; a synthetic character alone is stored as verbatim,
 * which maps it the same).
 */
type Runs = number[];
const START = 0;
const SOURCE = 1;
const STEP = 2;
const RUN = 3;

/** Collects runs and text pieces, merging runs that continue each other. */
class RunBuilder {
  readonly runs: Runs = [];
  private readonly texts: string[] = [];
  length = 0;
  /** Source offset of the last character added, -1 before any. */
  lastOffset = -1;

  add(text: string, source: number, given: number): void {
    if (text.length === 0) return;
    // One character maps to one offset whatever the step: taken as verbatim, a separator continues
    // the piece before it in one run (a joined paragraph keeps half the runs, and the parse half the numbers).
    const step = text.length === 1 ? 1 : given;
    const { runs } = this;
    const last = runs.length - RUN;
    const continues =
      last >= 0 &&
      runs[last + STEP] === step &&
      (step === 1 ? runs[last + SOURCE] + (this.length - runs[last + START]) === source : runs[last + SOURCE] === source);
    if (!continues) runs.push(this.length, source, step);
    this.texts.push(text);
    this.length += text.length;
    this.lastOffset = source + step * (text.length - 1);
  }

  build(): MappedText {
    return MappedText.fromRuns(this.texts.join(''), this.runs);
  }
}

export class MappedText {
  /** Set on what normalizeSpacing returns: normalising it again changes nothing. */
  spacingNormalized = false;

  /**
   * `runs` is null when the whole text is one verbatim run from source offset `origin`: the
   * texts of lines and their slices, most texts of a parse, spared an array each.
   */
  private constructor(
    readonly text: string,
    private readonly runs: Runs | null,
    private readonly origin: number,
  ) {}

  /** One empty text serves all: it maps nothing (each object alive through a parse is copied by the scavenger). */
  private static readonly EMPTY = new MappedText('', null, 0);

  static empty(): MappedText {
    return MappedText.EMPTY;
  }

  /** Source characters [start, end) taken verbatim. */
  static fromSource(source: string, start: number, end: number): MappedText {
    return MappedText.verbatim(source.slice(start, end), start);
  }

  /** `text`, the source's characters from offset `origin` on, taken verbatim. */
  static verbatim(text: string, origin: number): MappedText {
    return text.length === 0 ? MappedText.empty() : new MappedText(text, null, origin);
  }

  /** @internal For RunBuilder. */
  static fromRuns(text: string, runs: Runs): MappedText {
    if (text.length === 0) return MappedText.empty();
    return runs.length === RUN && runs[STEP] === 1 ? new MappedText(text, null, runs[SOURCE]) : new MappedText(text, runs, 0);
  }

  /** The runs, made for a text taken verbatim whole. */
  private runList(): Runs {
    return this.runs ?? (this.text.length === 0 ? [] : [0, this.origin, 1]);
  }

  get length(): number {
    return this.text.length;
  }

  /** Whether both hold the same text mapped to the same source offsets. */
  sameAs(other: MappedText): boolean {
    if (this === other) return true;
    if (this.text !== other.text) return false;
    const mine = this.runList();
    const theirs = other.runList();
    if (mine.length !== theirs.length) return false;
    for (let at = 0; at < mine.length; at++) if (mine[at] !== theirs[at]) return false;
    return true;
  }

  /** Index of the run holding text index `index` (within [0, length)); `runs` must be set. */
  private runAt(index: number): number {
    const runs = this.runs!;
    let low = 0;
    let high = runs.length / RUN - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (runs[mid * RUN + START] <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Where run `run` begins in the text (the text's length past the last run). */
  private runStart(run: number): number {
    const runs = this.runs!;
    return run * RUN < runs.length ? runs[run * RUN + START] : this.text.length;
  }

  /** Source offset of the character at `index`; synthetic characters borrow their neighbour's. */
  sourceOffset(index: number): number {
    if (this.text.length === 0) return 0;
    const at = Math.max(0, Math.min(index, this.text.length - 1));
    const { runs } = this;
    if (runs === null) return this.origin + at;
    const run = this.runAt(at) * RUN;
    return runs[run + SOURCE] + runs[run + STEP] * (at - runs[run + START]);
  }

  /** Source range covering assembled characters [start, end). */
  sourceRange(source: SourceText, start: number, end: number): Range {
    if (this.text.length === 0) return source.range(0, 0);
    const from = this.sourceOffset(start);
    const to = end > start ? this.sourceOffset(end - 1) + 1 : from;
    return source.range(from, to);
  }

  /** Adds assembled characters [from, to) to `builder`, run by run. */
  private copyTo(builder: RunBuilder, from: number, to: number): void {
    if (from >= to) return;
    const { runs } = this;
    if (runs === null) {
      builder.add(this.text.slice(from, to), this.origin + from, 1);
      return;
    }
    for (let run = this.runAt(from); run * RUN < runs.length && runs[run * RUN + START] < to; run++) {
      const at = run * RUN;
      const start = Math.max(from, runs[at + START]);
      const end = Math.min(to, this.runStart(run + 1));
      builder.add(this.text.slice(start, end), runs[at + SOURCE] + runs[at + STEP] * (start - runs[at + START]), runs[at + STEP]);
    }
  }

  /** Joins non-empty pieces, each separator mapped to the end of the piece before it. */
  static joinAll(pieces: readonly MappedText[], separator: string): MappedText {
    const builder = new RunBuilder();
    pieces.forEach((piece, i) => {
      if (i > 0) builder.add(separator, builder.lastOffset + 1, 0);
      piece.copyTo(builder, 0, piece.length);
    });
    return builder.build();
  }

  /** Joins two pieces with a synthetic separator mapped to the end of the first. */
  concat(other: MappedText, separator = ''): MappedText {
    if (this.length === 0) return other;
    if (other.length === 0) return this;
    return MappedText.joinAll([this, other], separator);
  }

  slice(start: number, end = this.length): MappedText {
    const from = relativeIndex(start, this.length);
    const to = relativeIndex(end, this.length);
    if (from === 0 && to >= this.length) return this;
    if (from >= to) return MappedText.empty();
    // The runs over [from, to) shifted to start at 0, the first one cut at `from`: runs that did not
    // continue each other still do not, so no builder is needed, nor a copy of the text.
    const { runs } = this;
    if (runs === null) return new MappedText(this.text.slice(from, to), null, this.origin + from);
    const first = this.runAt(from) * RUN;
    let past = first + RUN;
    while (past < runs.length && runs[past + START] < to) past += RUN;
    // Copied at its size in one step (pushing run by run grew the array several times).
    const sliced = runs.slice(first, past);
    sliced[START] = 0;
    sliced[SOURCE] = runs[first + SOURCE] + runs[first + STEP] * (from - runs[first + START]);
    for (let at = RUN; at < sliced.length; at += RUN) sliced[at + START] -= from;
    return MappedText.fromRuns(this.text.slice(from, to), sliced);
  }

  /** Drops the given [start, end) spans (sorted, non-overlapping). */
  without(spans: ReadonlyArray<readonly [number, number]>): MappedText {
    if (spans.length === 0) return this;
    const builder = new RunBuilder();
    let cursor = 0;
    for (const [start, end] of spans) {
      this.copyTo(builder, cursor, start);
      cursor = Math.max(cursor, end);
    }
    this.copyTo(builder, cursor, this.length);
    return builder.build();
  }

  /** Characters [from, to) (the whole text by default), leading and trailing whitespace removed: `slice(from, to).trim()` in one step. */
  trim(from = 0, to = this.length): MappedText {
    const { text } = this;
    const start = skipWhitespace(text, from, to);
    const end = skipWhitespaceBack(text, start, to);
    return start >= end ? MappedText.empty() : this.slice(start, end);
  }

  /** Runs of whitespace collapsed to one space. */
  collapseSpaces(): MappedText {
    // Most text has no run to collapse: quick tests spare building a copy.
    if (!OTHER_WHITESPACE.test(this.text) && !this.text.includes('  ')) return this;
    const spans: Array<[number, number]> = [];
    const run = /\s{2,}/g;
    let match: RegExpExecArray | null;
    while ((match = run.exec(this.text)) !== null) spans.push([match.index + 1, match.index + match[0].length]);
    const collapsed = this.without(spans);
    // Whitespace other than a space is rare: replace only when there is some.
    return /[^\S ]/.test(collapsed.text) ? new MappedText(collapsed.text.replace(/\s/g, ' '), collapsed.runs, collapsed.origin) : collapsed;
  }
}

/** Whitespace other than a space (without any, two spaces are the only run to collapse). */
const OTHER_WHITESPACE = /[^\S ]/;

/** `String.prototype.slice` reading of an index. */
function relativeIndex(index: number, length: number): number {
  const whole = Math.trunc(index) || 0;
  return whole < 0 ? Math.max(0, length + whole) : Math.min(whole, length);
}

/** Joins pieces with a separator in one pass (joining wrapped lines of a long paragraph). */
export function joinMapped(pieces: readonly MappedText[], separator: string): MappedText {
  // Pieces are seldom empty: filtering only then spares a copy of the list.
  const nonEmpty = pieces.some((piece) => piece.length === 0) ? pieces.filter((piece) => piece.length > 0) : pieces;
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? MappedText.empty();
  return MappedText.joinAll(nonEmpty, separator);
}
