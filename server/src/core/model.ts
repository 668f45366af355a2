// The document model of a resolution. Pure data: no LSP or VS Code types, so the
// server, the CLI and the benchmarks share it. Positions are zero-based lines and
// UTF-16 code units into the original text, exactly as LSP counts them.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A piece of text read from the document, with where it was read. */
export interface Field {
  value: string;
  range: Range;
}

/** How the text reached us: typed clean, converted from markdown, or extracted from a PDF. */
export type Shape = 'clean' | 'markdown' | 'pdf';

export type DocumentKind = 'resolution' | 'draft_resolution' | 'revised_draft_resolution' | 'draft_decision' | 'decision' | 'amendment' | 'unknown';

export interface Session {
  /** 73 for "Seventy-third session"; a special session keeps its number too. */
  number: number | null;
  words: string;
  range: Range;
}

export interface AgendaItem {
  /** As written: "96", "16 (a)". */
  numbers: string[];
  title: Field | null;
  range: Range;
}

export interface AdoptionLine {
  /** "22 December 2018". */
  date: string | null;
  range: Range;
}

export interface ReportLine {
  /** "[on the report of the First Committee (A/73/505)]" as written. */
  text: string;
  committee: string | null;
  symbols: string[];
  range: Range;
}

export interface Header {
  symbols: Field[];
  distribution: Field | null;
  dates: Field[];
  originalLanguage: Field | null;
  session: Session | null;
  /** "First Committee", or "plenary" when adopted or drafted without reference to a Main Committee. */
  committee: Field | null;
  agendaItem: AgendaItem | null;
  sponsors: Field[];
  kind: DocumentKind;
  /** The words that told the kind: "draft resolution", "Resolution adopted by the General Assembly". */
  kindRange: Range | null;
  adoption: AdoptionLine | null;
  report: ReportLine | null;
  range: Range;
}

export interface Title {
  /** "73/266" when the title carries the number of an adopted resolution. */
  number: string | null;
  /** Where the number stands ("73/266", without its full stop); null with the number. */
  numberRange: Range | null;
  text: string;
  range: Range;
}

export interface Preambular {
  phrase: Field | null;
  text: string;
  range: Range;
}

/**
 * How a label is written. The UN's sub-paragraph levels are `(a)`, `(i)`, `a.`, `i.`;
 * decimal labels (`1.1`) list quoted or enumerated norms; headings use roman numerals
 * or capital letters.
 */
export type LabelStyle =
  | 'arabic' // 1.
  | 'paren-alpha' // (a)
  | 'paren-roman' // (i)
  | 'alpha' // a.
  | 'roman' // i.
  | 'decimal' // 1.1
  | 'heading-roman' // II
  | 'heading-alpha' // B.
  | 'none'; // the unnumbered single operative paragraph

export interface Label {
  /** As written, without markup or trailing full stop: "1", "(a)", "1.1", "II", "5 bis". */
  text: string;
  style: LabelStyle;
  /** Ordinal within its style: 1 for "1", "(a)", "(i)", "I", "A"; for decimals the last part. */
  ordinal: number;
  /** For decimal labels, every part: [1, 13] for "1.13". */
  parts: number[];
  /** "bis", "ter", … of negotiation drafts. */
  suffix: string | null;
  /** Set when a paragraph number was printed without its full stop ("26 Condemns …"); `range` then ends at the number. */
  lacksFullStop?: true;
  range: Range;
}

export interface OperativeNode {
  kind: 'paragraph' | 'heading';
  label: Label | null;
  phrase: Field | null;
  text: string;
  /** The whole paragraph, sub-items included. */
  range: Range;
  /** The paragraph's own label and text, without its sub-items. */
  ownRange: Range;
  children: OperativeNode[];
}

export interface Annex {
  /** "Annex", "Annex I", "Appendix". */
  label: string;
  title: Field | null;
  range: Range;
  preamble: Preambular[];
  operative: OperativeNode[];
}

