// The language server in this process, for tests of each lsp/ feature: createServer at
// one end of a pair of in-memory streams, a protocol client at the other, and the
// workspace a map of paths to bytes behind the server's services. The texts are copied
// into the map by the test; the server reads no disk but the document library's folder (a
// temporary one the test names, else one that does not exist).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { Library } from '../../src/library/library';
import { createServer } from '../../src/lsp/create-server';
import { IndexCache } from '../../src/lsp/index-cache';
import type { ServerServices } from '../../src/lsp/services';
import { pathToUri } from '../../src/lsp/uris';
import { globs, resolutionText, type FoundFile, type ScanOptions } from '../../src/lsp/workspace-scan';
import { FIXTURES } from '../helpers';
import { listenAsClient, type TestClient } from '../lsp-client';

/** The seeds the tests open, by short names. */
export const RES = 'A_RES_73_266.adopted.txt';
export const L4 = 'A_C.1_75_L.4.pdf-extracted.txt';
export const L45 = 'A_C.1_70_L.45.draft.txt';
export const L13 = 'A_C.1_76_L.13.draft.txt';
/** The title of A/RES/73/266; the other, of 71/28, A/C.1/70/L.45 and the agenda item of the cyber resolutions. */
export const TITLE_73_266 = 'Advancing responsible State behaviour in cyberspace in the context of international security';
export const DEVELOPMENTS_TITLE = 'Developments in the field of information and telecommunications in the context of international security';

/** The in-memory workspace folder. */
export const ROOT = '/ws';

/** An LSP range, written short. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

export function uriOf(name: string): string {
  return pathToUri(posix.join(ROOT, name));
}

/** A workspace of fixture files: `names` maps a name in the workspace to a file under test-fixtures/. */
export function fixtureWorkspace(names: Record<string, string>): Map<string, Buffer> {
  return new Map(Object.entries(names).map(([name, fixture]) => [posix.join(ROOT, name), readFileSync(join(FIXTURES, fixture))]));
}

/**
 * The services over `files`: the scan and file events read what the globs and the resolution test let through, nothing is cached, no worker starts,
 * no folder is watched.
 * The library is the real one, in `libraryFolder` (by default a temporary folder not made yet).
 */
export function memoryServices(files: ReadonlyMap<string, Buffer>, libraryFolder = join(tmpdir(), `library-${randomUUID()}`)): ServerServices {
  const found = (path: string, rel: string, options: ScanOptions): FoundFile | null => {
    const bytes = files.get(path);
    const { included, excluded } = globs(options);
    if (!bytes || !included(rel) || excluded(rel)) return null;
    const text = resolutionText(bytes, rel, options.limits);
    return text === null ? null : { path, text, size: bytes.length, mtimeMs: 0 };
  };
  const folderOf = (path: string, folders: readonly string[]) => folders.find((folder) => path.startsWith(`${folder}/`));
  return {
    async *scanFolder(folder, options) {
      for (const path of [...files.keys()].sort()) {
        const file = folderOf(path, [folder]) && found(path, path.slice(folder.length + 1), options);
        if (file) yield file;
      }
    },
    async readWorkspaceFile(path, folders, options) {
      const folder = folderOf(path, folders);
      return folder ? found(path, path.slice(folder.length + 1), options) : null;
    },
    async readFile(path) {
      const bytes = files.get(path);
      if (!bytes) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return bytes;
    },
    openIndexCache: (_storagePath, log) => IndexCache.open(null, log),
    startIndexWorkers: () => null,
    openLibrary: (folder, options) => new Library(folder, options),
    defaultLibraryFolder: () => libraryFolder,
    // No folder is watched (library-reading.test.ts gives the server node's watching).
    watchFolder: () => ({ close: () => undefined }),
    // A still clock: an indexing takes 0 ms.
    now: () => 0,
  };
}

export interface InProcessServer extends TestClient {
  /** Shuts the server down and closes both ends (no `exit`: that would end this process). */
  stop(): Promise<void>;
}

/** Starts createServer over `services` and a client joined to it by in-memory streams. */
export function startInProcess(services: ServerServices): InProcessServer {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  createServer(server, services);
  const client = listenAsClient(createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
  return {
    ...client,
    async stop() {
      await client.connection.sendRequest('shutdown');
      client.connection.dispose();
      server.dispose();
      toServer.end();
      toClient.end();
    },
  };
}

/**
 * Initializes the server on the in-memory workspace folder with `settings` (and `options`, the rest of the
 * initialization options: `trusted`, `library`) and indexes it; returns what the reindex request answered.
 */
export async function initialize(server: InProcessServer, settings: unknown = {}, options: Record<string, unknown> = {}): Promise<unknown> {
  await server.connection.sendRequest('initialize', {
    processId: null,
    rootUri: pathToUri(ROOT),
    workspaceFolders: [{ uri: pathToUri(ROOT), name: 'ws' }],
    capabilities: { window: { workDoneProgress: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    initializationOptions: { settings, ...options },
  });
  await server.connection.sendNotification('initialized', {});
  return server.connection.sendRequest('unResolution/reindex');
}

/** Opens `uri` with `text` as an editor would; resolves with the first diagnostics published for it. */
export async function open(server: InProcessServer, uri: string, text: string): Promise<PublishDiagnosticsParams> {
  const published = server.diagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
  return published;
}
