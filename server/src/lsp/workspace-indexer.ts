// Keeps the workspace index of the files that are not open: a scan of every workspace
// folder (at start and on request), with the index cache and the index workers (index-scan.ts),
// and a re-read of each file a file event names or a closed document leaves on disk.
import type { RemoteConsole, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../core/workspace-index';
import type { IndexCache } from './index-cache';
import { scanIntoIndex } from './index-scan';
import type { ReindexResult } from './protocol';
import type { ServerServices } from './services';
import { analysisLimits, type Settings } from './settings';
import { normalizeUri, pathToUri, uriToPath } from './uris';
import type { ScanOptions } from './workspace-scan';

export interface IndexerContext {
  services: ServerServices;
  index: WorkspaceIndex;
  console: RemoteConsole;
  settings(): Settings;
  /** The workspace folders' paths, from `initialize`. */
  folders(): readonly string[];
  /** The client's storage folder for the index cache, from `initialize`. */
  storagePath(): string | null;
  /** Whether `uri` is open: the editor's text, not the file's, stands in the index. */
  isOpen(uri: string): boolean;
}

export class WorkspaceIndexer {
  /** The index persisted in the client's storage, opened at the first scan. */
  private cache: Promise<IndexCache> | null = null;
  /**
   * The number of the last file event on each URI: a scan does not store what it read of
   * a file an event touched since the scan began (the event's own read is newer; index
   * workers read files well before the scan stores them).
   */
  private readonly fileEvents = new Map<string, number>();
  private fileEventCount = 0;

  constructor(private readonly context: IndexerContext) {}

  /** Counts a file event on `uri`, before the file is re-read (reindexFile) or removed. */
  fileEvent(uri: string): void {
    this.fileEvents.set(normalizeUri(uri), ++this.fileEventCount);
  }

  /** Re-reads a file that is not open into the index, if the index may read it at all. */
  async reindexFile(uri: string): Promise<void> {
    const { services, index, settings, folders, isOpen } = this.context;
    const path = uriToPath(uri);
    const file = path && settings().index.enabled ? await services.readWorkspaceFile(path, folders(), this.scanOptions()) : null;
    if (isOpen(uri)) return;
    if (file) index.update(normalizeUri(uri), file.text);
    else index.remove(normalizeUri(uri));
  }

  /** Scans every workspace folder into the index, reporting progress. */
  async indexWorkspace(progress?: WorkDoneProgressReporter): Promise<ReindexResult> {
    const { services, index, console, settings, isOpen } = this.context;
    const started = services.now();
    if (!settings().index.enabled) return { documents: index.size, milliseconds: 0 };
    progress?.begin('Indexing resolutions', 0, 'scanning workspace', false);
    const eventsBefore = this.fileEventCount;
    await scanIntoIndex({
      services,
      scanFolder: services.scanFolder,
      index,
      cache: await (this.cache ??= services.openIndexCache(this.context.storagePath(), (message) => console.warn(message))),
      folders: this.context.folders(),
      options: this.scanOptions(),
      workers: settings().index.workers,
      uriOf: pathToUri,
      isOpen,
      readSince: (uri) => (this.fileEvents.get(uri) ?? 0) > eventsBefore,
      progress: (scanned, found) => progress?.report(`${scanned} files scanned, ${found} resolutions`),
      info: (message) => console.info(message),
      failed: (what, error) => console.warn(`${what}: ${error instanceof Error ? error.message : String(error)}`),
    });
    progress?.done();
    const result = { documents: index.size, milliseconds: services.now() - started };
    console.info(`Indexed ${result.documents} resolutions in ${result.milliseconds} ms`);
    return result;
  }

  private scanOptions(): ScanOptions {
    const {
      index: { include, exclude },
    } = this.context.settings();
    return { include, exclude, limits: analysisLimits(this.context.settings()) };
  }
}
