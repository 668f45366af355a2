// The shared loop of outline, check and json: read each file, parse, check, report.
import { parse } from '../core/parser';
import { checkDocument } from '../core/check';
import { DEFAULT_MAX_BYTES } from '../core/input';
import { looksLikeResolution } from '../core/detect';
import type { Diagnostic, ResolutionDocument } from '../core/model';
import { UsageError, type CliIo } from './command';
import { collectFiles, displayPath, isPdf, readTextFile } from './files';
import { counted } from '../core/plural';
import { openCitedLibrary, type CitedLookup } from './library-citations';

/** What detect.ts looks for, in words. */
const RESOLUTION_SIGNS = 'too few of: a symbol line, "The General Assembly,", numbered operative paragraphs';

export interface AnalyseOptions {
  format: 'text' | 'json';
  maxBytes: number;
  targets: string[];
  flags: Set<string>;
  /** The options given with a value (`--library DIR`), by name. */
  values: Map<string, string>;
}

/**
 * Reads `--format`, `--max-size`, the given boolean flags and the options that take a value
 * (by name, with what the value is: `{ '--library': 'a folder' }`); the rest are targets, the
 * `operands` of the command, of which one at least is needed unless `operands` is null.
 */
export function parseOptions(
  args: string[],
  defaultFormat: 'text' | 'json',
  booleanFlags: string[] = [],
  valueOptions: Readonly<Record<string, string>> = {},
  operands: string | null = 'files or folders',
): AnalyseOptions {
  const options: AnalyseOptions = { format: defaultFormat, maxBytes: DEFAULT_MAX_BYTES, targets: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format') {
      const value = args[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError('--format takes text or json');
      options.format = value;
    } else if (arg === '--max-size') {
      const value = Number(args[++i]);
      if (!Number.isFinite(value) || value <= 0) throw new UsageError('--max-size takes a number of megabytes');
      options.maxBytes = value * 1048576;
    } else if (booleanFlags.includes(arg)) {
      options.flags.add(arg);
    } else if (Object.hasOwn(valueOptions, arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('-') || value === '') throw new UsageError(`${arg} takes ${valueOptions[arg]}`);
      options.values.set(arg, value);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      options.targets.push(arg);
    }
  }
  if (operands !== null && options.targets.length === 0) throw new UsageError(`no ${operands} given`);
  return options;
}

export interface AnalysedFile {
  file: string;
  doc: ResolutionDocument;
  diagnostics: Diagnostic[];
  /** The library's documents, with `--library DIR`. */
  cited: CitedLookup | null;
}

/**
 * Parses and checks every file; unreadable ones are reported on stderr, and so are a text named
 * directly that does not look like a resolution (read all the same) and a folder holding none.
 * Returns false if any file was skipped.
 */
export async function analyseFiles(options: AnalyseOptions, io: CliIo, each: (file: AnalysedFile) => void): Promise<boolean> {
  const { files, folders, errors } = collectFiles(options.targets);
  for (const error of errors) io.stderr(`resolution: ${error}\n`);
  let ok = errors.length === 0;
  const libraryFolder = options.values.get('--library');
  const cited = libraryFolder === undefined ? null : await openCitedLibrary(libraryFolder, io);
  if (libraryFolder !== undefined && !cited) ok = false;
  const found = new Set<string>();
  for (const { path, named, target } of files) {
    const file = displayPath(path, io.cwd);
    const input = await readTextFile(path, options.maxBytes);
    if (!input.ok) {
      io.stderr(`resolution: skipped ${file}: ${input.reason}\n`);
      ok = false;
      continue;
    }
    const resolution = looksLikeResolution(input.text);
    // In a folder, only texts that look like resolutions count (not READMEs or notes).
    if (!named && !resolution) continue;
    if (!resolution) io.stderr(notResolutionNote(file));
    found.add(target);
    const doc = parse(input.text);
    // A PDF is read into the clean shape first; the document still came from a PDF.
    if (isPdf(path)) doc.shape = 'pdf';
    const { diagnostics, failures } = checkDocument(doc, { cited, text: input.text });
    for (const failure of failures) io.stderr(`resolution: rule ${failure.code} failed on ${file}: ${failure.error}\n`);
    each({ file, doc, diagnostics, cited });
  }
  for (const folder of folders) {
    if (found.has(folder)) continue;
    const looked = files.filter((f) => f.target === folder).length;
    io.stderr(
      `resolution: no resolution in ${displayPath(folder, io.cwd)}: ${looked === 0 ? 'it holds no .txt, .md or .pdf file' : `read ${counted(looked, '.txt, .md or .pdf file')}, none looks like a resolution`}\n`,
    );
  }
  return ok;
}

/** Said of a text named directly that does not look like a resolution. */
export function notResolutionNote(file: string): string {
  return `resolution: note: ${file} does not look like a resolution (${RESOLUTION_SIGNS}); read all the same\n`;
}

export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`;
}
