// Workspace symbols: every indexed document by symbol and title, and its operative paragraphs.
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../core/workspace-index';

const LIMIT = 500;

/** Case-insensitive match of the query's characters in order ("ares73266" finds A/RES/73/266). */
function matches(name: string, query: string): boolean {
  if (!query) return true;
  const haystack = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase().replace(/\s+/g, '')) {
    at = haystack.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export function workspaceSymbols(index: WorkspaceIndex, query: string): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const entry of index.all()) {
    const symbol = entry.symbols[0] ?? entry.uri.split('/').pop() ?? entry.uri;
    const start = entry.symbolRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const name = `${symbol} — ${entry.title ?? 'untitled'}`;
    if (matches(name, query)) out.push({ name, kind: SymbolKind.File, location: { uri: entry.uri, range: start } });
    for (const paragraph of entry.paragraphs) {
      const paragraphName = `${symbol} ${paragraph.name}`;
      if (matches(paragraphName, query)) out.push({ name: paragraphName, kind: SymbolKind.Method, containerName: symbol, location: { uri: entry.uri, range: paragraph.range } });
    }
    if (out.length >= LIMIT) break;
  }
  return out.slice(0, LIMIT);
}
