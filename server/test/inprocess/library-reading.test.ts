// The library's folder read in process (lsp/library-index.ts): a library of 300 texts is read by
// the index workers while the server answers, with progress and exact counts once read.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { IndexWorkerPool } from '../../src/lsp/index-worker-pool';
import { pathToUri } from '../../src/lsp/uris';
import { CONSTRUCTED_HEADER, FIXTURES, positionOf } from '../helpers';
import { emptyLibrary } from './awaza';
import { initialize, memoryServices, open, range, startInProcess, uriOf, type InProcessServer } from './harness';

const CORPUS_TEXTS = join(FIXTURES, 'corpus', 'pymupdf');
const LIBRARY_SIZE = 300;

/**
 * A library of `count` texts named A/RES/99/1 … A/RES/99/<count>: the corpus's resolutions as
 * the PDF reader extracts them, in turn, each under its new symbol (header and title number), its
 * files last changed an hour ago as a library's are.
 */
function writeLibrary(folder: string, count: number): void {
  const resolutions = readdirSync(CORPUS_TEXTS).filter((name) => name.startsWith('A_RES_'));
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (let n = 1; n <= count; n++) {
    const name = resolutions[(n - 1) % resolutions.length];
    const number = name.slice('A_RES_'.length, -'.txt'.length).replace('_', '/');
    const file = join(folder, `A_RES_99_${n}.txt`);
    writeFileSync(file, readFileSync(join(CORPUS_TEXTS, name), 'utf8').replaceAll(number, `99/${n}`));
    utimesSync(file, hourAgo, hourAgo);
  }
}

/** Waits for `ready`, checking every 20 ms, for at most 10 s. */
async function until(ready: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !ready(); waited += 20) {
    if (waited > 10_000) throw new Error(`waited 10 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('in process: the library read in the background', function () {
  this.timeout(120_000);
  const servers: InProcessServer[] = [];
  after(() => Promise.all(servers.map((server) => server.stop())));

  it(`answers while ${LIBRARY_SIZE} texts are read in the index workers, shows the reading, and counts every text once read`, async () => {
    const folder = emptyLibrary();
    writeLibrary(folder, LIBRARY_SIZE);
    const server = startInProcess({ ...memoryServices(new Map(), folder), startIndexWorkers: (count, log) => IndexWorkerPool.start(count, log) });
    servers.push(server);
    // What happened, in order: the library's progress (begin, its last report, end) and the answer of documentSymbol.
    const events: string[] = [];
    const reports: string[] = [];
    const titles = new Map<unknown, string>();
    server.connection.onNotification('$/progress', ({ token, value }: { token: unknown; value: { kind: string; title?: string; message?: string } }) => {
      if (value.kind === 'begin') titles.set(token, value.title!);
      if (titles.get(token) !== 'Reading the document library') return;
      if (value.kind === 'report') reports.push(value.message!);
      else events.push(value.kind === 'begin' ? `begin: ${value.message}` : 'end');
    });
    const draft = [...CONSTRUCTED_HEADER, '1. Recalls its resolution 99/257 of 7 December 2023;', ''].join('\n\n');
    const reindexed = initialize(server, { library: { folder } });
    await open(server, uriOf('draft.txt'), draft);
    await until(() => events.length > 0, 'the library to be read');
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf('draft.txt') } })) as DocumentSymbol[];
    events.push(`documentSymbol: ${symbols.map((s) => s.name).join(', ')}`);
    // The reindex request reads the library a second time (after the first: one reading at a time); the cache proves every text unchanged.
    assert.deepEqual(await reindexed, { documents: 1, milliseconds: 0 });
    await until(() => events.filter((event) => event === 'end').length === 2, 'the second reading');
    assert.deepEqual(events, [
      `begin: ${folder}`,
      'documentSymbol: Header, 90/1. Cooperation between the United Nations and the …, Operative part',
      'end',
      `begin: ${folder}`,
      'end',
    ]);
    assert.equal(reports.at(-1), `${LIBRARY_SIZE} files scanned, ${LIBRARY_SIZE} documents`);
    assert.deepEqual(
      server.logs.filter((log) => log.message.startsWith('Library ')).map((log) => log.message),
      [`Library ${folder}: ${LIBRARY_SIZE} documents`, `Library ${folder}: ${LIBRARY_SIZE} documents`],
    );
    assert.deepEqual(
      await server.connection.sendRequest('textDocument/definition', {
        textDocument: { uri: uriOf('draft.txt') },
        position: positionOf(draft, '99/257', 0, 2),
      }),
      [{ uri: pathToUri(join(folder, 'A_RES_99_257.txt')), range: range(1, 0, 1, 12) }],
    );
  });
});
