// Bundles the CLI, the language server and the extension client
// into dist/. Runtime dependencies are bundled, so the package needs no node_modules.
import * as esbuild from 'esbuild';
import { pdfkitStandardFonts } from './scripts/pdfkit-standard-fonts.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const options = {
  entryPoints: [
    { in: 'server/src/cli/main.ts', out: 'cli' },
    { in: 'server/src/server.ts', out: 'server' },
    // The workspace scan's worker thread: dist/server.js starts it from beside itself.
    { in: 'server/src/lsp/index-worker.ts', out: 'index-worker' },
    // The PDF reader's worker thread, started from beside the CLI and the server.
    { in: 'server/src/pdf/pdf-worker.ts', out: 'pdf-worker' },
    { in: 'client/src/extension.ts', out: 'client' },
  ],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: 'dist',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [pdfkitStandardFonts],
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
