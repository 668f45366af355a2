// Where install.sh puts the harness's dependencies (about 0.8 GB): outside the repository, so
// that tools walking the tree (vsce lists every file before it filters) never meet them.
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DEPENDENCIES =
  process.env.EXTENSION_HOST_DEPENDENCIES ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'un-resolution', 'extension-host');

export const requireDependency = createRequire(join(DEPENDENCIES, 'package.json'));
