// Loaded by .mocharc before anything else, tsx included: the run's temporary files go to one
// folder of its own, removed when mocha exits, whether the tests passed, failed or stopped
// early. os.tmpdir() reads the variable at each call, and the processes the tests start (the
// CLI, the server, Neovim, tsx) inherit it, so nothing they make is left in the machine's
// temporary folder — tsx's cache of compiled sources neither, at the price of compiling
// them again in each run (a few seconds). Plain JavaScript, since tsx is not loaded yet.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const folder = mkdtempSync(join(tmpdir(), 'un-resolution-tests-'));
// TMPDIR on POSIX systems; TMP and TEMP on Windows.
for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = folder;
// The document library's default folder (the CLI's, and the server's for a client that names none)
// is in it too: no test reads or fills the user's own library.
process.env.XDG_CACHE_HOME = join(folder, 'cache');
process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
