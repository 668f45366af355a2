// `--library DIR` of outline, check and json: the citations of each text resolved against the
// document library (resolution fetch fills it). outline lists the cited documents it holds with
// their titles, json adds `library` to each citation it holds, check gives the rules that need
// a cited text the documents (core/cited.ts).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { JsonDocument } from '../core/json';
import type { ResolutionDocument } from '../core/model';
import { counted } from '../core/plural';
import { excerpt } from '../core/outline';
import { citedDocuments, type CitedDocument } from '../library/cited-documents';
import { Library } from '../library/library';
import { LibraryError } from '../library/library-error';
import type { CliIo, CliOption } from './command';
import { displayPath } from './files';
import { describeError } from '../system-error';

export const LIBRARY_OPTION: CliOption = {
  flags: '--library DIR',
  description: 'resolve citations against the document library in DIR (see resolution fetch)',
};
/** The option as parseOptions takes it: its name and what its value is. */
export const LIBRARY_VALUE = { '--library': 'a folder' };

export type CitedLookup = (symbol: string) => CitedDocument | null;

/** The library in `dir` ready to answer (its dropped PDFs read), or null when it cannot be read, said on standard error. */
export async function openCitedLibrary(dir: string, io: CliIo): Promise<CitedLookup | null> {
  const path = resolve(io.cwd, dir);
  try {
    if (!statSync(path).isDirectory()) throw new Error('not a folder');
    const library = new Library(path);
    for (const { file, reason } of await library.adoptDropped())
      io.stderr(`resolution: note: ${displayPath(file, io.cwd)} in the library is left out: ${reason}\n`);
    return citedDocuments(library);
  } catch (error) {
    io.stderr(`resolution: cannot read the library ${dir}: ${error instanceof LibraryError ? error.message : describeError(error)}\n`);
    return null;
  }
}

/** The documents `doc` cites, once each, in the order first cited. */
function citedSymbols(doc: ResolutionDocument): string[] {
  return [...new Set(doc.citations.filter((c) => c.kind !== 'internal').map((c) => c.symbol))];
}

/** outline's lines after "Citations": how many cited documents the library holds, and each with its title. */
export function libraryOutline(doc: ResolutionDocument, cited: CitedLookup): string[] {
  const symbols = citedSymbols(doc);
  const found = symbols.flatMap((symbol) => {
    const document = cited(symbol);
    return document ? [`    ${symbol}  ${document.entry.title === null ? '(no title)' : excerpt(document.entry.title)}`] : [];
  });
  return [`  In the library: ${found.length} of ${counted(symbols.length, 'cited document')}`, ...found];
}

/** A citation in JSON with the library's document, when it holds it: its text file, title and date. */
export function withLibrary(json: JsonDocument, cited: CitedLookup, cwd: string): JsonDocument {
  return {
    ...json,
    citations: json.citations.map((citation) => {
      const document = cited(citation.symbol);
      if (!document) return citation;
      const { title, date } = document.entry;
      return { ...citation, library: { file: displayPath(document.path, cwd), title, date } };
    }),
  };
}
