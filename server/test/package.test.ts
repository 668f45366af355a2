// The .vsix as `npm run package` builds it (vsce, production bundle): what is inside, and
// whether every file the manifest names is among it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

const ROOT = join(__dirname, '..', '..');
/** The VS Code engine the extension-host tests run on (code-server 4.139.1). */
const TESTED_VSCODE = '1.139.1';

interface Manifest {
  name: string;
  publisher: string;
  main: string;
  icon: string;
  engines: { vscode: string };
  categories: string[];
  keywords: string[];
  activationEvents: string[];
  capabilities: { untrustedWorkspaces?: unknown; virtualWorkspaces?: unknown };
  contributes: { languages: Array<{ configuration?: string }>; grammars: Array<{ path: string }> };
}

/** `^1.91.0` → [1, 91, 0]: the lowest VS Code a caret or plain range accepts. */
function lowestVersion(range: string): number[] {
  const match = /^\^?(\d+)\.(\d+)\.(\d+)$/.exec(range);
  assert.ok(match, `"${range}" is a caret or exact version`);
  return match.slice(1).map(Number);
}

function compareVersions(a: number[], b: number[]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** A manifest path (`./dist/client.js`) as it sits in the package (`extension/dist/client.js`). */
function packaged(path: string): string {
  return `extension/${path.replace(/^\.\//, '')}`;
}

describe('the .vsix package (npm run package)', function () {
  this.timeout(180_000);
  let folder: string;
  let entries: Record<string, Uint8Array>;
  let manifest: Manifest;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'un-resolution-vsix-'));
    const vsix = join(folder, 'un-resolution.vsix');
    const build = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `${build.stdout}\n${build.stderr}`);
    entries = unzipSync(readFileSync(vsix));
    manifest = JSON.parse(strFromU8(entries['extension/package.json'])) as Manifest;
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('holds the bundles, grammar, language configuration, icon and documents, and nothing else', () => {
    const readmeImages = [...strFromU8(entries['extension/readme.md']).matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => packaged(m[1]));
    const expected = new Set([
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/changelog.md',
      'extension/dist/client.js',
      'extension/dist/index-worker.js',
      'extension/dist/pdf-worker.js',
      'extension/dist/server.js',
      ...readmeImages,
      'extension/images/icon.png',
      'extension/language-configuration.json',
      'extension/package.json',
      'extension/readme.md',
      'extension/syntaxes/un-resolution.tmLanguage.json',
    ]);
    assert.deepEqual(Object.keys(entries).sort(), [...expected].sort());
  });

  it('contains every file the manifest names', () => {
    const named = [
      manifest.main.endsWith('.js') ? manifest.main : `${manifest.main}.js`,
      manifest.icon,
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.languages.flatMap((l) => (l.configuration ? [l.configuration] : [])),
    ];
    assert.equal(named.length, 4);
    for (const path of named) assert.ok(entries[packaged(path)], `${path} is in the package`);
    assert.match(strFromU8(entries['extension.vsixmanifest']), /<Icon>extension\/images\/icon\.png<\/Icon>/);
  });

  it('ships the short README (at most 20 KB)', () => {
    const readme = entries['extension/readme.md'];
    assert.deepEqual(readme, new Uint8Array(readFileSync(join(ROOT, 'README.md'))));
    assert.ok(readme.length <= 20 * 1024, `${readme.length} bytes`);
  });

  it('ships the production bundles, which point to no source map', () => {
    for (const bundle of ['client', 'server', 'index-worker', 'pdf-worker']) {
      assert.doesNotMatch(strFromU8(entries[`extension/dist/${bundle}.js`]), /sourceMappingURL/, bundle);
    }
  });

  it('declares what the Marketplace and Open VSX list', () => {
    assert.equal(`${manifest.publisher}.${manifest.name}`, 'un-resolution-tools.un-resolution');
    assert.deepEqual(manifest.categories, ['Programming Languages', 'Linters']);
    assert.ok(manifest.keywords.includes('resolution') && manifest.keywords.length <= 30, 'keywords (the Marketplace takes 30 at most)');
    assert.ok(manifest.activationEvents.includes('onLanguage:un-resolution'));
    assert.ok(manifest.capabilities.untrustedWorkspaces && manifest.capabilities.virtualWorkspaces);
  });

  it('asks for a VS Code that vscode-languageclient supports and that the extension-host tests run', () => {
    const lowest = lowestVersion(manifest.engines.vscode);
    const client = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8')) as Manifest;
    assert.ok(
      compareVersions(lowest, lowestVersion(client.engines.vscode)) >= 0,
      `${manifest.engines.vscode} is within vscode-languageclient's ${client.engines.vscode}`,
    );
    assert.ok(compareVersions(lowest, lowestVersion(TESTED_VSCODE)) <= 0, `${manifest.engines.vscode} admits VS Code ${TESTED_VSCODE}`);
  });
});
