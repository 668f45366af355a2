// Go to definition: a cited symbol → the title of the workspace file whose own symbol it is (else of the
// library's text of it), or the paragraph it names there ("paragraph 11 of resolution 78/322") when that document is at hand;
// "paragraph 3 above" → that paragraph; a footnote marker → its footnote.
import type { Location, Position } from 'vscode-languageserver';
import type { CitedDocuments } from '../core/cited';
import type { Citation, ResolutionDocument } from '../core/model';
import { findAt } from '../core/lookup';
import { citedParagraph, paragraphTarget } from '../core/paragraph-target';
import { landing } from '../core/workspace-index';
import type { SearchedIndex } from './library-index';

export function definition(uri: string, doc: ResolutionDocument, at: Position, index: Pick<SearchedIndex, 'documentsFor'>, cited: CitedDocuments): Location[] {
  const found = findAt(doc, at);
  if (!found) return [];
  if (found.kind === 'marker') return found.footnote ? [{ uri, range: found.footnote.range }] : [];
  if (found.kind !== 'citation') return [];
  const { citation } = found;
  if (citation.kind === 'internal') {
    if (citation.symbol === 'annex') return doc.annexes.length > 0 ? [{ uri, range: doc.annexes[0].range }] : [];
    const target = paragraphTarget(doc, citation.symbol, citation.range.start);
    return target ? [{ uri, range: target.label?.range ?? target.ownRange }] : [];
  }
  const paragraph = citedParagraphLocation(citation, cited);
  if (paragraph) return [paragraph];
  return index
    .documentsFor(citation.symbol)
    .filter((e) => e.uri !== uri)
    .map((e) => ({ uri: e.uri, range: landing(e) }));
}

/** The first paragraph a citation names that the cited document has ("paragraphs 5 to 7": paragraph 5), when that document is at hand. */
export function citedParagraphLocation(citation: Citation, cited: CitedDocuments): Location | null {
  const document = citation.paragraphs ? cited(citation.symbol) : null;
  if (!document) return null;
  for (const path of citation.paragraphs!) {
    const target = citedParagraph(document.doc, path, citation.annex);
    if (target) return { uri: document.uri, range: target.label?.range ?? target.ownRange };
  }
  return null;
}
