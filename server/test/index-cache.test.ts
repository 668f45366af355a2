// The persisted index cache: entries come back while a file's size and mtime match,
// a recent mtime is not trusted, a corrupt cache file is ignored with a log line, and
// every fixture's entry survives the compact file format unchanged.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import { summarize, fingerprint, type IndexEntry } from '../src/core/workspace-index';
import { CACHE_FILE, IndexCache } from '../src/lsp/index-cache';
import { parseFixture, readFixture, SEEDS } from './helpers';
import { corpusText, manifest, TEXT_SHAPES } from './corpus-helpers';

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

  it("gives back every fixture's entry exactly, through the file", async function () {
    this.timeout(60_000);
    const texts = [
      ...SEEDS.map((name) => [name, readFixture(name)]),
      ...['A_RES_71_28.res.txt', 'amendment-L4.res.txt'].map((name) => [name, readFixture(join('workspace', name))]),
      ...manifest().flatMap(({ stem }) => TEXT_SHAPES.map((shape) => [`${shape}/${stem}.txt`, corpusText(shape, stem)])),
    ];
    const entries = new Map<string, { size: number; made: IndexEntry }>();
    const cache = await IndexCache.open(dir, log);
    for (const [name, text] of texts) {
      const path = `/ws/${name}`;
      const made = summarize(`file://${path}`, parse(text), fingerprint(text));
      entries.set(path, { size: text.length, made });
      cache.record(path, text.length, LONG_AGO, made);
    }
    await cache.save();
    const reopened = await IndexCache.open(dir, log);
    assert.equal(reopened.size, texts.length);
    for (const [path, { size, made }] of entries) assert.deepEqual(reopened.reusable(path, size, LONG_AGO), made, path);
    assert.ok(
      [...entries.values()].some(({ made }) => made.citations.length > 0 && made.paragraphs.length > 0 && made.title !== null),
      'fixtures with citations, paragraphs and a title',
    );
    assert.deepEqual(logged, []);
  });

  it('offers the previous entry of a file whatever its mtime, for its fingerprint to decide', async () => {
    const cache = await saved(Date.now());
    assert.equal(cache.reusable(PATH, 8204, Date.now()), null);
    assert.equal(cache.previous(PATH)?.fingerprint, fingerprint(readFixture(NAME)));
    assert.equal(cache.previous('/ws/other.txt'), null);
  });

  it('refuses a cache file whose rows are damaged', async () => {
    await saved();
    const raw = JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8')) as { files: unknown[][] };
    const row = raw.files[0];
    for (const [at, value] of [
      [13, [1, 2, 3]],
      [12, [7]],
      [5, 'A/RES/73/266'],
      [1, '8204'],
    ] as const) {
      const damaged = [...row];
      damaged[at] = value;
      writeFileSync(join(dir, CACHE_FILE), JSON.stringify({ ...raw, files: [damaged] }));
      assert.equal((await IndexCache.open(dir, log)).size, 0, `column ${at}`);
    }
    assert.equal(logged.length, 4);
    for (const line of logged) assert.match(line, /ignored \(malformed/);
  });

  it('does not trust entries another build of the server made', async () => {
    const cache = await IndexCache.open(dir, log, 'build 1');
    cache.record(PATH, 8204, LONG_AGO, entry);
    await cache.save();
    assert.deepEqual((await IndexCache.open(dir, log, 'build 1')).reusable(PATH, 8204, LONG_AGO), entry);
    assert.equal((await IndexCache.open(dir, log, 'build 2')).size, 0);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /ignored \(written by another build of the server\)/);
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
