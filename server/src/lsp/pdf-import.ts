// "Open Resolution PDF as Text": the PDF the user picked, read into the clean shape for a
// new editor. Only this explicit request reads a PDF; the workspace index never does.

export type PdfImportResult = { ok: true; text: string; pages: number } | { ok: false; reason: string };

/** The PDF at `path`, read by `readFile`, as clean text. */
export async function importPdf(path: string, maxBytes: number, readFile: (path: string) => Promise<Uint8Array>): Promise<PdfImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (bytes.length > maxBytes)
    return {
      ok: false,
      reason: `the PDF is ${(bytes.length / 1048576).toFixed(1)} MB, above the ${(maxBytes / 1048576).toFixed(0)} MB limit (unResolution.maxFileSize)`,
    };
  // Read in the PDF reader's thread, so the server answers other requests meanwhile.
  const { readPdfInThread } = await import('../pdf/pdf-thread');
  return readPdfInThread(bytes);
}
