// `resolution export --to docx|html|pdf|akn [-o out] [--force] <file>`. Text formats go
// to standard output unless -o is given; binary ones to -o (never to standard output), else beside the input
// (A_RES_73_266.txt → A_RES_73_266.docx). An existing file is never overwritten
// without --force. A document with diagnostics still exports; they are summed up on
// standard error.
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkDocument } from '../core/check';
import { DEFAULT_MAX_BYTES } from '../core/input';
import { parse } from '../core/parser';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../export/format-names';
import { UsageError, type CliCommand } from './command';
import { displayPath, readTextFile } from './files';
import { describeError } from '../system-error';
import { FORCE_OPTION } from './options';

interface ExportOptions {
  format: ExportFormat;
  output: string | null;
  force: boolean;
  file: string;
}

function parseExportOptions(args: string[]): ExportOptions {
  let format: ExportFormat | null = null;
  let output: string | null = null;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--to') {
      const value = args[++i] ?? '';
      if (!isExportFormat(value)) throw new UsageError(`--to takes ${Object.keys(EXPORT_FORMATS).join(', ')}`);
      format = value;
    } else if (arg === '-o' || arg === '--output') {
      output = args[++i] ?? null;
      if (!output) throw new UsageError(`${arg} takes a file name (or - for standard output)`);
    } else if (arg === '--force') {
      force = true;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      files.push(arg);
    }
  }
  if (!format) throw new UsageError('export needs --to docx|html|pdf|akn');
  if (files.length !== 1) throw new UsageError('export takes exactly one file');
  return { format, output, force, file: files[0] };
}

/** Where a binary export goes when no -o is given: beside the input, named after it. */
function defaultOutput(file: string, format: ExportFormat): string {
  const stem = basename(file).replace(/\.(txt|md|markdown)$/i, '');
  return join(dirname(file), `${stem}${EXPORT_FORMATS[format].extension}`);
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export one document to Word, HTML, PDF or Akoma Ntoso',
  operands: '--to FORMAT [options] <file>',
  options: [
    { flags: `--to ${Object.keys(EXPORT_FORMATS).join('|')}`, description: 'the format (required)' },
    {
      flags: '-o, --output FILE',
      description: 'where to write; - for standard output (text formats only). Default: standard output for html and akn, beside the input for docx and pdf',
    },
    FORCE_OPTION,
  ],
  exitCodes: [
    '0  exported (diagnostics are summed up on standard error but do not change it)',
    '2  bad usage, the file could not be read, or FILE exists without --force or could not be written',
  ],
  async run(args, io) {
    const options = parseExportOptions(args);
    const path = resolve(io.cwd, options.file);
    const input = await readTextFile(path, DEFAULT_MAX_BYTES);
    if (!input.ok) {
      io.stderr(`resolution export: cannot export ${options.file}: ${input.reason}\n`);
      return 2;
    }
    const doc = parse(input.text);
    const { diagnostics } = checkDocument(doc, { text: input.text });
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (diagnostics.length > 0) {
      io.stderr(
        `resolution export: ${options.file} has ${errors} errors and ${diagnostics.length - errors} other diagnostics (see \`resolution check\`); exported as read\n`,
      );
    }
    // Loaded on demand: the Word and PDF engines are large, and the other commands never need them.
    const { buildView } = await import('../export/view');
    const { exportView } = await import('../export/formats');
    const data = await exportView(buildView(doc, input.text, options.file), options.format);
    const binary = EXPORT_FORMATS[options.format].binary;
    const output = options.output ?? (binary ? defaultOutput(options.file, options.format) : '-');
    if (output === '-') {
      if (typeof data !== 'string') throw new UsageError(`${options.format} is binary: write it to a file with -o`);
      io.stdout(data);
      return 0;
    }
    const target = resolve(io.cwd, output);
    try {
      // "wx" fails if the file exists, without a race between checking and writing.
      writeFileSync(target, data, { flag: options.force ? 'w' : 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        io.stderr(`resolution export: ${displayPath(target, io.cwd)} already exists; not overwritten (add --force to replace it)\n`);
      } else {
        io.stderr(`resolution export: cannot write ${displayPath(target, io.cwd)}: ${describeError(error)}\n`);
      }
      return 2;
    }
    io.stderr(`resolution export: wrote ${displayPath(target, io.cwd)} (${EXPORT_FORMATS[options.format].label})\n`);
    return 0;
  },
};
