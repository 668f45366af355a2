// The document library (docs/library.md) as a second index beside the workspace's: the clean
// texts of the library folder, indexed like workspace files (by the index workers, with an
// index cache of its own) and searched after them by definition, hover, references and
// workspace symbols. The folder and the fetcher's options come from the settings; the folder
// is watched, and read again when it changes or another is set. The index keeps summaries; a
// text's model is parsed when the hover, definition or a rule reads it as a cited document's,
// and the library keeps the last few (library-folder.ts).
import { basename, join } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { CitedDocuments } from '../core/cited';
import type { Range } from '../core/model';
import { WorkspaceIndex, type IndexEntry } from '../core/workspace-index';
import type { FetchOptions } from '../library/fetch-document';
import type { Library } from '../library/library';
import type { LibraryEntry } from '../library/library-folder';
import { isDocumentText } from '../library/library-names';
import type { IndexCache } from './index-cache';
import { scanIntoIndex } from './index-scan';
import type { ServerServices } from './services';
import { analysisLimits, type Settings } from './settings';
import { pathToUri } from './uris';
import { scanFolder } from './workspace-scan';

/** What definition, hover, references and workspace symbols search: the workspace, then the library. */
export interface SearchedIndex {
  /** The workspace's documents of `symbol`, else the library's. */
  documentsFor(symbol: string): IndexEntry[];
  /** Every place that cites `symbol`: in the workspace, then in the library. */
  citationsOf(symbol: string): Array<{ uri: string; range: Range }>;
  all(): Iterable<IndexEntry>;
  /** Whether `uri` is a text of the library. */
  inLibrary(uri: string): boolean;
}

