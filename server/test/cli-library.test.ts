// `resolution fetch` and `resolution library`, and `--library` of outline, json and check, end
// to end: the bundled CLI (dist/cli.js) under the network guard, fetching from the document
// service on 127.0.0.1 (library-server.ts). The CLI runs as a child process started without
// blocking, so that the server in this process can answer it.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NETWORK_GUARD } from './lsp-client';
import { CORPUS_PDF, startLibraryServer, type LibraryServer } from './library-server';
import { FIXTURES } from './helpers';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', NETWORK_GUARD, CLI, ...args], { cwd, ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('CLI: fetch and library (dist/cli.js, over 127.0.0.1)', function () {
  this.timeout(120_000);
  let server: LibraryServer;
  let dir: string;
  before(async () => (server = await startLibraryServer()));
  after(() => server.close());
  beforeEach(() => {
    server.reset();
    dir = mkdtempSync(join(tmpdir(), 'cli-library-'));
  });
  const fetch = (...args: string[]) => run(dir, ['fetch', '--library', 'lib', '--url', server.url, ...args]);

  it('fetch prints where each document went; one already there is not fetched again; a failure is said and exits 1', async () => {
    assert.deepEqual(await fetch('A/RES/80/146', 'A/RES/78/192'), {
      status: 0,
      stdout: [
        'A/RES/80/146: lib/A_RES_80_146.pdf, lib/A_RES_80_146.txt (fetched)',
        'A/RES/78/192: lib/A_RES_78_192.pdf, lib/A_RES_78_192.txt (fetched)',
        '',
      ].join('\n'),
      stderr: '',
    });
    assert.deepEqual(server.requests, ['A/RES/80/146', 'A/RES/78/192']);
    assert.deepEqual(server.languages, ['en', 'en']);
    assert.deepEqual(await fetch('A/RES/99/1', 'a/res/80/146'), {
      status: 1,
      stdout: 'a/res/80/146: lib/A_RES_80_146.pdf, lib/A_RES_80_146.txt (already in the library)\n',
      stderr: `resolution fetch: cannot fetch A/RES/99/1: ${server.host} has no such document (HTTP 404 Not Found)\n`,
    });
    assert.deepEqual(server.requests, ['A/RES/80/146', 'A/RES/78/192', 'A/RES/99/1']);
    assert.deepEqual(readdirSync(join(dir, 'lib')), ['A_RES_78_192.pdf', 'A_RES_78_192.txt', 'A_RES_80_146.pdf', 'A_RES_80_146.txt']);
  });

  it('fetch --format json: each symbol with what became of it', async () => {
    const { status, stdout } = await fetch('--format', 'json', '--language', 'fr', 'A/RES/80/146', 'A/RES/99/1');
    assert.equal(status, 1);
    assert.deepEqual(JSON.parse(stdout), [
      {
        symbol: 'A/RES/80/146',
        status: 'fetched',
        title: 'Multidimensional vulnerability index',
        date: '15 December 2025',
        pdf: 'lib/A_RES_80_146.pdf',
        text: 'lib/A_RES_80_146.txt',
      },
      { symbol: 'A/RES/99/1', status: 'failed', error: `cannot fetch A/RES/99/1: ${server.host} has no such document (HTTP 404 Not Found)` },
    ]);
    assert.deepEqual(server.languages, ['fr', 'fr']);
  });

  it('fetch gives up past --timeout and leaves nothing in the library', async () => {
    server.fault = 'slow';
    assert.deepEqual(await fetch('--timeout', '300', 'A/RES/78/192'), {
      status: 1,
      stdout: '',
      stderr: `resolution fetch: cannot fetch A/RES/78/192: ${server.host} did not answer in full within 0.3 s\n`,
    });
    assert.deepEqual(readdirSync(join(dir, 'lib')), []);
  });

  it('fetch into a folder that cannot be written: said once, exit 2, nothing asked of the server, nothing left', async () => {
    // Root writes whatever the permissions say: the CLI then runs as nobody.
    const root = process.getuid?.() === 0;
    if (root) chmodSync(tmpdir(), 0o711);
    chmodSync(dir, 0o755);
    const lib = join(dir, 'lib');
    mkdirSync(lib, { mode: 0o555 });
    const result = await run(dir, ['fetch', '--library', 'lib', '--url', server.url, 'A/RES/80/146', 'A/RES/78/192'], root ? { uid: 65534, gid: 65534 } : {});
    assert.deepEqual(result, { status: 2, stdout: '', stderr: `resolution fetch: the library folder ${lib} cannot be written: permission denied\n` });
    assert.deepEqual(server.requests, []);
    assert.deepEqual(readdirSync(lib), []);
  });

  it('fetch without --library fills the user cache: $XDG_CACHE_HOME/un-resolution/library', async () => {
    const env = { ...process.env, XDG_CACHE_HOME: join(dir, 'cache'), HOME: dir };
    assert.deepEqual(await run(dir, ['fetch', '--url', server.url, 'A/RES/80/146'], { env }), {
      status: 0,
      stdout: `A/RES/80/146: cache/un-resolution/library/A_RES_80_146.pdf, cache/un-resolution/library/A_RES_80_146.txt (fetched)\n`,
      stderr: '',
    });
    assert.deepEqual(await run(dir, ['library', 'list'], { env }), {
      status: 0,
      stdout: 'A/RES/80/146  15 December 2025  Multidimensional vulnerability index\n1 document in cache/un-resolution/library\n',
      stderr: '',
    });
  });

  it('library add, list (with a PDF dropped in by hand, and one it cannot read), remove', async () => {
    const lib = (...args: string[]) => run(dir, ['library', ...args, '--library', 'lib']);
    assert.deepEqual(await lib('list'), { status: 0, stdout: 'no documents in lib\n', stderr: '' });
    assert.deepEqual(await lib('add', join(CORPUS_PDF, 'A_RES_80_146.pdf'), 'missing.pdf', join(FIXTURES, 'A_RES_73_266.adopted.txt')), {
      status: 2,
      stdout: 'added A/RES/80/146: lib/A_RES_80_146.pdf, lib/A_RES_80_146.txt\n',
      stderr: [
        'resolution library: cannot add missing.pdf: no such file or directory',
        `resolution library: cannot add ${join(FIXTURES, 'A_RES_73_266.adopted.txt')}: not a PDF file (no %PDF- header)`,
        '',
      ].join('\n'),
    });
    copyFileSync(join(CORPUS_PDF, 'A_RES_78_192.pdf'), join(dir, 'lib', 'download (3).pdf'));
    copyFileSync(join(CORPUS_PDF, 'A_RES_80_230.pdf'), join(dir, 'lib', 'A_RES_80_231.pdf'));
    assert.deepEqual(await lib('list'), {
      status: 1,
      stdout: [
        'A/RES/78/192  19 December 2023  The right of the Palestinian people to self-determination',
        'A/RES/80/146  15 December 2025  Multidimensional vulnerability index',
        '2 documents in lib',
        '',
      ].join('\n'),
      stderr: 'resolution library: cannot read lib/A_RES_80_231.pdf: the PDF is A/RES/80/230, not A/RES/80/231\n',
    });
    const listed = await lib('list', '--format', 'json');
    assert.deepEqual(JSON.parse(listed.stdout), [
      {
        symbol: 'A/RES/78/192',
        title: 'The right of the Palestinian people to self-determination',
        date: '19 December 2023',
        pdf: 'lib/A_RES_78_192.pdf',
        text: 'lib/A_RES_78_192.txt',
      },
      {
        symbol: 'A/RES/80/146',
        title: 'Multidimensional vulnerability index',
        date: '15 December 2025',
        pdf: 'lib/A_RES_80_146.pdf',
        text: 'lib/A_RES_80_146.txt',
      },
    ]);
    assert.deepEqual(await lib('remove', 'A/RES/78/192', 'A/RES/53/70'), {
      status: 1,
      stdout: 'removed A/RES/78/192: lib/A_RES_78_192.pdf, lib/A_RES_78_192.txt\n',
      stderr: 'resolution library: A/RES/53/70 is not in lib\n',
    });
    assert.deepEqual(readdirSync(join(dir, 'lib')), ['A_RES_80_146.pdf', 'A_RES_80_146.txt', 'A_RES_80_231.pdf']);
  });

  it('says what is wrong with the usage', async () => {
    const usage: Array<[string[], string]> = [
      [['fetch'], 'resolution fetch: no symbols given'],
      [['fetch', '--timeout', 'soon', 'A/RES/80/146'], 'resolution fetch: --timeout takes a number of milliseconds'],
      [
        ['fetch', '--url', 'ftp://example.org/{symbol}', 'A/RES/80/146'],
        'resolution fetch: --url takes an http or https address with {symbol} in it (and {language} if need be)',
      ],
      [
        ['fetch', '--url', 'https://example.org/document.pdf', 'A/RES/80/146'],
        'resolution fetch: --url takes an http or https address with {symbol} in it (and {language} if need be)',
      ],
      [['fetch', '--library'], 'resolution fetch: --library takes a folder'],
      [['library'], 'resolution library: list, add or remove?'],
      [['library', 'show'], 'resolution library: unknown action "show": list, add or remove'],
      [['library', 'list', 'A/RES/80/146'], 'resolution library: list takes no symbols or files'],
      [['library', 'remove'], 'resolution library: no symbols given'],
      [['outline', '--library'], 'resolution outline: --library takes a folder'],
    ];
    const results = await Promise.all(usage.map(([args]) => run(dir, args)));
    assert.deepEqual(
      results.map((r) => [r.status, r.stderr.split('\n')[0]]),
      usage.map(([, message]) => [2, message]),
    );
    assert.deepEqual(server.requests, []);
  });
});

