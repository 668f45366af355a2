// Each cited document links to its official page (undocs.org, or the configured base).
import type { DocumentLink } from 'vscode-languageserver';
import type { ResolutionDocument } from '../core/model';
import { officialLink } from '../core/symbol-key';

export function documentLinks(doc: ResolutionDocument, base: string): DocumentLink[] {
  if (!base) return [];
  return doc.citations
    .filter((c) => c.kind !== 'internal')
    .map((c) => ({ range: c.range, target: officialLink(c.symbol, base), tooltip: `Open ${c.symbol} on ${new URL(officialLink(c.symbol, base)).host}` }));
}
