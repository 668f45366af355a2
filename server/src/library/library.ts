// The document library: the folder of documents by symbol (library-folder.ts) and the
// fetcher that fills it (fetch-document.ts). A fetch is download → read and check → write,
// and fails whole with a LibraryError: the folder never holds a partial file. A document
// already in the folder is not downloaded again. Two fetches of one symbol at once share one
// download, which stops only when every caller has cancelled.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { symbolKey } from '../core/symbol-key';
import { fetchDocument, fetchError, type FetchOptions } from './fetch-document';
import { LibraryError } from './library-error';
import { LibraryFolder, type LibraryDocument, type LibraryEntry, type LibraryListing } from './library-folder';

/** What a fetch gives: the document, downloaded now or found in the folder. */
export interface Fetched {
  entry: LibraryEntry;
  status: 'fetched' | 'present';
}

interface Download {
  promise: Promise<LibraryEntry>;
  controller: AbortController;
  /** Callers still waiting for it. */
  waiting: number;
}

/**
 * Where the CLI keeps the library: $XDG_CACHE_HOME/un-resolution/library, else the user's cache
 * folder (~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function defaultLibraryFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  const cache = env.XDG_CACHE_HOME?.startsWith('/')
    ? env.XDG_CACHE_HOME
    : platform === 'darwin'
      ? join(home, 'Library', 'Caches')
      : platform === 'win32'
        ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
        : join(home, '.cache');
  return join(cache, 'un-resolution', 'library');
}

export class Library {
  readonly folder: LibraryFolder;
  private readonly downloads = new Map<string, Download>();

  constructor(
    path: string,
    private readonly fetchOptions: Partial<FetchOptions> = {},
  ) {
    this.folder = new LibraryFolder(path);
  }

  get path(): string {
    return this.folder.path;
  }

  /** The document of `symbol` if the folder has its text (a PDF dropped in by hand once list() has read it). */
  get(symbol: string): LibraryEntry | null {
    return this.folder.get(symbol);
  }

  read(symbol: string): LibraryDocument | null {
    return this.folder.read(symbol);
  }

  list(): Promise<LibraryListing> {
    return this.folder.list();
  }

  /** Makes the PDFs dropped in by hand into documents (list() does it first); those that cannot be, with the reason. */
  adoptDropped(): Promise<LibraryListing['unreadable']> {
    return this.folder.adoptDropped();
  }

  add(pdf: Uint8Array, options: { expected?: string } = {}): Promise<LibraryEntry> {
    return this.folder.add(pdf, options);
  }

  remove(symbol: string): LibraryEntry | null {
    return this.folder.remove(symbol);
  }

  /** The document of `symbol` if the folder has it, else downloaded: its PDF checked to be that document, and added; a LibraryError says why not. */
  async fetch(symbol: string, signal?: AbortSignal): Promise<Fetched> {
    if (signal?.aborted) throw fetchError(symbol, 'cancelled', 'cancelled');
    const present = this.get(symbol);
    return present ? { entry: present, status: 'present' } : { entry: await this.download(symbol, signal), status: 'fetched' };
  }

  /** The download of `symbol`, shared with the fetches of it already going on. */
  private download(symbol: string, signal?: AbortSignal): Promise<LibraryEntry> {
    const key = symbolKey(symbol);
    let download = this.downloads.get(key);
    if (!download) {
      const controller = new AbortController();
      const started: Download = { controller, waiting: 0, promise: this.downloadNow(symbol, controller.signal) };
      started.promise.then(
        () => this.downloads.delete(key),
        () => this.downloads.delete(key),
      );
      this.downloads.set(key, (download = started));
    }
    return this.wait(download, symbol, signal);
  }

  /** The shared download's result for one caller, who may cancel alone: the download stops when no one waits. */
  private wait(download: Download, symbol: string, signal?: AbortSignal): Promise<LibraryEntry> {
    download.waiting++;
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onCancel);
        download.waiting--;
        finish();
      };
      const onCancel = () =>
        settle(() => {
          if (download.waiting === 0) download.controller.abort();
          reject(fetchError(symbol, 'cancelled', 'cancelled'));
        });
      signal?.addEventListener('abort', onCancel, { once: true });
      download.promise.then(
        (entry) => settle(() => resolve(entry)),
        (error: unknown) => settle(() => reject(error)),
      );
    });
  }

  private async downloadNow(symbol: string, signal: AbortSignal): Promise<LibraryEntry> {
    // A folder that cannot be written is said before anything is downloaded.
    this.folder.ensureWritable();
    const pdf = await fetchDocument(symbol, this.fetchOptions, signal);
    const prepared = await this.folder.prepare(pdf, symbol).catch((error: unknown) => {
      throw error instanceof LibraryError ? fetchError(symbol, error.kind, error.message) : error;
    });
    // Cancelled while the PDF was read: nothing is written.
    if (signal.aborted) throw fetchError(symbol, 'cancelled', 'cancelled');
    return this.folder.write(prepared);
  }
}
