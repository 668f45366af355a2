// The core is pure: a module under server/src/core imports only other modules of the core —
// no package (VS Code, the language server, a parser library) and no `node:` module (a file
// system, the network). TypeScript's own pre-processor lists every import, export-from,
// `import()` and `require()` of a file, so none hides behind a form a pattern would miss.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

const CORE = join(__dirname, '..', 'src', 'core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module `file` imports, as written. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);
}

/** The imports of core files that leave the core: `file: specifier`. */
function escapes(file: string, specifiers: string[]): string[] {
  return specifiers
    .filter((specifier) => !specifier.startsWith('.') || !`${resolve(dirname(file), specifier)}${sep}`.startsWith(`${CORE}${sep}`))
    .map((specifier) => `${relative(CORE, file)}: ${specifier}`);
}

describe('pure core', () => {
  const coreFiles = files(CORE);

  it('imports nothing but the core itself: no package, no node: module', () => {
    assert.deepEqual(
      coreFiles.flatMap((file) => escapes(file, importsOf(file))),
      [],
    );
  });

  it('reads imports of every form, so the check above can fail', () => {
    const written = [
      "import { readFileSync } from 'node:fs';",
      "import type { Range } from 'vscode-languageserver';",
      "export { x } from '../lsp/hover';",
      "const os = require('os');",
      "const later = await import('https');",
      "import { parse } from './parser';",
    ].join('\n');
    const file = join(CORE, 'example.ts');
    const found = escapes(
      file,
      ts.preProcessFile(written, true, true).importedFiles.map((imported) => imported.fileName),
    );
    assert.deepEqual(found, ['example.ts: node:fs', 'example.ts: vscode-languageserver', 'example.ts: ../lsp/hover', 'example.ts: os', 'example.ts: https']);
  });

  it('covers the whole core: the parser, the reading phases and the rules', () => {
    const names = coreFiles.map((file) => relative(CORE, file).split(sep).join('/'));
    for (const expected of ['parser.ts', 'reading/lines.ts', 'rules/index.ts', 'check.ts']) assert.ok(names.includes(expected), expected);
  });
});
