// The server's answers to the editor's requests, each from the open document's parsed
// model (DocumentStore), the workspace index and the library's, mapped by one lsp/ module per feature.
import {
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Position,
  type TextDocumentPositionParams,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CitedDocuments } from '../core/cited';
import type { WorkspaceIndex } from '../core/workspace-index';
import { findAt } from '../core/lookup';
import { toJson } from '../core/json';
import { renderClean } from '../core/render-clean';
import { isExportFormat } from '../export/format-names';
import type { WorkspaceCitedDocuments } from './cited-documents';
import { codeActions } from './code-actions';
import { compareReport, readVersion } from './compare';
import { completionItems } from './completion';
import { definition } from './definition';
import type { DocumentStore } from './document-store';
import { documentLinks } from './document-links';
import { documentSymbols } from './document-symbols';
import { citationAt, openingPlace, type CitedFetcher } from './fetch-cited';
import { foldingRanges } from './folding-ranges';
import { hover } from './hover';
import type { LibraryIndex, SearchedIndex } from './library-index';
import { onTypeEdits } from './on-type-formatting';
import { importPdf } from './pdf-import';
import { exportContent, previewContent } from './preview-export';
import {
  CLEAN_REQUEST,
  COMPARE_REQUEST,
  EXPORT_REQUEST,
  FETCH_CITED_REQUEST,
  PDF_IMPORT_REQUEST,
  PREVIEW_REQUEST,
  REINDEX_REQUEST,
  STRUCTURE_REQUEST,
} from './protocol';
import type { CompareParams, ExportParams, FetchCitedParams, FetchCitedResult, StructureParams } from './protocol';
import { references } from './references';
import type { ServerServices } from './services';
import { analysisLimits, type Settings } from './settings';
import { normalizeUri, uriToPath } from './uris';
import type { WorkspaceIndexer } from './workspace-indexer';
import { workspaceSymbols } from './workspace-symbols';

export interface ServerState {
  connection: Connection;
  services: ServerServices;
  documents: TextDocuments<TextDocument>;
  index: WorkspaceIndex;
  /** The workspace's index, then the library's. */
  searched: SearchedIndex;
  library: LibraryIndex;
  store: DocumentStore;
  indexer: WorkspaceIndexer;
  cited: WorkspaceCitedDocuments;
  /** The workspace's cited documents, else the library's. */
  citedAnywhere: CitedDocuments;
  fetcher: CitedFetcher;
  settings(): Settings;
}

