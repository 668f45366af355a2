// Text of a resolution in, document model out. One parser for the three shapes:
// lines are cleaned and classified (furniture, footnotes, content), content lines are
// grouped into blocks (paragraphs), and blocks are read as header, preamble,
// operative tree, closing and annexes. Never throws on any input.
import type {
  Annex,
  Citation,
  ClosingLine,
  Field,
  Footnote,
  FootnoteMarker,
  Furniture,
  Label,
  OperativeNode,
  Preambular,
  Range,
  ResolutionDocument,
  ResolutionPart,
} from './model';
import { SourceText, spanRanges } from './source';
import { MappedText, joinMapped } from './mapped-text';
import { cleanLine, dropCandidates, hasCandidateIn, normalizeSpacing, splitCells } from './line-cleaning';
import { furnitureKind, lineFurnitureKind, withoutFurnitureWords } from './furniture';
import { isWhitespaceCode, skipWhitespace, skipWhitespaceBack } from './whitespace';
import { detectShape, hasMarkdownHint, type ShapeEvidence } from './shape';
import { matchBareNumber, matchLabel, toAlpha, toRoman, type LabelMatch } from './labels';
import { isPreambularHead, matchOperativePhrase, matchPreambularPhrase, opensWithLexiconVerb } from './phrases';
import { digitRunsUnlessSpacing, findMarkers, matchFootnoteStart, type DigitRuns, type MarkerMatch, readFootnoteArea, type AreaLine, type FootnoteEntry } from './footnotes';
import { findCitations, type CitationMatch } from './citations';
import { FootnoteIndex } from './footnote-index';
import { parseHeader, SYMBOL_LINE, type HeaderCell } from './header';
import { DATE_ALONE, FIRST_DATE, OPERATIVE_VERBS } from './lexicon';
import { startsWithCapital, startsWithDigit, startsWithLetter, startsWithLowerCase } from './letters';

