// `resolution check --summary`: one row per document — what was read and what was found —
// and the totals, as a markdown table (docs/real-documents.md shows it for the corpus).
import type { Diagnostic, OperativeNode, ResolutionDocument } from '../core/model';
import { documentSymbol } from '../core/json';
import { bodyParts } from '../core/parts';
import { counted } from '../core/plural';

export interface SummaryRow {
  file: string;
  shape: ResolutionDocument['shape'];
  symbol: string | null;
  preamble: number;
  operative: number;
  footnotes: number;
  citations: number;
  errors: number;
  warnings: number;
}

/** Numbered paragraphs, sub-items and unnumbered paragraphs; headings are not counted. */
function paragraphs(nodes: OperativeNode[]): number {
  return nodes.reduce((sum, node) => sum + (node.kind === 'paragraph' ? 1 : 0) + paragraphs(node.children), 0);
}

export function summaryRow(file: string, doc: ResolutionDocument, diagnostics: Diagnostic[]): SummaryRow {
  return {
    file,
    shape: doc.shape,
    symbol: documentSymbol(doc, file),
    // Every part of a resolution in parts.
    preamble: bodyParts(doc).reduce((sum, part) => sum + part.preamble.length, 0),
    operative: bodyParts(doc).reduce((sum, part) => sum + paragraphs(part.operative), 0),
    footnotes: doc.footnotes.length,
    citations: doc.citations.filter((c) => c.kind !== 'internal').length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

const COUNTS = ['preamble', 'operative', 'footnotes', 'citations', 'errors', 'warnings'] as const;

export function summaryTable(rows: SummaryRow[]): string {
  const lines = [
    `| file | shape | symbol | ${COUNTS.join(' | ')} |`,
    `|---|---|---|${COUNTS.map(() => '--:').join('|')}|`,
    ...rows.map((row) => `| ${row.file} | ${row.shape} | ${row.symbol ?? '—'} | ${COUNTS.map((key) => row[key]).join(' | ')} |`),
    `| **total: ${counted(rows.length, 'file')}** | | | ${COUNTS.map((key) => rows.reduce((sum, row) => sum + row[key], 0)).join(' | ')} |`,
  ];
  return `${lines.join('\n')}\n`;
}
