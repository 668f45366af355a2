import type { CliCommand } from './command';
import { analyseFiles, parseOptions } from './analyse';
import { toJson } from '../core/json';

export const jsonCommand: CliCommand = {
  name: 'json',
  summary: 'print the document model as JSON: an array with one object per file (see README, "JSON output")',
  async run(args, io) {
    const options = parseOptions(args, 'json');
    const json: unknown[] = [];
    const ok = await analyseFiles(options, io, ({ file, doc, diagnostics }) => json.push(toJson(file, doc, diagnostics)));
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return ok ? 0 : 2;
  },
};
