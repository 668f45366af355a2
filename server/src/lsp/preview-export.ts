// The preview's markup and the editor's exports, from the export module's view of the
// document. The client builds the webview page around the markup (its own CSP and
// scroll-sync script); exports travel as text or base64 for the client to save.
import { buildView } from '../export/view';
import { HTML_STYLE, renderHtmlBody } from '../export/html';
import type { ExportFormat } from '../export/format-names';
import type { Diagnostic } from '../core/model';
import type { ParsedDocument } from './document-store';

export interface PreviewContent {
  body: string;
  style: string;
  version: number;
}

export interface ExportContent {
  /** Text formats as they are; binary ones base64-encoded. */
  data: string;
  encoding: 'utf8' | 'base64';
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? '');
}

export function previewContent(parsed: ParsedDocument, diagnostics: Diagnostic[]): PreviewContent {
  const view = buildView(parsed.doc, parsed.text, fileName(parsed.uri));
  return { body: renderHtmlBody(view, { diagnostics }), style: HTML_STYLE, version: parsed.version };
}

/** Exports carry the text only: problem marks belong to the preview, not to a handed-over file. */
export async function exportContent(parsed: ParsedDocument, format: ExportFormat): Promise<ExportContent> {
  const view = buildView(parsed.doc, parsed.text, fileName(parsed.uri));
  // Loaded at the first export: the PDF and DOCX writers' fonts take a few hundred ms to set up at start.
  const { exportView } = await import('../export/formats');
  const output = await exportView(view, format);
  return typeof output === 'string' ? { data: output, encoding: 'utf8' } : { data: Buffer.from(output).toString('base64'), encoding: 'base64' };
}
