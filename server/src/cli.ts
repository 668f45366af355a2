#!/usr/bin/env node
// `resolution outline|check|json <files or folders…>`: the core's checks for scripts,
// CI and pre-commit hooks. Exit codes: 0 clean, 1 errors found (check), 2 bad usage
// or unreadable input.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from './core/parser';
import { checkDocument } from './core/check';
import { decodeInput, DEFAULT_MAX_BYTES } from './core/input';
import { documentSymbol, toJson } from './core/json';
import { outlineText } from './core/outline';
import type { Diagnostic } from './core/model';

const USAGE = `usage: resolution <command> [options] <files or folders…>

commands:
  outline   print each document's structure
  check     print diagnostics as file:line:col severity code message; exit 1 on errors
  json      print the document model as JSON (one object per file, in an array)

options:
  --format text|json   output format for outline and check (default text)
  --max-size <MB>      skip files larger than this (default ${DEFAULT_MAX_BYTES / 1048576})
  -h, --help           show this help

Folders are searched for .txt and .md files (node_modules and hidden folders skipped).`;

const TEXT_FILE = /\.(?:txt|md|markdown)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

function collectFiles(target: string, out: string[]): void {
  const stat = statSync(target);
  if (stat.isFile()) {
    out.push(target);
    return;
  }
  for (const entry of readdirSync(target).sort()) {
    if (entry.startsWith('.') || SKIPPED_FOLDERS.has(entry)) continue;
    const path = join(target, entry);
    const entryStat = statSync(path);
    if (entryStat.isDirectory()) collectFiles(path, out);
    else if (TEXT_FILE.test(entry)) out.push(path);
  }
}

interface Options {
  command: 'outline' | 'check' | 'json';
  format: 'text' | 'json';
  maxBytes: number;
  targets: string[];
}

function parseArguments(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') return USAGE;
  if (command !== 'outline' && command !== 'check' && command !== 'json') return `unknown command "${command}"\n\n${USAGE}`;
  const options: Options = { command, format: command === 'json' ? 'json' : 'text', maxBytes: DEFAULT_MAX_BYTES, targets: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '-h' || arg === '--help') return USAGE;
    if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'text' && value !== 'json') return `--format takes text or json`;
      options.format = value;
    } else if (arg === '--max-size') {
      const value = Number(rest[++i]);
      if (!Number.isFinite(value) || value <= 0) return `--max-size takes a number of megabytes`;
      options.maxBytes = value * 1048576;
    } else if (arg.startsWith('-')) {
      return `unknown option "${arg}"\n\n${USAGE}`;
    } else {
      options.targets.push(arg);
    }
  }
  if (options.targets.length === 0) return `no files or folders given\n\n${USAGE}`;
  return options;
}

function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`;
}

function main(argv: string[]): number {
  const options = parseArguments(argv);
  if (typeof options === 'string') {
    const isHelp = options === USAGE;
    (isHelp ? process.stdout : process.stderr).write(`${options}\n`);
    return isHelp ? 0 : 2;
  }
  const files: string[] = [];
  let failed = false;
  for (const target of options.targets) {
    try {
      collectFiles(target, files);
    } catch (error) {
      process.stderr.write(`resolution: cannot read ${target}: ${(error as NodeJS.ErrnoException).code ?? error}\n`);
      failed = true;
    }
  }
  const json: unknown[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const input = decodeInput(readFileSync(file), options.maxBytes);
    if (!input.ok) {
      process.stderr.write(`resolution: skipped ${shown}: ${input.reason}\n`);
      failed = true;
      continue;
    }
    const doc = parse(input.text);
    const { diagnostics, failures } = checkDocument(doc);
    for (const failure of failures) process.stderr.write(`resolution: rule ${failure.code} failed on ${shown}: ${failure.error}\n`);
    errors += diagnostics.filter((d) => d.severity === 'error').length;
    warnings += diagnostics.filter((d) => d.severity === 'warning').length;
    if (options.format === 'json') {
      json.push(options.command === 'check' ? { file: shown, diagnostics: toJson(shown, doc, diagnostics).diagnostics } : toJson(shown, doc, diagnostics));
      continue;
    }
    if (options.command === 'outline') {
      process.stdout.write(`${shown}\n${outlineText(doc, documentSymbol(doc, shown)).join('\n')}\n`);
      process.stdout.write(diagnostics.length === 0 ? '  Diagnostics: none\n' : `  Diagnostics (${diagnostics.length})\n${diagnostics.map((d) => `    ${formatDiagnostic(shown, d)}`).join('\n')}\n`);
      process.stdout.write('\n');
    } else {
      for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(shown, d)}\n`);
    }
  }
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else if (options.command === 'check') process.stdout.write(`${files.length} files checked: ${errors} errors, ${warnings} warnings\n`);
  if (failed) return 2;
  return options.command === 'check' && errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
