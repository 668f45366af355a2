// The document as every export lays it out: the header block's lines, the title, the
// preamble, the operative tree and annexes with display labels, the closing line and
// the footnotes, each paragraph already cut into runs. Exports render this; they never
// re-read the model, so all of them show the same words in the same structure.
import type { Annex, DocumentKind, Field, Footnote, Label, OperativeNode, Preambular, Range, ResolutionDocument, ResolutionPart } from '../core/model';
import { documentSymbol } from '../core/json';
import { MONTHS } from '../core/lexicon';
import { InlineRuns, type Run } from './inline';

export type HeaderRole =
  'symbol' | 'organ' | 'distribution' | 'date' | 'language' | 'session' | 'committee' | 'agenda-item' | 'agenda-title' | 'sponsors' | 'adoption' | 'report';

export interface HeaderLine {
  role: HeaderRole;
  text: string;
  range: Range | null;
}

export interface ViewPreambular {
  runs: Run[];
  range: Range;
}

export interface ViewOperative {
  kind: 'paragraph' | 'heading';
  label: Label | null;
  /** The label as printed: "1.", "(a)", "a.", "II.", "5 bis.". */
  displayLabel: string | null;
  runs: Run[];
  /** How internal references name it: "3", "1 (a)" (paragraph labels from the top, headings left out). */
  path: string | null;
  /** The paragraph's own text, without its sub-items. */
  range: Range;
  children: ViewOperative[];
}

export interface ViewAnnex {
  label: string;
  title: string | null;
  range: Range;
  preamble: ViewPreambular[];
  operative: ViewOperative[];
}

export type ViewOrgan = { text: string; words: string; punctuation: string; range: Range };
export type ViewClosing = { meeting: string | null; date: string | null; range: Range };

/** One body of the text: a lettered part of a resolution in parts (label "A", "B"), or the whole text (label null). */
export interface ViewBody {
  label: string | null;
  labelRange: Range | null;
  title: string | null;
  organ: ViewOrgan | null;
  preamble: ViewPreambular[];
  operative: ViewOperative[];
  closing: ViewClosing | null;
}

export interface ViewFootnote {
  label: string;
  runs: Run[];
  range: Range;
  footnote: Footnote;
}

export interface ResolutionView {
  symbol: string | null;
  kind: DocumentKind;
  /** ISO date of adoption, else of issue: "2018-12-22". */
  isoDate: string | null;
  header: HeaderLine[];
  title: { number: string | null; runs: Run[]; range: Range } | null;
  /** "The General Assembly," as printed: the words in italics, the punctuation upright. */
  organ: ViewOrgan | null;
  /** In a resolution in parts: part A's, as in `parts[0]`; writers lay out `viewBodies(view)`. */
  preamble: ViewPreambular[];
  operative: ViewOperative[];
  closing: ViewClosing | null;
  /** A resolution in parts (A, B, …), in order; empty for a text in one part. */
  parts: ViewBody[];
  annexes: ViewAnnex[];
  footnotes: ViewFootnote[];
}

const KIND_WORDS: Partial<Record<DocumentKind, string>> = {
  draft_resolution: 'draft resolution',
  revised_draft_resolution: 'revised draft resolution',
  draft_decision: 'draft decision',
  amendment: 'amendment',
};

/** "1.", "(a)", "a.", "1.1.", "II.": labels as printed; parenthesised ones stand as written. */
function displayLabel(label: Label): string {
  return label.style === 'paren-alpha' || label.style === 'paren-roman' ? label.text : `${label.text}.`;
}

/**
 * `fileName` names the document when its header has no symbol (`A_C.1_70_L.45.txt`);
 * `source` is the text the model was parsed from.
 */
export function buildView(doc: ResolutionDocument, source: string, fileName = ''): ResolutionView {
  const inline = new InlineRuns(doc, source);
  const operative = (node: OperativeNode, parentPath: string | null = null): ViewOperative => {
    const labelled = node.kind === 'paragraph' && node.label && node.label.style !== 'none';
    const path = labelled ? (parentPath ? `${parentPath} ${node.label!.text}` : node.label!.text) : parentPath;
    return {
      kind: node.kind,
      label: node.label,
      displayLabel: node.label && node.label.style !== 'none' ? displayLabel(node.label) : null,
      runs: inline.runs(node.text, node.ownRange, node.phrase?.value ?? null),
      path: labelled ? path : null,
      range: node.ownRange,
      children: node.children.map((child) => operative(child, path)),
    };
  };
  const preambular = (p: Preambular): ViewPreambular => ({ runs: inline.runs(p.text, p.range, p.phrase?.value ?? null), range: p.range });
  const annex = (a: Annex): ViewAnnex => ({
    label: a.label,
    title: a.title?.value ?? null,
    range: a.range,
    preamble: a.preamble.map(preambular),
    operative: a.operative.map((node) => operative(node)),
  });
  const organView = (organ: Field | null): ViewOrgan | null => (organ ? { text: organ.value, ...organParts(organ.value), range: organ.range } : null);
  const part = (p: ResolutionPart): ViewBody => ({
    label: p.label?.value ?? null,
    labelRange: p.label?.range ?? null,
    title: p.title?.value ?? null,
    organ: organView(p.organ),
    preamble: p.preamble.map(preambular),
    operative: p.operative.map((node) => operative(node)),
    closing: p.closing,
  });
  const parts = doc.parts.map(part);
  const { header } = doc;
  const date = header.adoption?.date ?? header.dates[0]?.value ?? null;
  const view: ResolutionView = {
    symbol: documentSymbol(doc, fileName),
    kind: header.kind,
    isoDate: date ? isoDate(date) : null,
    header: headerLines(doc, fileName),
    title: doc.title ? { number: doc.title.number, runs: inline.runs(doc.title.text, doc.title.range, null), range: doc.title.range } : null,
    // Part A's paragraphs are viewed once, shared with `parts[0]`, so a footnote reference is placed once.
    organ: parts[0]?.organ ?? organView(doc.organ),
    preamble: parts[0]?.preamble ?? doc.preamble.map(preambular),
    operative: parts[0]?.operative ?? doc.operative.map((node) => operative(node)),
    closing: doc.closing,
    parts,
    annexes: doc.annexes.map(annex),
    footnotes: doc.footnotes.map((footnote) => ({
      label: footnote.label,
      runs: inline.runs(footnote.text, footnote.range, null, footnote),
      range: footnote.range,
      footnote,
    })),
  };
  for (const footnote of doc.footnotes.filter((f) => f.markers.length === 0)) referenceUnmarked(view, footnote);
  return view;
}

