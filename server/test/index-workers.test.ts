// The cold index in worker threads (index-worker-pool.ts): the same index as on the main
// thread, in the scan and over the protocol, and no file lost when a worker is missing,
// crashes or cannot index a file.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { Inputs } from '../../bench/inputs';
import { WorkspaceIndex, type IndexEntry } from '../src/core/workspace-index';
import { IndexWorkerPool } from '../src/lsp/index-worker-pool';
import { analysisLimits, DEFAULT_SETTINGS } from '../src/lsp/settings';
import { pathToUri } from '../src/lsp/uris';
import { scanFolder, type ScanOptions } from '../src/lsp/workspace-scan';
import { FIXTURES } from './helpers';
import { startServer } from './lsp-client';

const OPTIONS: ScanOptions = { include: DEFAULT_SETTINGS.index.include, exclude: DEFAULT_SETTINGS.index.exclude, limits: analysisLimits(DEFAULT_SETTINGS) };
const FIXTURE_WORKSPACE = join(FIXTURES, 'workspace');

/** The index a scan of `folder` makes, as the server makes it, entries sorted by URI. */
async function scannedEntries(folder: string, workers: IndexWorkerPool | null): Promise<IndexEntry[]> {
  const index = new WorkspaceIndex();
  for await (const file of scanFolder(folder, { ...OPTIONS, workers })) {
    if ('entry' in file) index.add(file.entry);
    else index.update(pathToUri(file.path), file.text);
  }
  return [...index.all()].sort((a, b) => (a.uri < b.uri ? -1 : 1));
}

/** A worker script in a folder of its own, named as the network guard and pool expect. */
function fakeWorker(dir: string, body: string): string {
  const file = join(dir, 'index-worker.js');
  writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
  return file;
}

describe('indexing in worker threads', function () {
  this.timeout(120_000);
  let generated: string;
  let scratch: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'un-resolution-workers-'));
    generated = join(scratch, 'generated');
    new Inputs().writeWorkspace(generated, 300);
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  for (const [name, folder] of [
    ['the fixture workspace', () => FIXTURE_WORKSPACE],
    ['300 generated documents', () => generated],
  ] as const) {
    it(`makes the same entries as the main thread from ${name}`, async () => {
      const inThread = await scannedEntries(folder(), null);
      assert.ok(inThread.length >= 2 && inThread.every((entry) => entry.symbols.length > 0));
      const logs: string[] = [];
      const workers = IndexWorkerPool.start(2, (message) => logs.push(message));
      assert.ok(workers, `no pool: ${logs.join('; ')}`);
      try {
        assert.deepEqual(await scannedEntries(folder(), workers), inThread);
        assert.deepEqual(logs, [], 'no worker failed');
      } finally {
        await workers.close();
      }
    });
  }

  it('indexes on the main thread, with a log line, when the worker file is missing', async () => {
    const logs: string[] = [];
    assert.equal(
      IndexWorkerPool.start(2, (message) => logs.push(message), join(scratch, 'missing', 'index-worker.js')),
      null,
    );
    assert.match(logs.join('\n'), /not found: the workspace is indexed on the main thread/);
    assert.equal((await scannedEntries(generated, null)).length, 300);
  });

  it('loses no file when workers crash or cannot index a file', async () => {
    const expected = await scannedEntries(generated, null);
    const cases = {
      // Throws at its first batch: the worker dies with an error.
      throws: "parentPort.on('message', () => { throw new Error('worker broke'); });",
      // Ends the thread at its first batch.
      exits: "parentPort.on('message', () => process.exit(3));",
      // Answers every file as one it could not index.
      fails: "parentPort.on('message', ({ id, files }) => parentPort.postMessage({ id, results: files.map(() => 'failed') }));",
    };
    for (const [name, body] of Object.entries(cases)) {
      const dir = mkdtempSync(join(scratch, `${name}-`));
      const logs: string[] = [];
      const workers = IndexWorkerPool.start(2, (message) => logs.push(message), fakeWorker(dir, body));
      assert.ok(workers, name);
      try {
        assert.deepEqual(await scannedEntries(generated, workers), expected, name);
      } finally {
        await workers.close();
      }
      if (name !== 'fails') assert.match(logs.join('\n'), /index worker .*indexed on the main thread/, name);
    }
  });

  it('answers workspace symbols, references and definitions across files as the main thread does, over the protocol', async () => {
    const folder = join(scratch, 'protocol');
    new Inputs().writeWorkspace(folder, 200);
    for (const name of ['A_RES_71_28.res.txt', 'amendment-L4.res.txt']) writeFileSync(join(folder, name), readFileSync(join(FIXTURE_WORKSPACE, name)));
    const citing = pathToFileURL(join(folder, 'A_RES_70_1.txt')).href;
    const citingText = readFileSync(join(folder, 'A_RES_70_1.txt'), 'utf8');
    // Every citation of another generated resolution in the first document ("70/12").
    const positions = citingText
      .split('\n')
      .flatMap((line, lineNo) => [...line.matchAll(/\b70\/\d+\b/g)].map((m) => ({ line: lineNo, character: m.index! + 1 })));
    assert.ok(positions.length >= 2, 'the document cites others');
    const answers = async (workers: number) => {
      const server = startServer('stdio');
      try {
        await server.connection.sendRequest('initialize', {
          processId: process.pid,
          rootUri: pathToFileURL(folder).href,
          capabilities: {},
          initializationOptions: { settings: { index: { workers } } },
        });
        await server.connection.sendNotification('initialized', {});
        await server.connection.sendRequest('unResolution/reindex');
        const symbols = ((await server.connection.sendRequest('workspace/symbol', { query: '' })) as WorkspaceSymbol[])
          .map((s) => `${s.name} @ ${JSON.stringify(s.location)}`)
          .sort();
        await server.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri: citing, languageId: 'un-resolution', version: 1, text: citingText },
        });
        const navigation: unknown[] = [];
        for (const position of positions) {
          const textDocument = { uri: citing };
          navigation.push(await server.connection.sendRequest('textDocument/definition', { textDocument, position }));
          const found = (await server.connection.sendRequest('textDocument/references', { textDocument, position, context: { includeDeclaration: true } })) as
            Location[] | null;
          navigation.push((found ?? []).map((l) => JSON.stringify(l)).sort());
        }
        const failures = server.logs.filter((log) => /index worker/i.test(log.message));
        return { symbols, navigation, failures };
      } finally {
        await server.stop();
      }
    };
    const inThread = await answers(0);
    const inWorkers = await answers(2);
    assert.ok(inThread.symbols.length >= 202, `${inThread.symbols.length} symbols`);
    assert.ok(
      inThread.navigation.some((answer) => Array.isArray(answer) && answer.length > 1),
      'references reach other files',
    );
    assert.deepEqual(inWorkers.failures, []);
    assert.deepEqual(inWorkers.symbols, inThread.symbols);
    assert.deepEqual(inWorkers.navigation, inThread.navigation);
  });
});
