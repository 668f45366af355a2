// The workspace index persisted between sessions, in the directory the client gives
// (the extension's storage). Each file's entry is kept with the size and mtime it was
// read at; at start a file whose size and mtime still match is not read again. An
// mtime within MTIME_SLACK_MS of the moment the file was read cannot prove the file
// unchanged (coarse file-system clocks), so such a file is read and its fingerprint
// (a content hash) decides. A missing, foreign or corrupt cache file is ignored.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { IndexEntry } from '../core/workspace-index';

export const CACHE_FILE = 'index-cache.json';
const FORMAT = 1;
/** The coarsest mtime resolution in use (FAT: 2 s). */
const MTIME_SLACK_MS = 2000;

interface FileRecord {
  size: number;
  mtimeMs: number;
  /** When the file's text was read (or its fingerprint checked). */
  readAt: number;
  entry: IndexEntry;
}

interface CacheFile {
  format: number;
  files: Record<string, FileRecord>;
}

export class IndexCache {
  /** Whether the files differ from what the cache file holds. */
  private changed = false;

  private constructor(
    private readonly path: string | null,
    private readonly files: Map<string, FileRecord>,
  ) {}

  /** The cache in `dir` (none when `dir` is null: nothing is loaded or saved). */
  static async open(dir: string | null, log: (message: string) => void): Promise<IndexCache> {
    if (!dir) return new IndexCache(null, new Map());
    const path = join(dir, CACHE_FILE);
    const raw = await fs.readFile(path, 'utf8').catch(() => null);
    if (raw === null) return new IndexCache(path, new Map());
    try {
      const parsed = JSON.parse(raw) as CacheFile;
      if (parsed.format !== FORMAT || typeof parsed.files !== 'object' || parsed.files === null) throw new Error(`unknown format ${String(parsed.format)}`);
      return new IndexCache(path, new Map(Object.entries(parsed.files)));
    } catch (error) {
      log(`Index cache ${path} ignored (${error instanceof Error ? error.message : String(error)}); the workspace is indexed afresh.`);
      return new IndexCache(path, new Map());
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
    const content: CacheFile = { format: FORMAT, files: Object.fromEntries(this.files) };
    const temporary = `${this.path}.${process.pid}.tmp`;
    await fs.mkdir(join(this.path, '..'), { recursive: true });
    await fs.writeFile(temporary, JSON.stringify(content));
    await fs.rename(temporary, this.path);
    this.changed = false;
  }
}
