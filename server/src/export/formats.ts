// The export formats, one entry point for the CLI and the editor's export commands.
import { renderAkomaNtoso } from './akn';
import type { ExportFormat } from './format-names';
import { renderDocx } from './docx';
import { renderHtml, type HtmlOptions } from './html';
import { renderPdf } from './pdf';
import type { ResolutionView } from './view';

/** Text for html and akn, bytes for docx and pdf. */
export async function exportView(view: ResolutionView, format: ExportFormat, htmlOptions: HtmlOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'docx':
      return renderDocx(view);
    case 'pdf':
      return renderPdf(view);
    case 'html':
      return renderHtml(view, htmlOptions);
    case 'akn':
      return renderAkomaNtoso(view);
  }
}
