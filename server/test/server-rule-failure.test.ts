// A rule that throws inside the running server: logged once, never per keystroke, and
// the other rules still publish their findings (failing-rule-server.ts adds the rule).
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { build } from 'esbuild';
import { readFixture } from './helpers';
import { startServer, type TestServer } from './lsp-client';

describe('language server with a rule that throws', function () {
  this.timeout(60_000);
  let server: TestServer;

  before(async () => {
    // Beside the bundle, so that its packages (left external) resolve from node_modules.
    const bundle = join(__dirname, '..', '..', 'dist', 'test', 'failing-rule-server.js');
    await build({
      entryPoints: [join(__dirname, 'failing-rule-server.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
    });
    server = startServer('stdio', bundle);
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { settings: { diagnostics: { debounceMs: 0 } } },
    });
    await server.connection.sendNotification('initialized', {});
  });

  after(() => server.stop());

  it('logs the failure once and publishes the findings of the other rules, edit after edit', async () => {
    const uri = 'untitled:gap';
    const text = readFixture('broken/gap.txt');
    const opened = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
    assert.deepEqual(
      (await opened).diagnostics.map((d) => d.code),
      ['numbering.gap', 'numbering.duplicate'],
    );
    for (let version = 2; version <= 5; version++) {
      const published = server.diagnostics(uri, (p) => p.version === version);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `${text}\n` }] });
      assert.deepEqual(
        (await published).diagnostics.map((d) => d.code),
        ['numbering.gap', 'numbering.duplicate'],
      );
    }
    const other = 'untitled:seed';
    const seedPublished = server.diagnostics(other);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: other, languageId: 'un-resolution', version: 1, text: readFixture('A_C.1_76_L.13.draft.txt') },
    });
    assert.deepEqual(
      (await seedPublished).diagnostics.map((d) => d.code),
      ['structure.repeated-phrase'],
    );
    const failures = server.logs.filter((log) => log.message.includes('test.always-fails'));
    assert.deepEqual(
      failures.map((log) => [log.type, log.message]),
      [[1, 'Rule test.always-fails failed and was skipped: this rule always fails']],
    );
    assert.equal(server.process.exitCode, null);
  });
});
