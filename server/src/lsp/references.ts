// References: where a document is cited across the workspace and the library (asked on its own header
// symbol, its title's number or any citation of it), and where a paragraph is referred to internally.
import type { Location, Position } from 'vscode-languageserver';
import type { ResolutionDocument } from '../core/model';
import { findAt } from '../core/lookup';
import { symbolKey } from '../core/symbol-key';
import { paragraphTarget } from '../core/paragraph-target';
import type { SearchedIndex } from './library-index';

export function references(
  uri: string,
  doc: ResolutionDocument,
  at: Position,
  index: Pick<SearchedIndex, 'documentsFor' | 'citationsOf'>,
  includeDeclaration: boolean,
): Location[] {
  const found = findAt(doc, at);
  if (!found) return [];
  if (found.kind === 'label') {
    const path = found.path;
    const uses = doc.citations.filter((c) => c.kind === 'internal' && c.symbol === path && paragraphTarget(doc, c.symbol, c.range.start) === found.node);
    return [...(includeDeclaration ? [{ uri, range: found.node.label!.range }] : []), ...uses.map((c) => ({ uri, range: c.range }))];
  }
  const symbol = found.kind === 'own-symbol' ? found.symbol : found.kind === 'citation' && found.citation.kind !== 'internal' ? found.citation.symbol : null;
  if (!symbol) return [];
  const out: Location[] = [];
  if (includeDeclaration) {
    for (const entry of index.documentsFor(symbol)) if (entry.symbolRange) out.push({ uri: entry.uri, range: entry.symbolRange });
  }
  const seen = new Set<string>();
  for (const location of index.citationsOf(symbol)) {
    seen.add(location.uri);
    out.push(location);
  }
  // The open document may be newer than its index entry.
  if (!seen.has(uri)) {
    const key = symbolKey(symbol);
    for (const c of doc.citations) if (c.kind !== 'internal' && symbolKey(c.symbol) === key) out.push({ uri, range: c.range });
  }
  return out;
}