interface Line {
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

/** An annex's lines, its title's and its paragraphs, segmented once for every reading of the text. */
interface AnnexLines {
  lines: Line[];
  titleLines: MappedText[];
  blocks: Block[];
}

interface Block {
  lines: number[];
  /** The paragraph's lines, joined once the block is complete (joining as we go is quadratic). */
  parts: MappedText[];
  text: MappedText;
  label: LabelMatch | null;
  /** A label standing alone, waiting for its text on the next line. */
  labelOnly: boolean;
}

/** The organ line, however the extractor spaced its words ("The General  Assembly,"). */
const ORGAN = /^The\s+General\s+Assembly\b,?/;
const CLOSING = /^(\d{1,3}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?plenary\s+meeting)\b/;
/** A capital letter alone on its line, before `The General Assembly,` (perhaps after a title): a part of a resolution in parts. */
const PART_LETTER = /^[A-Z]$/;
const ANNEX_LINE = /^(Annex|Appendix)(?: ([IVXL]{1,6}|\d{1,2}|[A-Z]))?\*?$/;
export const ENDS_PARAGRAPH = /[.,;:]['’”"*)\]]*(?:\s?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\d{1,3}\]))?$/;
/** As ENDS_PARAGRAPH, without the comma: what a sentence cannot run on after. */
const ENDS_SENTENCE = /[.;:]['’”"*)\]]*(?:\s?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\d{1,3}\]))?$/;
/** `1  Resolution 70/1.`: a footnote entry, not a paragraph `1. Decides`. */
const LABEL_ALONE_START = /^\d{1,3}\s/;
type Finish = (text: MappedText) => MappedText;

/**
 * A text as one reading finished it: what went in, the marker sequence before and after,
 * what came out. The reading that rescues footnotes takes it again where nothing differs.
 */
interface FinishedText {
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

/** A line opening with an operative verb ("Approves, with effect from …"): no sentence runs on into one. */
const OPERATIVE_OPENING = new RegExp(`^(?:${OPERATIVE_VERBS.join('|')})[ ,]`);

/**
 * A capitalised participle coordinated with a capitalised noun ("Stockpiling and Use of Chemical
 * Weapons"): a name in title case running on after "…Production,", not a preambular head.
 */
export const TITLE_CASE_RUN_ON = /^[A-Z][a-z]+(?:,| and| or) [A-Z][a-z]/;

/** A bullet opening a list item. */
const BULLET = /^[•●▪◦]\s/;

const LINKING_WORD_END = /\b(?:of|and|the|in|on|for|to|a|an|with|by|at|its|their)$/;

// Patterns tested on every line or paragraph are constants: a regular expression literal makes a
// new object each time it is evaluated (much of what a parse allocated).
/** Closing punctuation, perhaps before quotes or brackets, ending a line. */
export const CLOSES_WITH_PUNCTUATION = /[.,;:]['’”"*)\]]*$/;
const ENDS_WITH_PUNCTUATION = /[.,;:]$/;
const ENDS_WITH_STOP_OR_COMMA = /[.;,]$/;
/** "* * *" between groups of paragraphs. */
const SEPARATOR_STARS = /^(?:\*\s*){3}$/;
const LEADING_WORD = /^\S*/;
/** "Secretary -" ending a line: a compound split by the extractor. */
const SPLIT_COMPOUND_END = /[A-Za-z] -$/;
const HYPHEN_END = /[A-Za-z]-$/;
/** "…; and" ending a paragraph of a list. */
const LIST_CONJUNCTION_END = /[;:]\s*(?:and|or)$/;
/** "Target: …": a run-in head. */
const RUN_IN_HEAD = /^[A-Z][a-z]+: /;
const OPENS_SENTENCE = /^[A-Z“"‘(*]/;
const OPENS_SENTENCE_OR_QUOTE = /^[A-Z“"‘]/;
const ONE_WORD = /^\S+$/;
const CAPITALISED_WORD = /^[A-Z][a-z]/;
const OPENS_QUOTE_OR_NOTE = /^[(*“"‘]/;
const CAPITALISED_WORD_END = /\b[A-Z][a-z]+$/;
/** A footnote entry's last line ends with a full stop or a bracket. */
const ENTRY_END = /[.)]$/;
const SENTENCE_RESUMING = /^[a-z(]/;
const WORD_THEN_CAPITAL = /^\S+\s+[A-Z]/;
const WHITESPACE_RUNS = /\s+/g;
/** "* Any changes to the list of sponsors …": a note's first line. */
const STAR_NOTE_START = /^(\*{1,3})\s+[A-Z]/;

/** The citation `match` found in `text`, with its range in `source` (and its direction, "paragraph 3 above", when `directed`). */
export function citationFrom(match: CitationMatch, text: MappedText, source: SourceText, directed: boolean): Citation {
  return {
    kind: match.kind,
    text: text.text.slice(match.start, match.end),
    symbol: match.symbol,
    ...(match.date ? { date: match.date } : {}),
    ...(directed && match.direction ? { direction: match.direction } : {}),
    range: text.sourceRange(source, match.start, match.end),
  };
}

export function parse(text: string): ResolutionDocument {
  return new Parser(text).run();
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
  const parser = new Parser(text);
  const doc = parser.run();
  return { doc, facts: { ...parser.facts, restoresSetAsideWords: parser.wrapped && !parser.blankLinesSeparateParagraphs() } };
}

class Parser {
  private readonly source: SourceText;
  private lines: Line[] = [];
  wrapped = false;
  private readonly furniture: Furniture[] = [];
  private readonly footnotes: Footnote[] = [];
  private readonly footnoteLines = new Set<number>();
  /** Each footnote's text with its source mapping, for ranges of the citations inside. */
  private readonly footnoteTexts = new Map<Footnote, MappedText>();
  /** Which footnote area (the foot of one page) each entry was read from. */
  private readonly footnoteArea = new Map<Footnote, number>();
  facts!: ParseFacts;
  private footnoteLabels: ReadonlySet<string> = new Set();
  /** The footnotes looked up, once all are read. */
  private footnoteIndex = new FootnoteIndex([]);

  constructor(text: string) {
    this.source = new SourceText(text);
  }

  run(): ResolutionDocument {
    const { source } = this;
    const markdownHint = hasMarkdownHint(source.text);
    this.lines = this.readLines(markdownHint);
    const organIndex = this.lines.findIndex((line) => ORGAN.test(line.content.text) && !line.furniture);
    const mainSymbolGuess = this.findMainSymbol(organIndex) ?? this.symbolOfPageHeads(organIndex >= 0 ? organIndex : 0);
    const bodyStart = organIndex >= 0 ? organIndex : this.guessBodyStart();
    this.markPageHeaders(mainSymbolGuess, bodyStart);
    const bodyTexts = this.lines.slice(bodyStart).filter((l) => !l.blank && !l.furniture).map((l) => l.content.text);
    const evidence = detectShape(source.text, bodyTexts);
    const shape = markdownHint && evidence.shape !== 'markdown' ? 'markdown' : evidence.shape;
    this.wrapped = evidence.wrapped;
    this.measureWidths(bodyStart);
    this.facts = { markdownHint, shape: evidence, edges: this.edges, fullWidth: this.fullWidth, restoresSetAsideWords: false };

    // A resolution in parts: part A's letter (and title) stand between the title and the first organ line.
    const firstPart = organIndex >= 0 ? this.partOpening(organIndex, null) : null;
    const headerCells = this.headerCells(firstPart ? firstPart.letter.index : bodyStart);
    const { header, title } = parseHeader(headerCells, source, (cells) => joinMapped(cells.map((c) => c.text), ' '));
    this.markRunningTitle(title?.text ?? null, mainSymbolGuess);
    this.readFootnotes(bodyStart);
    this.footnoteLabels = new Set(this.footnotes.map((f) => f.label));

    const { organ, rest: organRest } = organIndex >= 0 ? this.readOrgan(organIndex) : { organ: null, rest: null };

    // Body: blocks up to the closing line, then annexes; each later part (B, C, …) likewise after its own organ line.
    const allBodyLines = this.contentLinesFrom(organIndex >= 0 ? organIndex + 1 : bodyStart);
    const laterOpenings = firstPart ? this.laterPartOpenings(organIndex, firstPart.letter.content.text, allBodyLines) : [];
    const partEnds = laterOpenings.map((opening) => opening.letterAt);
    const bodyLines = allBodyLines.slice(0, partEnds[0] ?? allBodyLines.length);
    const { mainLines, closing, annexLineGroups } = this.splitBody(bodyLines);
    // A decision's paragraph sharing its first line with the organ ("The General Assembly, taking note …") runs on below it.
    if (organRest) mainLines.unshift({ ...this.lines[organIndex], content: organRest });
    const mainBlocks = this.segment(mainLines);
    const laterBodies = laterOpenings.map((opening, k) => {
      const lines = allBodyLines.slice(opening.organAt + 1, partEnds[k + 1] ?? allBodyLines.length);
      const split = this.splitBody(lines);
      const own = this.readOrgan(allBodyLines[opening.organAt].index);
      if (own.rest) split.mainLines.unshift({ ...allBodyLines[opening.organAt], content: own.rest });
      const blocks = this.segment(split.mainLines);
      return { opening, organ: own.organ, blocks, closing: split.closing, annexLineGroups: split.annexLineGroups, last: lines[lines.length - 1] ?? allBodyLines[opening.organAt] };
    });
    const annexGroups = annexLineGroups.map((group) => this.segmentAnnex(group));
    const laterAnnexGroups = laterBodies.map((body) => body.annexLineGroups.map((group) => this.segmentAnnex(group)));
    const { footnoteLabels } = this;
    this.footnoteIndex = new FootnoteIndex(this.footnotes);
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
          return this.finishAgain(earlier, markerState, citations);
        }
        return this.finishText(text, footnoteLabels, markerState, citations, rescue, notes);
      };
      // An annex whose every text the second reading takes again, in order, reads as before: it is taken whole.
      const readAnnex = (group: AnnexLines): Annex => {
        const earlier = firstAnnexes.get(group);
        if (notes || !earlier) {
          const from = firstReading.length;
          const annex = this.readAnnex(group, finish);
          if (notes) firstAnnexes.set(group, { annex, from, to: firstReading.length });
          return annex;
        }
        // Texts read before the annex may have differed in number: its own notes start where they did.
        finished = earlier.from;
        const taken = firstReading.slice(earlier.from, earlier.to);
        const alike = (taken.length === 0 || taken[0].highestBefore === markerState.highest) && taken.every((note) => !mayReadOtherwise(note, rescue));
        if (!alike) return this.readAnnex(group, finish);
        for (const note of taken) this.finishAgain(note, markerState, citations);
        finished = earlier.to;
        return earlier.annex;
      };

      if (title) {
        // Titles can carry markers ("… Trust Fund 170") and citations ("resolution 2719 (2023)").
        const titleCells = headerCells.filter((c) => this.lines[c.line].at >= title.range.start.line && this.lines[c.line].at <= title.range.end.line);
        if (titleCells.length > 0) finish(joinMapped(titleCells.map((c) => c.text), ' '));
      }
      if (header.report) {
        for (const cell of headerCells.filter((c) => this.lines[c.line].at >= header.report!.range.start.line && this.lines[c.line].at <= header.report!.range.end.line)) {
          finish(cell.text);
        }
      }

      const partTitle = (lines: Line[]): Field | null => {
        if (lines.length === 0) return null;
        const text = finish(normalizeSpacing(joinMapped(lines.map((l) => l.content), ' ')));
        return { value: text.text, range: text.sourceRange(this.source, 0, text.length) };
      };
      const firstPartTitle = firstPart ? partTitle(firstPart.titleLines) : null;

      const kindIsBodyless = header.kind === 'amendment';
      const { preamble, operative, embedded } = this.readBody(mainBlocks, finish, !kindIsBodyless && organIndex >= 0);
      const annexes = [...(embedded ? [embedded] : []), ...annexGroups.map(readAnnex)];
      const parts: ResolutionPart[] = [];
      if (firstPart) {
        const last = bodyLines[bodyLines.length - 1] ?? this.lines[organIndex];
        parts.push({ label: this.letterField(firstPart.letter), title: firstPartTitle, organ, preamble, operative, closing, range: this.linesRange(firstPart.letter, last) });
      }
      for (const [k, body] of laterBodies.entries()) {
        const partTitleField = partTitle(body.opening.titleLines);
        const read = this.readBody(body.blocks, finish, true);
        annexes.push(...(read.embedded ? [read.embedded] : []), ...laterAnnexGroups[k].map(readAnnex));
        parts.push({
          label: this.letterField(body.opening.letter),
          title: partTitleField,
          organ: body.organ,
          preamble: read.preamble,
          operative: read.operative,
          closing: body.closing,
          range: this.linesRange(body.opening.letter, body.last),
        });
      }
      return { preamble, operative, annexes, citations, parts };
    };
    let { preamble, operative, annexes, citations, parts } = readText(new Set());
    // Footnotes no marker reached: read the text again, looking for their markers among the numbers turned down.
    const unreferenced = new Set(this.footnotes.filter((f) => f.markers.length === 0 && /^\d+$/.test(f.label)).map((f) => f.label));
    if (unreferenced.size > 0) {
      for (const footnote of this.footnotes) footnote.markers = [];
      this.danglingMarkers.length = 0;
      ({ preamble, operative, annexes, citations, parts } = readText(unreferenced));
    }

    for (const footnote of this.footnotes) {
      const mapped = normalizeSpacing(this.footnoteTexts.get(footnote) ?? MappedText.empty()).trim();
      footnote.text = mapped.text;
      // A footnote stands apart from the body (at the page's foot, or at the end of a clean text): "above" and "below" in it are not read against where it stands.
      for (const match of findCitations(mapped.text)) citations.push(citationFrom(match, mapped, this.source, false));
    }

    return {
      shape,
      header,
      title,
      organ,
      preamble,
      operative,
      parts,
      annexes,
      footnotes: this.footnotes,
      citations: citations.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character),
      closing,
      danglingMarkers: this.danglingMarkers,
      furniture: this.furniture,
      lineCount: source.lines.length,
    };
  }

  // ---- lines ---------------------------------------------------------------

  private readLines(markdown: boolean): Line[] {
    const lines: Line[] = [];
    let blanks = 0;
    const { text } = this.source;
    const drops = dropCandidates(text);
    const formFeeds = text.includes('\f');
    let turning = false;
    for (const line of this.source.lines) {
      // A page break within a line (PDFium joins pages with a form feed, no line break) ends a line of reading.
      const pieces = formFeeds ? pageBreakPieces(line.text) : WHOLE_LINE;
      for (let p = 0; p + 1 < pieces.length; p++) {
        const from = pieces[p];
        const to = p + 2 < pieces.length ? pieces[p + 1] - 1 : line.text.length;
        const whole = from === 0 && to === line.text.length;
        const piece = whole ? line.text : line.text.slice(from, to);
        const mayDrop = drops.length > 0 && hasCandidateIn(drops, line.start + from, line.start + to);
        let content = cleanLine(text, line.start + from, line.start + to, markdown, mayDrop, whole ? line.text : undefined);
        const glued = content.text.endsWith('_') && /[^_\s]_{10,}$/.test(content.text) ? /_{10,}$/.exec(content.text) : null;
        if (glued) content = content.trim(0, glued.index);
        const blank = content.length === 0;
        const furniture = blank ? null : furnitureKind(content.text) ?? lineFurnitureKind(piece);
        const edge = skipWhitespaceBack(piece, 0, piece.length);
        const indent = skipWhitespace(piece, 0, edge);
        // A form feed before a line's text, or a piece after one, turns the page.
        turning ||= p > 0 || (formFeeds && piece.lastIndexOf('\f', indent) >= 0);
        lines.push({ index: lines.length, at: line.index, whole, content, furniture, blank, blanksBefore: blanks, indent, edge, ruleAfter: glued !== null, pageTurn: turning && !blank });
        if (!blank) turning = false;
        blanks = blank ? blanks + 1 : 0;
      }
    }
    keepPageNumbersOfOneCount(lines);
    for (const line of lines) if (line.furniture && line.furniture !== 'rule') this.furniture.push({ kind: line.furniture, range: this.lineRange(line) });
    return lines;
  }

  /** A line of reading's range in the source: the whole source line's, or its piece's. */
  private lineRange(line: Line): Range {
    return line.whole || line.content.length === 0 ? this.source.lineRange(line.at) : line.content.sourceRange(this.source, 0, line.content.length);
  }

  private findMainSymbol(organIndex: number): string | null {
    const limit = organIndex >= 0 ? organIndex : Math.min(this.lines.length, 60);
    for (let i = 0; i < limit; i++) {
      for (const cell of splitCells(this.lines[i].content)) {
        const match = SYMBOL_LINE.exec(cell.text);
        if (match) return match[1];
      }
    }
    return null;
  }

  /**
   * A header without its symbol (a draft as typed): the symbol the page heads carry, standing as a
   * cell of its own beside page or job numbers at least twice after `from`, or null.
   */
  private symbolOfPageHeads(from: number): string | null {
    const seen = new Map<string, number>();
    const nearFurniture = (i: number) => [i - 2, i - 1, i + 1, i + 2].some((j) => this.lines[j]?.furniture === 'page-number' || this.lines[j]?.furniture === 'job-number');
    for (let i = from; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.blank || line.furniture || !line.content.text.includes('/') || !nearFurniture(i)) continue;
      // The symbol is a cell of its own, or opens or closes one (as besideSymbol reads a head).
      for (const cell of splitCells(line.content)) {
        const words = cell.text.split(' ');
        const symbol = [cell.text, words[0], words[words.length - 1]].map((piece) => SYMBOL_LINE.exec(piece)?.[1]).find(Boolean);
        if (symbol) seen.set(symbol, (seen.get(symbol) ?? 0) + 1);
      }
    }
    const [best] = [...seen].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1]);
    return best?.[0] ?? null;
  }

  /** Without `The General Assembly,` (amendments, fragments): the body starts after the title. */
  private guessBodyStart(): number {
    const kindLine = this.lines.findIndex((l) => /:\*{0,3}\s*(?:amendments? to|draft (?:resolution|decision))/i.test(l.content.text));
    if (kindLine < 0) {
      const firstParagraph = this.lines.findIndex((l) => !l.blank && !l.furniture && (matchLabel(l.content.text, false) !== null || isPreambularHead(firstWord(l.content.text))));
      return firstParagraph >= 0 ? firstParagraph : this.lines.length;
    }
    // The title: the next content line (after the amended draft's symbol), and lines that continue it.
    let i = kindLine + 1;
    const skippable = (line: Line) => line.blank || line.furniture || SYMBOL_LINE.test(line.content.text);
    while (i < this.lines.length && skippable(this.lines[i])) i++;
    let last = i;
    for (let j = i + 1; j < this.lines.length; j++) {
      const line = this.lines[j];
      if (line.blank || line.furniture) continue;
      if (startsWithLowerCase(line.content.text) || LINKING_WORD_END.test(this.lines[last].content.text)) last = j;
      break;
    }
    return Math.min(last + 1, this.lines.length);
  }

  private markAsFurniture(line: Line, kind: Furniture['kind']): void {
    if (line.furniture) return;
    line.furniture = kind;
    this.furniture.push({ kind, range: this.lineRange(line) });
  }

  /** Lines carrying the document's symbol as a cell of their own: the head of each page after the first. */
  private pageHeadLines: number[] = [];

  private markPageHeaders(symbol: string | null, bodyStart: number): void {
    if (!symbol) return;
    for (let i = bodyStart; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.blank || line.furniture) continue;
      if (!line.content.text.includes(symbol)) continue;
      if (splitCells(line.content).some((cell) => cell.text === symbol)) {
        this.markAsFurniture(line, 'page-header');
        this.pageHeadLines.push(i);
      } else {
        this.linesWithSymbol.push(i);
      }
    }
  }

  /** Lines holding the symbol among other words: page heads, some of them, once the title is known. */
  private linesWithSymbol: number[] = [];

  /**
   * The title repeated beside the symbol at the head of each page, over as many lines
   * as it takes and in whichever order the extractor wrote them (before the symbol,
   * after it, or sharing its line): the lines around a page head that together spell
   * the title, or its beginning.
   */
  private markRunningTitle(title: string | null, symbol: string | null): void {
    const wanted = title ? comparable(title) : '';
    if (wanted.length < 12) return;
    if (symbol) this.markHeadsSharingTheTitle(wanted, symbol);
    const reach = 8;
    for (const head of this.pageHeadLines) {
      const around: number[] = [];
      for (let i = Math.max(0, head - reach); i <= Math.min(this.lines.length - 1, head + reach); i++) {
        const line = this.lines[i];
        if (i === head || (!line.blank && !line.furniture)) around.push(i);
      }
      const at = around.indexOf(head);
      // A label alone ("V.") that the extractor read into the head of the page is passed over, and kept.
      const labelAlone = (i: number) => matchLabel(this.lines[i].content.text, true)?.length === this.lines[i].content.length;
      const pieceOf = (i: number) =>
        i === head
          ? splitCells(this.lines[i].content).map((cell) => (symbol ? besideSymbol(cell.text, symbol) ?? cell.text : cell.text)).filter((text) => text !== '').join(' ')
          : labelAlone(i) ? '' : this.lines[i].content.text;
      // The lines from..to spell, without spacing, their pieces one after another.
      const pieces = around.map(pieceOf);
      let best: [number, number] | null = null;
      for (let from = at; from >= 0; from--) {
        // How much of the title pieces from..to spell (-1: they stop spelling it).
        let spelled = 0;
        for (let i = from; i < at && spelled >= 0; i++) spelled = spellOn(wanted, pieces[i], spelled);
        for (let to = at; to < around.length && spelled >= 0; to++) {
          spelled = spellOn(wanted, pieces[to], spelled);
          if (spelled <= 0) continue;
          if (spelled === wanted.length || spelled >= 12) {
            if (!best || to - from > best[1] - best[0]) best = [from, to];
          }
        }
      }
      if (best) for (const i of around.slice(best[0], best[1] + 1)) if (!labelAlone(i)) this.markAsFurniture(this.lines[i], 'page-header');
    }
  }

  /**
   * A page head written on one line with single spaces (`pdftotext -raw`, PDFium): the symbol
   * first or last, the rest a piece of the title ("A/RES/78/192 The right of …", "… of International Law A/RES/78/107").
   */
  private markHeadsSharingTheTitle(wanted: string, symbol: string): void {
    const heads = new Set(this.pageHeadLines);
    for (const i of this.linesWithSymbol) {
      const line = this.lines[i];
      if (line.furniture) continue;
      const text = line.content.text;
      const beside = besideSymbol(text, symbol);
      if (!beside) continue;
      // Page and job numbers and the date stamp may share the line, in any order ("2/4 Effects of … 041024 A/C.4/80/L.6").
      const rest = withoutFurnitureWords(beside);
      const piece = comparable(rest);
      if (piece.length === 0) {
        this.markAsFurniture(line, 'page-header');
        heads.add(i);
        continue;
      }
      // A short piece must be where the symbol's side puts it: the title's end before the symbol ("… in Kosovo A/RES/79/305").
      const inPlace = text.startsWith(symbol) ? wanted.startsWith(piece) : wanted.endsWith(piece);
      if ((piece.length >= Math.min(12, wanted.length) && wanted.includes(piece)) || (piece.length >= 2 && inPlace)) {
        this.markAsFurniture(line, 'page-header');
        heads.add(i);
      }
    }
    this.pageHeadLines = [...heads].sort((a, b) => a - b);
  }

  private headerCells(bodyStart: number): HeaderCell[] {
    const cells: HeaderCell[] = [];
    for (let i = 0; i < bodyStart; i++) {
      const line = this.lines[i];
      if (line.blank || line.furniture) continue;
      for (const cell of splitCells(line.content)) {
        let text = cell;
        // The banner shares its line with the symbol or "Distr." only in the first lines ("General Assembly on the …" may be a title).
        const banner = i < 8 ? /^(?:United Nations|General Assembly)\s+(?=\S)/.exec(text.text) : null;
        if (banner && !SYMBOL_LINE.test(text.text)) text = text.slice(banner[0].length);
        cells.push({ line: i, text: normalizeSpacing(text) });
      }
    }
    return cells;
  }

  private contentLinesFrom(start: number): Line[] {
    return this.lines.slice(start).filter((l) => !l.blank && !l.furniture && !this.footnoteLines.has(l.index));
  }

  // ---- footnotes -----------------------------------------------------------

  /**
   * Footnote areas run from a `____` rule to the turn of the page (the symbol repeated
   * at the top of the next one) or to a line that plainly resumes the body. Outside
   * them, conversions write entries one a line: `¹ A/65/201.`, `[^1]: text`.
   */
  private readFootnotes(bodyStart: number): void {
    let area: AreaLine[] | null = null;
    let furnitureSeen = false;
    let pageTurned = false;
    let areas = 0;
    const closeArea = () => {
      if (area) {
        areas++;
        for (const entry of readFootnoteArea(area, this.highestFootnote)) this.footnoteArea.set(this.addFootnote(entry), areas);
      }
      area = null;
    };
    for (let i = bodyStart; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.blank) continue;
      if (line.furniture === 'rule') {
        closeArea();
        area = [];
        furnitureSeen = false;
        pageTurned = false;
        continue;
      }
      if (area) {
        if (line.furniture) {
          furnitureSeen = true;
          pageTurned ||= line.furniture === 'page-header';
          continue;
        }
        // A page turn ends the area, unless the footnotes go on after it (the notes of a page set over two).
        pageTurned = (pageTurned || line.pageTurn) && !goesOnWithFootnotes(line.content.text, area, this.highestFootnote);
        if (!pageTurned && !resumesBody(line.content.text, area)) {
          area.push({ index: i, text: line.content, afterFurniture: furnitureSeen });
          furnitureSeen = false;
          this.footnoteLines.add(i);
          continue;
        }
        closeArea();
      }
      if (line.furniture) continue;
      const starNoteEnd = this.starNoteEnd(i);
      if (starNoteEnd >= 0) {
        const parts = [line.content.slice(/^\*+\s*/.exec(line.content.text)![0].length)];
        for (let j = i + 1; j <= starNoteEnd; j++) if (!this.lines[j].blank && !this.lines[j].furniture) parts.push(this.lines[j].content);
        for (let j = i; j <= starNoteEnd; j++) this.footnoteLines.add(j);
        this.addFootnote({ label: /^\*+/.exec(line.content.text)![0], parts, first: i, last: starNoteEnd });
        i = starNoteEnd;
        continue;
      }
      const start = matchFootnoteStart(line.content.text, false);
      if (start) {
        this.addFootnote({ label: start.label, parts: [line.content.slice(start.textStart)], first: i, last: i });
        this.footnoteLines.add(i);
      }
      if (line.ruleAfter) {
        area = [];
        furnitureSeen = false;
        pageTurned = false;
      }
    }
    closeArea();
  }

