// The CLI's `json` output: a public contract that scripts read. Field names and
// meanings are documented in docs/model.md ("JSON output"); add fields, never rename.
import type { Annex, Diagnostic, OperativeNode, Preambular, Range, ResolutionDocument, ResolutionPart } from './model';
import { symbolFromFileName } from './file-symbol';

export interface JsonParagraph {
  kind: 'paragraph' | 'heading';
  label: string | null;
  phrase: string | null;
  text: string;
  range: Range;
  children: JsonParagraph[];
}

export interface JsonDocument {
  file: string;
  shape: ResolutionDocument['shape'];
  symbol: string | null;
  symbols: string[];
  kind: ResolutionDocument['header']['kind'];
  session: number | null;
  committee: string | null;
  agendaItem: { numbers: string[]; title: string | null } | null;
  date: string | null;
  sponsors: string[];
  title: string | null;
  titleNumber: string | null;
  /** In a resolution in parts: part A's, as in `parts[0]`. */
  preamble: Array<{ phrase: string | null; text: string; range: Range }>;
  operative: JsonParagraph[];
  /** Only for a resolution in parts (A, B, …): every part with its own preamble and operative paragraphs. */
  parts?: JsonPart[];
  annexes: Array<{ label: string; title: string | null; range: Range; preamble: JsonDocument['preamble']; operative: JsonParagraph[] }>;
  footnotes: Array<{ label: string; text: string; range: Range }>;
  /** `paragraphs` and `annex` only on a citation of another document's paragraphs ("paragraph 3 of annex I to resolution 70/1"). */
  citations: Array<{ text: string; symbol: string; date?: string; paragraphs?: string[]; annex?: string; range: Range }>;
  diagnostics: Array<{ code: string; severity: Diagnostic['severity']; message: string; range: Range }>;
}

export interface JsonPart {
  label: string;
  title: string | null;
  range: Range;
  preamble: JsonDocument['preamble'];
  operative: JsonParagraph[];
}

function paragraph(node: OperativeNode): JsonParagraph {
  return {
    kind: node.kind,
    label: node.label?.text ?? null,
    phrase: node.phrase?.value ?? null,
    text: node.text,
    range: node.range,
    children: node.children.map(paragraph),
  };
}

function preamble(list: Preambular[]): JsonDocument['preamble'] {
  return list.map((p) => ({ phrase: p.phrase?.value ?? null, text: p.text, range: p.range }));
}

function annex(a: Annex): JsonDocument['annexes'][number] {
  return { label: a.label, title: a.title?.value ?? null, range: a.range, preamble: preamble(a.preamble), operative: a.operative.map(paragraph) };
}

function part(p: ResolutionPart): JsonPart {
  return { label: p.label?.value ?? '', title: p.title?.value ?? null, range: p.range, preamble: preamble(p.preamble), operative: p.operative.map(paragraph) };
}

/** The document's own symbol: from its header, else from the file name. */
export function documentSymbol(doc: ResolutionDocument, file: string): string | null {
  return doc.header.symbols[0]?.value ?? symbolFromFileName(file);
}

export function toJson(file: string, doc: ResolutionDocument, diagnostics: Diagnostic[]): JsonDocument {
  const { header } = doc;
  return {
    file,
    shape: doc.shape,
    symbol: documentSymbol(doc, file),
    symbols: header.symbols.map((s) => s.value),
    kind: header.kind,
    session: header.session?.number ?? null,
    committee: header.committee?.value ?? null,
    agendaItem: header.agendaItem ? { numbers: header.agendaItem.numbers, title: header.agendaItem.title?.value ?? null } : null,
    date: header.adoption?.date ?? header.dates[0]?.value ?? null,
    sponsors: header.sponsors.map((s) => s.value),
    title: doc.title?.text ?? null,
    titleNumber: doc.title?.number ?? null,
    preamble: preamble(doc.preamble),
    operative: doc.operative.map(paragraph),
    ...(doc.parts.length > 0 ? { parts: doc.parts.map(part) } : {}),
    annexes: doc.annexes.map(annex),
    footnotes: doc.footnotes.map((f) => ({ label: f.label, text: f.text, range: f.range })),
    citations: doc.citations.map((c) => ({
      text: c.text,
      symbol: c.symbol,
      ...(c.date ? { date: c.date } : {}),
      ...(c.paragraphs ? { paragraphs: c.paragraphs } : {}),
      ...(c.annex ? { annex: c.annex } : {}),
      range: c.range,
    })),
    diagnostics: diagnosticsJson(diagnostics),
  };
}

/** Diagnostics as the JSON outputs give them (`json`, `check`, `fix`). */
export function diagnosticsJson(diagnostics: readonly Diagnostic[]): JsonDocument['diagnostics'] {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }));
}
