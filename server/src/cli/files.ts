// Files named on the command line: folders are searched for resolution texts and PDFs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeInput, type InputResult } from '../core/input';
import { readPdfInThread } from '../pdf/pdf-thread';
import { describeError } from '../system-error';

const RESOLUTION_FILE = /\.(?:txt|md|markdown|pdf)$/i;
const PDF_FILE = /\.pdf$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

export interface CollectedFile {
  path: string;
  /** Named on the command line, not found in a folder. */
  named: boolean;
  /** The target it was named by: itself, or the folder it was found in. */
  target: string;
}

export interface CollectedFiles {
  files: CollectedFile[];
  /** The targets that are folders, so that one holding no resolution can be said to. */
  folders: string[];
  errors: string[];
}

/** Expands folders (sorted, hidden and build folders skipped) into their texts and PDFs. */
export function collectFiles(targets: string[]): CollectedFiles {
  const files: CollectedFile[] = [];
  const folders: string[] = [];
  const errors: string[] = [];
  const visit = (path: string, target: string) => {
    const named = path === target;
    if (statSync(path).isFile()) {
      if (named || RESOLUTION_FILE.test(path)) files.push({ path, named, target });
      return;
    }
    if (named) folders.push(target);
    for (const entry of readdirSync(path).sort()) {
      if (entry.startsWith('.') || SKIPPED_FOLDERS.has(entry)) continue;
      visit(join(path, entry), target);
    }
  };
  for (const target of targets) {
    try {
      visit(target, target);
    } catch (error) {
      errors.push(`cannot read ${target}: ${describeError(error)}`);
    }
  }
  return { files, folders, errors };
}

/** A file's bytes, or why they could not be read. */
export function readBytes(path: string): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
}

export function isPdf(path: string): boolean {
  return PDF_FILE.test(path);
}

/** A text file decoded, or a PDF read into the clean shape (in the PDF reader's thread, bounded in time). */
export async function readTextFile(path: string, maxBytes: number): Promise<InputResult> {
  const read = readBytes(path);
  if (!read.ok) return read;
  const { bytes } = read;
  if (!isPdf(path)) return decodeInput(bytes, maxBytes);
  if (bytes.length > maxBytes)
    return { ok: false, reason: `the PDF is ${(bytes.length / 1048576).toFixed(1)} MB, above the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-size)` };
  const result = await readPdfInThread(bytes);
  return result.ok ? { ok: true, text: result.text } : result;
}

/** The path as the user should see it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') ? shown : path;
}