  /**
   * The note at the foot of page 1 that the header's asterisk points to (`Ukraine:* draft
   * resolution` … `* Any changes to the list of sponsors …`), which extractors write without
   * the rule above it: a `*` entry, marked earlier, running on to the page's furniture or the
   * end of the text. Its last line, or -1.
   */
  private starNoteEnd(at: number): number {
    const text = this.lines[at].content.text;
    // Asked for every line: those not opening with a star are told without a pattern.
    const stars = text.startsWith('*') ? STAR_NOTE_START.exec(text)?.[1] : undefined;
    if (!stars) return -1;
    const marker = new RegExp(`[^\\s*]\\*{${stars.length}}(?!\\*)`);
    if (!this.lines.slice(0, at).some((l) => !l.furniture && marker.test(l.content.text))) return -1;
    let last = at;
    for (let j = at + 1; j < this.lines.length; j++) {
      const line = this.lines[j];
      if (line.blank) continue;
      if (line.furniture) return last;
      if (j - at > 4) return -1;
      last = j;
    }
    return last;
  }

  /** The highest numbered footnote read so far (0 before any). */
  private highestFootnote = 0;

  private addFootnote(entry: FootnoteEntry): Footnote {
    const text = joinMapped(entry.parts, ' ').trim();
    const footnote: Footnote = {
      label: entry.label,
      text: text.text,
      range: spanRanges(this.lineRange(this.lines[entry.first]), this.lineRange(this.lines[entry.last])),
      markers: [],
    };
    this.footnotes.push(footnote);
    this.highestFootnote = Math.max(this.highestFootnote, Number(entry.label) || 0);
    this.footnoteTexts.set(footnote, text);
    return footnote;
  }

  // ---- blocks --------------------------------------------------------------

  /** Groups content lines into paragraphs. */
  private segment(input: Line[]): Block[] {
    const lines = this.restoreSetAsideWords(restoreOpeningLine(input));
    const blocks: Block[] = [];
    let afterSeparator = false;
    // The number of the latest numbered paragraph: a number printed without its full stop may only be the next one.
    let lastNumber = 0;
    for (let at = 0; at < lines.length; at++) {
      const line = lines[at];
      const text = line.content;
      // "* * *" between groups of paragraphs ends the paragraph before it and is not text.
      if (SEPARATOR_STARS.test(text.text)) {
        afterSeparator = true;
        continue;
      }
      const previous = afterSeparator ? undefined : blocks[blocks.length - 1];
      afterSeparator = false;
      const label: LabelMatch | null = matchLabel(text.text, true) ?? unpunctuatedNumber(text.text, lastNumber, lines[at + 1]);
      const headingLabel = label && (label.style === 'heading-roman' || label.style === 'heading-alpha');
      const labelIsPlausible = label && (this.labelPlausible(label, text.text, previous, line) || opensNextParagraph(label, text.text, lastNumber, lines[at + 1]));
      // "(b)" running on after "… there are: (a) …;" continues the paragraph, however short the line before.
      const runsOnInline = label !== null && previous !== undefined && continuesInlineItems(label, previous);
      if (!previous || (labelIsPlausible && !(previous.labelOnly && headingLabel)) || (!runsOnInline && this.startsParagraph(text.text, previous, line, lines, at))) {
        blocks.push({
          lines: [line.index],
          parts: [text],
          text,
          label: labelIsPlausible ? label : null,
          labelOnly: labelIsPlausible ? text.text.length === label.length : false,
        });
        if (labelIsPlausible && label.style === 'arabic') lastNumber = label.ordinal;
        continue;
      }
      previous.lines.push(line.index);
      // A marker alone on its line was raised at the end of the text before it: glued there, it reads as one.
      if (this.isMarkerAlone(line)) previous.parts[previous.parts.length - 1] = previous.parts[previous.parts.length - 1].concat(text);
      else appendLine(previous.parts, text);
      previous.text = previous.parts[previous.parts.length - 1];
      previous.labelOnly = false;
    }
    for (const block of blocks) block.text = joinMapped(block.parts, ' ');
    return blocks;
  }

  /**
   * `pdftotext` may set the words that end a justified line apart, each alone between blank
   * lines after the paragraph ("62. Notes the adoption by the Council of decisions" …
   * "ISBA/28/C/9,"). Such words go back, in order, to the end of the nearest line above that
   * stops short, without closing punctuation, by room enough for them; that line was full.
   */
  private restoreSetAsideWords(lines: Line[]): Line[] {
    // Blank lines tell nothing where they follow most lines (double-spaced text).
    if (!this.wrapped || this.blankLinesSeparateParagraphs() || lines.filter((l) => l.blanksBefore > 0).length > lines.length / 2) return lines;
    const out: Line[] = [];
    let receiver: Line | undefined;
    for (let at = 0; at < lines.length; at++) {
      const line = lines[at];
      const text = line.content.text;
      const alone = line.blanksBefore > 0 && (lines[at + 1]?.blanksBefore ?? 1) > 0;
      const setAside = alone && ONE_WORD.test(text) && !CAPITALISED_WORD.test(text) && !OPENS_QUOTE_OR_NOTE.test(text) && matchLabel(text, true) === null;
      if (!setAside) receiver = undefined;
      for (let back = out.length - 1; setAside && !receiver && back >= 0 && back >= out.length - 6; back--) {
        const candidate = out[back];
        if (!CLOSES_WITH_PUNCTUATION.test(candidate.content.text) && candidate.edge + 1 + text.length <= this.fullWidth) receiver = candidate;
        else if (matchLabel(candidate.content.text, false) || isPreambularHead(firstWord(candidate.content.text))) break;
      }
      if (!receiver) {
        out.push(line);
        continue;
      }
      receiver.content = receiver.content.concat(line.content, ' ');
      receiver.edge = Math.max(receiver.edge, this.fullWidth);
    }
    return out;
  }

