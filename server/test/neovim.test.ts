// A second, independent LSP client: Neovim's built-in one, headless, drives the bundled server
// (neovim/lsp-session.lua) and the answers it got are checked here. Proof that the server
// speaks plain LSP over stdio, with nothing VS Code-specific.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, SEEDS } from './helpers';
import { SERVER } from './lsp-client';

const SESSION_SCRIPT = join(__dirname, 'neovim', 'lsp-session.lua');
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

function runSession(workspace: string, resultFile: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const nvim = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SESSION_SCRIPT}`], {
      env: {
        ...process.env,
        UN_RESOLUTION_NODE: process.execPath,
        UN_RESOLUTION_SERVER: SERVER,
        UN_RESOLUTION_WORKSPACE: workspace,
        UN_RESOLUTION_GAP_FIXTURE: join(FIXTURES, 'broken', 'gap.txt'),
        UN_RESOLUTION_RESULT: resultFile,
      },
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

describe('Neovim built-in LSP client (nvim --headless)', function () {
  this.timeout(NVIM_TIMEOUT_MS + 10_000);
  let answers: Answers;
  let workspace: string;

  before(async function () {
    const version = nvimVersion();
    if (!version) {
      // .ci/run installs Neovim; elsewhere its absence is said, not passed over.
      if (process.env.CI) throw new Error("nvim is not installed (.ci/run installs Debian's neovim)");
      console.log('      skipped: nvim is not installed (apt-get install neovim)');
      this.skip();
    }
    workspace = mkdtempSync(join(tmpdir(), 'un-resolution-nvim-'));
    for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(workspace, name));
    for (const name of readdirSync(join(FIXTURES, 'workspace'))) copyFileSync(join(FIXTURES, 'workspace', name), join(workspace, name));
    const resultFile = join(workspace, 'answers.json');
    const { code, stderr } = await runSession(workspace, resultFile);
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
    assert.deepEqual(answers.definition[0].range, { start: { line: 1, character: 15 }, end: { line: 1, character: 27 } });
    assert.equal(answers.jumped_to.file, join(workspace, 'A_RES_73_266.adopted.txt'));
    assert.deepEqual(answers.jumped_to.cursor, [2, 15], 'line 2 (one-based), column 15 (zero-based): the symbol in the header');
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
