// The workspace index persisted between sessions, in the directory the client gives
// (the extension's storage). Each file's entry is kept with the size and mtime it was
// read at; at start a file whose size and mtime still match is not read again. An
// mtime within MTIME_SLACK_MS of the moment the file was read cannot prove the file
// unchanged (coarse file-system clocks), so such a file is read and its fingerprint
// (a content hash) decides: an equal fingerprint keeps the cached entry without a parse.
// A missing, foreign or corrupt cache file is ignored. The file is read and written in
// one go, in the compact format of index-cache-format.ts.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { IndexEntry } from '../core/workspace-index';
import { decodeFiles, encodeFiles, type FileRecord } from './index-cache-format';

export const CACHE_FILE = 'index-cache.json';
/** The coarsest mtime resolution in use (FAT: 2 s). */
const MTIME_SLACK_MS = 2000;

export class IndexCache {
  /** Whether the files differ from what the cache file holds. */
  private changed = false;

  private constructor(
    private readonly path: string | null,
    private readonly build: string,
    private readonly files: Map<string, FileRecord>,
  ) {}

  /**
   * The cache in `dir` (none when `dir` is null: nothing is loaded or saved). `build`
   * names this build of the server: entries another build made (before an upgrade, when
   * the parser read documents differently) are not trusted.
   */
  static async open(dir: string | null, log: (message: string) => void, build = ''): Promise<IndexCache> {
    if (!dir) return new IndexCache(null, build, new Map());
    const path = join(dir, CACHE_FILE);
    const raw = await fs.readFile(path, 'utf8').catch(() => null);
    if (raw === null) return new IndexCache(path, build, new Map());
    try {
      return new IndexCache(path, build, decodeFiles(raw, build));
    } catch (error) {
      log(`Index cache ${path} ignored (${error instanceof Error ? error.message : String(error)}); the workspace is indexed afresh.`);
      return new IndexCache(path, build, new Map());
    }
  }

  get size(): number {
    return this.files.size;
  }

  /** The entry read from `path` when its size and mtime prove it unchanged since; null: read the file. */
  reusable(path: string, size: number, mtimeMs: number): IndexEntry | null {
    const record = this.files.get(path);
    if (!record || record.size !== size || record.mtimeMs !== mtimeMs) return null;
    return mtimeMs < record.readAt - MTIME_SLACK_MS ? record.entry : null;
  }

  /** The entry last made from `path`, whatever its size and mtime: its fingerprint tells whether the text changed. */
  previous(path: string): IndexEntry | null {
    return this.files.get(path)?.entry ?? null;
  }

  /** Remembers the entry made from `path` as it was just read. */
  record(path: string, size: number, mtimeMs: number, entry: IndexEntry): void {
    this.files.set(path, { size, mtimeMs, readAt: Date.now(), entry });
    this.changed = true;
  }

  /** Forgets files the last scan did not find; returns the URIs of their entries. */
  keepOnly(paths: ReadonlySet<string>): string[] {
    const gone: string[] = [];
    for (const [path, record] of this.files) {
      if (paths.has(path)) continue;
      this.files.delete(path);
      this.changed = true;
      gone.push(record.entry.uri);
    }
    return gone;
  }

  /** Writes the cache when it changed (to a temporary file renamed over the old one: never half a file). */
  async save(): Promise<void> {
    if (!this.path || !this.changed) return;
    const temporary = `${this.path}.${process.pid}.tmp`;
    await fs.mkdir(join(this.path, '..'), { recursive: true });
    await fs.writeFile(temporary, encodeFiles(this.files, this.build));
    await fs.rename(temporary, this.path);
    this.changed = false;
  }
}
