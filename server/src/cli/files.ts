// Files named on the command line: folders are searched for resolution texts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeInput, type InputResult } from '../core/input';

const TEXT_FILE = /\.(?:txt|md|markdown)$/i;
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

/** Expands folders (sorted, hidden and build folders skipped) into their text files. */
export function collectFiles(targets: string[], accept: RegExp = TEXT_FILE): CollectedFiles {
  const files: CollectedFile[] = [];
  const errors: string[] = [];
  const visit = (target: string, named: boolean) => {
    const stat = statSync(target);
    if (stat.isFile()) {
      if (named || accept.test(target)) files.push({ path: target, named });
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
  return decodeInput(readFileSync(path), maxBytes);
}

/** The path as the user should see it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') ? shown : path;
}
