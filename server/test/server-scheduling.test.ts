// How the server orders its work with a large document open (about 3 MB, a parse of a
// second or more): a request cancelled while it waits is never run, and typing in the
// large document does not hold up the diagnostics of another, since a version is
// parsed only after the pause in typing or when a request needs it.
import { strict as assert } from 'node:assert';
import { CancellationTokenSource, LSPErrorCodes, type DocumentSymbol, type Hover } from 'vscode-languageserver-protocol';
import { readFixture } from './helpers';
import { DEFAULT_SETTINGS } from '../src/lsp/settings';
import { startServer, type TestServer } from './lsp-client';

const LARGE = 'untitled:large';
const DEBOUNCE_MS = DEFAULT_SETTINGS.diagnostics.debounceMs;
const SMALL = 'untitled:small';

describe('language server scheduling around a large document', function () {
  this.timeout(60_000);
  let server: TestServer;
  let largeVersion = 1;
  let slowMs = 0;
  const small = readFixture('A_RES_73_266.adopted.txt');
  const citation = { line: 19, character: small.split('\n')[19].indexOf('53/70') + 1 };

  const typeIntoLarge = () =>
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: LARGE, version: ++largeVersion },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }],
    });

  before(async () => {
    server = startServer('stdio');
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await server.connection.sendNotification('initialized', {});
    const large = readFixture('A_C.1_73_L.27_Rev.1.pdf-extracted.txt').repeat(150);
    const opened = [server.diagnostics(LARGE, () => true, 30_000), server.diagnostics(SMALL)];
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: LARGE, languageId: 'un-resolution', version: 1, text: large } });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: SMALL, languageId: 'un-resolution', version: 1, text: small } });
    await Promise.all(opened);
  });

  after(() => server.stop());

  it('answers RequestCancelled to a request cancelled while it waits behind a slow one', async () => {
    await typeIntoLarge();
    const started = Date.now();
    // The outline of the new version needs a parse of the large document: the hover waits behind it.
    const slow = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: LARGE } }).then((symbols) => {
      slowMs = Date.now() - started;
      return symbols as DocumentSymbol[];
    });
    const cancellation = new CancellationTokenSource();
    const cancelled = server.connection.sendRequest('textDocument/hover', { textDocument: { uri: SMALL }, position: citation }, cancellation.token);
    cancellation.cancel();
    const answered = server.connection.sendRequest('textDocument/hover', { textDocument: { uri: SMALL }, position: citation }) as Promise<Hover>;
    assert.ok((await slow).length > 0);
    await assert.rejects(cancelled, (error: { code: number }) => error.code === LSPErrorCodes.RequestCancelled);
    assert.match(JSON.stringify((await answered).contents), /A\/RES\/53\/70/);
    console.log(`      the slow request took ${slowMs} ms`);
  });

  it("publishes another document's diagnostics while the large one is being typed into", async () => {
    let typing = true;
    const keystrokes = (async () => {
      while (typing) {
        await typeIntoLarge();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const at = small.split('\n').findIndex((line) => line.startsWith('- 4. Requests'));
    const started = Date.now();
    const published = server.diagnostics(SMALL, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: SMALL, version: 2 },
      contentChanges: [{ range: { start: { line: at, character: 2 }, end: { line: at, character: 3 } }, text: '5' }],
    });
    const diagnostics = (await published).diagnostics;
    const latency = Date.now() - started;
    typing = false;
    await keystrokes;
    console.log(`      diagnostics of the other document after ${latency} ms (one parse of the large one: ${slowMs} ms)`);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['numbering.gap', 'numbering.duplicate'],
    );
    // Parsing each keystroke of the large document would put at least one parse before them;
    // the other document's own pause in typing (200 ms by default) always comes first.
    assert.ok(latency < DEBOUNCE_MS + slowMs / 2, `${latency} ms, one parse ${slowMs} ms`);
  });
});
