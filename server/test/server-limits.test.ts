// Documents beyond the analysis limits (unResolution.maxFileSize, unResolution.maxLineLength):
// the server says so once per document, answers with empty results for it, and keeps
// answering for the others.
import { strict as assert } from 'node:assert';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { readFixture } from './helpers';
import { startServer, type TestServer } from './lsp-client';

const SMALL = 'untitled:small';

describe('language server beyond its analysis limits', function () {
  this.timeout(60_000);
  let server: TestServer;
  const small = readFixture('A_RES_73_266.adopted.txt');
  const citation = { line: 19, character: small.split('\n')[19].indexOf('53/70') + 1 };

  const open = (uri: string, text: string) =>
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
  const outline = async (uri: string) => (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
  const messagesAbout = (name: string) => server.shown.filter((m) => m.message.includes(name));

  /** Opens `text`, edits it twice, asks for its outline each time; returns what the user was told. */
  async function openBeyondLimits(uri: string, text: string) {
    await open(uri, text);
    const started = Date.now();
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: SMALL }, position: citation })) as Hover;
    const elapsed = Date.now() - started;
    console.log(`      another document's hover answered in ${elapsed} ms`);
    // Parsing the document instead of skipping it would take a minute at 50 MB.
    assert.ok(elapsed < 10_000, `${elapsed} ms`);
    assert.match(JSON.stringify(hover.contents), /A\/RES\/53\/70/);
    assert.deepEqual(await outline(uri), []);
    for (const version of [2, 3]) {
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
      });
      assert.deepEqual(await outline(uri), []);
    }
    const told = messagesAbout(decodeURIComponent(uri.split('/').pop()!));
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return told;
  }

  before(async () => {
    server = startServer('stdio');
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await server.connection.sendNotification('initialized', {});
    await open(SMALL, small);
  });

  after(() => server.stop());

  it('a 50 MB document: one message, empty answers for it, the others answered', async () => {
    const told = await openBeyondLimits('file:///drafts/fifty-megabytes.txt', small.repeat(Math.ceil((50 * 1048576) / small.length)));
    assert.equal(told.length, 1);
    assert.equal(told[0].type, 2 /* warning */);
    assert.match(
      told[0].message,
      /^UN Resolution: fifty-megabytes.txt is 50\.\d MB, above the 20 MB limit \(unResolution\.maxFileSize\); deep analysis \(outline, checks, navigation\) is skipped for it\.$/,
    );
  });

  it('a single line of 5 MB: one message naming unResolution.maxLineLength', async () => {
    const line = `1. Recalls${' its resolution 73/266,'.repeat((5 * 1048576) / 23)}`;
    const told = await openBeyondLimits('file:///drafts/long%20line.txt', `The General Assembly,\n\n${line}`);
    assert.deepEqual(
      told.map((m) => m.message),
      [
        `UN Resolution: long line.txt has a line of ${line.length.toLocaleString('en-US')} characters, above the 200,000 limit (unResolution.maxLineLength); deep analysis (outline, checks, navigation) is skipped for it.`,
      ],
    );
  });

  it('follows the limit set in the settings', async () => {
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unResolution: { maxLineLength: 1000 } } });
    const told = await openBeyondLimits('file:///drafts/over-a-thousand.txt', `The General Assembly,\n\n1. Decides ${'to act '.repeat(200)};`);
    assert.equal(told.length, 1);
    assert.match(told[0].message, /has a line of 1,\d{3} characters, above the 1,000 limit/);
    await open('untitled:within', 'The General Assembly,\n\n1. Decides to act;\n\n2. Requests a report.');
    assert.ok((await outline('untitled:within')).length > 0);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unResolution: {} } });
  });
});