  private labelPlausible(label: LabelMatch, text: string, previous: Block | undefined, line: Line): boolean {
    const rest = text.slice(label.length).trim();
    if (label.style === 'heading-roman' || label.style === 'heading-alpha') {
      // A heading stands alone or carries a title without closing punctuation.
      if (rest.length > 0 && (!startsWithCapital(rest) || ENDS_WITH_STOP_OR_COMMA.test(rest) || !text.slice(0, label.length).endsWith('.'))) return false;
    } else if (rest.length > 0 && startsWithLowerCase(rest) && label.style === 'arabic') {
      return false;
    }
    if (!previous) return true;
    if (continuesInlineItems(label, previous)) return false;
    if (previous.labelOnly && label.style !== 'heading-roman' && label.style !== 'heading-alpha') return true;
    if (!this.wrapped) return true;
    return closesTail(previous, ENDS_PARAGRAPH) || LIST_CONJUNCTION_END.test(tailOf(previous)) || previous.label?.style.startsWith('heading') === true || isHeadingText(previous) || this.breakEndsParagraph(previous, line);
  }

  /** The widest lines of the body: a justified line that stops short of them ends its paragraph. */
  private fullWidth = 0;
  private edges = new Int32Array(0);
  /** Whether the text keeps the page's indentation (`pdftotext -layout`). */
  private indented = false;

  private measureWidths(bodyStart: number): void {
    const body = this.lines.slice(bodyStart).filter((l) => !l.blank && !l.furniture && l.content.length >= 20);
    if (body.length === 0) return;
    // A typed array sorts numbers without a comparator call per comparison (filled by index: `Int32Array.from` iterates).
    const edges = new Int32Array(body.length);
    body.forEach((line, i) => (edges[i] = line.edge));
    edges.sort();
    this.edges = edges;
    this.fullWidth = edges[Math.floor(edges.length * 0.9)];
    this.indented = body.filter((l) => l.indent >= 4).length > body.length / 2;
  }

  /**
   * Layout tells a paragraph's end where blank lines do not: its last line stops short
   * although the next line's first word would have fitted, or the next line is indented further.
   */
  private breakEndsParagraph(previous: Block, line: Line): boolean {
    if (this.blankLinesSeparateParagraphs()) return false;
    const last = this.lines[previous.lines[previous.lines.length - 1]];
    // Pages differ in margins: indentation compares only lines of one page.
    const samePage = line.index === last.index + 1;
    return (!this.lineIsFull(last, line) && !this.endsWithMarker(last)) || (this.indented && samePage && line.indent > last.indent + 2);
  }

  /**
   * Whether a line ends with a footnote's marker ("… Political Rights7", "… 1993,4"): PDFium and
   * `pdftotext -raw` break the line after a superscript, so its stopping short tells nothing.
   */
  private endsWithMarker(line: Line): boolean {
    // Most lines end otherwise: told by their last character before the pattern is tried.
    const text = line.content.text;
    const last = text.charCodeAt(text.length - 1);
    if (last < 48 || last > 57) return false;
    const match = MARKER_END.exec(text);
    return match !== null && this.footnoteLabels.has(match[1]);
  }

  /** A line holding nothing but a footnote's marker. */
  private isMarkerAlone(line: Line): boolean {
    const text = line.content.text;
    return text.length <= 3 && this.endsWithMarker(line) && startsWithDigit(text);
  }

  /** Whether a text opens a paragraph by its words: a preambular or operative opening, a bullet, an annex. */
  private opensByItsWords(text: string): boolean {
    return opensPreambularParagraph(text) || OPERATIVE_OPENING.test(text) || opensByLayoutWords(text);
  }

  private markerBreaks: boolean | null = null;

  /**
   * Whether the extractor breaks printed lines after a superscript marker (PDFium, `pdftotext -raw`):
   * told by the lines ending with a marker while the sentence goes on, in lower case, on the next
   * line: as many are cut short, they or the next line stopping short of the margin in mid-sentence,
   * as wrap at the margin (elsewhere only a full line wraps there).
   */
  private breaksAfterMarkers(): boolean {
    if (this.markerBreaks === null) {
      let full = 0;
      let cut = 0;
      const short = (line: Line) => line.edge < this.fullWidth * 0.75;
      for (let at = 0; at + 1 < this.lines.length; at++) {
        const line = this.lines[at];
        const next = this.lines[at + 1];
        if (line.blank || line.furniture || !this.endsWithMarker(line) || !startsWithLowerCase(next.content.text)) continue;
        if (short(line) || (short(next) && !CLOSES_WITH_PUNCTUATION.test(next.content.text))) cut++;
        else full++;
      }
      this.markerBreaks = cut >= 2 && cut >= full;
    }
    return this.markerBreaks;
  }

  /** Whether `line` stands apart from the line before: every line does in unwrapped text; in wrapped text, after a blank or a line stopping short. */
  private opensBlock(before: Line, line: Line): boolean {
    return !this.wrapped || line.blanksBefore > 0 || !this.lineIsFull(before, line);
  }

  /** Whether `last` reaches the right margin: the next line's first word would not have fitted on it. */
  private lineIsFull(last: Line, next: Line): boolean {
    return this.printedEdge(last) + 1 + LEADING_WORD.exec(next.content.text)![0].length >= this.fullWidth * 0.9;
  }

  /** Whether a line's sentence plainly goes on after it: it ends on a linking word, or the next line goes on in lower case. */
  private runsOnAfter(line: Line): boolean {
    const next = this.lines[line.index + 1];
    return endsOnLinkingWord(line.content.text) || (next !== undefined && !next.blank && startsWithLowerCase(next.content.text));
  }

  /**
   * A line's width as a heading's: a piece after a marker is as wide as its printed line unless a
   * paragraph opens after it ("…Development, 3" "Countries in special situations" "Underlining …").
   */
  private headingWidth(line: Line): number {
    if (!this.breaksAfterMarkers()) return line.edge;
    const next = this.lines[line.index + 1]?.content.text ?? '';
    return matchLabel(next, true) !== null || this.opensByItsWords(next) ? line.edge : this.printedEdge(line);
  }

  /** Where a line ends on the page: after the pieces before it that a break after a marker cut from the same printed line. */
  private printedEdge(line: Line): number {
    let edge = line.edge;
    if (!this.breaksAfterMarkers()) return edge;
    for (let at = line.index - 1; at >= 0 && edge < this.fullWidth; at--) {
      const before = this.lines[at];
      if (before.blank || before.furniture || !this.endsWithMarker(before)) break;
      edge += before.edge + 1;
    }
    return edge;
  }

  /** A short capitalised line without closing punctuation between paragraphs: a heading ("Partnerships and support mechanisms"). */
  private isHeadingLine(line: Line): boolean {
    const text = line.content.text;
    return this.wrapped && startsWithCapital(text) && !CLOSES_WITH_PUNCTUATION.test(text) && line.edge < this.fullWidth * 0.75 && !isPreambularHead(firstWord(text)) && !this.endsWithMarker(line) && this.headingWidth(line) < this.fullWidth * 0.75 && !this.runsOnAfter(line);
  }

  /**
   * A capitalised line without closing punctuation, between a paragraph's end and a
   * numbered paragraph, is a heading however wide ("Budget estimates for the period from …").
   */
  private headsNumberedParagraph(line: Line, following: readonly Line[]): boolean {
    if (!startsWithCapital(line.content.text) || CLOSES_WITH_PUNCTUATION.test(line.content.text)) return false;
    // The heading may wrap: lines going on in lower case, without closing punctuation, before the label.
    let at = 0;
    while (at < 2 && following[at] && startsWithLowerCase(following[at].content.text) && !CLOSES_WITH_PUNCTUATION.test(following[at].content.text)) at++;
    const next = following[at];
    if (!next) return false;
    const label = matchLabel(next.content.text, true);
    return label !== null && (label.style === 'arabic' || label.style.startsWith('heading')) && !isPreambularHead(firstWord(line.content.text));
  }

  /**
   * A numbered heading's title wraps in title case ("II. Implementation of the Awaza Programme of
   * Action for Landlocked" "Developing Countries for the Decade 2024–2034" "13. We …"): its line
   * was too long for the next word and stops on a word no title ends with, a linking word or a
   * name running on; the next line goes on without a blank or closing punctuation up to a numbered
   * paragraph and, in `-layout` text, hangs under the title. A subheading of its own ("Partnerships
   * and support mechanisms") follows a title that ends, or stands at the label's indentation.
   */
  private continuesHeadingTitle(previous: Block, line: Line, following: readonly Line[]): boolean {
    const text = line.content.text;
    if (!previous.label?.style.startsWith('heading') || !isHeadingText(previous) || line.blanksBefore > 0) return false;
    // A paragraph's line ends with punctuation before a numbered one; a title's does not ("Developing States").
    if (CLOSES_WITH_PUNCTUATION.test(text)) return false;
    const nextLabel = following[0] ? matchLabel(following[0].content.text, true) : null;
    if (!nextLabel || !(nextLabel.style === 'arabic' || nextLabel.style.startsWith('heading'))) return false;
    const last = this.lines[previous.lines[previous.lines.length - 1]];
    const runsOn = LINKING_WORD_END.test(last.content.text) || CAPITALISED_WORD_END.test(last.content.text);
    const long = last.edge + 1 + firstWord(text).length >= this.fullWidth * 0.75;
    const hangs = !this.indented || line.indent > this.lines[previous.lines[0]].indent;
    return runsOn && long && hangs;
  }

  /**
   * A one-line lead-in after a finished sentence, closing with a colon before a numbered
   * paragraph or a bulleted item ("…; " "As a follow-up to the present declaration, we:"
   * "77. Request …"; "… of these sessions." "Targets:" "• Encourage …").
   */
  private leadsIntoList(line: Line, next: Line | undefined, before: string): boolean {
    if (!next || !ENDS_SENTENCE.test(before) || !startsWithCapital(line.content.text) || !line.content.text.endsWith(':')) return false;
    if (BULLET.test(next.content.text)) return true;
    const label = matchLabel(next.content.text, true);
    return label !== null && label.style === 'arabic';
  }

  /**
   * A line opening with an operative verb in the third person ("Confirms that …") whose sentence
   * runs on to closing punctuation before another paragraph opens: a heading's title is a noun
   * phrase without a final stop, so the line opens a paragraph.
   */
  private opensOperativeSentence(line: Line, following: readonly Line[]): boolean {
    if (matchOperativePhrase(line.content.text) === 0) return false;
    const run = [line, ...following];
    for (let at = 0; at < run.length; at++) {
      const text = run[at].content.text;
      if (at > 0 && (run[at].blanksBefore > 0 || matchLabel(text, true) || isPreambularHead(firstWord(text)) || matchOperativePhrase(text) > 0)) return false;
      if (ENDS_PARAGRAPH.test(text)) return true;
    }
    return false;
  }

