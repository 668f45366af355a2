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
