// One scan of folders into an index, the workspace's (workspace-indexer.ts) or the document
// library's (library-index.ts): a file the index cache proves unchanged is not read, the others
// are read and summarised by the index workers (on the main thread without them, a batch at a
// time), progress is reported as files are found, and the cache forgets, and the index loses,
// the files the scan no longer finds. The index keeps the entries, never the models.
import type { WorkspaceIndex } from '../core/workspace-index';
import type { IndexCache } from './index-cache';
import { workerCount } from './index-worker-pool';
import type { ServerServices } from './services';
import type { ScanOptions } from './workspace-scan';
import { prepareWorkspaceSymbols } from './workspace-symbols';

export interface IndexScan {
  services: ServerServices;
  /** How the folders are walked: the services' scan of the workspace, or the one of workspace-scan.ts on the disk. */
  scanFolder: ServerServices['scanFolder'];
  index: WorkspaceIndex;
  cache: IndexCache;
  folders: readonly string[];
  /** The globs and limits (and `allDocuments`); the scan adds the cache and the workers. */
  options: ScanOptions;
  /** The `unResolution.index.workers` setting. */
  workers: number | null;
  /** The URI a file found at `path` is indexed under. */
  uriOf(path: string): string;
  /** Whether the scan takes the file at `path` at all (before it is read); by default every file the globs take. */
  takes?(path: string): boolean;
  /** An open document's text stands in the index: the scan does not store its file's. */
  isOpen(uri: string): boolean;
  /** Whether a file event read `uri` anew since the scan began: what the scan read of it is older. */
  readSince?(uri: string): boolean;
  /** Files walked so far, and documents found. */
  progress?(scanned: number, found: number): void;
  info(message: string): void;
  /** A folder that could not be walked, or a cache that could not be saved. */
  failed(what: string, error: unknown): void;
}

/** Scans the folders into the index; returns the URIs of the documents found. */
export async function scanIntoIndex(scan: IndexScan): Promise<Set<string>> {
  const { services, index, cache, isOpen } = scan;
  let found = 0;
  const seenPaths = new Set<string>();
  const seen = new Set<string>();
  // Files whose size and mtime match the cache are not read: their cached entries stand.
  const unchanged = (path: string, size: number, mtimeMs: number) => {
    // A file the scan does not take is passed over as if unchanged, and not counted.
    if (scan.takes && !scan.takes(path)) return true;
    const entry = cache.reusable(path, size, mtimeMs);
    if (!entry) return false;
    if (index.get(entry.uri) !== entry && !isOpen(entry.uri)) index.set(entry);
    seenPaths.add(path);
    seen.add(entry.uri);
    found++;
    return true;
  };
  const workers = services.startIndexWorkers(workerCount(scan.workers), scan.info);
  for (const folder of scan.folders) {
    try {
      for await (const file of scan.scanFolder(folder, {
        ...scan.options,
        onProgress: (scanned) => scan.progress?.(scanned, found),
        unchanged,
        workers,
      })) {
        const uri = scan.uriOf(file.path);
        seenPaths.add(file.path);
        seen.add(uri);
        if (!isOpen(uri) && !scan.readSince?.(uri)) {
          // A recent mtime proves nothing: the cached entry stands if the text's fingerprint is the same.
          const previous = cache.previous(file.path);
          if (previous?.uri === uri && !index.get(uri)) index.set(previous);
          const entry = 'entry' in file ? index.add(file.entry.uri === uri ? file.entry : { ...file.entry, uri }) : index.update(uri, file.text);
          cache.record(file.path, file.size, file.mtimeMs, entry);
        }
        found++;
      }
    } catch (error) {
      scan.failed(`Could not scan ${folder}`, error);
    }
  }
  await workers?.close();
  for (const uri of cache.keepOnly(seenPaths)) if (!isOpen(uri)) index.remove(uri);
  await cache.save().catch((error) => scan.failed('Could not save the index cache', error));
  // After the answer, in the background: the first workspace/symbol query then costs no more than the next.
  setImmediate(() => void prepareWorkspaceSymbols(index));
  return seen;
}
