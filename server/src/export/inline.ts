// A paragraph's text cut into the pieces each export renders its own way: the opening
// phrase (italic in print), citations (links) and footnote references. The parser
// removed the markers from the text, so where each stood is found by aligning the
// text with the source it was read from: cleaning only drops characters, so the
// text's visible characters are, in order, characters of the source.
import type { Citation, Footnote, Range, ResolutionDocument } from '../core/model';
import { SourceText } from '../core/source';

export type Run =
  | { kind: 'text'; text: string }
  | { kind: 'phrase'; text: string }
  | { kind: 'citation'; text: string; citation: Citation }
  /**
   * `footnote` is null for a marker whose footnote is missing; `inferred` marks the
   * reference given to a footnote no marker points to (after the paragraph it follows).
   */
  | { kind: 'note'; label: string; footnote: Footnote | null; inferred?: true };

type Span = readonly [number, number];

interface PlacedMarker {
  label: string;
  offset: number;
  footnote: Footnote | null;
}

interface PlacedCitation {
  citation: Citation;
  start: number;
  end: number;
}

export class InlineRuns {
  private readonly source: SourceText;
  /** Source spans that never belong to a paragraph: page furniture and footnote entries. */
  private readonly foreign: Array<Span & { footnote?: Footnote }>;
  private readonly markers: PlacedMarker[];
  private readonly markerSpans: Span[];
  private readonly citations: PlacedCitation[];

  constructor(doc: ResolutionDocument, sourceText: string) {
    this.source = new SourceText(sourceText);
    const span = (range: Range): Span => [this.source.offsetAt(range.start), this.source.offsetAt(range.end)];
    this.foreign = [...doc.furniture.map((f) => span(f.range)), ...doc.footnotes.map((footnote) => Object.assign(span(footnote.range), { footnote }))].sort(
      (a, b) => a[0] - b[0],
    );
    const markers = [
      ...doc.footnotes.flatMap((footnote) => footnote.markers.map((m) => ({ marker: m, footnote }))),
      ...doc.danglingMarkers.map((m) => ({ marker: m, footnote: null })),
    ];
    this.markers = markers
      .map(({ marker, footnote }) => ({ label: marker.label, offset: this.source.offsetAt(marker.range.start), footnote }))
      .sort((a, b) => a.offset - b.offset);
    this.markerSpans = markers.map(({ marker }) => span(marker.range)).sort((a, b) => a[0] - b[0]);
    this.citations = doc.citations
      .map((citation) => {
        const [start, end] = span(citation.range);
        return { citation, start, end };
      })
      .sort((a, b) => a.start - b.start);
  }

  /**
   * The runs of `text`, read from the source at `range`. `footnote` names the entry
   * being cut when the text is a footnote's own, so its span is not skipped.
   */
  runs(text: string, range: Range, phrase: string | null, footnote?: Footnote): Run[] {
    const start = this.source.offsetAt(range.start);
    const end = this.source.offsetAt(range.end);
    const skipped = [...this.foreign.filter((s) => s.footnote !== footnote), ...this.markerSpans].sort((a, b) => a[0] - b[0]);
    const aligned = align(this.source.text, text, start, end, skipped);
    const outside = (offset: number) => skipped.some(([from, to]) => offset >= from && offset < to);

    const notes = this.markers
      .filter((m) => m.offset >= start && m.offset < end && !this.foreign.some((s) => s.footnote !== footnote && m.offset >= s[0] && m.offset < s[1]))
      .map((m) => ({ at: insertionPoint(aligned, m.offset), marker: m }));
    const spans: Array<{ from: number; to: number; run: Run }> = [];
    const phraseEnd = phrase && text.startsWith(phrase) ? phrase.length : 0;
    if (phraseEnd > 0) spans.push({ from: 0, to: phraseEnd, run: { kind: 'phrase', text: phrase! } });
    let cursor = phraseEnd;
    for (const placed of this.citations) {
      if (placed.start < start || placed.start >= end || outside(placed.start)) continue;
      const found = locate(text, aligned, placed, cursor);
      if (found < 0) continue;
      spans.push({ from: found, to: found + placed.citation.text.length, run: { kind: 'citation', text: placed.citation.text, citation: placed.citation } });
      cursor = found + placed.citation.text.length;
    }
    return assemble(text, spans, notes);
  }
}

/** For each character of `text`, the source offset it was read from (-1 for spaces and joins). */
function align(source: string, text: string, start: number, end: number, skipped: readonly Span[]): Int32Array {
  const offsets = new Int32Array(text.length).fill(-1);
  const nextVisible = (from: number) => {
    let i = from;
    while (i < text.length && /\s/.test(text[i])) i++;
    return i;
  };
  let j = nextVisible(0);
  let skip = 0;
  for (let s = start; s < end && j < text.length; s++) {
    while (skip < skipped.length && skipped[skip][1] <= s) skip++;
    if (skip < skipped.length && skipped[skip][0] <= s) {
      s = skipped[skip][1] - 1;
      continue;
    }
    if (source[s] === text[j]) {
      offsets[j] = s;
      j = nextVisible(j + 1);
    }
  }
  return offsets;
}

/** Where a marker read at `offset` goes: right after the last character read before it. */
function insertionPoint(aligned: Int32Array, offset: number): number {
  let at = 0;
  for (let i = 0; i < aligned.length; i++) {
    if (aligned[i] >= 0 && aligned[i] < offset) at = i + 1;
    else if (aligned[i] >= offset) break;
  }
  return at;
}

/** The citation's start in `text`: by alignment, else by its words after `cursor`; -1 when absent. */
function locate(text: string, aligned: Int32Array, placed: PlacedCitation, cursor: number): number {
  const byAlignment = aligned.findIndex((offset) => offset >= placed.start);
  if (byAlignment >= cursor && text.startsWith(placed.citation.text, byAlignment)) return byAlignment;
  return text.indexOf(placed.citation.text, cursor);
}

/** Text between the spans, each span whole, notes where they stood (after a span they fall inside). */
function assemble(text: string, spans: Array<{ from: number; to: number; run: Run }>, notes: Array<{ at: number; marker: PlacedMarker }>): Run[] {
  const runs: Run[] = [];
  let next = 0;
  const emitNotes = (upTo: number) => {
    for (; next < notes.length && notes[next].at <= upTo; next++) {
      const { marker } = notes[next];
      runs.push({ kind: 'note', label: marker.label, footnote: marker.footnote });
    }
  };
  const emitText = (from: number, to: number) => {
    let pos = from;
    while (next < notes.length && notes[next].at < to) {
      const at = Math.max(notes[next].at, pos);
      if (at > pos) runs.push({ kind: 'text', text: text.slice(pos, at) });
      pos = at;
      emitNotes(at);
    }
    if (to > pos) runs.push({ kind: 'text', text: text.slice(pos, to) });
  };
  let pos = 0;
  for (const span of spans) {
    emitText(pos, span.from);
    emitNotes(span.from);
    runs.push(span.run);
    emitNotes(span.to);
    pos = span.to;
  }
  emitText(pos, text.length);
  emitNotes(Infinity);
  return runs;
}
