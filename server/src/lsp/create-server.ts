// The UN resolution language server as a value: createServer joins the document store,
// the workspace index, the settings and the request handlers to a connection, with what
// it reads from outside injected as services. server.ts runs it over stdio, IPC or a
// socket on the real file system; the in-process tests on an in-memory workspace. It
// maps the pure core's model to LSP, holds no language knowledge of its own, and writes
// no file but the index cache and the document library's (library-index.ts).
import {
  CodeActionKind,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { join } from 'node:path';
import type { CitedDocuments } from '../core/cited';
import { WorkspaceIndex } from '../core/workspace-index';
import { FIX_ALL_KIND } from './code-actions';
import { WorkspaceCitedDocuments } from './cited-documents';
import { DiagnosticsScheduler } from './diagnostics';
import { CitedFetcher } from './fetch-cited';
import { DocumentStore } from './document-store';
import { recordingDocuments } from './edit-recording';
import { LibraryIndex, workspaceThenLibrary } from './library-index';
import { ON_TYPE_TRIGGER } from './on-type-formatting';
import { TRUST_GRANTED_NOTIFICATION } from './protocol';
import { registerRequestHandlers } from './request-handlers';
import type { ServerServices } from './services';
import { analysisLimits, DEFAULT_SETTINGS, fetchChosen, fetchOptions, readSettings, type Settings } from './settings';
import { normalizeUri, uriToPath } from './uris';
import { WorkspaceIndexer } from './workspace-indexer';

/** Wires the server to `connection` and starts listening on it. */
export function createServer(connection: Connection, services: ServerServices): void {
  const index = new WorkspaceIndex();
  let settings: Settings = DEFAULT_SETTINGS;
  let workspaceFolders: string[] = [];
  let canReadConfiguration = false;
  let storagePath: string | null = null;
  /** The client's folder for the library (VS Code's global storage), from `initialize`. */
  let globalStoragePath: string | null = null;
  /** `initializationOptions.library`: the library settings of a client without workspace/configuration. */
  let initialLibrary: unknown;
  /** The settings as the client last sent them, to tell a fetch mode the user chose. */
  let rawSettings: unknown;
  /** `initializationOptions.trusted` (VS Code's workspace trust), until TRUST_GRANTED_NOTIFICATION; null: the client says nothing of trust. */
  let trusted: boolean | null = null;
  const library = new LibraryIndex({
    services,
    connection,
    settings: () => settings,
    storagePath: () => storagePath,
    changed: () => diagnostics.recheckAll(),
  });
  const searched = workspaceThenLibrary(index, library.index);
  // The workspace's document first: the library's stands in for one the workspace lacks (or has not read yet).
  const citedAnywhere: CitedDocuments = (symbol) => cited.provider(symbol) ?? library.provider(symbol);

  /** Takes the settings the client sent; true when the library is then in another folder (to be read). */
  function applySettings(raw: unknown): boolean {
    settings = readSettings(raw, initialLibrary);
    rawSettings = raw;
    const folder = settings.library.folder || (globalStoragePath ? join(globalStoragePath, 'library') : services.defaultLibraryFolder());
    return library.configure(folder, fetchOptions(settings.library));
  }

  const store = new DocumentStore(
    () => analysisLimits(settings),
    index,
    // A notification, not window/showMessageRequest: nothing to answer, nothing to fail if the client cannot.
    (uri, reason) => {
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `UN Resolution: ${decodeURIComponent(uri.split('/').pop() ?? uri)} ${reason}; deep analysis (outline, checks, navigation) is skipped for it.`,
      });
    },
    (symbol) => citedAnywhere(symbol),
  );
  const documents = new TextDocuments(recordingDocuments(store));
  const cited: WorkspaceCitedDocuments = new WorkspaceCitedDocuments(
    index,
    (uri) => {
      const document = documents.get(uri);
      return document ? store.get(document).doc : null;
    },
    services.readFile,
    () => analysisLimits(settings),
  );
  const diagnostics = new DiagnosticsScheduler(connection, documents, store, () => settings, cited);
  const fetcher = new CitedFetcher({
    connection,
    library,
    settings: () => settings,
    trusted: () => trusted,
    fetchChosen: () => fetchChosen(rawSettings, initialLibrary),
  });
  const indexer = new WorkspaceIndexer({
    services,
    index,
    console: connection.console,
    settings: () => settings,
    folders: () => workspaceFolders,
    storagePath: () => storagePath,
    isOpen: (uri) => documents.get(uri) !== undefined,
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canReadConfiguration = params.capabilities.workspace?.configuration === true;
    workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []))
      .map((f) => uriToPath(f.uri))
      .filter((p): p is string => p !== null);
    const options = params.initializationOptions as Record<string, unknown> | undefined;
    const path = (value: unknown) => (typeof value === 'string' ? value : null);
    storagePath = path(options?.storagePath);
    globalStoragePath = path(options?.globalStoragePath);
    initialLibrary = options?.library;
    trusted = typeof options?.trusted === 'boolean' ? options.trusted : null;
    applySettings(options?.settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'UN Resolution' },
        definitionProvider: true,
        declarationProvider: true,
        hoverProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: [' ', '('] },
        documentFormattingProvider: true,
        documentOnTypeFormattingProvider: { firstTriggerCharacter: ON_TYPE_TRIGGER },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'un-resolution-language-server', version: '0.1.0' },
    };
  });

  /** Reads the settings through workspace/configuration; true when the library is then in another folder. */
  async function refreshSettings(): Promise<boolean> {
    if (!canReadConfiguration) return false;
    const raw = await connection.workspace.getConfiguration('unResolution').catch(() => undefined);
    return raw !== undefined && applySettings(raw);
  }

  connection.onInitialized(async () => {
    await refreshSettings();
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    await indexer.indexWorkspace(progress);
    await library.refresh(true);
    for (const document of documents.all()) diagnostics.schedule(document.uri, true);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const moved = canReadConfiguration ? await refreshSettings() : applySettings((change.settings as { unResolution?: unknown } | undefined)?.unResolution);
    if (moved) await library.refresh(true);
    for (const document of documents.all()) diagnostics.schedule(document.uri, true);
  });

  connection.onShutdown(() => library.close());

  connection.onNotification(TRUST_GRANTED_NOTIFICATION, () => {
    trusted = true;
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      indexer.fileEvent(change.uri);
      if (documents.get(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) index.remove(normalizeUri(change.uri));
      else await indexer.reindexFile(change.uri);
    }
  });

  // Parsing waits for the diagnostics' pause in typing or for a request (DocumentStore).
  documents.onDidChangeContent(({ document }) => diagnostics.schedule(document.uri, document.version <= 1));

  documents.onDidClose(async ({ document }) => {
    store.forget(document.uri);
    diagnostics.clear(document.uri);
    // Back to what is on disk: unsaved edits no longer count for other documents.
    await indexer.reindexFile(document.uri);
  });

  registerRequestHandlers({
    connection,
    services,
    documents,
    index,
    searched,
    library,
    store,
    indexer,
    cited,
    citedAnywhere,
    fetcher,
    settings: () => settings,
  });

  documents.listen(connection);
  connection.listen();
}
