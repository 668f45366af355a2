// The library as the checks that need a cited document's text read it (core/cited.ts): by
// symbol, the document's model, its text and where it is, each parsed once, with its entry
// (title and date) for the CLI's outline and json. For one run of the CLI: what it found, and
// what it did not, stands for the run. The language server does not use it: it asks its index
// of the library, kept current, and reads a text through the library (lsp/library-index.ts).
import { pathToFileURL } from 'node:url';
import type { CitedDocuments } from '../core/cited';
import { symbolKey } from '../core/symbol-key';
import type { LibraryEntry, LibraryFolder } from './library-folder';

/** What the core asks for, and the text, path and entry the CLI and the server also want. */
export type CitedDocument = NonNullable<ReturnType<CitedDocuments>> & { text: string; path: string; entry: LibraryEntry };

export function citedDocuments(library: { read: LibraryFolder['read'] }): (symbol: string) => CitedDocument | null {
  const found = new Map<string, CitedDocument | null>();
  return (symbol) => {
    const key = symbolKey(symbol);
    if (!found.has(key)) {
      const read = library.read(symbol);
      found.set(key, read && { doc: read.doc, text: read.text, path: read.entry.textFile, uri: pathToFileURL(read.entry.textFile).href, entry: read.entry });
    }
    return found.get(key)!;
  };
}
