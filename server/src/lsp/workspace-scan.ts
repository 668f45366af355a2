// Finds the resolutions in the workspace folders: files matched by the include globs
// and not by the exclude globs, no symlink leaving the folder, within the size limit,
// and whose text looks like a resolution. Yields to the event loop as it goes so
// requests are answered while a large workspace is scanned.
import { promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { looksLikeResolution } from '../core/detect';

export interface ScanOptions {
  include: string[];
  exclude: string[];
  maxBytes: number;
  /** Called with files seen so far; return false to stop. */
  onProgress?: (seen: number) => boolean | void;
}

export interface FoundFile {
  path: string;
  text: string;
}

const EXPLICIT_NAME = /\.(?:res|resolution)\.(?:txt|md)$/i;

export async function* scanFolder(folder: string, options: ScanOptions): AsyncGenerator<FoundFile> {
  const included = picomatch(options.include, { dot: false });
  const excluded = picomatch(options.exclude, { dot: true });
  const root = await fs.realpath(folder);
  const pending: string[] = [root];
  let seen = 0;
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (excluded(rel) || excluded(`${rel}/`)) continue;
      if (entry.isSymbolicLink()) {
        // Follow a link only when it stays inside the workspace folder.
        const target = await fs.realpath(path).catch(() => null);
        if (!target || !(target === root || target.startsWith(root + sep))) continue;
        const stat = await fs.stat(target).catch(() => null);
        if (stat?.isFile() && included(rel)) {
          const file = await readCandidate(path, options.maxBytes, rel);
          if (file) yield file;
        }
        continue;
      }
      if (entry.isDirectory()) {
        pending.push(path);
        continue;
      }
      if (!entry.isFile() || !included(rel)) continue;
      seen++;
      if (seen % 50 === 0) {
        if (options.onProgress?.(seen) === false) return;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const file = await readCandidate(path, options.maxBytes, rel);
      if (file) yield file;
    }
  }
  options.onProgress?.(seen);
}

async function readCandidate(path: string, maxBytes: number, rel: string): Promise<FoundFile | null> {
  try {
    const stat = await fs.stat(path);
    if (stat.size > maxBytes || stat.size === 0) return null;
    const bytes = await fs.readFile(path);
    if (bytes.subarray(0, 8192).includes(0)) return null;
    const text = new TextDecoder('utf-8').decode(bytes);
    return EXPLICIT_NAME.test(rel) || looksLikeResolution(text) ? { path, text } : null;
  } catch {
    return null;
  }
}
