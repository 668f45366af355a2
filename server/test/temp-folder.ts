// Loaded by .mocharc before any test: the run's temporary files go to one folder of its own,
// removed when mocha exits, whether the tests passed, failed or stopped early. os.tmpdir()
// reads the variable at each call, and the processes the tests start (the CLI, the server,
// Neovim) inherit it, so nothing they make is left in the machine's temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = mkdtempSync(join(tmpdir(), 'un-resolution-tests-'));
// TMPDIR on POSIX systems; TMP and TEMP on Windows.
for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = folder;
process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
