// Workspace symbols: every indexed document by symbol and title, and its operative paragraphs
// (the workspace's, then the library's).
// Each entry's names are lower-cased once, with a mask of the characters they hold, so a
// query skips most names on one comparison instead of lower-casing 70,000 strings a time.
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { landing, rangeAt, type IndexEntry, type WorkspaceIndex } from '../core/workspace-index';
import type { SearchedIndex } from './library-index';

const LIMIT = 500;

/** An entry's names ready for matching: its own first, then its paragraphs'. */
interface Searchable {
  lower: string[];
  /** Two 32-bit words per name: which characters (by characterBit) it contains. */
  masks: Int32Array;
}

const prepared = new WeakMap<IndexEntry, Searchable>();

/** a–z and 0–9 have a bit each; other characters share the remaining 28. */
function characterBit(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return 36 + (code % 28);
}

function maskInto(text: string, masks: Int32Array, at: number): void {
  let low = 0;
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const bit = characterBit(text.charCodeAt(i));
    if (bit < 32) low |= 1 << bit;
    else high |= 1 << (bit - 32);
  }
  masks[at] = low;
  masks[at + 1] = high;
}

function fileSymbol(entry: IndexEntry): string {
  return entry.symbols[0] ?? entry.uri.split('/').pop() ?? entry.uri;
}

function fileName(entry: IndexEntry): string {
  return `${fileSymbol(entry)} — ${entry.title ?? 'untitled'}`;
}

function paragraphName(entry: IndexEntry, i: number): string {
  return `${fileSymbol(entry)} ${entry.paragraphs[i]}`;
}

function searchable(entry: IndexEntry): Searchable {
  let found = prepared.get(entry);
  if (!found) {
    const lower = [fileName(entry), ...entry.paragraphs.map((_, i) => paragraphName(entry, i))].map((name) => name.toLowerCase());
    const masks = new Int32Array(lower.length * 2);
    lower.forEach((name, i) => maskInto(name, masks, i * 2));
    prepared.set(entry, (found = { lower, masks }));
  }
  return found;
}

/**
 * Readies every entry's names in the background, a thousand entries a turn of the
 * event loop, so the first query after indexing costs no more than the next.
 */
export async function prepareWorkspaceSymbols(index: WorkspaceIndex): Promise<void> {
  let done = 0;
  for (const entry of index.all()) {
    searchable(entry);
    if (++done % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Case-insensitive match of the query's characters in order ("ares73266" finds A/RES/73/266). */
function matches(haystack: string, query: string): boolean {
  let at = 0;
  for (let i = 0; i < query.length; i++) {
    at = haystack.indexOf(query[i], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export function workspaceSymbols(index: Pick<SearchedIndex, 'all'>, query: string): WorkspaceSymbol[] {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  const wantedMask = new Int32Array(2);
  maskInto(wanted, wantedMask, 0);
  const [low, high] = wantedMask;
  const hit = (names: Searchable, i: number) =>
    (names.masks[i * 2] & low) === low && (names.masks[i * 2 + 1] & high) === high && matches(names.lower[i], wanted);
  const out: WorkspaceSymbol[] = [];
  for (const entry of index.all()) {
    const names = searchable(entry);
    const start = landing(entry);
    if (hit(names, 0)) out.push({ name: fileName(entry), kind: SymbolKind.File, location: { uri: entry.uri, range: start } });
    for (let i = 0; i < entry.paragraphs.length; i++) {
      if (hit(names, i + 1))
        out.push({
          name: paragraphName(entry, i),
          kind: SymbolKind.Method,
          containerName: fileSymbol(entry),
          location: { uri: entry.uri, range: rangeAt(entry.paragraphRanges, i) },
        });
    }
    if (out.length >= LIMIT) break;
  }
  return out.slice(0, LIMIT);
}
