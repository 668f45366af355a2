// What the rules that hold a citation against the cited text share: each citation of another
// document that carries what the rule checks, with that document when it is at hand.
import type { CitedDocuments } from '../cited';
import type { Citation, ResolutionDocument } from '../model';

/** The citations of other documents for which `wanted` holds whose document `cited` has, each with it; none without a provider. */
export function* citationsAtHand(
  doc: ResolutionDocument,
  cited: CitedDocuments | null,
  wanted: (citation: Citation) => boolean,
): Generator<{ citation: Citation; document: ResolutionDocument }> {
  if (!cited) return;
  for (const citation of doc.citations) {
    if (citation.kind === 'internal' || !wanted(citation)) continue;
    const found = cited(citation.symbol);
    if (found) yield { citation, document: found.doc };
  }
}

/** "12", "12 and 13", "5, 6 and 9": paths as a sentence lists them. */
export function listed(paths: readonly string[]): string {
  return paths.length < 2 ? (paths[0] ?? '') : `${paths.slice(0, -1).join(', ')} and ${paths[paths.length - 1]}`;
}
