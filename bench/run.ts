// `npm run bench [-- --smoke] [-- --only core|parse|server] [-- --out FILE]`: runs the bench,
// prints the tables and writes the results as JSON (bench/results.json; a smoke run or a part
// run alone writes only with --out). A full run also writes its figures into docs/performance.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBench, type BenchPart } from './bench';
import { formatReport, targets } from './report';
import { writePerformanceDoc } from './performance-doc';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const onlyAt = args.indexOf('--only');
  const part: BenchPart = onlyAt >= 0 ? (args[onlyAt + 1] as BenchPart) : 'all';
  if (!['all', 'core', 'parse', 'server'].includes(part)) throw new Error(`--only takes core, parse or server, not ${args[onlyAt + 1]}`);
  const outAt = args.indexOf('--out');
  const full = !smoke && part === 'all';
  const out = outAt >= 0 ? args[outAt + 1] : full ? join(__dirname, 'results.json') : null;
  const results = await runBench(smoke, (step) => process.stderr.write(`… ${step}\n`), part);
  console.log(formatReport(results));
  if (out) writeFileSync(out, `${JSON.stringify({ ...results, targets: targets(results) }, null, 2)}\n`);
  if (full) writePerformanceDoc(results);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
