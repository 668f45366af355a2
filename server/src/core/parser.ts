// Text of a resolution in, document model out: the reading's phases in order, each a module of
// reading/ over one plain record (reading/reading.ts). Lines are cleaned and classified
// (lines, page-heads, front, footnote-zones), the layout measured (layout), content lines grouped
// into blocks (blocks, paragraph-starts), and blocks read as preamble, operative tree, closing,
// parts and annexes (body, tree), each text finished with its markers and citations (finish).
// Never throws on any input.
import { FootnoteIndex } from './footnote-index';
import { parseHeader } from './header';
import { normalizeSpacing } from './line-cleaning';
import { MappedText, joinMapped } from './mapped-text';
import type { Annex, Citation, Field, ResolutionDocument, ResolutionPart } from './model';
import { SourceText, byStart } from './source';
import { detectShape, hasMarkdownHint, type ShapeEvidence } from './shape';
import { segment } from './reading/blocks';
import { readAnnex, readBody, segmentAnnex, splitBody, type AnnexLines } from './reading/body';
import { citationsOf, finishAgain, finishText, mayReadOtherwise, type FinishedText } from './reading/finish';
import { readFootnotes } from './reading/footnote-zones';
import { findMainSymbol, guessBodyStart, headerCells, laterPartOpenings, partOpening, readOrgan } from './reading/front';
import { blankLinesSeparateParagraphs, measureWidths } from './reading/layout';
import { readLines } from './reading/lines';
import { markPageHeaders, markRunningTitle, symbolOfPageHeads } from './reading/page-heads';
import { contentLinesFrom, letterField, linesRange, type Line, type Reading } from './reading/reading';
import { isOrganLine } from './reading/text-ends';

export function parse(text: string): ResolutionDocument {
  return read(text).doc;
}

/** What a parse measured over the whole text, beyond the model: an incremental parse checks that an edit leaves it as it was. */
export interface ParseFacts {
  markdownHint: boolean;
  shape: ShapeEvidence;
  /** The right edges of the body's lines of 20 characters or more, sorted; `fullWidth` is their 90th percentile. */
  edges: Int32Array;
  fullWidth: number;
  /** Whether restoreSetAsideWords may give words set apart back to a line above. */
  restoresSetAsideWords: boolean;
}

export function parseWithFacts(text: string): { doc: ResolutionDocument; facts: ParseFacts } {
  return read(text);
}

function newReading(text: string): Reading {
  return {
    source: new SourceText(text),
    lines: [],
    furniture: [],
    pageHeadLines: [],
    linesWithSymbol: [],
    wrapped: false,
    fullWidth: 0,
    edges: new Int32Array(0),
    indented: false,
    blankSeparation: null,
    markerBreaks: null,
    unnumberedParagraphs: null,
    footnotes: [],
    footnoteLines: new Set(),
    footnoteTexts: new Map(),
    footnoteArea: new Map(),
    notesTogether: false,
    highestFootnote: 0,
    footnoteLabels: new Set(),
    footnoteIndex: FootnoteIndex.EMPTY,
    danglingMarkers: [],
  };
}

