// Bundles the extension client, the language server and the CLI into dist/.
// Runtime dependencies are bundled, so the packaged extension needs no node_modules.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const entries = [
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'server/src/server.ts', out: 'server' },
  { in: 'server/src/cli.ts', out: 'cli' },
];

const options = {
  entryPoints: entries.filter((e) => existsSync(e.in)),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: 'dist',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

function existsSync(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
import { statSync } from 'node:fs';

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
