// The document library (docs/library.md) as a second index beside the workspace's: the clean
// texts of the library folder, indexed like workspace files and searched after them by
// definition, hover, references and workspace symbols. The folder and the fetcher's options
// come from the settings; a new folder is read again. The library keeps each text's model
// (library-folder.ts), which the hover, definition and the rules read as a cited document's.
import type { RemoteConsole } from 'vscode-languageserver';
import type { CitedDocuments } from '../core/cited';
import type { Range } from '../core/model';
import { WorkspaceIndex, type IndexEntry } from '../core/workspace-index';
import type { FetchOptions } from '../library/fetch-document';
import type { Library } from '../library/library';
import type { LibraryEntry } from '../library/library-folder';
import type { ServerServices } from './services';
import { pathToUri } from './uris';

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

export class LibraryIndex {
  readonly index = new WorkspaceIndex();
  private current: { options: string; library: Library } | null = null;

  constructor(
    private readonly services: ServerServices,
    private readonly console: RemoteConsole,
  ) {}

  /** The library as last configured. */
  get library(): Library {
    if (!this.current) throw new Error('the library is not configured yet');
    return this.current.library;
  }

  /** Points the library at `folder`, fetching with `options`; true when the folder is another one (refresh() reads it). */
  configure(folder: string, options: Partial<FetchOptions>): boolean {
    const key = JSON.stringify(options);
    if (this.current?.library.path === folder && this.current.options === key) return false;
    const moved = this.current?.library.path !== folder;
    this.current = { options: key, library: this.services.openLibrary(folder, options) };
    return moved;
  }

  /** Reads the folder into the index: PDFs dropped in by hand made into documents first, texts gone removed. */
  async refresh(): Promise<void> {
    const library = this.library;
    const listing = await library.list().catch((error: unknown) => {
      this.console.warn(`Could not read the document library: ${message(error)}`);
      return { documents: [], unreadable: [] };
    });
    // Pointed at another folder meanwhile: that one's refresh indexes it.
    if (library !== this.library) return;
    for (const { file, reason } of listing.unreadable) this.console.warn(`Library: cannot read ${file}: ${reason}`);
    const kept = new Set(listing.documents.map((entry) => this.add(entry)));
    for (const entry of [...this.index.all()]) if (!kept.has(entry.uri)) this.index.remove(entry.uri);
    this.console.info(`Library ${library.path}: ${this.index.size} documents`);
  }

  /** Indexes a document of the library (one just fetched); returns its URI. */
  add(entry: LibraryEntry): string {
    const uri = pathToUri(entry.textFile);
    const read = this.read(entry.symbol);
    if (read) this.index.update(uri, read.text, read.doc);
    return uri;
  }

  /** The library's document of `symbol`, for the rules, hover and definition; null when the library has none. */
  readonly provider: CitedDocuments = (symbol) => {
    if (this.index.documentsFor(symbol).length === 0) return null;
    const read = this.read(symbol);
    return read && { doc: read.doc, uri: pathToUri(read.entry.textFile) };
  };

  /** A text removed or made unreadable since it was indexed reads as none. */
  private read(symbol: string) {
    try {
      return this.library.read(symbol);
    } catch {
      return null;
    }
  }
}
