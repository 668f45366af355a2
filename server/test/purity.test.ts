// The core is pure: nothing under server/src/core may import VS Code or LSP packages.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('pure core', () => {
  it('imports nothing from vscode or the language server packages', () => {
    const core = join(__dirname, '..', 'src', 'core');
    const offenders = files(core).filter((file) => /from ['"](?:vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
    assert.ok(files(core).length > 20);
  });
});
