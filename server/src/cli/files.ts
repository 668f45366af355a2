// Files named on the command line: folders are searched for resolution texts and PDFs.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeInput, type InputResult } from '../core/input';

const RESOLUTION_FILE = /\.(?:txt|md|markdown|pdf)$/i;
const PDF_FILE = /\.pdf$/i;
const PDF_TIMEOUT_MS = 120_000;
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

export function readTextFile(path: string, maxBytes: number): InputResult {
  if (PDF_FILE.test(path)) return readPdfFile(path);
  return decodeInput(readFileSync(path), maxBytes);
}

/**
 * A PDF read through `resolution import` in a child process: pdf.js is asynchronous and
 * a hostile file could keep it busy, so the process is bounded in time and the loop over
 * files stays synchronous. This file is part of the CLI bundle, run as `process.argv[1]`.
 */
function readPdfFile(path: string): InputResult {
  const result = spawnSync(process.execPath, [process.argv[1], 'import', path], { encoding: 'utf8', timeout: PDF_TIMEOUT_MS, maxBuffer: 256 * 1048576 });
  if (result.error || result.signal) return { ok: false, reason: `reading the PDF took longer than ${PDF_TIMEOUT_MS / 1000} s or failed (${result.error?.message ?? result.signal})` };
  if (result.status !== 0) return { ok: false, reason: (result.stderr.trim().replace(/^resolution: cannot import [^:]*: /, '') || 'the PDF could not be read') };
  return { ok: true, text: result.stdout };
}

/** The path as the user should see it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') ? shown : path;
}
