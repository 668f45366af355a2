// The persisted index cache: entries come back while a file's size and mtime match,
// a recent mtime is not trusted, and a corrupt cache file is ignored with a log line.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize, fingerprint } from '../src/core/workspace-index';
import { CACHE_FILE, IndexCache } from '../src/lsp/index-cache';
import { parseFixture, readFixture } from './helpers';

const NAME = 'A_RES_73_266.adopted.txt';
const PATH = `/ws/${NAME}`;
const entry = summarize(`file://${PATH}`, parseFixture(NAME), fingerprint(readFixture(NAME)));
const LONG_AGO = Date.now() - 60_000;

describe('index cache', () => {
  let dir: string;
  const logged: string[] = [];
  const log = (message: string) => logged.push(message);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'un-resolution-cache-'));
    logged.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function saved(mtimeMs = LONG_AGO): Promise<IndexCache> {
    const cache = await IndexCache.open(dir, log);
    cache.record(PATH, 8204, mtimeMs, entry);
    await cache.save();
    return IndexCache.open(dir, log);
  }

  it('gives back the entry of a file whose size and mtime are unchanged', async () => {
    const cache = await saved();
    assert.deepEqual(cache.reusable(PATH, 8204, LONG_AGO), entry);
    assert.deepEqual(logged, []);
  });

  it('reads a file again when its size or its mtime changed', async () => {
    const cache = await saved();
    assert.equal(cache.reusable(PATH, 8205, LONG_AGO), null);
    assert.equal(cache.reusable(PATH, 8204, LONG_AGO + 1), null);
    assert.equal(cache.reusable('/ws/other.txt', 8204, LONG_AGO), null);
  });

  it('does not trust an mtime as recent as the reading: the content decides', async () => {
    const justWritten = Date.now();
    const cache = await saved(justWritten);
    assert.equal(cache.reusable(PATH, 8204, justWritten), null);
  });

  it('forgets files the scan no longer finds and names their entries', async () => {
    const cache = await saved();
    assert.deepEqual(cache.keepOnly(new Set([PATH])), []);
    assert.deepEqual(cache.keepOnly(new Set()), [entry.uri]);
    assert.equal(cache.reusable(PATH, 8204, LONG_AGO), null);
  });

  it('ignores a corrupt or foreign cache file and says so once', async () => {
    writeFileSync(join(dir, CACHE_FILE), '{"format": 1, "files": {"/ws/a');
    const corrupt = await IndexCache.open(dir, log);
    assert.equal(corrupt.size, 0);
    writeFileSync(join(dir, CACHE_FILE), '{"format": 99, "files": {}}');
    const foreign = await IndexCache.open(dir, log);
    assert.equal(foreign.size, 0);
    assert.equal(logged.length, 2);
    assert.match(logged[0], /index-cache\.json ignored \(.*JSON.*\)/);
    assert.match(logged[1], /ignored \(unknown format 99\)/);
  });

  it('keeps nothing without a storage directory', async () => {
    const cache = await IndexCache.open(null, log);
    cache.record(PATH, 8204, LONG_AGO, entry);
    await cache.save();
    assert.deepEqual(logged, []);
  });
});
