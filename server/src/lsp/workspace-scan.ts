// Finds the resolutions in the workspace folders: files matched by the include globs
// and not by the exclude globs, no symlink leaving the folder, within the analysis
// limits, and whose text looks like a resolution. Yields to the event loop as it goes
// so requests are answered while a large workspace is scanned. The same checks decide
// whether a file named by a file event may be read at all.
import { promises as fs, readFileSync, stat as statWithCallback, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { looksLikeResolution } from '../core/detect';
import { limitExceeded, type AnalysisLimits } from './limits';
import type { IndexEntry } from '../core/workspace-index';
import type { IndexWorkerPool } from './index-worker-pool';

export interface ScanOptions {
  include: string[];
  exclude: string[];
  limits: AnalysisLimits;
  /** Called with files seen so far; return false to stop. */
  onProgress?: (seen: number) => boolean | void;
  /** Asked before a file is read; true skips it (the index already holds its entry). */
  unchanged?: (path: string, size: number, mtimeMs: number) => boolean;
  /** Workers that read and parse the files (the scan then yields their entries); without, the scan yields texts. */
  workers?: IndexWorkerPool | null;
  /** Every file the globs take is a document, whatever it looks like (the library's texts, checked when they were written). */
  allDocuments?: boolean;
}

export interface FoundFile {
  path: string;
  text: string;
  size: number;
  mtimeMs: number;
}

/** A file an index worker read and summarised. */
export interface IndexedFile {
  path: string;
  entry: IndexEntry;
  size: number;
  mtimeMs: number;
}

/** A file to read: found, stat'ed, within the size limit and not known unchanged. */
interface Candidate {
  path: string;
  rel: string;
  size: number;
  mtimeMs: number;
}

const EXPLICIT_NAME = /\.(?:res|resolution)\.(?:txt|md)$/i;

interface Globs {
  included: (rel: string) => boolean;
  excluded: (rel: string) => boolean;
}

/** The include and exclude globs as matchers of a '/'-separated path relative to a workspace folder. */
export function globs(options: Pick<ScanOptions, 'include' | 'exclude'>): Globs {
  const include = picomatch(options.include, { dot: false });
  const exclude = picomatch(options.exclude, { dot: true });
  return { included: (rel) => include(rel), excluded: (rel) => exclude(rel) || exclude(`${rel}/`) };
}

/** Whether a real path lies inside the real folder `root`. */
function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + sep);
}

/** Files stat'ed and read at once: the file system works on several while the server waits. */
const BATCH = 50;

/**
 * The resolutions in `folder`: their texts, or with `options.workers` their entries.
 * Worker batches run ahead of what was yielded (two per worker), so the workers never
 * wait for the consumer; a batch a worker failed on is read here instead.
 */
export async function* scanFolder(folder: string, options: ScanOptions): AsyncGenerator<FoundFile | IndexedFile> {
  const { included, excluded } = globs(options);
  const root = await fs.realpath(folder);
  const { limits, unchanged, workers, allDocuments = false } = options;
  const ahead: Array<Promise<Array<FoundFile | IndexedFile>>> = [];
  // Each folder with its path relative to the root, '/'-separated as the globs want it (path.relative per file is slow).
  const pending: Array<{ dir: string; relDir: string }> = [{ dir: root, relDir: '' }];
  let seen = 0;
  while (pending.length > 0) {
    const { dir, relDir } = pending.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    const stats: Array<() => Promise<Candidate | null>> = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = dir.endsWith(sep) ? `${dir}${entry.name}` : `${dir}${sep}${entry.name}`;
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (excluded(rel)) continue;
      if (entry.isSymbolicLink()) {
        // Follow a link to a file only when it stays inside the workspace folder; never a link to a folder.
        stats.push(async () => {
          const target = await fs.realpath(path).catch(() => null);
          if (!target || !inside(root, target)) return null;
          const stat = await fs.stat(target).catch(() => null);
          return stat?.isFile() && included(rel) ? candidate(path, rel, limits, unchanged) : null;
        });
        continue;
      }
      if (entry.isDirectory()) {
        pending.push({ dir: path, relDir: rel });
        continue;
      }
      if (!entry.isFile() || !included(rel)) continue;
      stats.push(() => candidate(path, rel, limits, unchanged));
    }
    for (let start = 0; start < stats.length; start += BATCH) {
      const batch = stats.slice(start, start + BATCH);
      seen += batch.length;
      if (options.onProgress?.(seen) === false) return;
      // Yield to the event loop between batches so requests are answered during a long scan.
      await new Promise((resolve) => setImmediate(resolve));
      const found = (await Promise.all(batch.map((stat) => stat()))).filter((file): file is Candidate => file !== null);
      if (!workers || workers.size === 0) {
        for (const file of await Promise.all(found.map((file) => readCandidate(file, limits, allDocuments)))) if (file) yield file;
        continue;
      }
      ahead.push(indexInWorker(found, limits, allDocuments, workers));
      while (ahead.length > workers.size * 2) yield* await ahead.shift()!;
    }
  }
  while (ahead.length > 0) yield* await ahead.shift()!;
  options.onProgress?.(seen);
}

