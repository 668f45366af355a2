// A file's contents replaced in one step: written beside it under a temporary name, then
// renamed over it, so a reader (or a crash) sees the old text or the new, never half of one.
import { accessSync, closeSync, constants, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { describeError } from '../system-error';

/** Null once written, else why not (and the file is as it was). A link is followed: the file it names is replaced, the link kept. */
export function replaceFile(path: string, bytes: Uint8Array): string | null {
  let temp: string | null = null;
  try {
    const target = realpathSync(path);
    const stat = statSync(target);
    if (!stat.isFile()) return 'not a regular file';
    // Renaming over a read-only file would succeed where the folder is writable: ask first.
    accessSync(target, constants.W_OK);
    temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(temp, 'wx');
    try {
      // The file's own permissions, whatever the umask.
      fchmodSync(fd, stat.mode & 0o7777);
      writeFileSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    return null;
  } catch (error) {
    if (temp) rmSync(temp, { force: true });
    return describeError(error);
  }
}
