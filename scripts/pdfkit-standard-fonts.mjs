// esbuild plugin: PDFKit loads its standard fonts (Times, Helvetica) through a require()
// created from import.meta.url, which esbuild cannot follow and which points into
// node_modules at run time. Rewritten as plain requires of the package's exported font
// modules, the fonts are bundled and dist/ runs without node_modules.
import { readFile } from 'node:fs/promises';

const FONT_LOADER = /\brequire\$\d*\('#standard-fonts\/(\w+)'\)/g;

export const pdfkitStandardFonts = {
  name: 'pdfkit-standard-fonts',
  setup(build) {
    build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes("require$1('#standard-fonts/"))
        throw new Error('pdfkit-standard-fonts: PDFKit no longer loads its fonts as expected; update this plugin');
      const contents = source
        .replace(FONT_LOADER, "require('pdfkit/standard-fonts/$1')")
        // The bundle is CommonJS: import.meta.url is empty there; PDFKit only resolves files with it.
        .replace(/\bimport\.meta\.url\b/g, "require('node:url').pathToFileURL(__filename).href");
      return { contents, loader: 'js' };
    });
  },
};
