// The documents a text cites, as far as they are at hand: the server gives those of the workspace
// (open documents and indexed files), a test the corpus. Hover, definition and the rules that need
// the cited text (citation.paragraph, citation.date, citation.title) ask it; null: none at hand.
import type { ResolutionDocument } from './model';

/** The document whose own symbol is `symbol`, with its URI; null when it is not at hand. */
export type CitedDocuments = (symbol: string) => { doc: ResolutionDocument; uri: string } | null;
