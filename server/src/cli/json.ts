import type { CliCommand } from './command';
import { analyseFiles, parseOptions } from './analyse';
import { toJson } from '../core/json';
import { MAX_SIZE_OPTION, UNREADABLE_EXIT } from './options';
import { LIBRARY_OPTION, LIBRARY_VALUE, withLibrary } from './library-citations';

export const jsonCommand: CliCommand = {
  name: 'json',
  summary: 'print the document model as JSON: an array with one object per file (docs/model.md)',
  operands: '[options] <files or folders…>',
  options: [MAX_SIZE_OPTION, LIBRARY_OPTION],
  exitCodes: ['0  every file was read', UNREADABLE_EXIT],
  async run(args, io) {
    const options = parseOptions(args, 'json', [], LIBRARY_VALUE);
    const json: unknown[] = [];
    const ok = await analyseFiles(options, io, ({ file, doc, diagnostics, cited }) => {
      const model = toJson(file, doc, diagnostics);
      json.push(cited ? withLibrary(model, cited, io.cwd) : model);
    });
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return ok ? 0 : 2;
  },
};