  /** Whether `line`, lines[at], opens a paragraph after `previous`. */
  private startsParagraph(text: string, previous: Block, line: Line, lines: readonly Line[], at: number): boolean {
    if (previous.labelOnly) return false;
    if (startsWithLowerCase(text)) return false;
    // A marker alone on its line (PDFium, a hand-made copy) is a piece of the sentence it marks,
    // which goes on after it unless a paragraph plainly opens.
    if (this.isMarkerAlone(line)) return false;
    // No paragraph or heading ends on a linking word ("… behaviour of" "States, …"), and a paragraph
    // ends with its closing punctuation: without it, the text goes on whatever the layout between,
    // unless a paragraph or a heading over a numbered one plainly opens.
    const ended = closesTail(previous, ENDS_PARAGRAPH);
    const afterMarker = this.isMarkerAlone(this.lines[previous.lines[previous.lines.length - 1]]);
    // The opening words are read only where a test needs them (most lines of clean text end their paragraph).
    const opensByItsWords = (!ended || afterMarker || this.wrapped) && this.opensByItsWords(text);
    if (afterMarker && !opensByItsWords && !this.headsNumberedParagraph(line, lines.slice(at + 1, at + 4))) return false;
    if (!ended && !opensByItsWords) {
      if (endsOnLinkingWord(lastPart(previous))) return false;
      const isParagraph = previous.label ? !previous.label.style.startsWith('heading') : this.opensByItsWords(previous.parts[0].text);
      if (isParagraph && !this.headsNumberedParagraph(line, lines.slice(at + 1, at + 4))) return false;
    }
    if (!this.wrapped) return true;
    const following = lines.slice(at + 1, at + 10);
    if (this.continuesHeadingTitle(previous, line, following)) return false;
    if (continuesRunInSeries(previous, text)) return true;
    // A bullet opens a list item; no sentence runs on into one.
    if (BULLET.test(text)) return true;
    const previousIsHeading = previous.lines.length === 1 && this.isHeadingLine(this.lines[previous.lines[0]]);
    if (previousIsHeading || (ended && (this.isHeadingLine(line) || this.headsNumberedParagraph(line, following)))) return true;
    // Between unnumbered paragraphs ("Recalling …," "Approves, …") or after a heading and its
    // title ("A." "Base/floor salary scale" "Recalling …"), opening words open a paragraph.
    const opensParagraph = opensByItsWords && opensPreambularParagraph(text);
    const unnumbered = !previous.label || previous.label.style.startsWith('heading');
    const opensUnnumbered = opensParagraph || (unnumbered && opensByItsWords && OPERATIVE_OPENING.test(text));
    if (previous.label?.style.startsWith('heading') && isHeadingText(previous) && (opensUnnumbered || this.opensOperativeSentence(line, following))) return true;
    if (!ended) return false;
    const before = tailOf(previous);
    // A colon closing a full line goes on into a name ("the Almaty Programme of Action:" "Addressing the Special Needs …").
    const colonRunsOn = before.endsWith(':') && line.blanksBefore === 0 && this.lineIsFull(this.lines[previous.lines[previous.lines.length - 1]], line);
    // A comma ends a preambular paragraph, never a numbered one: its sentence runs on into a capitalised
    // name ("… for the Least Developed Countries," "Landlocked Developing Countries and …").
    const commaRunsOn = previous.label?.style === 'arabic' && !ENDS_SENTENCE.test(before);
    if ((opensUnnumbered && !colonRunsOn && !commaRunsOn) || this.leadsIntoList(line, following[0], before)) return true;
    if (commaRunsOn) return false;
    // A run-in head after a finished sentence ("…; " "Target: at least 80 per cent …"): no sentence runs on into one.
    if (ENDS_SENTENCE.test(before) && RUN_IN_HEAD.test(text)) return true;
    if (ANNEX_LINE.test(text)) return true;
    // Extractors that separate paragraphs with a blank line (PyMuPDF) tell us directly.
    // Elsewhere a blank line is the turn of a page: a sentence runs on across it, but not after
    // a full stop, semicolon or colon. A comma with a marker after it ("… 2024,5") is a list running on.
    if (this.runsOnOverPageTurn(previous, line)) return false;
    if (line.blanksBefore > 0 && !startsWithDigit(text) && (ENDS_SENTENCE.test(before) || (this.blankLinesSeparateParagraphs() && ENDS_WITH_PUNCTUATION.test(before)))) return true;
    return OPENS_SENTENCE.test(text) && this.breakEndsParagraph(previous, line);
  }

  /**
   * A sentence ending a full line at the foot of a page does not end the paragraph in a text
   * whose numbered paragraphs never give way to unnumbered ones (a declaration): the next page
   * goes on with the paragraph's next sentence ("… sustainable development." "We take note …").
   */
  private runsOnOverPageTurn(previous: Block, line: Line): boolean {
    const last = this.lines[previous.lines[previous.lines.length - 1]];
    const pageTurn = this.lines.slice(last.index + 1, line.index).some((l) => l.furniture);
    return pageTurn && previous.label !== null && !previous.label.style.startsWith('heading') && this.lineIsFull(last, line) && !this.hasUnnumberedParagraphs();
  }

  private unnumberedParagraphs: boolean | null = null;

  /**
   * Whether, after the first numbered paragraph, a paragraph opens without a label or an opening
   * participle: on one page, after a line ending a sentence short of the margin, a line that is
   * no heading (it reaches the margin or closes with punctuation).
   */
  private hasUnnumberedParagraphs(): boolean {
    if (this.unnumberedParagraphs === null) {
      const content = this.lines.filter((l) => !l.blank && !l.furniture && !this.footnoteLines.has(l.index));
      const firstNumbered = content.findIndex((l) => matchLabel(l.content.text, true)?.style === 'arabic');
      this.unnumberedParagraphs = firstNumbered >= 0 && content.slice(firstNumbered + 1).some((line, i) => {
        const before = content[firstNumbered + i];
        const text = line.content.text;
        const labelAlone = matchLabel(before.content.text, true)?.length === before.content.text.length;
        if (line.index !== before.index + 1 || labelAlone || !ENDS_SENTENCE.test(before.content.text) || this.lineIsFull(before, line)) return false;
        if (!OPENS_SENTENCE_OR_QUOTE.test(text) || matchLabel(text, true) !== null || isPreambularHead(firstWord(text))) return false;
        return CLOSES_WITH_PUNCTUATION.test(text) || line.edge >= this.fullWidth * 0.9;
      });
    }
    return this.unnumberedParagraphs;
  }

  private blankSeparation: boolean | null = null;

  /**
   * Whether a blank line marks a paragraph's end (PyMuPDF) or only the turn of a page
   * (`pdftotext`): told by the lines that plainly open a paragraph, a numbered label or a
   * preambular participle at the start, and how many of them follow a blank line
   * (when most lines follow one, blanks tell nothing).
   */
  blankLinesSeparateParagraphs(): boolean {
    if (this.blankSeparation === null) {
      let opening = 0;
      let openingAfterBlank = 0;
      let content = 0;
      let afterBlank = 0;
      for (const line of this.lines) {
        if (line.blank || line.furniture) continue;
        content++;
        if (line.blanksBefore > 0) afterBlank++;
        const text = line.content.text;
        const label = matchLabel(text, false);
        if ((label && !label.style.startsWith('heading')) || isPreambularHead(firstWord(text))) {
          opening++;
          if (line.blanksBefore > 0) openingAfterBlank++;
        }
      }
      // Text with a blank after every line says nothing by them.
      this.blankSeparation = content > 0 && afterBlank / content < 0.5 && (opening < 4 || openingAfterBlank / opening >= 0.5);
    }
    return this.blankSeparation;
  }

  // ---- body ----------------------------------------------------------------

  private readBody(blocks: Block[], finish: Finish, hasOrgan: boolean): { preamble: Preambular[]; operative: OperativeNode[]; embedded: Annex | null } {
    // The operative part opens at the first numbered paragraph or heading; lettered items
    // before it belong to the preambular paragraph they follow ("… a contribution to: (a) …,").
    const firstOperative = blocks.findIndex((b) => b.label !== null && !isSubItem(b.label));
    let preambleEnd = firstOperative >= 0 ? firstOperative : blocks.length;
    if (!hasOrgan) preambleEnd = 0;
    // "Adopts the following outcome document:" opening the text it adopts, numbered paragraphs and all.
    const adopting = blocks.slice(0, preambleEnd).findIndex((b) => !b.label && b.text.text.endsWith(':') && !isPreambularHead(firstWord(b.text.text)) && matchOperativePhrase(b.text.text) > 0);
    if (adopting >= 0 && hasOrgan) preambleEnd = adopting;
    else if (firstOperative < 0 && hasOrgan) {
      // A single unnumbered operative paragraph ("Endorses the political declaration …").
      const operativeAt = blocks.findIndex((b) => !b.label && !isPreambularHead(firstWord(b.text.text)) && (matchOperativePhrase(b.text.text) > 0 || startsWithLowerCase(b.text.text)));
      if (operativeAt >= 0) preambleEnd = operativeAt;
    }
    const preamble = this.preambleOf(blocks.slice(0, preambleEnd), finish);
    let operativeBlocks = blocks.slice(preambleEnd);
    // "Adopts the following outcome document: …": the text adopted follows in full and is read like an annex.
    let embedded: Annex | null = null;
    const opening = operativeBlocks[0];
    const next = operativeBlocks[1];
    if (opening && !opening.label && opening.text.text.endsWith(':') && next && !next.label && (adopting >= 0 || operativeBlocks.length > 2)) {
      embedded = this.readPart('Text', operativeBlocks.slice(1), finish);
      operativeBlocks = operativeBlocks.slice(0, 1);
    }
    return { preamble, operative: this.operativeTree(operativeBlocks, finish, true), embedded };
  }

  /** Preambular paragraphs, with their lettered items folded in and headings between them left out. */
  private preambleOf(blocks: Block[], finish: Finish): Preambular[] {
    const paragraphs: Block[] = [];
    for (const block of blocks) {
      const previous = paragraphs[paragraphs.length - 1];
      if (block.label && previous) {
        paragraphs[paragraphs.length - 1] = mergeBlocks(previous, block);
      } else if (!isHeadingText(block) || isPreambularHead(firstWord(block.text.text))) {
        paragraphs.push(block);
      }
    }
    return paragraphs.map((block) => this.preambular(block, finish));
  }

  private preambular(block: Block, finish: Finish): Preambular {
    const text = finish(block.text);
    const phraseLength = matchPreambularPhrase(text.text);
    return {
      phrase: phraseLength > 0 ? { value: text.text.slice(0, phraseLength), range: text.sourceRange(this.source, 0, phraseLength) } : null,
      text: text.text,
      range: this.blockRange(block),
    };
  }

  private blockRange(block: Block): Range {
    return block.text.sourceRange(this.source, 0, block.text.length);
  }

