// A second, independent LSP client: Neovim's built-in one, headless, drives the bundled server
// (neovim/lsp-session.lua) and the answers it got are checked here. Proof that the server
// speaks plain LSP over stdio, with nothing VS Code-specific.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AWAZA_DRAFT } from './awaza-draft';
import { FIXTURES, SEEDS } from './helpers';
import { startLibraryServer } from './library-server';
import { NETWORK_GUARD, SERVER } from './lsp-client';

const SESSION_SCRIPT = join(__dirname, 'neovim', 'lsp-session.lua');
const LIBRARY_SCRIPT = join(__dirname, 'neovim', 'library-session.lua');
const NVIM_TIMEOUT_MS = 60_000;

interface Answers {
  symbols: Array<{ name: string; children?: Array<{ name: string }> }>;
  citation_position: { line: number; character: number };
  definition: Array<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
  hover: { contents: { kind: string; value: string } };
  jumped_to: { file: string; cursor: [number, number] };
  diagnostics: Array<{ lnum: number; col: number; severity: number; code: string; source: string; message: string }>;
}

function nvimVersion(): string | null {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.split('\n')[0] : null;
}

/** Runs `script` in a headless Neovim, the paths it reads in `env` besides the node and the server. */
function runSession(script: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const nvim = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
      env: { ...process.env, UN_RESOLUTION_NODE: process.execPath, UN_RESOLUTION_SERVER: SERVER, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    nvim.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => nvim.kill(), NVIM_TIMEOUT_MS);
    nvim.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** The Neovim version, or the test skipped (failed on CI) without it. */
function requireNvim(context: Mocha.Context): string {
  const version = nvimVersion();
  if (!version) {
    // .ci/run installs Neovim; elsewhere its absence is said, not passed over.
    if (process.env.CI) throw new Error("nvim is not installed (.ci/run installs Debian's neovim)");
    console.log('      skipped: nvim is not installed (apt-get install neovim)');
    context.skip();
  }
  return version!;
}

describe('Neovim built-in LSP client (nvim --headless)', function () {
  this.timeout(NVIM_TIMEOUT_MS + 10_000);
  let answers: Answers;
  let workspace: string;

  before(async function () {
    const version = requireNvim(this);
    workspace = mkdtempSync(join(tmpdir(), 'un-resolution-nvim-'));
    for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(workspace, name));
    for (const name of readdirSync(join(FIXTURES, 'workspace'))) copyFileSync(join(FIXTURES, 'workspace', name), join(workspace, name));
    const resultFile = join(workspace, 'answers.json');
    const { code, stderr } = await runSession(SESSION_SCRIPT, {
      UN_RESOLUTION_WORKSPACE: workspace,
      UN_RESOLUTION_GAP_FIXTURE: join(FIXTURES, 'broken', 'gap.txt'),
      UN_RESOLUTION_RESULT: resultFile,
    });
    const written = JSON.parse(readFileSync(resultFile, 'utf8')) as Answers & { error?: string };
    assert.equal(written.error, undefined, `${version}: ${written.error}\n${stderr}`);
    assert.equal(code, 0, stderr);
    answers = written;
  });

  after(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('lists the outline of A/RES/73/266', () => {
    assert.deepEqual(
      answers.symbols.map((s) => s.name),
      ['Header', '73/266. Advancing responsible State behaviour in cybers…', 'Preamble', 'Operative part', 'Footnotes'],
    );
    assert.deepEqual(
      answers.symbols[3].children!.map((c) => c.name),
      ['1. Calls upon', '2. Invites', '3. Requests', '4. Requests', '5. Requests', '6. Decides'],
    );
  });

  it('finds the definition of a cited resolution in another file and jumps there', () => {
    assert.deepEqual(answers.citation_position, { line: 122, character: 8 });
    assert.equal(answers.definition.length, 1);
    assert.equal(answers.definition[0].uri.split('/').pop(), 'A_RES_73_266.adopted.txt');
    assert.deepEqual(answers.definition[0].range, { start: { line: 15, character: 0 }, end: { line: 15, character: 100 } });
    assert.equal(answers.jumped_to.file, join(workspace, 'A_RES_73_266.adopted.txt'));
    assert.deepEqual(answers.jumped_to.cursor, [16, 0], 'line 16 (one-based), column 0 (zero-based): the title');
  });

  it("hovers over the citation with the cited resolution's title and link", () => {
    assert.equal(answers.hover.contents.kind, 'markdown');
    assert.equal(
      answers.hover.contents.value,
      '**A/RES/73/266** — Advancing responsible State behaviour in cyberspace in the context of international security\n\nResolution · 22 December 2018 · First Committee\n\n[A/RES/73/266](https://undocs.org/A/RES/73/266)',
    );
  });

  it('shows the numbering diagnostics of gap.txt', () => {
    assert.deepEqual(
      answers.diagnostics.map((d) => [d.lnum, d.col, d.severity, d.source, d.code, d.message]),
      [
        [69, 2, 1, 'un-resolution', 'numbering.gap', 'paragraph 5 follows 3: 4 is missing.'],
        [70, 2, 1, 'un-resolution', 'numbering.duplicate', 'paragraph 5 is numbered twice.'],
      ],
    );
  });
});

describe('Neovim: init_options drive a fetch into the library', function () {
  this.timeout(NVIM_TIMEOUT_MS + 10_000);

  it('fetches A/RES/80/3 from 127.0.0.1 for definition with library.fetch = always, lands on paragraph 2 and jumps there', async function () {
    const version = requireNvim(this);
    const workspace = mkdtempSync(join(tmpdir(), 'un-resolution-nvim-'));
    const library = join(workspace, 'library');
    const draft = join(workspace, 'draft-awaza.txt');
    writeFileSync(draft, AWAZA_DRAFT);
    const service = await startLibraryServer();
    try {
      const resultFile = join(workspace, 'answers.json');
      const { code, stderr } = await runSession(LIBRARY_SCRIPT, {
        UN_RESOLUTION_NETWORK_GUARD: NETWORK_GUARD,
        UN_RESOLUTION_WORKSPACE: workspace,
        UN_RESOLUTION_DRAFT: draft,
        UN_RESOLUTION_LIBRARY: library,
        UN_RESOLUTION_LIBRARY_URL: service.url,
        UN_RESOLUTION_RESULT: resultFile,
      });
      const answers = JSON.parse(readFileSync(resultFile, 'utf8')) as Pick<Answers, 'citation_position' | 'definition' | 'jumped_to'> & { error?: string };
      assert.equal(answers.error, undefined, `${version}: ${answers.error}\n${stderr}`);
      assert.equal(code, 0, stderr);
      assert.deepEqual(answers.citation_position, { line: 19, character: 40 });
      assert.deepEqual(answers.definition, [
        { uri: pathToFileURL(join(library, 'A_RES_80_3.txt')).href, range: { start: { line: 28, character: 0 }, end: { line: 28, character: 2 } } },
      ]);
      assert.deepEqual(answers.jumped_to, { file: join(library, 'A_RES_80_3.txt'), cursor: [29, 0] });
      assert.deepEqual(service.requests, ['A/RES/80/3']);
      assert.deepEqual(readdirSync(library), ['A_RES_80_3.pdf', 'A_RES_80_3.txt']);
    } finally {
      await service.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