function read(text: string): { doc: ResolutionDocument; facts: ParseFacts } {
  const r = newReading(text);
  const { source } = r;
  const markdownHint = hasMarkdownHint(source.text);
  r.lines = readLines(r, markdownHint);
  const organIndex = r.lines.findIndex((line) => isOrganLine(line.content.text) && !line.furniture);
  const bodyStart = organIndex >= 0 ? organIndex : guessBodyStart(r);
  // A resolution in parts: part A's letter (and title) stand between the title and the first organ line.
  // The header is read on the lines above the body, before the page heads below are told.
  const firstPart = organIndex >= 0 ? partOpening(r, organIndex, null) : null;
  const cells = headerCells(r, firstPart ? firstPart.letter.index : bodyStart);
  const { header, title } = parseHeader(
    cells,
    source,
    (group) =>
      joinMapped(
        group.map((c) => c.text),
        ' ',
      ),
    organIndex >= 0,
  );
  const mainSymbolGuess = findMainSymbol(r, organIndex) ?? symbolOfPageHeads(r, organIndex >= 0 ? organIndex : 0, title?.text ?? null);
  markPageHeaders(r, mainSymbolGuess, bodyStart);
  const evidence = detectShape(source.text, contentTexts(r, bodyStart));
  const shape = markdownHint && evidence.shape !== 'markdown' ? 'markdown' : evidence.shape;
  r.wrapped = evidence.wrapped;
  measureWidths(r, bodyStart);
  markRunningTitle(r, title?.text ?? null, mainSymbolGuess);
  readFootnotes(r, bodyStart);
  r.footnoteLabels = new Set(r.footnotes.map((f) => f.label));

  const { organ, rest: organRest } = organIndex >= 0 ? readOrgan(r, organIndex) : { organ: null, rest: null };

  // Body: blocks up to the closing line, then annexes; each later part (B, C, …) likewise after its own organ line.
  const allBodyLines = contentLinesFrom(r, organIndex >= 0 ? organIndex + 1 : bodyStart);
  const laterOpenings = firstPart ? laterPartOpenings(r, organIndex, firstPart.letter.content.text, allBodyLines) : [];
  const bodyLines = allBodyLines.slice(0, partEnd(laterOpenings, 0, allBodyLines));
  const { mainLines, closing, annexLineGroups } = splitBody(r, bodyLines);
  // A decision's paragraph sharing its first line with the organ ("The General Assembly, taking note …") runs on below it.
  if (organRest) mainLines.unshift({ ...r.lines[organIndex], content: organRest });
  const mainBlocks = segment(r, mainLines);
  const laterBodies = readLaterBodies(r, laterOpenings, allBodyLines);
  const annexGroups = segmentAnnexes(r, annexLineGroups);
  const laterAnnexGroups: AnnexLines[][] = [];
  for (const body of laterBodies) laterAnnexGroups.push(segmentAnnexes(r, body.annexLineGroups));
  const { footnoteLabels } = r;
  r.footnoteIndex = new FootnoteIndex(r.footnotes);
  // The first reading notes each text it finishes; a second one, rescuing footnotes no marker
  // reached, takes again every text that reads the same (most of them: reading them all again
  // doubled the time of a long document missing one marker).
  const firstReading: FinishedText[] = [];
  /** Each annex as the first reading read it, and the notes of its texts: firstReading[from, to). */
  const firstAnnexes = new Map<AnnexLines, { annex: Annex; from: number; to: number }>();
  const readText = (rescue: ReadonlySet<string>) => {
    const markerState = { highest: 0 };
    const citations: Citation[] = [];
    const notes = rescue.size === 0 ? firstReading : null;
    let finished = 0;
    const finish = (text: MappedText): MappedText => {
      const earlier = notes ? undefined : firstReading[finished++];
      if (earlier && earlier.highestBefore === markerState.highest && earlier.input.sameAs(text) && !mayReadOtherwise(earlier, rescue)) {
        return finishAgain(r, earlier, markerState, citations);
      }
      return finishText(r, text, footnoteLabels, markerState, citations, rescue, notes);
    };
    // An annex whose every text the second reading takes again, in order, reads as before: it is taken whole.
    const annexOf = (group: AnnexLines): Annex => {
      const earlier = firstAnnexes.get(group);
      if (notes || !earlier) {
        const from = firstReading.length;
        const annex = readAnnex(r, group, finish);
        if (notes) firstAnnexes.set(group, { annex, from, to: firstReading.length });
        return annex;
      }
      // Texts read before the annex may have differed in number: its own notes start where they did.
      finished = earlier.from;
      const taken = firstReading.slice(earlier.from, earlier.to);
      const alike = (taken.length === 0 || taken[0].highestBefore === markerState.highest) && taken.every((note) => !mayReadOtherwise(note, rescue));
      if (!alike) return readAnnex(r, group, finish);
      for (const note of taken) finishAgain(r, note, markerState, citations);
      finished = earlier.to;
      return earlier.annex;
    };

    if (title) {
      // Titles can carry markers ("… Trust Fund 170") and citations ("resolution 2719 (2023)").
      const titleCells = cells.filter((c) => r.lines[c.line].at >= title.range.start.line && r.lines[c.line].at <= title.range.end.line);
      const cited = citations.length;
      if (titleCells.length > 0)
        finish(
          joinMapped(
            titleCells.map((c) => c.text),
            ' ',
          ),
        );
      // A Security Council resolution's title is its number ("Resolution 2231 (2015)"): the document's own, no citation.
      const number = title.numberRange?.start;
      const own = citations.findIndex((c, i) => i >= cited && c.range.start.line === number?.line && c.range.start.character === number.character);
      if (own >= 0) citations.splice(own, 1);
    }
    if (header.report) {
      for (const cell of cells.filter((c) => r.lines[c.line].at >= header.report!.range.start.line && r.lines[c.line].at <= header.report!.range.end.line)) {
        finish(cell.text);
      }
    }

    const partTitle = (lines: Line[]): Field | null => {
      if (lines.length === 0) return null;
      const text = finish(
        normalizeSpacing(
          joinMapped(
            lines.map((l) => l.content),
            ' ',
          ),
        ),
      );
      return { value: text.text, range: text.sourceRange(r.source, 0, text.length) };
    };
    const firstPartTitle = firstPart ? partTitle(firstPart.titleLines) : null;

    const kindIsBodyless = header.kind === 'amendment';
    const { preamble, operative, embedded } = readBody(r, mainBlocks, finish, !kindIsBodyless && organIndex >= 0);
    const annexes = [...(embedded ? [embedded] : []), ...annexGroups.map(annexOf)];
    const parts: ResolutionPart[] = [];
    if (firstPart) {
      const last = bodyLines[bodyLines.length - 1] ?? r.lines[organIndex];
      parts.push({
        label: letterField(r, firstPart.letter),
        title: firstPartTitle,
        organ,
        preamble,
        operative,
        closing,
        range: linesRange(r, firstPart.letter, last),
      });
    }
    for (const [k, body] of laterBodies.entries()) {
      const partTitleField = partTitle(body.opening.titleLines);
      const read = readBody(r, body.blocks, finish, true);
      annexes.push(...(read.embedded ? [read.embedded] : []), ...laterAnnexGroups[k].map(annexOf));
      parts.push({
        label: letterField(r, body.opening.letter),
        title: partTitleField,
        organ: body.organ,
        preamble: read.preamble,
        operative: read.operative,
        closing: body.closing,
        range: linesRange(r, body.opening.letter, body.last),
      });
    }
    return { preamble, operative, annexes, citations, parts };
  };
  let { preamble, operative, annexes, citations, parts } = readText(new Set());
  // Footnotes no marker reached: read the text again, looking for their markers among the numbers turned down.
  const unreferenced = new Set(r.footnotes.filter((f) => f.markers.length === 0 && /^\d+$/.test(f.label)).map((f) => f.label));
  if (unreferenced.size > 0) {
    for (const footnote of r.footnotes) footnote.markers = [];
    r.danglingMarkers.length = 0;
    ({ preamble, operative, annexes, citations, parts } = readText(unreferenced));
  }

  finishFootnotes(r, citations);
  // An amendment names the draft it amends in its header ("Denmark:* amendment to draft resolution A/C.2/80/L.13/Rev.1").
  if (header.kind === 'amendment' && header.kindRange) {
    const words = MappedText.fromSource(source.text, source.offsetAt(header.kindRange.start), source.offsetAt(header.kindRange.end));
    citations.push(...citationsOf(normalizeSpacing(words), r.source, false));
  }

  // A resolution's text with nothing of an issued document (no symbol, adoption line, number in its title or meeting
  // closing it) is a draft; a decision's runs on from its organ line ("The General Assembly, taking note …").
  const issued = header.symbols.length > 0 || title?.number || (closing?.meeting && !closing.placeholders);
  if (header.kind === 'unknown' && organ && !organRest && operative.length > 0 && !issued) header.kind = 'draft_resolution';

  const doc: ResolutionDocument = {
    shape,
    header,
    title,
    organ,
    preamble,
    operative,
    parts,
    annexes,
    footnotes: r.footnotes,
    citations: citations.sort(byStart),
    closing,
    danglingMarkers: r.danglingMarkers,
    furniture: r.furniture,
    lineCount: source.lines.length,
  };
  const facts = { markdownHint, shape: evidence, edges: r.edges, fullWidth: r.fullWidth, restoresSetAsideWords: r.wrapped && !blankLinesSeparateParagraphs(r) };
  return { doc, facts };
}

