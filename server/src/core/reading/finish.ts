// A text finished: footnote markers read out of it and placed on their footnotes, spacing
// normalised, citations collected; the notes that let a second reading take a text again.
import { findCitations, type CitationMatch } from '../citations';
import { digitRunsUnlessSpacing, findMarkers, type DigitRuns, type MarkerMatch } from '../footnotes';
import { normalizeSpacing } from '../line-cleaning';
import { MappedText } from '../mapped-text';
import type { Citation, FootnoteMarker } from '../model';
import type { SourceText } from '../source';
import type { Reading } from './reading';

export type Finish = (text: MappedText) => MappedText;

/**
 * A text as one reading finished it: what went in, the marker sequence before and after,
 * what came out. The reading that rescues footnotes takes it again where nothing differs.
 */
export interface FinishedText {
  input: MappedText;
  highestBefore: number;
  highestAfter: number;
  /** The numbers turned down as markers: rescuing one of them may read the text otherwise (see mayReadOtherwise). */
  turnedDown: readonly string[];
  markers: readonly FootnoteMarker[];
  citations: readonly Citation[];
  output: MappedText;
}

/**
 * The empty list every note shares: most texts have no marker, citation or number turned down,
 * and notes live as long as the parse (an empty list each was a tenth of the objects it kept alive).
 */
const NONE: readonly never[] = [];

function orNone<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list;
}

/** The citation `match` found in `text`, with its range in `source` (and its direction, "paragraph 3 above", when `directed`). */
export function citationFrom(match: CitationMatch, text: MappedText, source: SourceText, directed: boolean): Citation {
  return {
    kind: match.kind,
    text: text.text.slice(match.start, match.end),
    symbol: match.symbol,
    ...(match.date ? { date: match.date } : {}),
    ...(directed && match.direction ? { direction: match.direction } : {}),
    ...(match.paragraphs ? { paragraphs: match.paragraphs } : {}),
    ...(match.annex ? { annex: match.annex } : {}),
    ...(match.title ? { title: { value: match.title.text, range: text.sourceRange(source, match.title.start, match.title.end) } } : {}),
    range: text.sourceRange(source, match.start, match.end),
  };
}

/** Every citation in a finished text (see citationFrom); `digits` false says it holds no digit 0–9 (findCitations). */
export function citationsOf(text: MappedText, source: SourceText, directed: boolean, digits = true): Citation[] {
  return findCitations(text.text, digits).map((match) => citationFrom(match, text, source, directed));
}

/** A text finished once its markers are out: spacing normalised, trimmed. */
export function finishedPlain(text: MappedText): MappedText {
  return normalizeSpacing(text).trim();
}

/** Markers out, spacing normalised, citations collected: the paragraph's final text. */
export function finishText(
  r: Reading,
  text: MappedText,
  labels: ReadonlySet<string>,
  state: { highest: number },
  citations: Citation[],
  rescue: ReadonlySet<string>,
  notes: FinishedText[] | null,
): MappedText {
  const highestBefore = state.highest;
  const citationsBefore = citations.length;
  // One search reads the digits for the markers and tells whether the spacing is to be normalised (a search each took nearly twice as long).
  const runs = text.spacingNormalized ? null : digitRunsUnlessSpacing(text.text);
  if (runs) text.spacingNormalized = true; // as normalizeSpacing marks a text it leaves as it is
  const spaced = normalizeSpacing(text);
  const turnedDown: string[] = [];
  // A text without a digit holds no marker: nothing is made to look for them (a third of the paragraphs).
  const markers = runs && runs.starts.length === 0 && !runs.superscript ? NONE : markersOf(r, spaced, labels, state, rescue, turnedDown, runs);
  // A text without markers maps no empty list: an empty array has another shape than a list of
  // objects, and code compiled for one is compiled again when it meets the other. The markers
  // placed are listed by a loop, not by map, whose answer is an array of a third kind.
  let found: readonly FootnoteMarker[] = NONE;
  if (markers.length > 0) {
    const placed: FootnoteMarker[] = [];
    for (const marker of markers) placed.push({ label: marker.label, range: spaced.sourceRange(r.source, marker.start, marker.end) });
    placeMarkers(r, placed);
    found = placed;
  }
  const cleaned = finishedPlain(markers.length === 0 ? spaced : spaced.without(markers.map((m) => [m.start, m.end] as const)));
  // The text finished holds no digit its input lacked (markers and spaces are only taken out).
  citations.push(...citationsOf(cleaned, r.source, true, runs === null || runs.starts.length > 0));
  notes?.push({
    input: text,
    highestBefore,
    highestAfter: state.highest,
    turnedDown: orNone(turnedDown),
    markers: orNone(found),
    citations: citations.length === citationsBefore ? NONE : citations.slice(citationsBefore),
    output: cleaned,
  });
  return cleaned;
}