  private operativeTree(blocks: Block[], finish: Finish, withPhrases: boolean): OperativeNode[] {
    const roots: OperativeNode[] = [];
    // The open path from a root heading or paragraph down to the latest item.
    const path: OperativeNode[] = [];
    const levels = new Map<OperativeNode, number>();
    const headingAt = unlabelledHeadings(blocks, withPhrases);
    blocks.forEach((block, i) => {
      const label = block.label;
      const body = label ? block.text.trim(label.length) : block.text;
      const text = finish(body);
      const unlabelledHeading = headingAt[i];
      // One object for both ranges: ranges are never changed in place (extendRanges replaces `range`).
      const range = this.blockRange(block);
      const node: OperativeNode = {
        kind: unlabelledHeading || (label && label.style.startsWith('heading')) ? 'heading' : 'paragraph',
        label: null,
        phrase: null,
        text: text.text,
        range,
        ownRange: range,
        children: [],
      };
      if (node.kind === 'paragraph' && withPhrases && (!label || label.style === 'arabic')) {
        const phraseLength = matchOperativePhrase(text.text);
        if (phraseLength > 0) node.phrase = { value: text.text.slice(0, phraseLength), range: text.sourceRange(this.source, 0, phraseLength) };
      }
      if (unlabelledHeading) {
        // A heading that groups numbered headings ("Priority area 2" over "I.", "II.", perhaps after
        // paragraphs of its own) ranks above them: the next numbered heading before another
        // unnumbered one starts again at I or A. Otherwise it groups paragraphs under the current one.
        // Each scan stops at the next unnumbered heading, so all of them together read the blocks once.
        let level = 1.5;
        for (let j = i + 1; j < blocks.length; j++) {
          const ahead = blocks[j];
          if (ahead.label?.style.startsWith('heading')) {
            if (ahead.label.ordinal === 1) level = -1;
            break;
          }
          if (headingAt[j]) break;
        }
        // A heading straight under another that has nothing of its own yet is its subheading ("Introduction" "In quest of …").
        const above = path[path.length - 1];
        if (headingAt[i - 1] && above?.kind === 'heading' && !above.label && above.children.length === 0 && level >= levelOf(above, levels)) level = levelOf(above, levels) + 0.25;
        levels.set(node, level);
        while (path.length > 0 && (path[path.length - 1].kind === 'paragraph' || levelOf(path[path.length - 1], levels) >= level)) path.pop();
        (path.length > 0 ? path[path.length - 1].children : roots).push(node);
        path.push(node);
        return;
      }
      if (!label) {
        // Unnumbered text: the single operative paragraph (its items follow), or quoted text after a paragraph.
        const parent = [...path].reverse().find((p) => p.kind === 'heading');
        (parent ? parent.children : roots).push(node);
        if (path.every((p) => p.kind === 'heading')) path.push(node);
        return;
      }
      const resolved = resolveLabel(label, path);
      node.label = {
        text: label.text,
        style: resolved.style,
        ordinal: resolved.ordinal,
        parts: resolved.style === label.style ? label.parts : [resolved.ordinal],
        suffix: label.suffix,
        ...(label.lacksFullStop ? { lacksFullStop: true as const } : {}),
        range: block.text.sourceRange(this.source, 0, label.length),
      };
      if (withPhrases && enumerates(node, path)) {
        path[path.length - 1].children.push(node);
        path.push(node);
        return;
      }
      attach(node, path, roots, levels);
    });
    for (const root of roots) extendRanges(root);
    return roots;
  }

  /** An annex's lines: its label line, its title's lines and its paragraphs. */
  private segmentAnnex(lines: Line[]): AnnexLines {
    let titleEnd = 1;
    while (titleEnd < lines.length) {
      const text = lines[titleEnd].content.text;
      // A declaration speaks in the first person plural from its first paragraph ("We, Heads of State …"); no title does.
      if (matchLabel(text, true) || ENDS_WITH_PUNCTUATION.test(text) || (titleEnd > 1 && isPreambularHead(firstWord(text))) || /^We\b/.test(text)) break;
      // No title or subtitle is one word: a capitalised word standing as a block of its own after the
      // title is the text's first heading ("Programme of Action … for the Decade" "2024–2034" "Introduction").
      if (titleEnd > 1 && /^[A-Z][\p{L}-]*$/u.test(text) && this.opensBlock(lines[titleEnd - 1], lines[titleEnd])) break;
      titleEnd++;
      // A title and a subtitle, each over up to four lines.
      if (titleEnd > 8) break;
    }
    const titleLines = lines.slice(1, titleEnd).map((l) => l.content);
    return { lines, titleLines, blocks: this.segment(lines.slice(titleEnd)) };
  }

  private readAnnex({ lines, titleLines, blocks }: AnnexLines, finish: Finish): Annex {
    const first = lines[0];
    const annex = this.readPart(first.content.text.replace(/\*$/, ''), blocks, finish, titleLines);
    const last = lines[lines.length - 1];
    annex.range = spanRanges(first.content.sourceRange(this.source, 0, first.content.length), last.content.sourceRange(this.source, 0, last.content.length));
    return annex;
  }

  /** An annex or an adopted text: a title, then its own preamble and operative tree. */
  private readPart(label: string, blocks: Block[], finish: Finish, titleLines: MappedText[] = []): Annex {
    let body = blocks;
    if (titleLines.length === 0 && body.length > 0 && isHeadingText(body[0])) {
      titleLines = body[0].parts;
      body = body.slice(1);
    } else if (titleLines.length === 0 && body.length > 0) {
      // A declaration's title run into its first paragraph ("… on the Information Society" "We, the Ministers …"):
      // the lines before the speakers' "We" are the title.
      const first = body[0];
      const speaksNext = body[1] && !body[1].label && /^We,? /.test(body[1].parts[0].text);
      const speaker = speaksNext ? first.parts.length : first.parts.findIndex((part, i) => i > 0 && /^We,? /.test(part.text));
      const title = first.parts.slice(0, speaker);
      if (speaker > 0 && !first.label && startsWithCapital(title[0].text) && title.every((part) => !ENDS_WITH_PUNCTUATION.test(part.text)) && title.reduce((n, part) => n + part.length, 0) < 300) {
        titleLines = title;
        const parts = first.parts.slice(speaker);
        if (parts.length === 0) body = body.slice(1);
        else {
          const from = parts[0].sourceRange(this.source, 0, 0).start.line;
          body = [{ lines: first.lines.filter((line) => this.lines[line].at >= from), parts, text: joinMapped(parts, ' '), label: null, labelOnly: false }, ...body.slice(1)];
        }
      }
    }
    let firstLabelled = body.findIndex((b) => b.label !== null && !isSubItem(b.label));
    // Headings over the first numbered paragraph ("Introduction") head the numbered text, not the preamble.
    while (firstLabelled > 0 && !body[firstLabelled - 1].label && isHeadingText(body[firstLabelled - 1]) && !isPreambularHead(firstWord(body[firstLabelled - 1].text.text))) firstLabelled--;
    const preambleBlocks = firstLabelled >= 0 ? body.slice(0, firstLabelled) : [];
    const operativeBlocks = firstLabelled >= 0 ? body.slice(firstLabelled) : body;
    const title = titleLines.length > 0 ? finish(normalizeSpacing(joinMapped(titleLines, ' '))) : null;
    const ranges = blocks.map((b) => this.blockRange(b));
    return {
      label,
      title: title ? { value: title.text, range: title.sourceRange(this.source, 0, title.length) } : null,
      range: ranges.length > 0 ? spanRanges(ranges[0], ranges[ranges.length - 1]) : this.source.range(0, 0),
      preamble: this.preambleOf(preambleBlocks, finish),
      operative: this.operativeTree(operativeBlocks, finish, false),
    };
  }

  /** The organ line's words, and any text after them on the line (the one paragraph of a decision). */
  private readOrgan(index: number): { organ: Field; rest: MappedText | null } {
    const line = this.lines[index];
    const match = ORGAN.exec(line.content.text)!;
    const rest = line.content.trim(match[0].length);
    return { organ: { value: match[0], range: line.content.sourceRange(this.source, 0, match[0].length) }, rest: rest.length > 0 ? rest : null };
  }

  /** A body's lines after its organ line: the text up to the closing line, the closing, then annexes. */
  private splitBody(bodyLines: Line[]): { mainLines: Line[]; closing: ClosingLine | null; annexLineGroups: Line[][] } {
    const closingAt = bodyLines.findIndex((l) => CLOSING.test(l.content.text));
    const annexStarts: number[] = [];
    for (let i = 0; i < bodyLines.length; i++) {
      if (!ANNEX_LINE.test(bodyLines[i].content.text)) continue;
      const previous = bodyLines[i - 1]?.content.text ?? '';
      if (i === 0 || ENDS_PARAGRAPH.test(previous) || CLOSING.test(previous) || DATE_ALONE.test(previous)) annexStarts.push(i);
    }
    const mainEnd = Math.min(closingAt >= 0 ? closingAt : bodyLines.length, annexStarts[0] ?? bodyLines.length);
    const closing = closingAt >= 0 ? this.readClosing(bodyLines, closingAt) : null;
    const annexLineGroups = annexStarts.map((start, i) => bodyLines.slice(start, annexStarts[i + 1] ?? bodyLines.length));
    return { mainLines: bodyLines.slice(0, mainEnd), closing, annexLineGroups };
  }

  // ---- parts ---------------------------------------------------------------

  /**
   * The letter alone on its line that opens a part ("A", "B"), and the part's title lines
   * between it and the organ line at `organIndex`. After the first part the letters run on
   * (B after A), and a letter stands after a finished paragraph or the part's closing date:
   * a heading `A.` of a section, an annex label or a symbol is never a letter alone before
   * `The General Assembly,`.
   */
  private partOpening(organIndex: number, previousLetter: string | null): { letter: Line; titleLines: Line[] } | null {
    const titleLines: Line[] = [];
    for (let i = organIndex - 1; i >= 0 && titleLines.length <= 3; i--) {
      const line = this.lines[i];
      if (line.blank || line.furniture || this.footnoteLines.has(i)) continue;
      const text = line.content.text;
      if (PART_LETTER.test(text)) {
        if (previousLetter !== null && text.charCodeAt(0) !== previousLetter.charCodeAt(0) + 1) return null;
        if (previousLetter !== null && !this.endsText(i)) return null;
        return { letter: line, titleLines: titleLines.reverse() };
      }
      if (!startsWithCapital(text) || CLOSES_WITH_PUNCTUATION.test(text)) return null;
      titleLines.push(line);
    }
    return null;
  }

  /** Whether the content line before line `index` finishes a paragraph, or is a closing line or its date. */
  private endsText(index: number): boolean {
    for (let i = index - 1; i >= 0; i--) {
      const line = this.lines[i];
      if (line.blank || line.furniture || this.footnoteLines.has(i)) continue;
      const text = line.content.text;
      return ENDS_PARAGRAPH.test(text) || CLOSING.test(text) || DATE_ALONE.test(text);
    }
    return false;
  }

  /** Parts B, C, … after part A: each organ line below the first that a part letter opens, as positions in the body's lines. */
  private laterPartOpenings(organIndex: number, firstLetter: string, bodyLines: Line[]): Array<{ letter: Line; titleLines: Line[]; letterAt: number; organAt: number }> {
    const openings: Array<{ letter: Line; titleLines: Line[]; letterAt: number; organAt: number }> = [];
    let letter = firstLetter;
    for (let organAt = 0; organAt < bodyLines.length; organAt++) {
      const line = bodyLines[organAt];
      if (line.index <= organIndex || !ORGAN.test(line.content.text)) continue;
      const opening = this.partOpening(line.index, letter);
      if (!opening) continue;
      const letterAt = bodyLines.indexOf(opening.letter);
      if (letterAt < 0) continue;
      openings.push({ ...opening, letterAt, organAt });
      letter = opening.letter.content.text;
    }
    return openings;
  }

  private letterField(line: Line): Field {
    return { value: line.content.text, range: line.content.sourceRange(this.source, 0, line.content.length) };
  }