/** A library text open in the editor is in the workspace's index too: it counts once, as the workspace's. */
export function workspaceThenLibrary(workspace: WorkspaceIndex, library: WorkspaceIndex): SearchedIndex {
  const onlyInLibrary = (uri: string) => library.get(uri) !== undefined && workspace.get(uri) === undefined;
  return {
    documentsFor(symbol) {
      const own = workspace.documentsFor(symbol);
      return own.length > 0 ? own : library.documentsFor(symbol);
    },
    citationsOf: (symbol) => [...workspace.citationsOf(symbol), ...library.citationsOf(symbol).filter((place) => onlyInLibrary(place.uri))],
    *all() {
      yield* workspace.all();
      for (const entry of library.all()) if (onlyInLibrary(entry.uri)) yield entry;
    },
    inLibrary: onlyInLibrary,
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface LibraryContext {
  services: ServerServices;
  connection: Connection;
  settings(): Settings;
  /** The client's storage folder: the library's index cache is kept in its `library` folder. */
  storagePath(): string | null;
  /** The library's documents changed: the open documents are checked again. */
  changed(): void;
}

export class LibraryIndex {
  readonly index = new WorkspaceIndex();
  private current: { options: string; library: Library } | null = null;
  private watcher: { close(): void } | null = null;
  private cache: Promise<IndexCache> | null = null;
  /** The read going on, and the one asked for meanwhile (one is enough: it reads the folder as it is then). */
  private running: Promise<void> | null = null;
  private queued: { progress: boolean; promise: Promise<void> } | null = null;
  private closed = false;
  /** Dropped PDFs already said to be unreadable, with the reason: said once, not at every reading. */
  private readonly warned = new Set<string>();

  constructor(private readonly context: LibraryContext) {}

  /** The library as last configured. */
  get library(): Library {
    if (!this.current) throw new Error('the library is not configured yet');
    return this.current.library;
  }

  /** Points the library at `folder`, fetching with `options`, and watches that folder; true when the folder is another one (refresh() reads it). */
  configure(folder: string, options: Partial<FetchOptions>): boolean {
    const key = JSON.stringify(options);
    if (this.current?.library.path === folder && this.current.options === key) return false;
    const moved = this.current?.library.path !== folder;
    this.current = { options: key, library: this.context.services.openLibrary(folder, options) };
    if (moved && !this.closed) {
      this.watcher?.close();
      const { console } = this.context.connection;
      this.watcher = this.context.services.watchFolder(
        folder,
        () => void this.refresh(),
        (problem) => console.warn(problem),
      );
    }
    return moved;
  }

  /** Stops watching the folder (the server shuts down). */
  close(): void {
    this.closed = true;
    this.watcher?.close();
    this.watcher = null;
  }

  /**
   * Reads the folder into the index, in the background of the requests: PDFs dropped in by hand made
   * into documents, then the texts new or changed since the last read indexed (the index workers
   * parse them), and the texts gone removed. With `progress`, the client shows it.
   */
  refresh(progress = false): Promise<void> {
    if (this.queued) {
      this.queued.progress ||= progress;
      return this.queued.promise;
    }
    if (this.running) {
      const queued = { progress, promise: Promise.resolve() };
      queued.promise = this.running.then(() => {
        this.queued = null;
        return this.refresh(queued.progress);
      });
      return (this.queued = queued).promise;
    }
    this.running = this.read(progress)
      .catch((error: unknown) => {
        if (!this.closed) this.context.connection.console.error(`Could not read the document library: ${message(error)}`);
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  /** Indexes a document of the library (one just fetched); returns its URI. */
  add(entry: LibraryEntry): string {
    const uri = pathToUri(entry.textFile);
    const read = this.readDocument(entry.symbol);
    if (read) this.index.update(uri, read.text, read.doc);
    this.context.changed();
    return uri;
  }

  /** The library's document of `symbol`, for the rules, hover and definition, parsed now unless among the last read; null when the library has none. */
  readonly provider: CitedDocuments = (symbol) => {
    if (this.index.documentsFor(symbol).length === 0) return null;
    const read = this.readDocument(symbol);
    return read && { doc: read.doc, uri: pathToUri(read.entry.textFile) };
  };

  private async read(progress: boolean): Promise<void> {
    if (this.closed) return;
    const { connection } = this.context;
    const library = this.library;
    const reporter = progress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    reporter?.begin('Reading the document library', 0, library.path, false);
    const before = new Map([...this.index.all()].map((entry) => [entry.uri, entry.fingerprint]));
    try {
      const unreadable = await library.adoptDropped().catch((error: unknown) => {
        connection.console.warn(`Could not read the document library: ${message(error)}`);
        return [];
      });
      for (const { file, reason } of unreadable) {
        const warning = `Library: cannot read ${file}: ${reason}`;
        if (!this.warned.has(warning)) connection.console.warn(warning);
        this.warned.add(warning);
      }
      const seen = await this.scan(library, (scanned, found) => reporter?.report(`${scanned} files scanned, ${found} documents`));
      for (const entry of [...this.index.all()]) if (!seen.has(entry.uri)) this.index.remove(entry.uri);
    } finally {
      reporter?.done();
    }
    connection.console.info(`Library ${library.path}: ${this.index.size} documents`);
    const after = [...this.index.all()];
    if (after.length !== before.size || after.some((entry) => before.get(entry.uri) !== entry.fingerprint)) this.context.changed();
  }

  /** The library's texts scanned into the index as the workspace's files are; the URIs found. */
  private async scan(library: Library, progress: (scanned: number, found: number) => void): Promise<Set<string>> {
    const { services, connection, settings } = this.context;
    return scanIntoIndex({
      services,
      // The library's folder is on the disk, also when the workspace is not (the in-process tests).
      scanFolder,
      index: this.index,
      cache: await (this.cache ??= services.openIndexCache(this.cacheFolder(), (problem) => connection.console.warn(problem))),
      folders: [library.path],
      // Only the folder's own texts (the glob takes no file in a subfolder), each a document.
      options: { include: ['*.txt'], exclude: [], limits: analysisLimits(settings()), allDocuments: true },
      workers: settings().index.workers,
      takes: (path) => isDocumentText(basename(path)),
      // Named as the library names them, also when the folder's path has a symbolic link in it (the scan follows it).
      uriOf: (path) => pathToUri(join(library.path, basename(path))),
      isOpen: () => false,
      progress,
      info: (note) => connection.console.info(note),
      failed: (what, error) => {
        // A folder not made yet holds nothing.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') connection.console.warn(`${what}: ${message(error)}`);
      },
    });
  }

  /** The library's index cache, beside the workspace's; none (but in memory) when the client gives no storage folder. */
  private cacheFolder(): string | null {
    const storage = this.context.storagePath();
    return storage && join(storage, 'library');
  }

  /** A text removed or made unreadable since it was indexed reads as none. */
  private readDocument(symbol: string) {
    try {
      return this.library.read(symbol);
    } catch {
      return null;
    }
  }
}