/** findMarkers in a text about to be finished, what it needs of the document's footnotes given. */
function markersOf(
  r: Reading,
  spaced: MappedText,
  labels: ReadonlySet<string>,
  state: { highest: number },
  rescue: ReadonlySet<string>,
  turnedDown: string[],
  runs: DigitRuns | null,
): readonly MarkerMatch[] {
  const startLine = r.source.lineAt(spaced.sourceOffset(0));
  // Footnotes whose markers the text lacks: they stand before this paragraph, or one stands at the
  // foot of the page below it together with the footnote the next marker points to (its marker went
  // missing in an earlier paragraph of that page), so that one lost marker does not hold back every later one.
  const index = r.footnoteIndex;
  const passed = (from: number, to: number) => {
    const target = index.numbered(to + 1);
    const area = from === to && target && target.range.start.line > startLine ? r.footnoteArea.get(target) : undefined;
    const firstBelow = area === undefined ? undefined : index.firstBelow(startLine);
    const pageBelow = area !== undefined && firstBelow !== undefined && r.footnoteArea.get(firstBelow) === area;
    return index.everyNumbered(from, to, (f) => f.range.start.line < startLine || (pageBelow && r.footnoteArea.get(f) === area));
  };
  // A footnote to rescue stands at the foot of the page the number is on: the first footnote area below it, with no page
  // turn between — unless every footnote stands in that one area (notes set together at the end): no page to tell then.
  const onPage = (label: string, start: number) => {
    const line = r.source.lineAt(spaced.sourceOffset(start));
    const target = index.withLabel(label);
    const firstBelow = index.firstBelow(line);
    const area = target && r.footnoteArea.get(target);
    if (!target || !firstBelow || area === undefined || area !== r.footnoteArea.get(firstBelow)) return false;
    if (r.notesTogether) return true;
    return !r.pageHeadLines.some((head) => r.lines[head].at > line && r.lines[head].at < target.range.start.line);
  };
  return findMarkers(spaced.text, labels, state, passed, { labels: rescue, onPage, turnedDown }, runs ?? undefined);
}

/** A text as an earlier reading finished it, its markers and citations placed again. */
export function finishAgain(r: Reading, earlier: FinishedText, state: { highest: number }, citations: Citation[]): MappedText {
  if (earlier.markers.length > 0) placeMarkers(r, earlier.markers);
  citations.push(...earlier.citations);
  state.highest = earlier.highestAfter;
  return earlier.output;
}

/** Each marker goes to the footnote it points to, or among the dangling ones. */
function placeMarkers(r: Reading, markers: readonly FootnoteMarker[]): void {
  for (const marker of markers) {
    const footnote = r.footnoteIndex.withLabel(marker.label);
    if (footnote) footnote.markers.push(marker);
    else r.danglingMarkers.push(marker);
  }
}

/**
 * Whether rescuing footnotes may read a noted text otherwise: a number it turned down is to be
 * rescued and was, somewhere in the text, the next marker of the sequence (the only one a rescue keeps).
 */
export function mayReadOtherwise(note: FinishedText, rescue: ReadonlySet<string>): boolean {
  return note.turnedDown.some((label) => rescue.has(label) && Number(label) > note.highestBefore && Number(label) <= note.highestAfter + 1);
}
