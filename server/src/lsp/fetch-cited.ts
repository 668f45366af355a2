// Fetch on demand (docs/library.md): a cited document neither in the workspace nor in the library
// downloaded into the library, by the command (FETCH_CITED_REQUEST) or by definition (with
// `fetch: always` at once, with `ask` after asking once per document). Never with `fetch: never`,
// never in an untrusted workspace, and, in a client that says nothing of trust, only once the
// user chose a fetch mode. A download shows progress and stops when the request is cancelled;
// a failure is said in the library's words.
import { MessageType, ShowMessageNotification, type CancellationToken, type Connection, type Location, type Position } from 'vscode-languageserver';
import type { CitedDocuments } from '../core/cited';
import type { Citation, ResolutionDocument } from '../core/model';
import { findAt } from '../core/lookup';
import { symbolKey } from '../core/symbol-key';
import { landing } from '../core/workspace-index';
import { documentUrl, ODS_URL } from '../library/fetch-document';
import { LibraryError } from '../library/library-error';
import type { LibraryEntry } from '../library/library-folder';
import { citedParagraphLocation } from './definition';
import type { LibraryIndex, SearchedIndex } from './library-index';
import type { Settings } from './settings';

const FETCH = 'Fetch';
const NOT_NOW = 'Not now';

export interface FetcherContext {
  connection: Connection;
  library: LibraryIndex;
  settings(): Settings;
  /** The client's word on the workspace's trust; null: it has no notion of trust (not VS Code). */
  trusted(): boolean | null;
  /** Whether the user set `library.fetch` rather than left the default. */
  fetchChosen(): boolean;
}

/** The citation of another document at `at`, if any. */
export function citationAt(doc: ResolutionDocument, at: Position): Citation | null {
  const found = findAt(doc, at);
  return found?.kind === 'citation' && found.citation.kind !== 'internal' ? found.citation : null;
}

/** Where to open a cited document at hand: the paragraph cited, else its title, else its symbol. */
export function openingPlace(citation: Citation, index: SearchedIndex, cited: CitedDocuments): Location | null {
  const paragraph = citedParagraphLocation(citation, cited);
  if (paragraph) return paragraph;
  const [entry] = index.documentsFor(citation.symbol);
  return entry ? { uri: entry.uri, range: landing(entry) } : null;
}

export class CitedFetcher {
  /** Documents the user answered "Not now" for (by symbol key): not asked again this session. */
  private readonly notNow = new Set<string>();
  /** Questions waiting for an answer: two definitions of one document ask once. */
  private readonly asking = new Map<string, Promise<boolean>>();

  constructor(private readonly context: FetcherContext) {}

  /** Why nothing may be fetched now, in words; null when fetching is allowed. */
  refusal(): string | null {
    if (this.context.settings().library.fetch === 'never') return 'fetching is off (unResolution.library.fetch is "never")';
    const trusted = this.context.trusted();
    if (trusted === false) return 'nothing is fetched in an untrusted workspace';
    if (trusted === null && !this.context.fetchChosen())
      return 'set unResolution.library.fetch (library.fetch in the initialization options) to fetch documents';
    return null;
  }

  /** Definition's part for a document neither in the workspace nor in the library: true when it has been fetched. */
  async forDefinition(symbol: string, token?: CancellationToken): Promise<boolean> {
    if (this.refusal() !== null) return false;
    if (this.context.settings().library.fetch === 'ask') {
      if (!(await this.ask(symbol))) return false;
      // The user said Fetch: the download is theirs, even when the definition was given up while they chose.
      if (token?.isCancellationRequested) {
        void this.fetch(symbol);
        return false;
      }
    }
    return (await this.fetch(symbol, token)) !== null;
  }

  /** Downloads `symbol` into the library, with progress, until `token` cancels it; a failure is said and gives null. */
  async fetch(symbol: string, token?: CancellationToken): Promise<LibraryEntry | null> {
    const { connection, library } = this.context;
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin(`Fetching ${symbol}`, undefined, `from ${this.source()}`, true);
    const controller = new AbortController();
    const cancel = () => controller.abort();
    const listeners = [token?.onCancellationRequested(cancel), progress?.token.onCancellationRequested(cancel)];
    try {
      // One in the folder but not indexed yet (the folder is read after the workspace) is not fetched again.
      const { entry, status } = await library.library.fetch(symbol, controller.signal);
      library.add(entry);
      if (status === 'fetched') connection.console.info(`Fetched ${entry.symbol} into ${entry.textFile}`);
      return entry;
    } catch (error) {
      if (!(error instanceof LibraryError && error.kind === 'cancelled')) this.say(MessageType.Error, error instanceof Error ? error.message : String(error));
      return null;
    } finally {
      listeners.forEach((listener) => listener?.dispose());
      progress?.done();
    }
  }

  /** Tells the user something (a notification: nothing to answer). */
  say(type: MessageType, message: string): void {
    void this.context.connection.sendNotification(ShowMessageNotification.type, { type, message: `UN Resolution: ${message}` });
  }

  /** Asks whether to fetch `symbol`, once a session: "Not now" (or no answer) is remembered. */
  private ask(symbol: string): Promise<boolean> {
    const key = symbolKey(symbol);
    if (this.notNow.has(key)) return Promise.resolve(false);
    let asking = this.asking.get(key);
    if (!asking) {
      asking = this.context.connection.window
        .showInformationMessage(`Fetch ${symbol} from ${this.source()}?`, { title: FETCH }, { title: NOT_NOW })
        .then(
          (choice) => choice?.title === FETCH,
          () => false,
        )
        .then((fetch) => {
          if (!fetch) this.notNow.add(key);
          this.asking.delete(key);
          return fetch;
        });
      this.asking.set(key, asking);
    }
    return asking;
  }

  /** Where documents come from: the UN's document service, or the host another URL template names. */
  private source(): string {
    const { url, language } = this.context.settings().library;
    if (url === ODS_URL) return 'the UN document service';
    try {
      return new URL(documentUrl('x', url, language)).host;
    } catch {
      return url;
    }
  }
}