  private linesRange(first: Line, last: Line): Range {
    return spanRanges(first.content.sourceRange(this.source, 0, first.content.length), last.content.sourceRange(this.source, 0, last.content.length));
  }

  private readClosing(lines: Line[], at: number): ClosingLine {
    const line = lines[at];
    // Read with its spacing collapsed ("81st  plenary meeting", "30 June  2025" in pypdf).
    const text = normalizeSpacing(line.content).text;
    const meeting = CLOSING.exec(text)![1];
    let date = FIRST_DATE.exec(text)?.[0] ?? null;
    let last = line;
    const next = lines[at + 1];
    if (!date && next && DATE_ALONE.test(next.content.text)) {
      date = normalizeSpacing(next.content).text;
      last = next;
      this.footnoteLines.add(next.index);
    }
    return {
      meeting,
      date,
      range: spanRanges(line.content.sourceRange(this.source, 0, line.content.length), last.content.sourceRange(this.source, 0, last.content.length)),
    };
  }

  // ---- text ----------------------------------------------------------------

  /** Markers out, spacing normalised, citations collected: the paragraph's final text. */
  private finishText(
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
    const markers = runs && runs.starts.length === 0 && !runs.superscript ? NONE : this.markersOf(spaced, labels, state, rescue, turnedDown, runs);
    // A text without markers maps no empty list: an empty array has another shape than a list of
    // objects, and code compiled for one is compiled again when it meets the other.
    const found = markers.length === 0 ? NONE : markers.map((marker): FootnoteMarker => ({ label: marker.label, range: spaced.sourceRange(this.source, marker.start, marker.end) }));
    if (found.length > 0) this.placeMarkers(found);
    const cleaned = normalizeSpacing(markers.length === 0 ? spaced : spaced.without(markers.map((m) => [m.start, m.end] as const))).trim();
    for (const match of findCitations(cleaned.text)) citations.push(citationFrom(match, cleaned, this.source, true));
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
  private markersOf(
    spaced: MappedText,
    labels: ReadonlySet<string>,
    state: { highest: number },
    rescue: ReadonlySet<string>,
    turnedDown: string[],
    runs: DigitRuns | null,
  ): readonly MarkerMatch[] {
    const startLine = this.source.lineAt(spaced.sourceOffset(0));
    // Footnotes whose markers the text lacks: they stand before this paragraph, or one stands at the
    // foot of the page below it together with the footnote the next marker points to (its marker went
    // missing in an earlier paragraph of that page), so that one lost marker does not hold back every later one.
    const index = this.footnoteIndex;
    const passed = (from: number, to: number) => {
      const target = index.numbered(to + 1);
      const area = from === to && target && target.range.start.line > startLine ? this.footnoteArea.get(target) : undefined;
      const firstBelow = area === undefined ? undefined : index.firstBelow(startLine);
      const pageBelow = area !== undefined && firstBelow !== undefined && this.footnoteArea.get(firstBelow) === area;
      return index.everyNumbered(from, to, (f) => f.range.start.line < startLine || (pageBelow && this.footnoteArea.get(f) === area));
    };
    // A footnote to rescue stands at the foot of the page the number is on: the first footnote area below it, with no page turn between.
    const onPage = (label: string, start: number) => {
      const line = this.source.lineAt(spaced.sourceOffset(start));
      const target = index.withLabel(label);
      const firstBelow = index.firstBelow(line);
      if (!target || !firstBelow || this.footnoteArea.get(target) === undefined || this.footnoteArea.get(target) !== this.footnoteArea.get(firstBelow)) return false;
      return !this.pageHeadLines.some((head) => this.lines[head].at > line && this.lines[head].at < target.range.start.line);
    };
    return findMarkers(spaced.text, labels, state, passed, { labels: rescue, onPage, turnedDown }, runs ?? undefined);
  }

  /** A text as an earlier reading finished it, its markers and citations placed again. */
  private finishAgain(earlier: FinishedText, state: { highest: number }, citations: Citation[]): MappedText {
    if (earlier.markers.length > 0) this.placeMarkers(earlier.markers);
    citations.push(...earlier.citations);
    state.highest = earlier.highestAfter;
    return earlier.output;
  }

  /** Each marker goes to the footnote it points to, or among the dangling ones. */
  private placeMarkers(markers: readonly FootnoteMarker[]): void {
    for (const marker of markers) {
      const footnote = this.footnoteIndex.withLabel(marker.label);
      if (footnote) footnote.markers.push(marker);
      else this.danglingMarkers.push(marker);
    }
  }

  /** Markers that point to no footnote, for the footnote rules. */
  readonly danglingMarkers: FootnoteMarker[] = [];
}

/**
 * A paragraph number printed without its full stop ("26 Condemns …", or "26" alone above
 * "Condemns …"): a label only where it is the very next number after the latest numbered
 * paragraph (0 before the first) and an operative verb of the lexicon opens the paragraph,
 * so that a line of text that begins with a number ("26 October 2024", "193 Member States") runs on.
 */
function unpunctuatedNumber(text: string, lastNumber: number, next: Line | undefined): LabelMatch | null {
  const number = matchBareNumber(text);
  return number && opensNextParagraph(number, text, lastNumber, next) ? number : null;
}

/**
 * Whether a number opens the next numbered paragraph whatever the text before it: it goes on
 * with the paragraphs' sequence and an operative verb of the lexicon follows, on its line or
 * the next ("… State of Palestine and" "2." "Urges …").
 */
function opensNextParagraph(label: LabelMatch, text: string, lastNumber: number, next: Line | undefined): boolean {
  if (label.style !== 'arabic' || label.ordinal !== lastNumber + 1) return false;
  const rest = text.slice(label.length).trim();
  return opensWithLexiconVerb(rest.length > 0 ? rest : next?.content.text ?? '');
}

/**
 * Whether rescuing footnotes may read a noted text otherwise: a number it turned down is to be
 * rescued and was, somewhere in the text, the next marker of the sequence (the only one a rescue keeps).
 */
function mayReadOtherwise(note: FinishedText, rescue: ReadonlySet<string>): boolean {
  return note.turnedDown.some((label) => rescue.has(label) && Number(label) > note.highestBefore && Number(label) <= note.highestAfter + 1);
}

/**
 * A paragraph does not open in lower case after its number: where `pdftotext` wrote the end
 * of a paragraph's last line before its opening line ("30." "to:" blank "Small island
 * developing States seek the support of the international community"), the opening goes first.
 */
function restoreOpeningLine(lines: Line[]): Line[] {
  const out = [...lines];
  for (let at = 0; at + 2 < out.length; at++) {
    const label = out[at];
    const end = out[at + 1];
    const opening = out[at + 2];
    // The blank lines first: they rule out most lines before a label is read.
    if (end.blanksBefore > 0 || opening.blanksBefore === 0) continue;
    const number = matchLabel(label.content.text, false);
    if (!number || number.length !== label.content.length) continue;
    if (startsWithLowerCase(end.content.text) && ENDS_SENTENCE.test(end.content.text) && startsWithCapital(opening.content.text) && !ENDS_PARAGRAPH.test(opening.content.text)) {
      out[at + 1] = opening;
      out[at + 2] = end;
    }
  }
  return out;
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

/** A line below a footnote area that plainly belongs to the body: a sentence resuming after a complete entry, or a numbered paragraph. */
function resumesBody(text: string, area: readonly AreaLine[]): boolean {
  const last = area[area.length - 1];
  if (last && ENTRY_END.test(last.text.text) && SENTENCE_RESUMING.test(text)) return true;
  return matchLabel(text, false) !== null && WORD_THEN_CAPITAL.test(text) && !LABEL_ALONE_START.test(text);
}

/**
 * `(b)` at the start of a line that continues a paragraph whose `(a)` stands inside it
 * ("there are: (a) 1.3 billion …; (b) 2.6 million …"): the items run on in the text.
 */
function continuesInlineItems(label: LabelMatch, previous: Block): boolean {
  const readings = label.alternative ? [label, label.alternative] : [label];
  const { parts } = previous;
  for (const { style, ordinal } of readings) {
    if (ordinal < 2 || (style !== 'paren-alpha' && style !== 'paren-roman')) continue;
    if (previous.label?.style === style && previous.label.ordinal === ordinal - 1) return false;
    const before = `(${style === 'paren-alpha' ? toAlpha(ordinal - 1) : toRoman(ordinal - 1)})`;
    // Anywhere in the paragraph after its own label: the item before may have run on over several
    // lines (at a line's start or end too).
    if (parts.some((part, at) => standsApart(part.text, at === 0 ? previous.label?.length ?? 0 : 0, before))) return true;
  }
  return false;
}

/** Whether `item` stands in text[from, …) with a space or an end of that piece on each side. */
function standsApart(text: string, from: number, item: string): boolean {
  for (let at = text.indexOf(item, from); at >= 0; at = text.indexOf(item, at + 1)) {
    if ((at === from || text.charCodeAt(at - 1) === 32) && (at + item.length === text.length || text.charCodeAt(at + item.length) === 32)) return true;
  }
  return false;
}

/** A run-in head with a number ("Priority area 2: …", "Goal 3: …"): the words before it and the number. */
const NUMBERED_RUN_IN = /^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}) (\d{1,2}): /;

/**
 * A line opening with the next head of a series of numbered run-in heads ("Priority area 1: …
 * innovation" "Priority area 2: Trade …"): each item of the series opens a paragraph, however its
 * line before ends (an item set one a line has no closing punctuation).
 */
function continuesRunInSeries(previous: Block, text: string): boolean {
  const next = NUMBERED_RUN_IN.exec(text);
  const before = previous.label ? null : NUMBERED_RUN_IN.exec(previous.parts[0].text);
  return next !== null && before !== null && next[1] === before[1] && Number(next[2]) === Number(before[2]) + 1;
}

/** A text's words before or after the symbol it opens or closes with ("" for the symbol alone), or null. */
function besideSymbol(text: string, symbol: string): string | null {
  if (text === symbol) return '';
  if (text.length > symbol.length && isWhitespaceCode(text.charCodeAt(symbol.length)) && text.startsWith(symbol)) return text.slice(symbol.length).trim();
  const end = text.length - symbol.length - 1;
  if (end > 0 && isWhitespaceCode(text.charCodeAt(end)) && text.endsWith(symbol)) return text.slice(0, end).trim();
  return null;
}

/** Whether a text ends on a linking word ("… behaviour of"): no sentence, paragraph or heading does. Read on its last characters. */
function endsOnLinkingWord(text: string): boolean {
  return LINKING_WORD_END.test(text.slice(-6));
}

/** A bullet or an annex's line opens a block of its own. */
function opensByLayoutWords(text: string): boolean {
  return BULLET.test(text) || ANNEX_LINE.test(text);
}

/** An adjective of the preamble's openings before a capitalised word is a name's first word ("United Nations …"). */
const ADJECTIVE_IN_A_NAME = /^[A-Z][a-z]+(?<!ing) [A-Z]/;

/**
 * Whether a text opens a preambular paragraph: its opening phrase, not a name in title case
 * running on ("Stockpiling and Use …", "United Nations Convention …").
 */
function opensPreambularParagraph(text: string): boolean {
  return (isPreambularHead(firstWord(text)) || matchPreambularPhrase(text) > 0) && !TITLE_CASE_RUN_ON.test(text) && !ADJECTIVE_IN_A_NAME.test(text);
}

