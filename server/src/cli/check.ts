import type { CliCommand } from './command';
import { analyseFiles, formatDiagnostic, parseOptions } from './analyse';
import { diagnosticsJson } from '../core/json';
import { summaryRow, summaryTable, type SummaryRow } from './summary';
import { FORMAT_OPTION, MAX_SIZE_OPTION, UNREADABLE_EXIT } from './options';
import { counted } from '../core/plural';
import { LIBRARY_OPTION, LIBRARY_VALUE } from './library-citations';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'print diagnostics as file:line:col severity code message',
  operands: '[options] <files or folders…>',
  options: [
    { flags: '--summary', description: 'one row per document (what was read, what was found) and the totals, instead of each diagnostic' },
    FORMAT_OPTION,
    MAX_SIZE_OPTION,
    LIBRARY_OPTION,
  ],
  exitCodes: ['0  no errors (warnings and hints allowed)', '1  at least one error', UNREADABLE_EXIT],
  async run(args, io) {
    const options = parseOptions(args, 'text', ['--summary'], LIBRARY_VALUE);
    const summary = options.flags.has('--summary');
    const rows: SummaryRow[] = [];
    const json: unknown[] = [];
    let files = 0;
    let errors = 0;
    let warnings = 0;
    const ok = await analyseFiles(options, io, ({ file, doc, diagnostics }) => {
      files++;
      errors += diagnostics.filter((d) => d.severity === 'error').length;
      warnings += diagnostics.filter((d) => d.severity === 'warning').length;
      if (summary) rows.push(summaryRow(file, doc, diagnostics));
      else if (options.format === 'json') json.push({ file, diagnostics: diagnosticsJson(diagnostics) });
      else for (const d of diagnostics) io.stdout(`${formatDiagnostic(file, d)}\n`);
    });
    if (summary) io.stdout(options.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : summaryTable(rows));
    else if (options.format === 'json') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    else io.stdout(`${counted(files, 'file')} checked: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}\n`);
    if (!ok) return 2;
    return errors > 0 ? 1 : 0;
  },
};
