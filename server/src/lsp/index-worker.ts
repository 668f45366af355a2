// The index worker (a worker thread; bundled as dist/index-worker.js): reads and
// parses the files of a batch and answers with their index entries, which are plain
// values and cross threads by structured clone. A file it cannot index (its parse
// threw) is answered with 'failed' so the main thread tries it; a file that is no
// resolution, or cannot be read, is answered with null as the scan would.
import { parentPort } from 'node:worker_threads';
import { parse } from '../core/parser';
import { fingerprint, summarize } from '../core/workspace-index';
import { pathToUri } from './uris';
import { readResolutionTextSync } from './workspace-scan';
import type { IndexBatch, IndexBatchResult, IndexedResult } from './index-worker-protocol';

function indexFile(path: string, rel: string, { limits, allDocuments }: IndexBatch): IndexedResult {
  // Read synchronously: this thread has nothing else to do meanwhile.
  const text = readResolutionTextSync(path, rel, limits, allDocuments);
  if (text === null) return null;
  try {
    return summarize(pathToUri(path), parse(text), fingerprint(text));
  } catch {
    return 'failed';
  }
}

parentPort?.on('message', (batch: IndexBatch) => {
  const results = batch.files.map(({ path, rel }) => indexFile(path, rel, batch));
  parentPort!.postMessage({ id: batch.id, results } satisfies IndexBatchResult);
});
