// The workspace the suite and the screenshots open: the seeds and the stand-ins that give
// their citations a target (test-fixtures/*.txt and test-fixtures/workspace/*).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(REPOSITORY, 'test-fixtures');

export function makeFixtureWorkspace(folder) {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt'))) copyFileSync(join(FIXTURES, name), join(folder, name));
  for (const name of readdirSync(join(FIXTURES, 'workspace'))) copyFileSync(join(FIXTURES, 'workspace', name), join(folder, name));
  return folder;
}
