// The long run of the shape perturbations (server/test/perturbation.test.ts):
// `npm run fuzz -- perturb [--variants 2000] [--seed 1] [--group page-breaks] [--source A_RES_78_83] [--failures 1] [--show]`.
// Runs every group (or one) over every clean source (or one) and prints the agreement per
// group and its first --failures failures in short; --show prints each failing variant's text
// and its whole difference, to replay a case.
import { parseArgs } from 'node:util';
import { GROUPS, kindsOf, variant } from '../server/test/perturb/apply';
import { shortDiff } from '../server/test/perturb/model';
import { prepare, runGroup, summaryLine } from '../server/test/perturb/run';
import { cleanSources } from '../server/test/perturb/sources';

export function fuzzPerturbations(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      variants: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      group: { type: 'string' },
      source: { type: 'string' },
      failures: { type: 'string', default: '1' },
      show: { type: 'boolean', default: false },
    },
  });
  const variants = Number(values.variants);
  const seed = Number(values.seed);
  const shown = Number(values.failures);
  const groups = values.group ? [values.group] : GROUPS;
  const sources = cleanSources()
    .filter((s) => !values.source || s.name === values.source)
    .map(prepare);
  if (
    !Number.isInteger(variants) ||
    variants <= 0 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(shown) ||
    sources.length === 0 ||
    !groups.every((g) => GROUPS.includes(g))
  ) {
    console.error(`usage: npm run fuzz -- perturb [--variants N] [--seed S] [--group ${GROUPS.join('|')}] [--source NAME] [--failures N] [--show]`);
    return 2;
  }
  let failing = 0;
  for (const group of groups) {
    const started = performance.now();
    const result = runGroup(group, sources, variants, seed, shown);
    failing += result.cases - result.agree;
    console.log(`${summaryLine(result)}  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    for (const failure of result.failures) {
      console.log(`  failure: --group ${group} --source ${failure.source} --seed ${failure.seed} (${failure.kinds.join(' + ')})`);
      if (values.show) {
        const source = sources.find((s) => s.source.name === failure.source)!;
        console.log(variant(source.source.text, source.facts, kindsOf(group, failure.seed), failure.seed));
        console.log(failure.error ?? failure.diff.lines.join('\n'));
      } else {
        for (const line of failure.error ? [failure.error] : shortDiff(failure.diff)) console.log(`    ${line}`);
      }
    }
  }
  console.log(`${failing} of ${variants * groups.length} variants differ from their source (seed ${seed})`);
  return failing === 0 ? 0 : 1;
}
