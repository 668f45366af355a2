// Worker threads that read and parse the files of a workspace scan (index-worker.ts),
// so a cold index uses every core and the main thread stays free for requests.
// Each worker takes one batch at a time; a worker that fails or exits rejects its
// batch and leaves the pool (the scan then indexes that batch on the main thread), so
// no file is lost. Without a worker file (a test build) there is no pool.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisLimits } from './limits';
import type { IndexBatch, IndexBatchResult, IndexedResult } from './index-worker-protocol';

/** More workers than this gain little on a scan that also waits for the disk. */
const MAX_WORKERS = 4;

/**
 * Workers for the `unResolution.index.workers` setting: null, one per core; 0, none. The main
 * thread only hands out batches and files their entries, so it needs no core of its own: on
 * two cores, 10,000 documents took 6.8 s with two workers, 8.4 s with one, 7.1 s with none.
 */
export function workerCount(setting: number | null): number {
  if (setting !== null) return Math.max(0, Math.min(MAX_WORKERS * 2, Math.floor(setting)));
  return Math.min(MAX_WORKERS, availableParallelism());
}

/**
 * The worker's file beside this code: dist/index-worker.js in the bundle; under tsx
 * (tests, bench) the source, which the worker loads through tsx as this process does.
 */
export function defaultWorkerFile(): string | null {
  for (const name of ['index-worker.js', 'index-worker.ts']) {
    const file = join(__dirname, name);
    if (existsSync(file)) return file;
  }
  return null;
}

interface Job {
  batch: IndexBatch;
  resolve: (results: IndexedResult[]) => void;
  reject: (error: Error) => void;
}

export class IndexWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  private constructor(private readonly log: (message: string) => void) {}

  /** A pool of `size` workers running `file`; null (logged) when there is no such file or no worker starts. */
  static start(size: number, log: (message: string) => void, file = defaultWorkerFile()): IndexWorkerPool | null {
    if (size <= 0) return null;
    if (!file || !existsSync(file)) {
      log(`Index worker ${file ?? 'index-worker.js'} not found: the workspace is indexed on the main thread.`);
      return null;
    }
    const pool = new IndexWorkerPool(log);
    // A TypeScript worker (tests, bench) loads through tsx as this process does.
    const execArgv = file.endsWith('.ts') ? [...process.execArgv, '--require', 'tsx/cjs'] : undefined;
    for (let i = 0; i < size; i++) {
      try {
        pool.add(new Worker(file, { execArgv }));
      } catch (error) {
        log(`Could not start an index worker (${message(error)}): the workspace is indexed on the main thread.`);
        break;
      }
    }
    return pool.size > 0 ? pool : null;
  }

  /** Workers still working. */
  get size(): number {
    return this.idle.length + this.busy.size;
  }

  /** The entries of `files`, in their order; rejects when the worker failed (or none is left). */
  run(files: IndexBatch['files'], limits: AnalysisLimits, allDocuments = false): Promise<IndexedResult[]> {
    return new Promise((resolve, reject) => {
      if (this.closed || this.size === 0) return reject(new Error('no index worker left'));
      this.queue.push({ batch: { id: this.nextId++, limits, files, allDocuments }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; batches not answered yet are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    this.fail(new Error('index workers closed'));
    await Promise.all(workers.map((worker) => worker.terminate().catch(() => undefined)));
  }

  private add(worker: Worker): void {
    this.idle.push(worker);
    worker.on('message', (answer: IndexBatchResult) => {
      const job = this.busy.get(worker);
      if (!job || job.batch.id !== answer.id) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      job.resolve(answer.results);
      this.dispatch();
    });
    worker.on('error', (error) => this.drop(worker, `failed (${message(error)})`));
    worker.on('exit', (code) => this.drop(worker, `exited (code ${code})`));
  }

  /** Takes a failed worker out; its batch, and every batch when none is left, is rejected. */
  private drop(worker: Worker, what: string): void {
    const job = this.busy.get(worker);
    const index = this.idle.indexOf(worker);
    if (!job && index < 0) return;
    if (index >= 0) this.idle.splice(index, 1);
    this.busy.delete(worker);
    if (this.closed) return;
    this.log(`An index worker ${what}: its files are indexed on the main thread.`);
    void worker.terminate().catch(() => undefined);
    job?.reject(new Error(`index worker ${what}`));
    if (this.size === 0) this.fail(new Error('no index worker left'));
  }

  private fail(error: Error): void {
    for (const job of this.queue.splice(0)) job.reject(error);
    for (const job of this.busy.values()) job.reject(error);
    this.busy.clear();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage(job.batch);
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
