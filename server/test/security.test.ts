// What the language server may touch: files of the workspace that the index globs match
// (no symlink out of a folder), the network only to fetch a cited document into the library
// (library/fetch-document.ts, when the user asked for it in a trusted workspace), never a
// process, never content run as code. Every protocol test also runs the server under network-guard.js.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { promises as fsPromises, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { readWorkspaceFile, scanFolder, type ScanOptions } from '../src/lsp/workspace-scan';
import { analysisLimits, DEFAULT_SETTINGS } from '../src/lsp/settings';
import { NETWORK_GUARD, startServer } from './lsp-client';

const SOURCE = join(__dirname, '..', 'src');
const ROOT = join(__dirname, '..', '..');

/** The modules server.ts and its index and PDF workers load, followed through relative imports, with what each imports. */
function serverModules(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const pending = [join(SOURCE, 'server.ts'), join(SOURCE, 'lsp', 'index-worker.ts'), join(SOURCE, 'pdf', 'pdf-worker.ts')];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (found.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(
        /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*'([^']+)'|(?:^|\n)\s*import\s*'([^']+)'|\brequire\(\s*'([^']+)'\s*\)|\bimport\(\s*'([^']+)'\s*\)/g,
      ),
    ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
    found.set(file, specifiers);
    // package.json, for the version the library's fetcher names itself by: data, not code.
    for (const specifier of specifiers.filter((s) => s.startsWith('.') && !s.endsWith('.json'))) {
      const base = resolve(dirname(file), specifier);
      const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      assert.ok(target, `${specifier} from ${file} not found`);
      pending.push(target);
    }
  }
  return found;
}

const NETWORK_OR_PROCESS = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'worker_threads', 'vm', 'inspector'];