describe('CLI: outline, json and check with --library', function () {
  this.timeout(120_000);
  let dir: string;
  const draft = join(FIXTURES, 'corpus', 'pymupdf', 'A_80_L.34.txt');
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-library-cited-'));
    const added = await run(dir, ['library', 'add', join(CORPUS_PDF, 'A_RES_78_3.pdf'), '--library', 'lib']);
    assert.equal(added.status, 0, added.stderr);
  });

  it('outline lists the cited documents the library holds, with their titles', async () => {
    const { status, stdout, stderr } = await run(dir, ['outline', '--library', 'lib', draft]);
    assert.deepEqual([status, stderr], [0, '']);
    assert.deepEqual(stdout.split('\n').slice(-6), [
      '  Citations: 12 (12 documents)',
      '  In the library: 1 of 12 cited documents',
      '    A/RES/78/3  Political declaration of the General Assembly high-level me…',
      '  Diagnostics: none',
      '',
      '',
    ]);
    const without = await run(dir, ['outline', draft]);
    assert.deepEqual(without.stdout.split('\n').slice(-4), ['  Citations: 12 (12 documents)', '  Diagnostics: none', '', '']);
  });

  it('json adds the library document to each citation of it', async () => {
    const { status, stdout } = await run(dir, ['json', '--library', 'lib', draft]);
    assert.equal(status, 0);
    const [doc] = JSON.parse(stdout);
    assert.deepEqual(
      doc.citations
        .filter((c: { library?: unknown }) => c.library)
        .map((c: { text: string; symbol: string; library: unknown }) => [c.text, c.symbol, c.library]),
      [
        [
          '78/3',
          'A/RES/78/3',
          {
            file: 'lib/A_RES_78_3.txt',
            title: 'Political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response',
            date: '5 October 2023',
          },
        ],
      ],
    );
    assert.equal(doc.citations.length, 12);
  });

  it('check reads the library; a library that is not there is said, exit 2', async () => {
    assert.deepEqual(await run(dir, ['check', '--library', 'lib', draft]), { status: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });
    assert.deepEqual(await run(dir, ['check', '--library', 'nowhere', draft]), {
      status: 2,
      stdout: '1 file checked: 0 errors, 0 warnings\n',
      stderr: 'resolution: cannot read the library nowhere: no such file or directory\n',
    });
  });
});
