// A PDF read into the clean shape: pdf.js's text as read-pdf.ts assembles it, then parsed
// and written one paragraph a line, as `resolution import` and "Open Resolution PDF as
// Text" give it.
import { parse } from '../core/parser';
import { renderClean } from '../core/render-clean';
import { pdfToText, type PdfTextResult } from './read-pdf';

export async function readPdfAsCleanText(bytes: Uint8Array): Promise<PdfTextResult> {
  const result = await pdfToText(bytes);
  return result.ok ? { ...result, text: renderClean(result.text, parse(result.text)) } : result;
}
