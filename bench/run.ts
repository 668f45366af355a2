// `npm run bench [-- --smoke] [-- --only server] [-- --out FILE]`: runs the bench, prints the
// table and writes the results as JSON (bench/results.json; a smoke run or a part run alone
// writes only with --out). `--only server` runs the server's document part alone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBench } from './bench';
import { formatReport, targets } from './report';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
  if (only !== null && only !== 'server') throw new Error(`--only takes "server", not ${only}`);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : smoke || only ? null : join(__dirname, 'results.json');
  const results = await runBench(smoke, (step) => process.stderr.write(`… ${step}\n`), only);
  console.log(formatReport(results));
  if (out) writeFileSync(out, `${JSON.stringify({ ...results, targets: targets(results) }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
