// The server's own requests, shared with the client: names and shapes.
export const STRUCTURE_REQUEST = 'unResolution/structure';
export interface StructureParams {
  uri: string;
}

export const REINDEX_REQUEST = 'unResolution/reindex';
export interface ReindexResult {
  documents: number;
  milliseconds: number;
}

/** The document in the clean shape (PDF clean-up), as text. */
export const CLEAN_REQUEST = 'unResolution/clean';

/** The preview's markup for a document (see lsp/preview-export.ts). */
export const PREVIEW_REQUEST = 'unResolution/preview';

/** A document exported: `{ uri, format: 'docx' | 'html' | 'pdf' | 'akn' }`. */
export const EXPORT_REQUEST = 'unResolution/export';
export interface ExportParams {
  uri: string;
  format: string;
}

/** The open document (`uri`) compared with another version (`otherUri`), as a Markdown report. */
export const COMPARE_REQUEST = 'unResolution/compare';
export interface CompareParams {
  uri: string;
  otherUri: string;
}

/** A PDF on disk read into the clean shape: `{ uri }` → `{ ok, text, pages } | { ok: false, reason }`. */
export const PDF_IMPORT_REQUEST = 'unResolution/importPdf';