/** The entries a worker made of `files`; those it could not index, or all when it failed, read here. */
async function indexInWorker(
  files: Candidate[],
  limits: AnalysisLimits,
  allDocuments: boolean,
  workers: IndexWorkerPool,
): Promise<Array<FoundFile | IndexedFile>> {
  if (files.length === 0) return [];
  const results = await workers
    .run(
      files.map(({ path, rel }) => ({ path, rel })),
      limits,
      allDocuments,
    )
    .catch(() => null);
  const out = await Promise.all(
    files.map((file, i) => {
      const result = results ? results[i] : 'failed';
      if (result === 'failed') return readCandidate(file, limits, allDocuments);
      return result && { path: file.path, entry: result, size: file.size, mtimeMs: file.mtimeMs };
    }),
  );
  return out.filter((file): file is FoundFile | IndexedFile => file !== null);
}

/**
 * Reads `path` as the scan would, when it lies in one of `folders` (symlinks resolved),
 * its path there passes the globs (every folder on the way included) and it is a
 * resolution within the limits; else null, without reading it.
 */
export async function readWorkspaceFile(path: string, folders: readonly string[], options: ScanOptions): Promise<FoundFile | null> {
  const { included, excluded } = globs(options);
  const target = await fs.realpath(path).catch(() => null);
  if (!target) return null;
  for (const folder of folders) {
    const rel = relative(folder, path).split(sep).join('/');
    if (rel === '' || rel.startsWith('../') || isAbsolute(rel)) continue;
    const root = await fs.realpath(folder).catch(() => null);
    if (!root || !inside(root, target)) continue;
    const steps = rel.split('/');
    if (steps.some((_, i) => excluded(steps.slice(0, i + 1).join('/'))) || !included(rel)) continue;
    return readResolutionFile(path, rel, options.limits, options.unchanged);
  }
  return null;
}

/** fs.stat without the promise API's wrapping: a warm start stats every file, and this costs a third less. */
function statOf(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => statWithCallback(path, (error, stats) => (error ? reject(error) : resolve(stats))));
}

/** `path` stat'ed, when it is not empty, within the size limit and not known unchanged; else null. */
async function candidate(path: string, rel: string, limits: AnalysisLimits, unchanged?: ScanOptions['unchanged']): Promise<Candidate | null> {
  try {
    const stat = await statOf(path);
    if (stat.size > limits.maxBytes || stat.size === 0 || unchanged?.(path, stat.size, stat.mtimeMs)) return null;
    return { path, rel, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}

async function readCandidate(file: Candidate, limits: AnalysisLimits, allDocuments = false): Promise<FoundFile | null> {
  const text = await readResolutionText(file.path, file.rel, limits, allDocuments);
  return text === null ? null : { path: file.path, text, size: file.size, mtimeMs: file.mtimeMs };
}

async function readResolutionFile(path: string, rel: string, limits: AnalysisLimits, unchanged?: ScanOptions['unchanged']): Promise<FoundFile | null> {
  const file = await candidate(path, rel, limits, unchanged);
  return file && readCandidate(file, limits);
}

/** The text of `path` when it is no binary, within the limits and a resolution (by name or look, unless `allDocuments`); else null. */
async function readResolutionText(path: string, rel: string, limits: AnalysisLimits, allDocuments: boolean): Promise<string | null> {
  const bytes = await fs.readFile(path).catch(() => null);
  return bytes && resolutionText(bytes, rel, limits, allDocuments);
}

/** readResolutionText for a thread that may block on the disk (an index worker): one call instead of four round trips through the thread pool. */
export function readResolutionTextSync(path: string, rel: string, limits: AnalysisLimits, allDocuments = false): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return resolutionText(bytes, rel, limits, allDocuments);
}

/** The text of a file's `bytes` when it is no binary, within the limits and a resolution (by name `rel` or look, unless `allDocuments`); else null. */
export function resolutionText(bytes: Buffer, rel: string, limits: AnalysisLimits, allDocuments = false): string | null {
  try {
    if (bytes.length > limits.maxBytes || bytes.subarray(0, 8192).includes(0)) return null;
    const text = new TextDecoder('utf-8').decode(bytes);
    if (limitExceeded(text, limits)) return null;
    return allDocuments || EXPLICIT_NAME.test(rel) || looksLikeResolution(text) ? text : null;
  } catch {
    return null;
  }
}