export function registerRequestHandlers(state: ServerState): void {
  const { connection, services, documents, index, searched, library, store, indexer, cited, citedAnywhere, fetcher, settings } = state;

  /**
   * Runs a request handler; a failure (a promise's too) is logged once per handler and answered
   * with `fallback`. A request cancelled while it waited in the queue is not run.
   */
  const failedHandlers = new Set<string>();
  function guarded<P, R>(
    name: string,
    fallback: R,
    handler: (params: P, token?: CancellationToken) => R | Promise<R>,
  ): (params: P, token?: CancellationToken) => R | Promise<R> | ResponseError<void> {
    const failed = (error: unknown) => {
      if (!failedHandlers.has(name)) {
        failedHandlers.add(name);
        connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      return fallback;
    };
    return (params: P, token?: CancellationToken) => {
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
      try {
        const answer = handler(params, token);
        return answer instanceof Promise ? answer.catch(failed) : answer;
      } catch (error) {
        return failed(error);
      }
    };
  }

  /** The open document's model, with the document cited at `position` read first when the answer shows its paragraphs. */
  async function parsedWithCited(uri: string, position: Position) {
    const parsed = parsedFor(uri);
    const found = parsed && findAt(parsed.doc, position);
    if (found?.kind === 'citation' && found.citation.paragraphs) await cited.load([found.citation.symbol]);
    return parsed;
  }

  function parsedFor(uri: string) {
    const document = documents.get(uri);
    return document ? store.get(document) : null;
  }

  /** Line `line` of an open document, without its line break. */
  const lineOf = (document: TextDocument) => (line: number) =>
    document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');

  connection.onDocumentSymbol(
    guarded('documentSymbol', null, ({ textDocument }) => {
      const parsed = parsedFor(textDocument.uri);
      return parsed ? store.answer(parsed, 'documentSymbol', documentSymbols) : null;
    }),
  );

  const definitionHandler = guarded('definition', null, async ({ textDocument, position }: TextDocumentPositionParams, token?: CancellationToken) => {
    const parsed = await parsedWithCited(textDocument.uri, position);
    if (!parsed) return null;
    // A document neither in the workspace nor in the library: fetched first if the settings let.
    const citation = citationAt(parsed.doc, position);
    if (citation && searched.documentsFor(citation.symbol).length === 0) await fetcher.forDefinition(citation.symbol, token);
    return definition(normalizeUri(textDocument.uri), parsed.doc, position, searched, citedAnywhere);
  });
  connection.onDefinition(definitionHandler);
  connection.onDeclaration(definitionHandler);

  connection.onHover(
    guarded('hover', null, async ({ textDocument, position }: TextDocumentPositionParams) => {
      const parsed = await parsedWithCited(textDocument.uri, position);
      const fetchFrom = fetcher.refusal() === null ? textDocument.uri : null;
      return parsed ? hover(parsed.doc, position, searched, settings().links.base, citedAnywhere, fetchFrom) : null;
    }),
  );

  connection.onReferences(
    guarded('references', null, ({ textDocument, position, context }) => {
      const parsed = parsedFor(textDocument.uri);
      return parsed ? references(normalizeUri(textDocument.uri), parsed.doc, position, searched, context.includeDeclaration) : null;
    }),
  );

  connection.onDocumentLinks(
    guarded('documentLinks', null, ({ textDocument }) => {
      const parsed = parsedFor(textDocument.uri);
      return parsed ? documentLinks(parsed.doc, settings().links.base) : null;
    }),
  );

  connection.onFoldingRanges(
    guarded('foldingRanges', null, ({ textDocument }) => {
      const parsed = parsedFor(textDocument.uri);
      return parsed ? store.answer(parsed, 'foldingRange', foldingRanges) : null;
    }),
  );

  connection.onCodeAction(
    guarded('codeAction', null, (params) => {
      const parsed = parsedFor(params.textDocument.uri);
      if (!parsed || parsed.skipped) return null;
      const { diagnostics: all } = store.check(parsed, settings().diagnostics.severity);
      return codeActions(params.textDocument.uri, parsed, params, all);
    }),
  );

  connection.onCompletion(
    guarded('completion', null, ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      const parsed = parsedFor(textDocument.uri);
      if (!document || !parsed || parsed.skipped) return null;
      const lineText = lineOf(document)(position.line);
      const known = [...index.all()].flatMap((entry) => entry.symbols.map((symbol) => ({ symbol, title: entry.title })));
      return completionItems(parsed.doc, lineText, position, known);
    }),
  );

  connection.onDocumentFormatting(
    guarded('formatting', null, ({ textDocument }) => {
      const parsed = parsedFor(textDocument.uri);
      if (!parsed || parsed.skipped) return null;
      const clean = renderClean(parsed.text, parsed.doc);
      if (clean === parsed.text) return [];
      const document = documents.get(textDocument.uri)!;
      return [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(parsed.text.length) }, newText: clean }];
    }),
  );

  connection.onDocumentOnTypeFormatting(
    guarded('onTypeFormatting', null, (params) => {
      const document = documents.get(params.textDocument.uri);
      const parsed = parsedFor(params.textDocument.uri);
      if (!document || !parsed || parsed.skipped) return null;
      return onTypeEdits(parsed.doc, lineOf(document), params, settings());
    }),
  );

  connection.onRequest(
    CLEAN_REQUEST,
    guarded('clean', null, ({ uri }: StructureParams) => {
      const parsed = parsedFor(uri);
      return parsed ? renderClean(parsed.text, parsed.doc) : null;
    }),
  );

  connection.onRequest(
    PREVIEW_REQUEST,
    guarded('preview', null, ({ uri }: StructureParams) => {
      const parsed = parsedFor(uri);
      if (!parsed) return null;
      return previewContent(parsed, store.check(parsed, settings().diagnostics.severity).diagnostics);
    }),
  );

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
      const other = await readVersion(
        otherUri,
        documents.get(otherUri)?.getText(),
        uriToPath(otherUri),
        analysisLimits(settings()).maxBytes,
        services.readFile,
      );
      return compareReport(otherUri, other, uri, parsed.doc);
    } catch (error) {
      throw new ResponseError(ErrorCodes.InvalidParams, error instanceof Error ? error.message : String(error));
    }
  });

  connection.onRequest(PDF_IMPORT_REQUEST, async ({ uri }: StructureParams) => {
    const path = uriToPath(uri);
    if (!path) return { ok: false, reason: `${uri} is not a file on disk` };
    return importPdf(path, analysisLimits(settings()).maxBytes, services.readFile);
  });

  connection.onRequest(
    FETCH_CITED_REQUEST,
    guarded('fetchCited', null, async ({ uri, position }: FetchCitedParams, token?: CancellationToken): Promise<FetchCitedResult> => {
      const parsed = parsedFor(uri);
      const citation = parsed && citationAt(parsed.doc, position);
      if (!citation) {
        fetcher.say(MessageType.Info, 'no citation of another document at the cursor');
        return null;
      }
      await cited.load([citation.symbol]);
      if (searched.documentsFor(citation.symbol).length === 0) {
        const refusal = fetcher.refusal();
        if (refusal) fetcher.say(MessageType.Warning, `cannot fetch ${citation.symbol}: ${refusal}`);
        if (refusal || !(await fetcher.fetch(citation.symbol, token))) return null;
      }
      return openingPlace(citation, searched, citedAnywhere);
    }),
  );

  connection.onWorkspaceSymbol(guarded('workspaceSymbol', [], ({ query }) => workspaceSymbols(searched, query)));

  connection.onRequest(
    STRUCTURE_REQUEST,
    guarded('structure', null, ({ uri }: StructureParams) => {
      const parsed = parsedFor(uri);
      if (!parsed) return null;
      const { diagnostics: found } = store.check(parsed, settings().diagnostics.severity);
      return toJson(uri, parsed.doc, found);
    }),
  );

  connection.onRequest(REINDEX_REQUEST, async () => {
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    const result = await indexer.indexWorkspace(progress);
    await library.refresh(true);
    return result;
  });
}
