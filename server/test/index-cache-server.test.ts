// The persisted index over the real protocol: a second start reuses the entries of files
// whose size and mtime did not change (without reading them), and a corrupt cache file
// only means a fresh index.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { FIXTURES } from './helpers';
import { startServer } from './lsp-client';

async function indexTitles(root: string, storagePath: string): Promise<string[]> {
  const server = startServer('stdio');
  try {
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {},
      initializationOptions: { storagePath },
    });
    await server.connection.sendNotification('initialized', {});
    await server.connection.sendRequest('unResolution/reindex');
    const symbols = (await server.connection.sendRequest('workspace/symbol', { query: 'A/RES/71/28 —' })) as WorkspaceSymbol[];
    return symbols.map((s) => s.name);
  } finally {
    await server.stop();
  }
}

describe('persisted index cache over the protocol', function () {
  this.timeout(30_000);

  it('reuses unchanged files on a warm start and starts fresh from a corrupt cache', async () => {
    const root = mkdtempSync(join(tmpdir(), 'un-resolution-cache-ws-'));
    const storage = mkdtempSync(join(tmpdir(), 'un-resolution-cache-store-'));
    try {
      const file = join(root, 'A_RES_71_28.res.txt');
      copyFileSync(join(FIXTURES, 'workspace', 'A_RES_71_28.res.txt'), file);
      // An mtime close to the moment of reading is checked by content; this one is old.
      const minuteAgo = new Date(Date.now() - 60_000);
      utimesSync(file, minuteAgo, minuteAgo);
      const original = 'Developments in the field of information and telecommunications in the context of international security';
      assert.deepEqual(await indexTitles(root, storage), [`A/RES/71/28 — ${original}`]);
      assert.ok(readFileSync(join(storage, 'index-cache.json'), 'utf8').includes('A/RES/71/28'));

      // Same size, same mtime, other words: a warm start must not read the file again.
      const { atime, mtime } = statSync(file);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('Developments in the field', 'Developments in the FIELD'));
      utimesSync(file, atime, mtime);
      assert.deepEqual(await indexTitles(root, storage), [`A/RES/71/28 — ${original}`]);

      // A newer mtime is a change: the file is read again.
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      assert.deepEqual(await indexTitles(root, storage), [
        'A/RES/71/28 — Developments in the FIELD of information and telecommunications in the context of international security',
      ]);

      writeFileSync(join(storage, 'index-cache.json'), '{ not json');
      assert.equal((await indexTitles(root, storage)).length, 1);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(storage, { recursive: true, force: true });
    }
  });
});