describe('security of the language server', function () {
  this.timeout(30_000);

  it('no module of the server imports a network, process or code-running module, or evaluates text', () => {
    const modules = serverModules();
    assert.ok(modules.size > 30, `${modules.size} modules followed`);
    for (const [file, specifiers] of modules) {
      const builtins = specifiers.map((s) => s.replace(/^node:/, '').split('/')[0]).filter((s) => builtinModules.includes(s));
      // The index worker pool and the PDF reader start worker threads, from their own files only (index-worker, pdf-worker).
      const allowed = /[\\/](?:lsp[\\/]index-worker(?:-pool)?|pdf[\\/]pdf-(?:worker|thread))\.ts$/.test(file) ? ['worker_threads'] : [];
      assert.deepEqual(
        builtins.filter((b) => NETWORK_OR_PROCESS.includes(b) && !allowed.includes(b)),
        [],
        file,
      );
      assert.doesNotMatch(readFileSync(file, 'utf8'), /\beval\(|\bnew Function\(/, file);
    }
  });

  it("fetches over the network in one module only: the library's fetcher", () => {
    // A call of the global fetch (not a method named fetch, nor its declaration).
    const fetching = [...serverModules().keys()].filter((file) => /(?<![.\w]|^\s*(?:async\s+)?)fetch\(|globalThis\.fetch\b/m.test(readFileSync(file, 'utf8')));
    assert.deepEqual(fetching, [join(SOURCE, 'library', 'fetch-document.ts')]);
  });

  it('the bundle requires net only for the protocol transports, child_process only in an unused helper', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'server.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\("(?:node:)?([a-z_]+)[/"]/g)].map((m) => m[1]).filter((name) => NETWORK_OR_PROCESS.includes(name)));
    // vscode-jsonrpc: net for --socket and --pipe (loopback, local pipes); vscode-languageserver's
    // Files.resolve* helpers (npm, yarn lookups) use child_process, and the server never calls
    // them: the network guard under which every protocol test runs would refuse it.
    // worker_threads: the index workers and the PDF reader (dist/index-worker.js, dist/pdf-worker.js), which the guard lets start and nothing else.
    assert.deepEqual([...required].sort(), ['child_process', 'net', 'worker_threads']);
  });

  it('the network guard refuses connections, DNS queries, processes and foreign worker threads, and lets loopback through', () => {
    const attempt = (code: string) => spawnSync(process.execPath, ['--require', NETWORK_GUARD, '-e', code], { encoding: 'utf8', timeout: 10_000 });
    for (const code of [
      "require('net').connect(80, '93.184.216.34')",
      "require('https').get('https://undocs.org/A/RES/73/266')",
      "require('dns').lookup('undocs.org', () => {})",
      "require('child_process').execSync('true')",
      "new (require('worker_threads').Worker)('process.exit(0)', { eval: true })",
      "new (require('worker_threads').Worker)('/tmp/other-worker.js')",
    ]) {
      const run = attempt(code);
      assert.notEqual(run.status, 0, code);
      assert.match(run.stderr, /^network-guard: refused /m, code);
    }
    const loopback = attempt(
      "const s = require('net').createServer((c) => c.end()).listen(0, '127.0.0.1', () => require('net').connect(s.address().port, '127.0.0.1', () => process.exit(0)))",
    );
    assert.equal(loopback.status, 0, loopback.stderr);
  });

  describe('reading the workspace', () => {
    let root: string;
    let workspace: string;
    let outside: string;
    const resolution = (symbol: string) => `United Nations ${symbol}\n\nThe General Assembly,\n\n1. Decides to act.\n`;
    const options: ScanOptions = { include: DEFAULT_SETTINGS.index.include, exclude: DEFAULT_SETTINGS.index.exclude, limits: analysisLimits(DEFAULT_SETTINGS) };

    before(() => {
      root = mkdtempSync(join(tmpdir(), 'un-resolution-security-'));
      workspace = join(root, 'workspace');
      outside = join(root, 'outside');
      mkdirSync(join(workspace, 'sub'), { recursive: true });
      mkdirSync(join(workspace, 'node_modules'), { recursive: true });
      mkdirSync(outside);
      writeFileSync(join(workspace, 'inside.res.txt'), resolution('A/RES/1/1'));
      writeFileSync(join(workspace, 'sub', 'deep.txt'), resolution('A/RES/1/2'));
      writeFileSync(join(workspace, 'notes.pdf'), resolution('A/RES/1/3'));
      writeFileSync(join(workspace, 'node_modules', 'package.res.txt'), resolution('A/RES/1/4'));
      writeFileSync(join(outside, 'secret.res.txt'), resolution('A/RES/9/9'));
      symlinkSync(join(workspace, 'inside.res.txt'), join(workspace, 'link-inside.res.txt'));
      symlinkSync(join(outside, 'secret.res.txt'), join(workspace, 'link-outside.res.txt'));
      symlinkSync(outside, join(workspace, 'linked-folder'));
    });

    after(() => rmSync(root, { recursive: true, force: true }));

    it('the scan reads only matched files, following a symlink only when it stays inside', async () => {
      const read: string[] = [];
      const readFile = fsPromises.readFile;
      fsPromises.readFile = ((path: string, ...rest: unknown[]) => {
        read.push(String(path));
        return (readFile as (...args: unknown[]) => unknown)(path, ...rest);
      }) as typeof fsPromises.readFile;
      const found: string[] = [];
      try {
        for await (const file of scanFolder(workspace, options)) found.push(file.path);
      } finally {
        fsPromises.readFile = readFile;
      }
      const expected = ['inside.res.txt', 'link-inside.res.txt', 'sub/deep.txt'].map((name) => join(workspace, name));
      assert.deepEqual(found.sort(), expected);
      assert.deepEqual(read.sort(), expected);
    });

    it('a file named by a file event is read only under the same conditions', async () => {
      const readable = async (path: string) => (await readWorkspaceFile(path, [workspace], options))?.path ?? null;
      assert.equal(await readable(join(workspace, 'inside.res.txt')), join(workspace, 'inside.res.txt'));
      assert.equal(await readable(join(workspace, 'link-inside.res.txt')), join(workspace, 'link-inside.res.txt'));
      for (const refused of [
        'link-outside.res.txt',
        'linked-folder/secret.res.txt',
        'notes.pdf',
        'node_modules/package.res.txt',
        '../outside/secret.res.txt',
      ]) {
        assert.equal(await readable(join(workspace, refused)), null, refused);
      }
      assert.equal(await readable(join(outside, 'secret.res.txt')), null);
    });

    it('over the protocol: the index takes a file event inside the workspace and ignores one outside', async () => {
      const server = startServer('stdio');
      try {
        await server.connection.sendRequest('initialize', {
          processId: process.pid,
          rootUri: pathToFileURL(workspace).href,
          workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
          capabilities: {},
        });
        await server.connection.sendNotification('initialized', {});
        const indexed = (await server.connection.sendRequest('unResolution/reindex')) as { documents: number };
        assert.equal(indexed.documents, 3, 'inside, its link and sub/deep.txt');
        const symbols = async (query: string) =>
          ((await server.connection.sendRequest('workspace/symbol', { query })) as WorkspaceSymbol[]).map((s) => s.name.split(' ')[0]);
        writeFileSync(join(workspace, 'new.res.txt'), resolution('A/RES/1/5'));
        await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [join(outside, 'secret.res.txt'), join(workspace, 'link-outside.res.txt'), join(workspace, 'new.res.txt')].map((path) => ({
            uri: pathToFileURL(path).href,
            type: 1,
          })),
        });
        let found: string[] = [];
        for (let attempt = 0; attempt < 50 && !found.includes('A/RES/1/5'); attempt++) {
          found = await symbols('A/RES/1/');
          await new Promise((r) => setTimeout(r, 20));
        }
        assert.ok(found.includes('A/RES/1/5'));
        assert.deepEqual(await symbols('A/RES/9/9'), []);
      } finally {
        await server.stop();
      }
    });
  });

  it('declares untrusted workspaces and virtual workspaces limited, as the server behaves', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    // Untrusted: nothing is fetched (in-process library-fetch.test.ts), and the workspace may not choose where the library is, what it fetches from, or whether.
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, [
      'unResolution.library.folder',
      'unResolution.library.url',
      'unResolution.library.fetch',
    ]);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    // Supported in untrusted workspaces: no setting names a program, a path to run or a shell command.
    const settings = Object.keys(manifest.contributes.configuration.properties);
    assert.deepEqual(
      settings.filter((name) => /path|command|executable|args|shell|script/i.test(name)),
      [],
    );
  });
});