/**
 * Word and Akoma Ntoso hang a footnote on a reference, so one that no marker points to
 * gets an inferred reference at the end of the last paragraph before it in the source.
 */
function referenceUnmarked(view: ResolutionView, footnote: Footnote): void {
  const blocks: Array<{ runs: Run[]; range: Range }> = [
    ...(view.title ? [view.title] : []),
    ...viewBodies(view).flatMap((body) => [...body.preamble, ...flattenOperative(body.operative).map((f) => f.node)]),
    ...view.annexes.flatMap((a) => [...a.preamble, ...flattenOperative(a.operative).map((f) => f.node)]),
  ];
  const before = (range: Range) =>
    range.start.line < footnote.range.start.line || (range.start.line === footnote.range.start.line && range.start.character <= footnote.range.start.character);
  const host = [...blocks].reverse().find((b) => before(b.range)) ?? blocks[0];
  host?.runs.push({ kind: 'note', label: footnote.label, footnote, inferred: true });
}

/** The bodies writers lay out in order: every part of a resolution in parts, else the one body. */
export function viewBodies(view: ResolutionView): ViewBody[] {
  if (view.parts.length > 0) return view.parts;
  return [{ label: null, labelRange: null, title: null, organ: view.organ, preamble: view.preamble, operative: view.operative, closing: view.closing }];
}

function organParts(text: string): { words: string; punctuation: string } {
  const [, words, punctuation] = /^(.*?)([,:;]?)$/.exec(text)!;
  return { words, punctuation };
}

function headerLines(doc: ResolutionDocument, fileName: string): HeaderLine[] {
  const { header } = doc;
  const lines: HeaderLine[] = [];
  const add = (role: HeaderRole, text: string | null | undefined, range: Range | null) => {
    if (text) lines.push({ role, text, range });
  };
  const symbol = documentSymbol(doc, fileName);
  add('symbol', symbol, header.symbols[0]?.range ?? null);
  add('organ', 'General Assembly', null);
  add('distribution', header.distribution ? `Distr.: ${header.distribution.value}` : null, header.distribution?.range ?? null);
  for (const date of header.dates) add('date', date.value, date.range);
  add('language', header.originalLanguage ? `Original: ${header.originalLanguage.value}` : null, header.originalLanguage?.range ?? null);
  add('session', header.session?.words, header.session?.range ?? null);
  if (header.committee && header.committee.value !== 'plenary') add('committee', header.committee.value, header.committee.range);
  const agenda = header.agendaItem;
  if (agenda && agenda.numbers.length > 0) {
    const numbers =
      agenda.numbers.length === 1 ? agenda.numbers[0] : `${agenda.numbers.slice(0, -1).join(', ')} and ${agenda.numbers[agenda.numbers.length - 1]}`;
    add('agenda-item', `Agenda item${agenda.numbers.length > 1 ? 's' : ''} ${numbers}`, agenda.range);
    add('agenda-title', agenda.title?.value, agenda.title?.range ?? null);
  }
  const kindWords = KIND_WORDS[header.kind];
  if (header.sponsors.length > 0 || (kindWords && !header.adoption)) {
    const sponsors = header.sponsors.map((s) => s.value).join(', ');
    add('sponsors', kindWords ? (sponsors ? `${sponsors}: ${kindWords}` : kindWords) : sponsors, header.sponsors[0]?.range ?? header.kindRange);
  }
  if (header.adoption) {
    const organ = header.kind === 'decision' ? 'Decision' : 'Resolution';
    add('adoption', `${organ} adopted by the General Assembly${header.adoption.date ? ` on ${header.adoption.date}` : ''}`, header.adoption.range);
  }
  add('report', header.report?.text, header.report?.range ?? null);
  return lines;
}

/** "22 December 2018" → "2018-12-22"; null when the words are not a date. */
export function isoDate(words: string): string | null {
  const match = /(\d{1,2}) (\w+) (\d{4})/.exec(words);
  const month = match ? MONTHS.indexOf(match[2]) + 1 : 0;
  if (!match || month === 0) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

/** The plain words of runs, markers left out: what the round trip compares. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (r.kind === 'note' ? '' : r.text)).join('');
}

/** Every operative node in reading order, with its depth. */
function flattenOperative(nodes: readonly ViewOperative[], depth = 0): Array<{ node: ViewOperative; depth: number }> {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenOperative(node.children, depth + 1)]);
}
