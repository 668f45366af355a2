// The shared loop of outline, check and json: read each file, parse, check, report.
import { parse } from '../core/parser';
import { checkDocument } from '../core/check';
import { DEFAULT_MAX_BYTES } from '../core/input';
import { looksLikeResolution } from '../core/detect';
import type { Diagnostic, ResolutionDocument } from '../core/model';
import { UsageError, type CliIo } from './command';
import { collectFiles, displayPath, isPdf, readTextFile } from './files';
import { counted } from '../core/plural';

/** What detect.ts looks for, in words. */
const RESOLUTION_SIGNS = 'too few of: a symbol line, "The General Assembly,", numbered operative paragraphs';

export interface AnalyseOptions {
  format: 'text' | 'json';
  maxBytes: number;
  targets: string[];
  flags: Set<string>;
}

/** Reads `--format`, `--max-size` and the given boolean flags; the rest are targets. */
export function parseOptions(args: string[], defaultFormat: 'text' | 'json', booleanFlags: string[] = []): AnalyseOptions {
  const options: AnalyseOptions = { format: defaultFormat, maxBytes: DEFAULT_MAX_BYTES, targets: [], flags: new Set() };
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
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      options.targets.push(arg);
    }
  }
  if (options.targets.length === 0) throw new UsageError('no files or folders given');
  return options;
}

export interface AnalysedFile {
  file: string;
  doc: ResolutionDocument;
  diagnostics: Diagnostic[];
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
    const { diagnostics, failures } = checkDocument(doc, { text: input.text });
    for (const failure of failures) io.stderr(`resolution: rule ${failure.code} failed on ${file}: ${failure.error}\n`);
    each({ file, doc, diagnostics });
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
