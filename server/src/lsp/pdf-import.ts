// "Open Resolution PDF as Text": the PDF the user picked, read into the clean shape for a
// new editor. Only this explicit request reads a PDF; the workspace index never does.
import { readFile } from 'node:fs/promises';
import { parse } from '../core/parser';
import { renderClean } from '../core/render-clean';

export type PdfImportResult = { ok: true; text: string; pages: number } | { ok: false; reason: string };

export async function importPdf(path: string, maxBytes: number): Promise<PdfImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (bytes.length > maxBytes) return { ok: false, reason: `the PDF is ${(bytes.length / 1048576).toFixed(1)} MB, above the ${(maxBytes / 1048576).toFixed(0)} MB limit (unResolution.maxFileSize)` };
  // Loaded at the first import, not at every start of the server.
  const { pdfToText } = await import('../pdf/read-pdf');
  const result = await pdfToText(bytes);
  if (!result.ok) return result;
  return { ok: true, text: renderClean(result.text, parse(result.text)), pages: result.pages };
}
