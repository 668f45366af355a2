// `resolution fetch SYMBOL…`: official documents downloaded by symbol into the document
// library (docs/library.md), one after another, each read and checked to be the document
// asked for; one already there is not downloaded again. Where each went is printed, or why not.
import { documentUrl, DEFAULT_FETCH_OPTIONS } from '../library/fetch-document';
import { LibraryError } from '../library/library-error';
import type { Fetched } from '../library/library';
import { UsageError, type CliCommand } from './command';
import { parseOptions } from './analyse';
import { chosenLibrary, entryFiles, entryJson } from './library';
import { FORMAT_OPTION, LIBRARY_FOLDER_OPTION } from './options';
import { LIBRARY_VALUE } from './library-citations';

const VALUES = { ...LIBRARY_VALUE, '--url': 'a URL template', '--language': 'a language code', '--timeout': 'a number of milliseconds' };

type Outcome = ({ symbol: string } & Fetched) | { symbol: string; status: 'failed'; error: string };

/** The --url template, refused unless it gives an http or https address that depends on the symbol. */
function template(value: string | undefined): string {
  if (value === undefined) return DEFAULT_FETCH_OPTIONS.url;
  let protocol = '';
  try {
    protocol = new URL(documentUrl('A/1', value, 'en')).protocol;
  } catch {
    // said below
  }
  if (!value.includes('{symbol}') || (protocol !== 'http:' && protocol !== 'https:'))
    throw new UsageError('--url takes an http or https address with {symbol} in it (and {language} if need be)');
  return value;
}

export const fetchCommand: CliCommand = {
  name: 'fetch',
  summary: 'download official documents by symbol into the document library',
  operands: '[options] <symbol…>',
  options: [
    LIBRARY_FOLDER_OPTION,
    { flags: '--url TEMPLATE', description: `where a document's PDF is; {symbol} and {language} filled in (default ${DEFAULT_FETCH_OPTIONS.url})` },
    { flags: '--language L', description: `the language of the PDF: en, fr, es, ar, ru, zh (default ${DEFAULT_FETCH_OPTIONS.language})` },
    { flags: '--timeout MS', description: `give up on a document after this many milliseconds (default ${DEFAULT_FETCH_OPTIONS.timeoutMs})` },
    { flags: '--max-size MB', description: `refuse a document larger than this (default ${DEFAULT_FETCH_OPTIONS.maxBytes / 1048576})` },
    FORMAT_OPTION,
  ],
  exitCodes: [
    '0  every document is in the library',
    '1  a document could not be fetched (why is printed on standard error)',
    '2  bad usage, or the library folder could not be read or written',
  ],
  async run(args, io) {
    const options = parseOptions(args, 'text', [], VALUES, 'symbols');
    const timeout = options.values.get('--timeout');
    if (timeout !== undefined && !/^[1-9]\d*$/.test(timeout)) throw new UsageError('--timeout takes a number of milliseconds');
    const library = chosenLibrary(options, io, {
      url: template(options.values.get('--url')),
      language: options.values.get('--language') ?? DEFAULT_FETCH_OPTIONS.language,
      timeoutMs: timeout === undefined ? DEFAULT_FETCH_OPTIONS.timeoutMs : Number(timeout),
      maxBytes: options.maxBytes,
    });
    const outcomes: Outcome[] = [];
    try {
      // PDFs dropped in by hand are read first: a document there is not fetched again.
      await library.adoptDropped();
      for (const symbol of options.targets) {
        try {
          outcomes.push({ symbol, ...(await library.fetch(symbol)) });
        } catch (error) {
          // A folder that cannot be written fails every document alike: said once, below.
          if (!(error instanceof LibraryError) || error.kind === 'folder') throw error;
          outcomes.push({ symbol, status: 'failed', error: error.message });
          io.stderr(`resolution fetch: ${error.message}\n`);
        }
      }
    } catch (error) {
      if (!(error instanceof LibraryError)) throw error;
      io.stderr(`resolution fetch: ${error.message}\n`);
      return 2;
    }
    if (options.format === 'json') {
      const json = outcomes.map((o) => (o.status === 'failed' ? o : { ...entryJson(o.entry, io.cwd), symbol: o.symbol, status: o.status }));
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      for (const o of outcomes)
        if (o.status !== 'failed')
          io.stdout(`${o.symbol}: ${entryFiles(o.entry, io.cwd)} (${o.status === 'fetched' ? 'fetched' : 'already in the library'})\n`);
    }
    return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
  },
};
