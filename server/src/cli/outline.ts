import { documentSymbol, toJson } from '../core/json';
import { outlineText } from '../core/outline';
import type { CliCommand } from './command';
import { analyseFiles, formatDiagnostic, parseOptions } from './analyse';
import { FORMAT_OPTION, MAX_SIZE_OPTION, UNREADABLE_EXIT } from './options';
import { LIBRARY_OPTION, LIBRARY_VALUE, libraryOutline, withLibrary } from './library-citations';

export const outlineCommand: CliCommand = {
  name: 'outline',
  summary: "print each document's structure (header, title, preamble, operative tree, footnotes) and diagnostics",
  operands: '[options] <files or folders…>',
  options: [FORMAT_OPTION, MAX_SIZE_OPTION, LIBRARY_OPTION],
  exitCodes: ['0  every file was read (diagnostics do not change it)', UNREADABLE_EXIT],
  async run(args, io) {
    const options = parseOptions(args, 'text', [], LIBRARY_VALUE);
    const json: unknown[] = [];
    const ok = await analyseFiles(options, io, ({ file, doc, diagnostics, cited }) => {
      if (options.format === 'json') {
        const model = toJson(file, doc, diagnostics);
        json.push(cited ? withLibrary(model, cited, io.cwd) : model);
        return;
      }
      const lines = [...outlineText(doc, documentSymbol(doc, file)), ...(cited ? libraryOutline(doc, cited) : [])];
      io.stdout(`${file}\n${lines.join('\n')}\n`);
      io.stdout(
        diagnostics.length === 0
          ? '  Diagnostics: none\n'
          : `  Diagnostics (${diagnostics.length})\n${diagnostics.map((d) => `    ${formatDiagnostic(file, d)}`).join('\n')}\n`,
      );
      io.stdout('\n');
    });
    if (options.format === 'json') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return ok ? 0 : 2;
  },
};
