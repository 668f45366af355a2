// PDFs read in one worker thread (pdf-worker.ts), reused from file to file: the caller's
// thread stays free, and a file that keeps pdf.js busy past the time limit is stopped for
// certain by terminating the thread (a timer in the same thread cannot interrupt work that
// never yields). The next file gets a fresh thread. Without the worker file beside this
// code the PDF is read in this thread, bounded only by pdf.js's own time limits.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PdfTextResult } from './read-pdf';
import { readPdfAsCleanText } from './clean-pdf-text';
import type { PdfReadReply, PdfReadRequest } from './pdf-thread-protocol';

/** Longer than pdf.js's own limits in read-pdf.ts, so those give their message first. */
const PDF_THREAD_TIMEOUT_MS = 150_000;

interface Pending {
  resolve: (result: PdfTextResult) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();
/** Reads run one after another: a time limit then measures one file's work, not a queue's. */
let chain: Promise<unknown> = Promise.resolve();

/** dist/pdf-worker.js beside the bundle; under tsx (tests) the source, loaded through tsx. */
function workerFile(): string | null {
  for (const name of ['pdf-worker.js', 'pdf-worker.ts']) {
    const file = join(__dirname, name);
    if (existsSync(file)) return file;
  }
  return null;
}

function stopWorker(reason: string): void {
  const stopped = worker;
  worker = null;
  void stopped?.terminate();
  for (const [id, job] of pending) {
    clearTimeout(job.timer);
    pending.delete(id);
    job.resolve({ ok: false, reason });
  }
}

function startWorker(file: string): Worker {
  const execArgv = file.endsWith('.ts') ? [...process.execArgv, '--require', 'tsx/cjs'] : undefined;
  const started = new Worker(file, { execArgv });
  started.on('message', ({ id, result }: PdfReadReply) => {
    const job = pending.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    pending.delete(id);
    // An idle thread must not keep a command-line run alive.
    if (pending.size === 0) started.unref();
    job.resolve(result);
  });
  started.on('error', (error) => stopWorker(`the PDF reader failed: ${error.message}`));
  started.on('exit', (code) => {
    if (worker === started) stopWorker(`the PDF reader stopped (exit code ${code})`);
  });
  return started;
}

function readInWorker(file: string, bytes: Uint8Array, timeoutMs: number): Promise<PdfTextResult> {
  worker ??= startWorker(file);
  worker.ref();
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => stopWorker(`reading the PDF took longer than ${timeoutMs / 1000} s`), timeoutMs);
    pending.set(id, { resolve, timer });
    worker!.postMessage({ id, bytes } satisfies PdfReadRequest);
  });
}

/** The PDF in the clean shape, read in the worker thread, or the reason it cannot be. */
export function readPdfInThread(bytes: Uint8Array, timeoutMs = PDF_THREAD_TIMEOUT_MS): Promise<PdfTextResult> {
  const file = workerFile();
  const read = () => (file ? readInWorker(file, bytes, timeoutMs) : readPdfAsCleanText(bytes));
  const result = chain.then(read, read);
  chain = result;
  return result;
}
