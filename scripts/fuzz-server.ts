// The long fuzz of the language server (server/test/protocol-fuzz.ts) from the command
// line: `npm run fuzz -- --edits 100000 [--seed 6]`. Prints progress every thousand
// edits and the result; exits 1 when anything went wrong. `npm run fuzz -- perturb …`
// runs the shape perturbations instead (fuzz-perturb.ts).
import { parseArgs } from 'node:util';
import { fuzzServer, type FuzzResult } from '../server/test/protocol-fuzz';
import { fuzzPerturbations } from './fuzz-perturb';

if (process.argv[2] === 'perturb') process.exit(fuzzPerturbations(process.argv.slice(3)));

const { values } = parseArgs({ options: { edits: { type: 'string', default: '100000' }, seed: { type: 'string', default: '6' } } });
const edits = Number(values.edits);
const seed = Number(values.seed);
if (!Number.isInteger(edits) || edits <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--edits N] [--seed S]');
  process.exit(2);
}

const line = (r: FuzzResult) =>
  `${r.edits} edits, ${r.requests} requests (${r.cancelled} cancelled), ${r.diagnostics} diagnostics, ${(r.milliseconds / 1000).toFixed(1)} s, ${r.problems.length} errors`;

void fuzzServer({ edits, seed, onProgress: (r) => console.log(line(r)) }).then((result) => {
  console.log(`${line(result)}, peak RSS ${result.maxRssMB ?? '?'} MB (seed ${seed})`);
  for (const problem of result.problems) console.log(`  ${problem}`);
  process.exit(result.problems.length === 0 ? 0 : 1);
});
