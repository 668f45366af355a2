// The record a reading fills, phase by phase: the text's lines, what the phases found on them
// (furniture, page heads, footnotes) and the layout they measured. Plain data: each phase is a
// module of functions over it, and a fact told lazily waits as null until first asked.
import type { FootnoteIndex } from '../footnote-index';
import type { LabelMatch } from '../labels';
import type { MappedText } from '../mapped-text';
import type { Field, Footnote, FootnoteMarker, Furniture, Range } from '../model';
import type { SourceText } from '../source';
import { spanRanges } from '../source';

export interface Line {
  /** The line's place in the parser's lines, which split a source line at a page break within it. */
  index: number;
  /** The source line it is (or is a piece of). */
  at: number;
  /** Whether it is its source line whole, not a piece of one. */
  whole: boolean;
  content: MappedText;
  furniture: Furniture['kind'] | null;
  blank: boolean;
  /** Blank lines before this one since the previous content line. */
  blanksBefore: number;
  /** Columns before the text and where it ends: `-layout` text keeps the page's indentation. */
  indent: number;
  edge: number;
  /** The first content line after a form feed: a page begins. */
  pageTurn: boolean;
  /** A footnote rule glued to the end of the line (`… Non-Self_______________` in pdftotext): an area opens after it. */
  ruleAfter: boolean;
}

export interface Block {
  lines: number[];
  /** The paragraph's lines, joined once the block is complete (joining as we go is quadratic). */
  parts: MappedText[];
  text: MappedText;
  label: LabelMatch | null;
  /** A label standing alone, waiting for its text on the next line. */
  labelOnly: boolean;
}

export interface Reading {
  source: SourceText;
  /** The lines of reading: source lines, split where a page break stands within one. */
  lines: Line[];
  furniture: Furniture[];
  /** Lines carrying the document's symbol as a cell of their own: the head of each page after the first. */
  pageHeadLines: number[];
  /** Lines holding the symbol among other words: page heads, some of them, once the title is known. */
  linesWithSymbol: number[];
  // Layout, measured on the body's lines.
  /** Whether sentences run on over line breaks (text wrapped as printed). */
  wrapped: boolean;
  /** The widest lines of the body: a justified line that stops short of them ends its paragraph. */
  fullWidth: number;
  edges: Int32Array;
  /** Whether the text keeps the page's indentation (`pdftotext -layout`). */
  indented: boolean;
  blankSeparation: boolean | null;
  markerBreaks: boolean | null;
  unnumberedParagraphs: boolean | null;
  // Footnotes.
  footnotes: Footnote[];
  footnoteLines: Set<number>;
  /** Each footnote's text with its source mapping, for ranges of the citations inside. */
  footnoteTexts: Map<Footnote, MappedText>;
  /** Which footnote area (the foot of one page) each entry was read from. */
  footnoteArea: Map<Footnote, number>;
  /** Whether every footnote stands in one area: notes set together at the end, with no page to tell them by. */
  notesTogether: boolean;
  /** The highest numbered footnote read so far (0 before any). */
  highestFootnote: number;
  footnoteLabels: ReadonlySet<string>;
  /** The footnotes looked up, once all are read. */
  footnoteIndex: FootnoteIndex;
  /** Markers that point to no footnote, for the footnote rules. */
  danglingMarkers: FootnoteMarker[];
}

/** A line of reading's range in the source: the whole source line's, or its piece's. */
export function lineRange(r: Reading, line: Line): Range {
  return line.whole || line.content.length === 0 ? r.source.lineRange(line.at) : line.content.sourceRange(r.source, 0, line.content.length);
}

export function markAsFurniture(r: Reading, line: Line, kind: Furniture['kind']): void {
  if (line.furniture) return;
  line.furniture = kind;
  r.furniture.push({ kind, range: lineRange(r, line) });
}

export function contentLinesFrom(r: Reading, start: number): Line[] {
  const lines: Line[] = [];
  for (let at = start; at < r.lines.length; at++) {
    const line = r.lines[at];
    if (!line.blank && !line.furniture && !r.footnoteLines.has(line.index)) lines.push(line);
  }
  return lines;
}

export function blockRange(r: Reading, block: Block): Range {
  return block.text.sourceRange(r.source, 0, block.text.length);
}

export function letterField(r: Reading, line: Line): Field {
  return { value: line.content.text, range: line.content.sourceRange(r.source, 0, line.content.length) };
}

export function linesRange(r: Reading, first: Line, last: Line): Range {
  return spanRanges(first.content.sourceRange(r.source, 0, first.content.length), last.content.sourceRange(r.source, 0, last.content.length));
}
