import type { CliCommand } from './command';
import { analyseFiles, formatDiagnostic, parseOptions } from './analyse';
import { toJson } from '../core/json';
import { summaryRow, summaryTable, type SummaryRow } from './summary';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'print diagnostics as file:line:col severity code message; exit 1 when there are errors; --summary: one row per document and totals',
  async run(args, io) {
    const options = parseOptions(args, 'text', ['--summary']);
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
      else if (options.format === 'json') json.push({ file, diagnostics: toJson(file, doc, diagnostics).diagnostics });
      else for (const d of diagnostics) io.stdout(`${formatDiagnostic(file, d)}\n`);
    });
    if (summary) io.stdout(options.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : summaryTable(rows));
    else if (options.format === 'json') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    else io.stdout(`${files} files checked: ${errors} errors, ${warnings} warnings\n`);
    if (!ok) return 2;
    return errors > 0 ? 1 : 0;
  },
};
