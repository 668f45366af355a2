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

/** The document a citation names fetched into the library (docs/library.md): `{ uri, position }` of the citation → where to open it, or null (the server said why). */
export const FETCH_CITED_REQUEST = 'unResolution/fetchCited';
export interface FetchCitedParams {
  uri: string;
  position: { line: number; character: number };
}
export type FetchCitedResult = { uri: string; range: { start: FetchCitedParams['position']; end: FetchCitedParams['position'] } } | null;

/** The client's command that sends FETCH_CITED_REQUEST, from the cursor or with FetchCitedParams (the hover's link). */
export const FETCH_CITED_COMMAND = 'unResolution.fetchCitedDocument';

/** The client's word that the user now trusts the workspace (`initializationOptions.trusted` said it did not). */
export const TRUST_GRANTED_NOTIFICATION = 'unResolution/trustGranted';