/**
 * Whether a text opens the footnote numbered next after the last one an area's lines open, or,
 * before any, one beyond the `highest` read so far.
 */
function goesOnWithFootnotes(text: string, area: readonly AreaLine[], highest: number): boolean {
  const start = matchFootnoteStart(text, true);
  if (!start) return false;
  for (let at = area.length - 1; at >= 0; at--) {
    const last = matchFootnoteStart(area[at].text.text, true);
    if (last) return Number(start.label) === Number(last.label) + 1;
  }
  return Number(start.label) > highest;
}

const WHOLE_LINE: readonly number[] = [0, 0];
/** A marker closing a line: digits alone or after a letter or closing punctuation ("Rights7", "1993,4"), not a symbol's ("41/7"). */
const MARKER_END = /(?:^|[\p{L},.;:)’”"]\s?)(\d{1,3})$/u;

/** Where a line's pieces start, a form feed after its first character opening one, and a closing 0. */
function pageBreakPieces(text: string): readonly number[] {
  let at = text.indexOf('\f', 1);
  if (at < 0 || skipWhitespace(text, 0, at) === at) return WHOLE_LINE;
  const starts = [0];
  for (; at >= 0; at = text.indexOf('\f', at + 1)) starts.push(at + 1);
  starts.push(0);
  return starts;
}

/**
 * Where `wanted` (a comparable text) goes on after spelling `piece` from `at`, the piece's spacing
 * left out as comparable leaves it; -1 where it does not spell it. Read in place: most pieces fail
 * at their first character, and a copy of each without spacing was much of the time spent on page heads.
 */
function spellOn(wanted: string, piece: string, at: number): number {
  let cursor = at;
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (isWhitespaceCode(code)) continue;
    if (cursor >= wanted.length || wanted.charCodeAt(cursor) !== code) return -1;
    cursor++;
  }
  return cursor;
}

/** Text compared without spacing or the hyphens of broken lines. */
function comparable(text: string): string {
  // Removing all spacing also joins the hyphens of broken lines ("-\s+" becomes "-").
  return text.replace(WHITESPACE_RUNS, '');
}

/**
 * Which blocks are unnumbered headings: short capitalised text without closing punctuation —
 * except the items of an enumeration set one a line after a lead-in closing with a colon, up to
 * the last item's full stop ("… five priority areas for action, as follows:" "Priority area 1: …"
 * … "Priority area 5: Means of implementation."): a colon's sentence goes on in its items.
 */
function unlabelledHeadings(blocks: Block[], withPhrases: boolean): boolean[] {
  const headingAt = blocks.map((b) => !b.label && isHeadingText(b) && !(withPhrases && matchOperativePhrase(b.text.text) > 0));
  for (const at of commitmentLines(blocks)) headingAt[at] = true;
  blocks.forEach((block, i) => {
    if (!lastPart(block).endsWith(':')) return;
    let end = i + 1;
    while (end < blocks.length && headingAt[end]) end++;
    const last = blocks[end];
    const closesList = last !== undefined && !last.label && startsWithCapital(last.text.text) && last.text.text.endsWith('.') && last.text.length < 160;
    if (end > i + 1 && closesList) headingAt.fill(false, i + 1, end);
  });
  return headingAt;
}

const COMMITMENT_HEAD = /^([A-Z][a-z]+) (\d{1,2})\. \S/;

/**
 * The numbered commitment lines a declaration groups its paragraphs under ("Action 1. We will …"
 * … "Action 2. We will …"), the paragraphs' own numbering running on across them: unlabelled
 * blocks opening with one word and the numbers 1, 2, … in order, each beside a numbered paragraph.
 */
function commitmentLines(blocks: Block[]): number[] {
  const series = new Map<string, number[]>();
  blocks.forEach((block, at) => {
    const head = block.label ? null : COMMITMENT_HEAD.exec(block.text.text);
    if (!head) return;
    const numbered = (b: Block | undefined) => b?.label?.style === 'arabic';
    if (!numbered(blocks[at - 1]) && !numbered(blocks[at + 1])) return;
    const found = series.get(head[1]) ?? [];
    if (Number(head[2]) === found.length + 1) series.set(head[1], [...found, at]);
  });
  return [...series.values()].flat();
}

/** Lettered and roman items ((a), (i), a., i.) hang under a paragraph; numbers and headings open one. */
function isSubItem(label: LabelMatch): boolean {
  return label.style !== 'arabic' && label.style !== 'decimal' && !label.style.startsWith('heading');
}

function mergeBlocks(first: Block, second: Block): Block {
  const parts = [...first.parts, ...second.parts];
  return { lines: [...first.lines, ...second.lines], parts, text: joinMapped(parts, ' '), label: first.label, labelOnly: false };
}

function levelOf(node: OperativeNode, levels: ReadonlyMap<OperativeNode, number>): number {
  return levels.get(node) ?? (node.label ? LEVEL_OF_STYLE[node.label.style] : 2);
}

/** The text's first word (letters, apostrophes and hyphens after a letter), '' when it opens otherwise. */
export function firstWord(text: string): string {
  // Read by character codes: it runs for most lines, and a match makes an array each time.
  if (!startsWithLetter(text)) return '';
  let end = 1;
  while (end < text.length && continuesWord(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

/** A letter, an apostrophe (’ or ') or a hyphen: what a word goes on with after its first letter. */
function continuesWord(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x2019 || code === 39 || code === 45;
}

/** The text of a block's last line, enough to judge its last character (tailOf joins two lines, a copy each time). */
function lastPart(block: Block): string {
  return block.parts[block.parts.length - 1].text;
}

/** What a match of ENDS_PARAGRAPH or ENDS_SENTENCE takes: closing punctuation, quotes, brackets, white space and digits. */
const CLOSING_CHARACTERS_ONLY = /^[.,;:'’”"*)\]\s\d⁰¹²³⁴⁵⁶⁷⁸⁹[]*$/;

/**
 * Whether `pattern`, ENDS_PARAGRAPH or ENDS_SENTENCE, matches the end of a block's text (tailOf).
 * A match takes closing characters only: past any other character of the last line it cannot
 * reach back, so that line alone tells (joining two lines for each test copied them, line by line).
 */
function closesTail(block: Block, pattern: RegExp): boolean {
  const last = lastPart(block);
  // A closing pattern reads the last few characters: a whole paragraph's line (clean text) is not scanned.
  return CLOSING_CHARACTERS_ONLY.test(last) ? pattern.test(tailOf(block)) : pattern.test(last.length > 24 ? last.slice(-24) : last);
}

/** The end of a block's text, enough to judge how it closes. */
function tailOf(block: Block): string {
  const { parts } = block;
  return parts.length > 1 ? `${parts[parts.length - 2].text} ${parts[parts.length - 1].text}` : parts[0].text;
}

function isHeadingText(block: Block): boolean {
  const length = block.parts.reduce((sum, part) => sum + part.length + 1, 0);
  return length < 160 && !ENDS_WITH_PUNCTUATION.test(lastPart(block)) && startsWithCapital(block.parts[0].text);
}

/**
 * Adds a wrapped line to a paragraph's parts. A line ending in "-" is glued to the next
 * ("confidence-" + "building"); one ending in " -" was a split compound ("Secretary -").
 */
function appendLine(parts: MappedText[], line: MappedText): void {
  const last = parts[parts.length - 1];
  const text = last.text;
  if (SPLIT_COMPOUND_END.test(text) && startsWithLetter(line.text)) {
    parts[parts.length - 1] = last.slice(0, text.length - 2).concat(last.slice(text.length - 1)).concat(line);
  } else if (HYPHEN_END.test(text) && startsWithLetter(line.text)) {
    parts[parts.length - 1] = last.concat(line);
  } else {
    parts.push(line);
  }
}

const LEVEL_OF_STYLE: Record<string, number> = {
  'heading-roman': 0, 'heading-alpha': 1, arabic: 2, 'paren-alpha': 3, 'paren-roman': 4, alpha: 5, roman: 6, decimal: 3,
};

/** `(i)` after `(h)` is the ninth letter; elsewhere it is roman one. */
function resolveLabel(label: LabelMatch, path: OperativeNode[]): { style: Label['style']; ordinal: number } {
  if (!label.alternative) return { style: label.style, ordinal: label.ordinal };
  const alternative = label.alternative;
  const sibling = [...path].reverse().find((n) => n.label?.style === alternative.style);
  if (sibling && sibling.label!.ordinal === alternative.ordinal - 1) return alternative;
  const own = [...path].reverse().find((n) => n.label?.style === label.style);
  if (own) return { style: label.style, ordinal: label.ordinal };
  return { style: label.style, ordinal: label.ordinal };
}

/** Places a labelled node in the tree: beside the nearest node of its style, or under the deepest one. */
function attach(node: OperativeNode, path: OperativeNode[], roots: OperativeNode[], levels: ReadonlyMap<OperativeNode, number>): void {
  const style = node.label!.style;
  const depthOfDecimal = style === 'decimal' ? node.label!.parts.length : 0;
  let at = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    const other = path[i].label;
    if (!other) continue;
    if (other.style === style && (style !== 'decimal' || other.parts.length === depthOfDecimal)) {
      at = i;
      break;
    }
  }
  if (at < 0 && node.kind === 'paragraph' && style === 'arabic') {
    at = path.findIndex((p) => p.kind === 'paragraph');
    if (at < 0) at = path.length;
  }
  if (at < 0 && style.startsWith('heading')) {
    // A sub-heading (B.) goes under a heading of a higher level (II), else at the root.
    const level = LEVEL_OF_STYLE[style];
    at = path.findIndex((p) => p.kind !== 'heading' || levelOf(p, levels) >= level);
    if (at < 0) at = path.length;
  }
  if (at < 0) at = path.length;
  path.length = at;
  const parent = path[path.length - 1];
  (parent ? parent.children : roots).push(node);
  path.push(node);
}

/**
 * Whether a numbered paragraph is an item of a numbered list inside the paragraph before it
 * ("2. Decides that the objectives … shall be:" "1. To promote …;" … "5. To raise …;"), and
 * leaves `path` ending at the node it goes under: a list opens at 1 after a paragraph closing
 * with a colon and goes on in sequence, until a number that goes on with the paragraphs'
 * sequence opens with an operative verb ("3. Invites …").
 */
function enumerates(node: OperativeNode, path: OperativeNode[]): boolean {
  const label = node.label!;
  if (label.style !== 'arabic') return false;
  const last = path[path.length - 1];
  if (last?.label?.style === 'arabic' && label.ordinal === 1 && last.text.endsWith(':')) return true;
  const isNumbered = (p: OperativeNode) => p.kind === 'paragraph' && p.label?.style === 'arabic';
  const at = path.findIndex(isNumbered);
  let deepest = path.length - 1;
  while (deepest > at && !isNumbered(path[deepest])) deepest--;
  if (at < 0 || deepest === at) return false;
  const resumes = label.ordinal === path[at].label!.ordinal + 1 && node.phrase !== null;
  if (label.ordinal !== path[deepest].label!.ordinal + 1 || resumes) {
    path.length = at + 1;
    return false;
  }
  path.length = deepest;
  return true;
}

function extendRanges(node: OperativeNode): void {
  for (const child of node.children) {
    extendRanges(child);
    const end = child.range.end;
    if (end.line > node.range.end.line || (end.line === node.range.end.line && end.character > node.range.end.character)) {
      node.range = { start: node.range.start, end };
    }
  }
}
