#!/usr/bin/env node
// The UN resolution language server. Transports: --stdio, --node-ipc, --socket=N
// (chosen by vscode-languageserver from the command line). It maps the pure core's
// model to LSP; it holds no language knowledge of its own, never writes a file and
// never touches the network.
import {
  createConnection,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type CancellationToken,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { WorkspaceIndex } from './core/workspace-index';
import { toJson } from './core/json';
import { DocumentStore } from './lsp/document-store';
import { DiagnosticsScheduler } from './lsp/diagnostics';
import { analysisLimits, DEFAULT_SETTINGS, readSettings, type Settings } from './lsp/settings';
import { documentSymbols } from './lsp/document-symbols';
import { definition } from './lsp/definition';
import { hover } from './lsp/hover';
import { references } from './lsp/references';
import { documentLinks } from './lsp/document-links';
import { foldingRanges } from './lsp/folding-ranges';
import { prepareWorkspaceSymbols, workspaceSymbols } from './lsp/workspace-symbols';
import { IndexCache } from './lsp/index-cache';
import { IndexWorkerPool, workerCount } from './lsp/index-worker-pool';
import { readWorkspaceFile, scanFolder, type ScanOptions } from './lsp/workspace-scan';
import { normalizeUri, pathToUri, uriToPath } from './lsp/uris';
import { codeActions, FIX_ALL_KIND } from './lsp/code-actions';
import { completionItems } from './lsp/completion';
import { CLEAN_REQUEST, COMPARE_REQUEST, EXPORT_REQUEST, PDF_IMPORT_REQUEST, PREVIEW_REQUEST, REINDEX_REQUEST, STRUCTURE_REQUEST, type CompareParams, type ExportParams, type ReindexResult, type StructureParams } from './lsp/protocol';
import { exportContent, previewContent } from './lsp/preview-export';
import { compareReport, readVersion } from './lsp/compare';
import { importPdf } from './lsp/pdf-import';
import { isExportFormat } from './export/format-names';
import { renderClean } from './core/render-clean';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const index = new WorkspaceIndex();
let settings: Settings = DEFAULT_SETTINGS;
let workspaceFolders: string[] = [];
let canReadConfiguration = false;
/** The index persisted in the client's storage (initializationOptions.storagePath), opened at the first scan. */
let storagePath: string | null = null;
let indexCache: Promise<IndexCache> | null = null;

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
);
const diagnostics = new DiagnosticsScheduler(connection, documents, store, () => settings);

/**
 * Runs a request handler; a failure is logged once per handler and answered with
 * `fallback`. A request cancelled while it waited in the queue is not run.
 */
