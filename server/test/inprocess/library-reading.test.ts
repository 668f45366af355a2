// The library's folder read and kept current, in process (lsp/library-index.ts): a library of 300
// texts is read by the index workers while the server answers, with progress and exact counts once
// read; the folder is watched, so a text written or removed by another program (the CLI), a PDF
// dropped in, even into a folder made only then, counts without a fetch; the watch follows the
// folder setting and ends with the server.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol, Location, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { watchFolder } from '../../src/lsp/folder-watch';
import { IndexWorkerPool } from '../../src/lsp/index-worker-pool';
import { pathToUri } from '../../src/lsp/uris';
import { readPdfInThread } from '../../src/pdf/pdf-thread';
import { AWAZA_DRAFT } from '../awaza-draft';
import { CONSTRUCTED_HEADER, FIXTURES, positionOf } from '../helpers';
import { corpusPdf } from '../library-server';
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

describe('in process: the library read in the background and kept current', function () {
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
      // Its title, A/RES/78/64's renumbered: "99/257. Convention on Prohibitions … Indiscriminate Effects".
      [{ uri: pathToUri(join(folder, 'A_RES_99_257.txt')), range: range(31, 0, 33, 43) }],
    );
  });

  describe('the folder watched', () => {
    const DRAFT = 'draft-awaza.txt';
    /** Where definition on "resolution 80/3" lands in the library's A/RES/80/3: its title, "80/3. Awaza Political Declaration". */
    const TITLE = range(20, 0, 20, 33);
    const hasDate = (params: PublishDiagnosticsParams) => params.diagnostics.some((d) => d.code === 'citation.date');

    /** A server on the draft with the library in `folder`, watched as node watches it; nothing is ever fetched. */
    async function watched(folder: string) {
      const server = startInProcess({ ...memoryServices(new Map(), folder), watchFolder: (path, changed, warn) => watchFolder(path, changed, warn, 100) });
      servers.push(server);
      await initialize(server, { library: { folder, fetch: 'never' } }, { trusted: true });
      await open(server, uriOf(DRAFT), AWAZA_DRAFT);
      const definition = () =>
        server.connection.sendRequest('textDocument/definition', {
          textDocument: { uri: uriOf(DRAFT) },
          position: positionOf(AWAZA_DRAFT, '80/3 of', 0, 2),
        }) as Promise<Location[]>;
      return { server, definition };
    }

    it('takes a text written into the folder after start, and drops it once removed', async () => {
      const folder = emptyLibrary();
      const { server, definition } = await watched(folder);
      assert.deepEqual(await definition(), []);
      const read = await readPdfInThread(corpusPdf('A_RES_80_3'));
      assert.ok(read.ok);
      writeFileSync(join(folder, 'A_RES_80_3.txt'), read.text);
      // Read again, the library's A/RES/80/3 gives the draft's citation its date to check.
      const checked = await server.diagnostics(uriOf(DRAFT), hasDate);
      assert.deepEqual(
        checked.diagnostics.filter((d) => d.code === 'citation.date').map((d) => d.message),
        ['A/RES/80/3 was adopted on 14 October 2025, not 13 October 2025.'],
      );
      assert.deepEqual(await definition(), [{ uri: pathToUri(join(folder, 'A_RES_80_3.txt')), range: TITLE }]);
      rmSync(join(folder, 'A_RES_80_3.txt'));
      await server.diagnostics(uriOf(DRAFT), (params) => !hasDate(params));
      assert.deepEqual(await definition(), []);
      assert.deepEqual(server.shown, []);
    });

    it('says once that a dropped PDF cannot be read, not at every reading of the folder', async () => {
      const folder = emptyLibrary();
      writeFileSync(join(folder, 'damaged.pdf'), corpusPdf('A_RES_80_3').subarray(0, 20_000));
      const { server } = await watched(folder);
      const read = await readPdfInThread(corpusPdf('A_RES_80_3'));
      assert.ok(read.ok);
      writeFileSync(join(folder, 'A_RES_80_3.txt'), read.text);
      await server.diagnostics(uriOf(DRAFT), hasDate);
      const warnings = server.logs
        .filter((log) => log.message.startsWith('Library: cannot read'))
        .map((log) => [log.type, log.message.split(': ').slice(0, 2)]);
      assert.deepEqual(warnings, [[2, ['Library', `cannot read ${join(folder, 'damaged.pdf')}`]]]);
      // Read at start and again once the text came (the watch may read more than once): one warning all the same.
      const readings = server.logs.filter((log) => log.message.startsWith(`Library ${folder}:`)).length;
      assert.ok(readings >= 2, `${readings} readings`);
    });

    it('makes a PDF dropped into a folder made after start into a document', async () => {
      const folder = join(emptyLibrary(), 'made-later', 'library');
      const { server, definition } = await watched(folder);
      mkdirSync(folder, { recursive: true });
      copyFileSync(join(FIXTURES, 'corpus', 'pdf', 'A_RES_80_3.pdf'), join(folder, 'download (3).pdf'));
      await server.diagnostics(uriOf(DRAFT), hasDate);
      assert.deepEqual(await definition(), [{ uri: pathToUri(join(folder, 'A_RES_80_3.txt')), range: TITLE }]);
      await until(() => readdirSync(folder).length === 2, 'the dropped PDF to be renamed');
      assert.deepEqual(readdirSync(folder), ['A_RES_80_3.pdf', 'A_RES_80_3.txt']);
    });

    it('watches the folder the settings name, and stops when they name another and when the server shuts down', async () => {
      const [first, second] = [emptyLibrary(), emptyLibrary()];
      const watches: string[] = [];
      const server = startInProcess({
        ...memoryServices(new Map()),
        watchFolder: (path) => {
          watches.push(`watch ${path}`);
          return { close: () => watches.push(`close ${path}`) };
        },
      });
      await initialize(server, { library: { folder: first } });
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unResolution: { library: { folder: second } } } });
      await until(() => watches.length === 3, 'the second folder to be watched');
      await server.stop();
      assert.deepEqual(watches, [`watch ${first}`, `close ${first}`, `watch ${second}`, `close ${second}`]);
    });
  });
});
