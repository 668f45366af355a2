// Watches a folder (the document library's) for files made, changed or removed, with node's
// fs.watch, and says so once a burst of events has settled: the CLI's fetch writes two files,
// a PDF dropped in is written in many pieces. Hidden files (the library's temporary ones) are
// not changes. A folder that does not exist yet is waited for: its nearest existing parent is
// watched until the next folder down is made, and so on to the folder, which may already hold
// files by then; a folder removed is waited for again.
import { statSync, watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';
import { describeError } from '../system-error';

/** Quiet this long after the last event, the folder has changed. */
export const SETTLE_MS = 300;

export interface FolderWatch {
  close(): void;
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** The folder itself when it exists, else its nearest parent that does. */
function nearestExisting(folder: string): string {
  let path = folder;
  while (!isFolder(path) && dirname(path) !== path) path = dirname(path);
  return path;
}

export function watchFolder(folder: string, changed: () => void, warn: (message: string) => void, settleMs = SETTLE_MS): FolderWatch {
  let watcher: FSWatcher | null = null;
  let watched: string | null = null;
  /** The watched folder's inode: one removed and made again at once is another folder to watch. */
  let watchedNode = -1;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) changed();
    }, settleMs);
  };

  /** Watches the folder, else its nearest existing parent; true when what is watched changed. */
  const arm = (): boolean => {
    const target = nearestExisting(folder);
    const node = statSync(target, { throwIfNoEntry: false })?.ino ?? -1;
    if (watcher && target === watched && node === watchedNode) return false;
    watcher?.close();
    watcher = null;
    watched = target;
    watchedNode = node;
    try {
      watcher = watch(target, { persistent: false }, (_event, name) => onEvent(name));
      // A folder watched that goes away (Windows says so by an error): watched again from its nearest parent.
      watcher.on('error', () => {
        watcher?.close();
        watcher = null;
        onEvent(null);
      });
    } catch (error) {
      warn(
        `Cannot watch ${target} (${describeError(error)}): the document library is read again only on Re-index Workspace or when its folder setting changes.`,
      );
    }
    return true;
  };

  const onEvent = (name: string | Buffer | null) => {
    if (closed) return;
    const wasFolder = watched === folder;
    // The folder made, or removed: watch from where it is now; either is a change of its files.
    if (arm() && (wasFolder || watched === folder)) return settle();
    if (wasFolder && !String(name ?? '').startsWith('.')) settle();
  };

  arm();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      watcher?.close();
      watcher = null;
    },
  };
}
