// Files named on the command line: folders are searched for resolution texts and PDFs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeInput, type InputResult } from '../core/input';
import { readPdfInThread } from '../pdf/pdf-thread';

const RESOLUTION_FILE = /\.(?:txt|md|markdown|pdf)$/i;
const PDF_FILE = /\.pdf$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

export interface CollectedFile {
  path: string;
  /** Named on the command line, not found in a folder. */
  named: boolean;
}

export interface CollectedFiles {
  files: CollectedFile[];
  errors: string[];
}

/** Expands folders (sorted, hidden and build folders skipped) into their texts and PDFs. */
export function collectFiles(targets: string[]): CollectedFiles {
  const files: CollectedFile[] = [];
  const errors: string[] = [];
  const visit = (target: string, named: boolean) => {
    const stat = statSync(target);
    if (stat.isFile()) {
      if (named || RESOLUTION_FILE.test(target)) files.push({ path: target, named });
      return;
    }
    for (const entry of readdirSync(target).sort()) {
      if (entry.startsWith('.') || SKIPPED_FOLDERS.has(entry)) continue;
      visit(join(target, entry), false);
    }
  };
  for (const target of targets) {
    try {
      visit(target, true);
    } catch (error) {
      errors.push(`cannot read ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  return { files, errors };
}

/** A text file decoded, or a PDF read into the clean shape (in the PDF reader's thread, bounded in time). */
export async function readTextFile(path: string, maxBytes: number): Promise<InputResult> {
  const bytes = readFileSync(path);
  if (!PDF_FILE.test(path)) return decodeInput(bytes, maxBytes);
  if (bytes.length > maxBytes) return { ok: false, reason: `the PDF is ${(bytes.length / 1048576).toFixed(1)} MB, above the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-size)` };
  const result = await readPdfInThread(bytes);
  return result.ok ? { ok: true, text: result.text } : result;
}

/** The path as the user should see it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') ? shown : path;
}
