// docs/performance.md's figures of the latest full run, written from the bench's results so
// that nobody copies them by hand: the block between the two markers is replaced whole.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults } from './bench';
import { formatReport } from './report';

export const PERFORMANCE_DOC = join(__dirname, '..', 'docs', 'performance.md');
export const START = '<!-- bench-results:start (written by `npm run bench` from bench/results.json; not edited by hand) -->';
export const END = '<!-- bench-results:end -->';

function resultsSection(results: BenchResults): string {
  const when = `${results.machine.date.slice(0, 10)} ${results.machine.date.slice(11, 16)} UTC`;
  return `Latest full run: ${when}.\n\n${formatReport(results)}`;
}

/** The document with its results block replaced; throws when a marker is missing. */
export function withResults(markdown: string, results: BenchResults): string {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the performance page has no results block (${START} … ${END})`);
  return `${markdown.slice(0, start + START.length)}\n${resultsSection(results)}\n${markdown.slice(end)}`;
}

export function writePerformanceDoc(results: BenchResults, path = PERFORMANCE_DOC): void {
  writeFileSync(path, withResults(readFileSync(path, 'utf8'), results));
}

// `npm run bench:docs`: the block written again from bench/results.json, without a new run.
if (require.main === module) writePerformanceDoc(JSON.parse(readFileSync(join(__dirname, 'results.json'), 'utf8')) as BenchResults);