// The loops over lines and footnotes stand in functions of their own: in read, run once a parse, a loop
// had it optimised (and replaced on the stack) for its sake, at the cost of compiling all of it.

/** The texts of the content lines from `start` on, blank lines and furniture left out. */
function contentTexts(r: Reading, start: number): string[] {
  const texts: string[] = [];
  for (let at = start; at < r.lines.length; at++) if (!r.lines[at].blank && !r.lines[at].furniture) texts.push(r.lines[at].content.text);
  return texts;
}

/** Each footnote's text, spacing normalised, and its citations added to `citations`. */
function finishFootnotes(r: Reading, citations: Citation[]): void {
  for (const footnote of r.footnotes) {
    const mapped = normalizeSpacing(r.footnoteTexts.get(footnote) ?? MappedText.empty()).trim();
    footnote.text = mapped.text;
    // A footnote stands apart from the body (at the page's foot, or at the end of a clean text): "above" and "below" in it are not read against where it stands.
    citations.push(...citationsOf(mapped, r.source, false));
  }
}

type PartOpening = ReturnType<typeof laterPartOpenings>[number];

/** Where the body of the part after `opening`s[k - 1] ends in `lines`: at the next part's letter, or the end. */
function partEnd(openings: readonly PartOpening[], k: number, lines: readonly Line[]): number {
  return k < openings.length ? openings[k].letterAt : lines.length;
}

