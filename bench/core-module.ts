// The core as the bench times it: bundled by esbuild as the product ships it (the bench
// runs under tsx, whose compiled sources run 20–30% slower), or the sources themselves
// when bundling fails. The report says which.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as sources from './core-entry';

export type Core = typeof sources;
export type CoreForm = 'esbuild bundle' | 'tsx sources';

export function loadCore(): { core: Core; form: CoreForm } {
  const dir = mkdtempSync(join(tmpdir(), 'un-resolution-bench-core-'));
  try {
    const outfile = join(dir, 'core.js');
    buildSync({
      entryPoints: [join(__dirname, 'core-entry.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return { core: require(outfile) as Core, form: 'esbuild bundle' };
  } catch {
    return { core: sources, form: 'tsx sources' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
