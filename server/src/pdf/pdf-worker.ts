// The PDF reader's worker thread (bundled as dist/pdf-worker.js): reads one PDF at a
// time with pdf.js and answers with the document in the clean shape (as `resolution
// import` writes it) or the reason it cannot be read. It runs
// apart so a hostile file can be stopped (the thread is terminated) and the caller's
// thread stays free while pdf.js works.
import { parentPort } from 'node:worker_threads';
import { readPdfAsCleanText } from './clean-pdf-text';
import type { PdfReadRequest, PdfReadReply } from './pdf-thread-protocol';

parentPort?.on('message', async ({ id, bytes }: PdfReadRequest) => {
  parentPort!.postMessage({ id, result: await readPdfAsCleanText(bytes) } satisfies PdfReadReply);
});
