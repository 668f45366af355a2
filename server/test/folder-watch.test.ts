// Watching the library's folder (lsp/folder-watch.ts) on the real file system: a burst of
// changes is said once, hidden files are no change, a folder not made yet is waited for through
// its parents, a folder removed and made again is watched again, and nothing is said once closed.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchFolder, type FolderWatch } from '../src/lsp/folder-watch';

/** Quiet time of these tests' watches; a change is said this long after the last event. */
const SETTLE = 100;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watching the library folder (folder-watch.ts)', function () {
  this.timeout(20_000);
  let root: string;
  let watch: FolderWatch | null = null;
  let changes = 0;
  const warnings: string[] = [];

  /** Resolves once `count` changes were said; fails after 5 s. */
  async function changesReach(count: number): Promise<void> {
    for (let waited = 0; changes < count; waited += 20) {
      if (waited > 5000) throw new Error(`${changes} changes said, not ${count}`);
      await pause(20);
    }
  }

  /** The changes said once everything settled (three quiet times after the last write). */
  async function settled(): Promise<number> {
    await pause(SETTLE * 3);
    return changes;
  }

  function start(folder: string): void {
    watch = watchFolder(
      folder,
      () => changes++,
      (message) => warnings.push(message),
      SETTLE,
    );
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'watch-'));
    changes = 0;
    warnings.length = 0;
  });

  afterEach(() => {
    watch?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('says a burst of writes once, and says nothing of hidden files', async () => {
    start(root);
    for (let i = 0; i < 5; i++) writeFileSync(join(root, `A_RES_80_${i}.txt`), 'text');
    await changesReach(1);
    assert.equal(await settled(), 1);
    // The library's temporary files are hidden; the rename that ends a write is the change.
    writeFileSync(join(root, '.A_RES_80_9.0123456789ab.tmp'), 'half');
    assert.equal(await settled(), 1);
    rmSync(join(root, 'A_RES_80_0.txt'));
    await changesReach(2);
    assert.deepEqual([await settled(), warnings], [2, []]);
  });

  it('waits for a folder not made yet, two levels down, and sees the files it is made with', async () => {
    const folder = join(root, 'cache', 'library');
    start(folder);
    writeFileSync(join(root, 'unrelated.txt'), 'text');
    assert.equal(await settled(), 0);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'A_RES_80_3.txt'), 'text');
    await changesReach(1);
    await settled();
    writeFileSync(join(folder, 'A_RES_80_4.txt'), 'text');
    await changesReach(2);
    assert.deepEqual([await settled(), warnings], [2, []]);
  });

  it('says a folder removed, and watches it again once made again', async () => {
    const folder = join(root, 'library');
    mkdirSync(folder);
    start(folder);
    rmSync(folder, { recursive: true });
    await changesReach(1);
    assert.equal(await settled(), 1);
    mkdirSync(folder);
    await changesReach(2);
    await settled();
    writeFileSync(join(folder, 'A_RES_80_3.txt'), 'text');
    await changesReach(3);
    assert.deepEqual([await settled(), warnings], [3, []]);
  });

  it('says nothing once closed, not even a change that was settling', async () => {
    start(root);
    writeFileSync(join(root, 'A_RES_80_3.txt'), 'text');
    await pause(SETTLE / 4);
    watch!.close();
    writeFileSync(join(root, 'A_RES_80_4.txt'), 'text');
    assert.equal(await settled(), 0);
  });
});
