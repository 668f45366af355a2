// The messages between the scan and its index workers (index-worker.ts).
import type { IndexEntry } from '../core/workspace-index';
import type { AnalysisLimits } from './limits';

export interface IndexBatch {
  id: number;
  limits: AnalysisLimits;
  /** Files already stat'ed and found within the size limit; `rel` is the path the globs saw. */
  files: Array<{ path: string; rel: string }>;
  /** Every file is a document, whatever it looks like (ScanOptions.allDocuments). */
  allDocuments: boolean;
}

/** An entry; null: not a resolution (or unreadable); 'failed': the worker could not index it. */
export type IndexedResult = IndexEntry | null | 'failed';

export interface IndexBatchResult {
  id: number;
  /** One per file of the batch, in its order. */
  results: IndexedResult[];
}
