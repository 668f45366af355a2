// `resolution library list|add|remove`: the document library by hand — what it holds, PDFs
// added under their own symbol, documents removed. `resolution fetch` downloads into it.
import { resolve } from 'node:path';
import { defaultLibraryFolder, Library } from '../library/library';
import type { FetchOptions } from '../library/fetch-document';
import { LibraryError } from '../library/library-error';
import type { LibraryEntry } from '../library/library-folder';
import { counted } from '../core/plural';
import { UsageError, type CliCommand, type CliIo } from './command';
import { parseOptions, type AnalyseOptions } from './analyse';
import { displayPath, readBytes } from './files';
import { FORMAT_OPTION, LIBRARY_FOLDER_OPTION } from './options';
import { LIBRARY_VALUE } from './library-citations';

/** The library `--library DIR` names, else the user's. */
export function chosenLibrary(options: AnalyseOptions, io: CliIo, fetchOptions?: Partial<FetchOptions>): Library {
  const dir = options.values.get('--library');
  return new Library(dir === undefined ? defaultLibraryFolder() : resolve(io.cwd, dir), fetchOptions);
}

/** A document's files as the user should see them. */
export function entryFiles(entry: LibraryEntry, cwd: string): string {
  return [entry.pdfFile, entry.textFile]
    .filter((file): file is string => file !== null)
    .map((file) => displayPath(file, cwd))
    .join(', ');
}

export function entryJson(entry: LibraryEntry, cwd: string) {
  return {
    symbol: entry.symbol,
    title: entry.title,
    date: entry.date,
    pdf: entry.pdfFile && displayPath(entry.pdfFile, cwd),
    text: displayPath(entry.textFile, cwd),
  };
}

function printJson(entries: LibraryEntry[], io: CliIo): void {
  io.stdout(
    `${JSON.stringify(
      entries.map((entry) => entryJson(entry, io.cwd)),
      null,
      2,
    )}\n`,
  );
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  ')).join('\n');
}

async function list(library: Library, options: AnalyseOptions, io: CliIo): Promise<number> {
  if (options.targets.length > 0) throw new UsageError('list takes no symbols or files');
  const { documents, unreadable } = await library.list();
  for (const { file, reason } of unreadable) io.stderr(`resolution library: cannot read ${displayPath(file, io.cwd)}: ${reason}\n`);
  const shown = displayPath(library.path, io.cwd);
  if (options.format === 'json') printJson(documents, io);
  else if (documents.length === 0) io.stdout(`no documents in ${shown}\n`);
  else io.stdout(`${table(documents.map((d) => [d.symbol, d.date ?? '-', d.title ?? '(no title)']))}\n${counted(documents.length, 'document')} in ${shown}\n`);
  return unreadable.length > 0 ? 1 : 0;
}

async function add(library: Library, options: AnalyseOptions, io: CliIo): Promise<number> {
  let failed = false;
  const added: LibraryEntry[] = [];
  for (const path of options.targets) {
    const cannot = (reason: string) => {
      io.stderr(`resolution library: cannot add ${path}: ${reason}\n`);
      failed = true;
    };
    const read = readBytes(resolve(io.cwd, path));
    if (!read.ok) {
      cannot(read.reason);
      continue;
    }
    try {
      const entry = await library.add(read.bytes);
      added.push(entry);
      if (options.format === 'text') io.stdout(`added ${entry.symbol}: ${entryFiles(entry, io.cwd)}\n`);
    } catch (error) {
      if (!(error instanceof LibraryError)) throw error;
      cannot(error.message);
    }
  }
  if (options.format === 'json') printJson(added, io);
  return failed ? 2 : 0;
}

function remove(library: Library, options: AnalyseOptions, io: CliIo): number {
  let missing = false;
  const removed: LibraryEntry[] = [];
  for (const symbol of options.targets) {
    const entry = library.remove(symbol);
    if (!entry) {
      io.stderr(`resolution library: ${symbol} is not in ${displayPath(library.path, io.cwd)}\n`);
      missing = true;
      continue;
    }
    removed.push(entry);
    if (options.format === 'text') io.stdout(`removed ${entry.symbol}: ${entryFiles(entry, io.cwd)}\n`);
  }
  if (options.format === 'json') printJson(removed, io);
  return missing ? 1 : 0;
}

const ACTIONS = {
  list: { operands: null, run: list },
  add: { operands: 'PDF files', run: add },
  remove: { operands: 'symbols', run: remove },
} as const;

export const libraryCommand: CliCommand = {
  name: 'library',
  summary: 'list the document library, add PDFs to it, remove documents from it',
  operands: 'list | add <file.pdf…> | remove <symbol…> [options]',
  options: [LIBRARY_FOLDER_OPTION, FORMAT_OPTION],
  exitCodes: [
    '0  done',
    '1  list: a PDF in the library could not be read; remove: a symbol is not in the library',
    '2  bad usage, a PDF could not be added, or the library folder could not be read or written',
  ],
  async run(args, io) {
    const [name, ...rest] = args;
    const action = Object.hasOwn(ACTIONS, name ?? '') ? ACTIONS[name as keyof typeof ACTIONS] : null;
    if (!action) throw new UsageError(name ? `unknown action "${name}": list, add or remove` : 'list, add or remove?');
    const options = parseOptions(rest, 'text', [], LIBRARY_VALUE, action.operands);
    const library = chosenLibrary(options, io);
    try {
      return await action.run(library, options, io);
    } catch (error) {
      if (!(error instanceof LibraryError)) throw error;
      io.stderr(`resolution library: ${error.message}\n`);
      return 2;
    }
  },
};