/**
 * One lettered part of a resolution in parts (`31/6 A and B`): the letter alone on its
 * line, perhaps a title of its own, then its own `The General Assembly,`, preamble and
 * operative paragraphs numbered from 1.
 */
export interface ResolutionPart {
  /** "A", "B"; null only for the one undivided body `bodyParts` gives for a text not in parts. */
  label: Field | null;
  /** A title of the part's own, set between its letter and `The General Assembly,`. */
  title: Field | null;
  organ: Field | null;
  preamble: Preambular[];
  operative: OperativeNode[];
  /** An adopted part closes with its own meeting and date. */
  closing: ClosingLine | null;
  /** From the letter to the part's last line (its annexes included). */
  range: Range;
}

export interface FootnoteMarker {
  label: string;
  range: Range;
}

export interface Footnote {
  label: string;
  text: string;
  range: Range;
  /** Every marker in the body that points here. */
  markers: FootnoteMarker[];
}

export type CitationKind =
  | 'symbol' // A/70/174 written out
  | 'resolution' // resolution 73/266
  | 'decision' // decision 72/512
  | 'internal'; // paragraph 3 above

export interface Citation {
  kind: CitationKind;
  /** As written in the text. */
  text: string;
  /** Canonical symbol ("A/RES/73/266"); for internal references, the path of the paragraph ("3", "1 (a)"). */
  symbol: string;
  /** The date given with it, "4 December 1998". */
  date?: string;
  /** For internal references: "above", "below", or "document" ("of the present resolution"). */
  direction?: 'above' | 'below' | 'document';
  /**
   * The cited document's paragraphs it names ("paragraphs 5 to 7 of resolution 77/335"): paths as
   * labels write them ("5", "1 (a)"), a range's every number; the citation itself is the item's.
   */
  paragraphs?: string[];
  /** The cited document's annex those paragraphs are numbered in: "Annex I" ("paragraph 3 of annex I to"), "Annex" ("of the annex to"). */
  annex?: string;
  /** The title quoted after it ('entitled "…"'), as written, and where. */
  title?: Field;
  range: Range;
}

export interface ClosingLine {
  /** "65th plenary meeting"; in a draft, as written: "...th plenary meeting". */
  meeting: string | null;
  /** "22 December 2018"; in a draft, as written: "… October 2022", "[date]". */
  date: string | null;
  range: Range;
  /** What a draft left to fill in ("...th", "…", "[date]"); only where there is some. */
  placeholders?: Field[];
}

/** A line that belongs to the page, not to the text: running heads, job numbers, barcodes, URLs. */
export interface Furniture {
  kind: 'page-header' | 'page-number' | 'job-number' | 'barcode' | 'url' | 'rule' | 'recycle';
  range: Range;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInformation {
  message: string;
  range: Range;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedInformation[];
  /** What a quick fix needs to know (the expected punctuation, a footnote label). */
  data?: Record<string, string>;
}

export interface ResolutionDocument {
  shape: Shape;
  header: Header;
  title: Title | null;
  /** "The General Assembly," (or the opening words of a decision). In a text in parts: part A's. */
  organ: Field | null;
  /** In a text in parts: part A's (the same arrays as `parts[0]`), so readers that know no parts still read a whole resolution. */
  preamble: Preambular[];
  operative: OperativeNode[];
  /** A resolution in parts (A, B, …), in order; empty for a text in one part. Read every part with `bodyParts`. */
  parts: ResolutionPart[];
  /** Annexes of every part, in order. */
  annexes: Annex[];
  footnotes: Footnote[];
  citations: Citation[];
  /** In a text in parts: part A's. */
  closing: ClosingLine | null;
  /** Markers whose footnote is missing. */
  danglingMarkers: FootnoteMarker[];
  furniture: Furniture[];
  lineCount: number;
}
