// What the server reads and starts outside itself, injected into createServer: the real
// file system, cache, worker threads and folder watching (node-services.ts), or an in-memory
// workspace (the in-process tests). The workspace folders come from `initialize`.
import type { FetchOptions } from '../library/fetch-document';
import type { Library } from '../library/library';
import type { IndexCache } from './index-cache';
import type { IndexWorkerPool } from './index-worker-pool';
import type { FoundFile, IndexedFile, ScanOptions } from './workspace-scan';

export interface ServerServices {
  /** The resolutions in a workspace folder, as workspace-scan.ts's scanFolder finds them. */
  scanFolder(folder: string, options: ScanOptions): AsyncIterable<FoundFile | IndexedFile>;
  /** A file a file event or a closed document names, read only when the scan would read it (readWorkspaceFile). */
  readWorkspaceFile(path: string, folders: readonly string[], options: ScanOptions): Promise<FoundFile | null>;
  /** The bytes of a file the user picked: another version to compare with, a PDF to import. */
  readFile(path: string): Promise<Uint8Array>;
  /** The index cache kept in the client's storage folder (`initializationOptions.storagePath`); null: nothing kept. */
  openIndexCache(storagePath: string | null, log: (message: string) => void): Promise<IndexCache>;
  /** `count` workers that index a scan's files; null: the scan reads them on the main thread. */
  startIndexWorkers(count: number, log: (message: string) => void): IndexWorkerPool | null;
  /** The document library in `folder`, fetching with `options` (the only network the server uses, and only when asked). */
  openLibrary(folder: string, options: Partial<FetchOptions>): Library;
  /** The library's folder when neither the settings nor the client name one. */
  defaultLibraryFolder(): string;
  /** Calls `changed` when files in `folder` were made, changed or removed (a burst of changes once), until closed; `warn` says it cannot watch. */
  watchFolder(folder: string, changed: () => void, warn: (message: string) => void): { close(): void };
  /** The clock, in milliseconds, that times an indexing. */
  now(): number;
}