const failedHandlers = new Set<string>();
function guarded<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P, token?: CancellationToken) => R | ResponseError<void> {
  return (params: P, token?: CancellationToken) => {
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
    try {
      return handler(params);
    } catch (error) {
      if (!failedHandlers.has(name)) {
        failedHandlers.add(name);
        connection.console.error(`${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      }
      return fallback;
    }
  };
}

function parsedFor(uri: string) {
  const document = documents.get(uri);
  return document ? store.get(document) : null;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canReadConfiguration = params.capabilities.workspace?.configuration === true;
  workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []))
    .map((f) => uriToPath(f.uri))
    .filter((p): p is string => p !== null);
  settings = readSettings(params.initializationOptions?.settings);
  storagePath = typeof params.initializationOptions?.storagePath === 'string' ? params.initializationOptions.storagePath : null;
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
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'un-resolution-language-server', version: '0.1.0' },
  };
});

async function refreshSettings(): Promise<void> {
  if (!canReadConfiguration) return;
  const raw = await connection.workspace.getConfiguration('unResolution').catch(() => undefined);
  if (raw !== undefined) settings = readSettings(raw);
}

function scanOptions(): ScanOptions {
  return { include: settings.index.include, exclude: settings.index.exclude, limits: analysisLimits(settings) };
}

/** This build of the server, by a hash of its own file: after an upgrade or a rebuild with other code, the index cache is stale. */
function serverBuild(): string {
  try {
    return createHash('sha1').update(readFileSync(__filename)).digest('hex');
  } catch {
    return 'unknown';
  }
}

/** Re-reads a file that is not open from disk into the index, if the index may read it at all. */
async function reindexFile(uri: string): Promise<void> {
  const path = uriToPath(uri);
  const file = path && settings.index.enabled ? await readWorkspaceFile(path, workspaceFolders, scanOptions()) : null;
  if (documents.get(uri)) return;
  if (file) index.update(normalizeUri(uri), file.text);
  else index.remove(normalizeUri(uri));
}

/**
 * The number of the last file event on each URI: a scan does not store what it read of
 * a file an event touched since the scan began (the event's own read is newer; index
 * workers read files well before the scan stores them).
 */
const fileEvents = new Map<string, number>();
let fileEventCount = 0;

/** Scans every workspace folder into the index, reporting progress. */
async function indexWorkspace(progress?: WorkDoneProgressReporter): Promise<ReindexResult> {
  const started = Date.now();
  if (!settings.index.enabled) return { documents: index.size, milliseconds: 0 };
  progress?.begin('Indexing resolutions', 0, 'scanning workspace', false);
  let found = 0;
  const cache = await (indexCache ??= IndexCache.open(storagePath, (message) => connection.console.warn(message), serverBuild()));
  // Files whose size and mtime match the cache are not read: their cached entries stand.
  const seen = new Set<string>();
  const unchanged = (path: string, size: number, mtimeMs: number) => {
    const entry = cache.reusable(path, size, mtimeMs);
    if (!entry) return false;
    if (index.get(entry.uri) !== entry && !documents.get(entry.uri)) index.set(entry);
    seen.add(path);
    found++;
    return true;
  };
  const eventsBefore = fileEventCount;
  const workers = IndexWorkerPool.start(workerCount(settings.index.workers), (message) => connection.console.info(message));
  for (const folder of workspaceFolders) {
    try {
      for await (const file of scanFolder(folder, {
        ...scanOptions(),
        onProgress: (scanned) => progress?.report(`${scanned} files scanned, ${found} resolutions`),
        unchanged,
        workers,
      })) {
        const uri = pathToUri(file.path);
        seen.add(file.path);
        if (!documents.get(uri) && (fileEvents.get(uri) ?? 0) <= eventsBefore) {
          // A recent mtime proves nothing: the cached entry stands if the text's fingerprint is the same.
          const previous = cache.previous(file.path);
          if (previous?.uri === uri && !index.get(uri)) index.set(previous);
          cache.record(file.path, file.size, file.mtimeMs, 'entry' in file ? index.add(file.entry) : index.update(uri, file.text));
        }
        found++;
      }
    } catch (error) {
      connection.console.warn(`Could not scan ${folder}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await workers?.close();
  for (const uri of cache.keepOnly(seen)) if (!documents.get(uri)) index.remove(uri);
  await cache.save().catch((error) => connection.console.warn(`Could not save the index cache: ${error instanceof Error ? error.message : String(error)}`));
  progress?.done();
  // After the answer, in the background: the first workspace/symbol query then costs no more than the next.
  setImmediate(() => void prepareWorkspaceSymbols(index));
  const result = { documents: index.size, milliseconds: Date.now() - started };
  connection.console.info(`Indexed ${result.documents} resolutions in ${result.milliseconds} ms`);
  return result;
}

connection.onInitialized(async () => {
  await refreshSettings();
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  await indexWorkspace(progress);
  for (const document of documents.all()) diagnostics.schedule(document.uri, true);
});

connection.onDidChangeConfiguration(async (change) => {
  if (canReadConfiguration) await refreshSettings();
  else settings = readSettings((change.settings as { unResolution?: unknown } | undefined)?.unResolution);
  for (const document of documents.all()) diagnostics.schedule(document.uri, true);
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const change of changes) {
    fileEvents.set(normalizeUri(change.uri), ++fileEventCount);
    if (documents.get(change.uri)) continue;
    if (change.type === FileChangeType.Deleted) index.remove(normalizeUri(change.uri));
    else await reindexFile(change.uri);
  }
});

// Parsing waits for the diagnostics' pause in typing or for a request (DocumentStore).
documents.onDidChangeContent(({ document }) => diagnostics.schedule(document.uri, document.version <= 1));

documents.onDidClose(async ({ document }) => {
  store.forget(document.uri);
  diagnostics.clear(document.uri);
  // Back to what is on disk: unsaved edits no longer count for other documents.
  await reindexFile(document.uri);
});

connection.onDocumentSymbol(guarded('documentSymbol', null, ({ textDocument }) => {
  const parsed = parsedFor(textDocument.uri);
  return parsed ? store.answer(parsed, 'documentSymbol', documentSymbols) : null;
}));

const definitionHandler = guarded('definition', null, ({ textDocument, position }: { textDocument: { uri: string }; position: { line: number; character: number } }) => {
  const parsed = parsedFor(textDocument.uri);
  return parsed ? definition(normalizeUri(textDocument.uri), parsed.doc, position, index) : null;
});
connection.onDefinition(definitionHandler);
connection.onDeclaration(definitionHandler);

connection.onHover(guarded('hover', null, ({ textDocument, position }) => {
  const parsed = parsedFor(textDocument.uri);
  return parsed ? hover(parsed.doc, position, index, settings.links.base) : null;
}));

connection.onReferences(guarded('references', null, ({ textDocument, position, context }) => {
  const parsed = parsedFor(textDocument.uri);
  return parsed ? references(normalizeUri(textDocument.uri), parsed.doc, position, index, context.includeDeclaration) : null;
}));

connection.onDocumentLinks(guarded('documentLinks', null, ({ textDocument }) => {
  const parsed = parsedFor(textDocument.uri);
  return parsed ? documentLinks(parsed.doc, settings.links.base) : null;
}));

connection.onFoldingRanges(guarded('foldingRanges', null, ({ textDocument }) => {
  const parsed = parsedFor(textDocument.uri);
  return parsed ? store.answer(parsed, 'foldingRange', foldingRanges) : null;
}));

connection.onCodeAction(guarded('codeAction', null, (params) => {
  const parsed = parsedFor(params.textDocument.uri);
  if (!parsed || parsed.skipped) return null;
  const { diagnostics: all } = store.check(parsed, settings.diagnostics.severity);
  return codeActions(params.textDocument.uri, parsed.doc, parsed.text, params, all);
}));

connection.onCompletion(guarded('completion', null, ({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  const parsed = parsedFor(textDocument.uri);
  if (!document || !parsed || parsed.skipped) return null;
  const lineText = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const known = [...index.all()].flatMap((entry) => entry.symbols.map((symbol) => ({ symbol, title: entry.title })));
  return completionItems(parsed.doc, lineText, position, known);
}));

connection.onDocumentFormatting(guarded('formatting', null, ({ textDocument }) => {
  const parsed = parsedFor(textDocument.uri);
  if (!parsed || parsed.skipped) return null;
  const clean = renderClean(parsed.text, parsed.doc);
  if (clean === parsed.text) return [];
  const document = documents.get(textDocument.uri)!;
  return [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(parsed.text.length) }, newText: clean }];
}));

connection.onRequest(CLEAN_REQUEST, guarded('clean', null, ({ uri }: StructureParams) => {
  const parsed = parsedFor(uri);
  return parsed ? renderClean(parsed.text, parsed.doc) : null;
}));

connection.onRequest(PREVIEW_REQUEST, guarded('preview', null, ({ uri }: StructureParams) => {
  const parsed = parsedFor(uri);
  if (!parsed) return null;
  return previewContent(parsed, store.check(parsed, settings.diagnostics.severity).diagnostics);
}));

connection.onRequest(EXPORT_REQUEST, async ({ uri, format }: ExportParams) => {
  const parsed = parsedFor(uri);
  if (!parsed) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not open`);
  if (!isExportFormat(format)) throw new ResponseError(ErrorCodes.InvalidParams, `unknown export format "${format}"`);
  return exportContent(parsed, format);
});

connection.onRequest(COMPARE_REQUEST, async ({ uri, otherUri }: CompareParams) => {
  const parsed = parsedFor(uri);
  if (!parsed) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not open`);
  try {
    const other = await readVersion(otherUri, documents.get(otherUri)?.getText(), uriToPath(otherUri), settings.maxFileSizeMB * 1048576);
    return compareReport(otherUri, other, uri, parsed.doc);
  } catch (error) {
    throw new ResponseError(ErrorCodes.InvalidParams, error instanceof Error ? error.message : String(error));
  }
});

connection.onRequest(PDF_IMPORT_REQUEST, async ({ uri }: StructureParams) => {
  const path = uriToPath(uri);
  if (!path) return { ok: false, reason: `${uri} is not a file on disk` };
  return importPdf(path, settings.maxFileSizeMB * 1048576);
});

connection.onWorkspaceSymbol(guarded('workspaceSymbol', [], ({ query }) => workspaceSymbols(index, query)));

connection.onRequest(STRUCTURE_REQUEST, guarded('structure', null, ({ uri }: StructureParams) => {
  const parsed = parsedFor(uri);
  if (!parsed) return null;
  const { diagnostics: found } = store.check(parsed, settings.diagnostics.severity);
  return toJson(uri, parsed.doc, found);
}));

connection.onRequest(REINDEX_REQUEST, async () => {
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  return indexWorkspace(progress);
});

documents.listen(connection);
connection.listen();
