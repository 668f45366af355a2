// Diagnostics are computed after a short pause in typing and dropped when a newer
// version of the document arrives first: the editor never waits for them, nor for the
// files of the documents it cites, read after the first answer (the document is then checked again).
import type { Connection } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { symbolsToRead, type WorkspaceCitedDocuments } from './cited-documents';
import type { DocumentStore, ParsedDocument } from './document-store';
import type { Settings } from './settings';
import { toLspDiagnostic } from './convert';

/** A pending run: a timer for the pause in typing, or the next turn of the event loop when there is none to wait for. */
type Pending = { timer: NodeJS.Timeout } | { immediate: NodeJS.Immediate };

function cancel(pending: Pending | undefined): void {
  if (!pending) return;
  if ('timer' in pending) clearTimeout(pending.timer);
  else clearImmediate(pending.immediate);
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, Pending>();
  private readonly failedRules = new Set<string>();
  /** The version of each document checked again once its cited documents were read: once a version, whatever is read. */
  private readonly citedRead = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: DocumentStore,
    private readonly settings: () => Settings,
    private readonly cited: WorkspaceCitedDocuments | null = null,
  ) {}

  schedule(uri: string, immediately = false): void {
    cancel(this.timers.get(uri));
    const delay = immediately ? 0 : this.settings().diagnostics.debounceMs;
    // setTimeout waits at least a millisecond even for 0; setImmediate runs once the changes already read are handled.
    this.timers.set(uri, delay > 0 ? { timer: setTimeout(() => this.publish(uri), delay) } : { immediate: setImmediate(() => this.publish(uri)) });
  }

  /** Checks every open document again with every rule: a document they may cite came at hand (fetched into the library). */
  recheckAll(): void {
    for (const document of this.documents.all()) {
      this.store.forgetCheck(this.store.get(document));
      this.schedule(document.uri, true);
    }
  }

  clear(uri: string): void {
    cancel(this.timers.get(uri));
    this.timers.delete(uri);
    this.citedRead.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private publish(uri: string): void {
    this.timers.delete(uri);
    const document = this.documents.get(uri);
    if (!document) return;
    const parsed = this.store.get(document);
    const { diagnostics, failures } = this.store.check(parsed, this.settings().diagnostics.severity);
    for (const failure of failures) {
      // A broken rule is logged once per rule, not once per keystroke.
      if (this.failedRules.has(failure.code)) continue;
      this.failedRules.add(failure.code);
      this.connection.console.error(`Rule ${failure.code} failed and was skipped: ${failure.error}`);
    }
    // A newer version arrived while we worked: its own run will publish.
    if (this.documents.get(uri)?.version !== parsed.version) return;
    void this.connection.sendDiagnostics({ uri, version: parsed.version, diagnostics: diagnostics.map((d) => toLspDiagnostic(d, uri)) });
    if (this.cited && this.citedRead.get(uri) !== parsed.version) void this.readCited(uri, parsed);
  }

  /** Reads the files of the documents `parsed` cites; when one came at hand and the version is still current, checks it again. */
  private async readCited(uri: string, parsed: ParsedDocument): Promise<void> {
    const added = await this.cited!.load(symbolsToRead(parsed.doc.citations));
    if (!added || this.documents.get(uri)?.version !== parsed.version) return;
    this.citedRead.set(uri, parsed.version);
    this.store.forgetCheck(parsed);
    this.schedule(uri, true);
  }
}
