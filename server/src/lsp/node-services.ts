// The server's services on Node: the file system, the index cache in the client's
// storage folder, the index worker threads and the document library (the CLI's folder by
// default), its folder watched with fs.watch.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { defaultLibraryFolder, Library } from '../library/library';
import { watchFolder } from './folder-watch';
import { IndexCache } from './index-cache';
import { IndexWorkerPool } from './index-worker-pool';
import { readWorkspaceFile, scanFolder } from './workspace-scan';
import type { ServerServices } from './services';

/** This build of the server, by a hash of its own file: after an upgrade or a rebuild with other code, the index cache is stale. */
function serverBuild(): string {
  try {
    return createHash('sha1').update(readFileSync(__filename)).digest('hex');
  } catch {
    return 'unknown';
  }
}

export function nodeServices(): ServerServices {
  return {
    scanFolder,
    readWorkspaceFile,
    readFile: (path) => readFile(path),
    openIndexCache: (storagePath, log) => IndexCache.open(storagePath, log, serverBuild()),
    startIndexWorkers: (count, log) => IndexWorkerPool.start(count, log),
    openLibrary: (folder, options) => new Library(folder, options),
    defaultLibraryFolder: () => defaultLibraryFolder(),
    watchFolder: (folder, changed, warn) => watchFolder(folder, changed, warn),
    now: () => Date.now(),
  };
}