/**
 * The later parts' bodies (B, C, …), each split and segmented after its own organ line. Built by
 * a loop, as segmentAnnexes is: where a text has no later part, an empty array made by `map` and
 * mapped again read as an array of another kind in the optimised parse, which was thrown out at
 * every parse and compiled again (40 ms of the compiler's time each).
 */
function readLaterBodies(r: Reading, openings: readonly PartOpening[], allBodyLines: Line[]) {
  const bodies = [];
  for (let k = 0; k < openings.length; k++) {
    const opening = openings[k];
    const lines = allBodyLines.slice(opening.organAt + 1, partEnd(openings, k + 1, allBodyLines));
    const split = splitBody(r, lines);
    const own = readOrgan(r, allBodyLines[opening.organAt].index);
    if (own.rest) split.mainLines.unshift({ ...allBodyLines[opening.organAt], content: own.rest });
    const blocks = segment(r, split.mainLines);
    bodies.push({
      opening,
      organ: own.organ,
      blocks,
      closing: split.closing,
      annexLineGroups: split.annexLineGroups,
      last: lines[lines.length - 1] ?? allBodyLines[opening.organAt],
    });
  }
  return bodies;
}

function segmentAnnexes(r: Reading, groups: readonly Line[][]): AnnexLines[] {
  const annexes: AnnexLines[] = [];
  for (const group of groups) annexes.push(segmentAnnex(r, group));
  return annexes;
}
