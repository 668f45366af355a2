// The document library (server/src/library): names from symbols and back, the folder (add,
// list with PDFs dropped in by hand, remove), and fetching from a document service on
// 127.0.0.1 (library-server.ts) that fails in each way a real one can. After every failure
// the folder holds nothing of the document, not even a temporary file.
import { strict as assert } from 'node:assert';
import dns from 'node:dns';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { citedDocuments } from '../src/library/cited-documents';
import { DEFAULT_FETCH_OPTIONS, documentUrl, fetchDocument, ODS_URL } from '../src/library/fetch-document';
import { defaultLibraryFolder, Library } from '../src/library/library';
import { LibraryError } from '../src/library/library-error';
import { fileStem, symbolOfStem } from '../src/library/library-names';
import { readPdfInThread } from '../src/pdf/pdf-thread';
import { CONSTRUCTED_HEADER } from './helpers';
import { corpusPdf, startLibraryServer, type LibraryServer } from './library-server';
import { makePdf, text } from './make-pdf';

const folder = () => mkdtempSync(join(tmpdir(), 'library-'));

/** The error a promise rejects with, as its kind and message. */
async function failure(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof LibraryError, String(error));
    return { kind: error.kind, message: error.message };
  }
  throw new Error('expected a failure');
}

describe('library file names (library-names.ts)', () => {
  it('names a document from its symbol, safely on every system, and reads the name back', () => {
    const cases: Array<[string, string, string]> = [
      ['A/RES/73/266', 'A_RES_73_266', 'A/RES/73/266'],
      ['S/RES/2231(2015)', 'S_RES_2231(2015)', 'S/RES/2231(2015)'],
      ['S/RES/2231 (2015)', 'S_RES_2231(2015)', 'S/RES/2231(2015)'],
      ['A/C.1/75/L.4/Rev.1', 'A_C.1_75_L.4_Rev.1', 'A/C.1/75/L.4/Rev.1'],
      ['A/RES/ES-10/21', 'A_RES_ES-10_21', 'A/RES/ES-10/21'],
      ['ES-10/21', 'ES-10_21', 'ES-10/21'],
      ['A/HRC/55/L.1*', 'A_HRC_55_L.1%2A', 'A/HRC/55/L.1*'],
      ['A/73/L.5:Add_1', 'A_73_L.5%3AAdd%5F1', 'A/73/L.5:Add_1'],
      ['CON.1/2', '%43ON.1_2', 'CON.1/2'],
      ['COM1/2', 'COM1_2', 'COM1/2'],
      ['.A/1', '%2EA_1', '.A/1'],
      ['A/É/1', 'A_%C3%89_1', 'A/É/1'],
    ];
    assert.deepEqual(
      cases.map(([symbol]) => [symbol, fileStem(symbol), symbolOfStem(fileStem(symbol))]),
      cases.map(([symbol, stem, back]) => [symbol, stem, back]),
    );
  });

  it('reads no symbol from a name it does not write', () => {
    assert.deepEqual(['notes', 'README', 'A_RES_73_266 copy', 'a%2', 'A_RES_1%2a', 'A%2FRES%2F1'].map(symbolOfStem), [null, null, null, null, null, null]);
  });
});

describe('document address (fetch-document.ts)', () => {
  it("fills the UN document service's template: the symbol without spaces, percent-encoded, the language", () => {
    assert.equal(ODS_URL, 'https://documents.un.org/api/symbol/access?s={symbol}&l={language}&t=pdf');
    assert.equal(DEFAULT_FETCH_OPTIONS.url, ODS_URL);
    assert.equal(DEFAULT_FETCH_OPTIONS.language, 'en');
    assert.equal(documentUrl('A/RES/73/266', ODS_URL, 'fr'), 'https://documents.un.org/api/symbol/access?s=A%2FRES%2F73%2F266&l=fr&t=pdf');
    assert.equal(
      documentUrl('S/RES/2231 (2015)', 'https://example.org/{language}/{symbol}.pdf?again={symbol}', 'en'),
      'https://example.org/en/S%2FRES%2F2231(2015).pdf?again=S%2FRES%2F2231(2015)',
    );
  });

  it('refuses a template that gives no http or https address, before any request', async () => {
    assert.deepEqual(await failure(fetchDocument('A/RES/80/146', { url: 'file:///etc/{symbol}' })), {
      kind: 'address',
      message: 'cannot fetch A/RES/80/146: "file:///etc/A%2FRES%2F80%2F146" is not an http or https address (the URL template gives it)',
    });
  });

  it('names the default folder: XDG_CACHE_HOME, else the user cache folder of each system', () => {
    assert.equal(defaultLibraryFolder({ XDG_CACHE_HOME: '/srv/cache' }, 'linux', '/home/ana'), '/srv/cache/un-resolution/library');
    assert.equal(defaultLibraryFolder({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/ana'), '/home/ana/.cache/un-resolution/library');
    assert.equal(defaultLibraryFolder({}, 'linux', '/home/ana'), '/home/ana/.cache/un-resolution/library');
    assert.equal(defaultLibraryFolder({}, 'darwin', '/Users/ana'), '/Users/ana/Library/Caches/un-resolution/library');
  });
});

describe('library folder: add, list, remove', function () {
  this.timeout(60_000);

  it('adds a PDF under its own symbol, with the clean text import makes', async () => {
    const library = new Library(folder());
    const pdf = corpusPdf('A_RES_80_146');
    const entry = await library.add(pdf);
    assert.deepEqual(entry, {
      symbol: 'A/RES/80/146',
      title: 'Multidimensional vulnerability index',
      date: '15 December 2025',
      pdfFile: join(library.path, 'A_RES_80_146.pdf'),
      textFile: join(library.path, 'A_RES_80_146.txt'),
    });
    assert.deepEqual(readdirSync(library.path), ['A_RES_80_146.pdf', 'A_RES_80_146.txt']);
    assert.deepEqual(readFileSync(entry.pdfFile!), pdf);
    const imported = await readPdfInThread(pdf);
    assert.ok(imported.ok);
    assert.equal(readFileSync(entry.textFile, 'utf8'), imported.text);
    // Any spelling of the symbol finds it.
    assert.deepEqual(library.get('a/res/80/146'), entry);
    assert.equal(library.get('A/RES/80/147'), null);
  });

  it('refuses a PDF that is not the one expected, has no symbol, or cannot be read, and writes nothing', async () => {
    const library = new Library(folder());
    assert.deepEqual(await failure(library.add(corpusPdf('A_RES_80_146'), { expected: 'A/RES/80/147' })), {
      kind: 'other-document',
      message: 'the PDF is A/RES/80/146, not A/RES/80/147',
    });
    const noSymbol = makePdf([text(['General Assembly', 'The General Assembly,', '1. Decides to act on the matter before it.'])]);
    assert.deepEqual(await failure(library.add(noSymbol)), { kind: 'no-symbol', message: 'the PDF shows no document symbol in its header' });
    assert.deepEqual(await failure(library.add(corpusPdf('A_RES_80_146').subarray(0, 20000))), {
      kind: 'damaged',
      message: 'the PDF is damaged: Invalid PDF structure.',
    });
    assert.deepEqual(await failure(library.add(new TextEncoder().encode('<html></html>'))), { kind: 'not-pdf', message: 'not a PDF file (no %PDF- header)' });
    assert.deepEqual(readdirSync(library.path), []);
  });

  it('makes documents of PDFs dropped in by hand, under their symbol, and says which it cannot read', async () => {
    const library = new Library(folder());
    copyFileSync(join(__dirname, '..', '..', 'test-fixtures', 'corpus', 'pdf', 'A_RES_78_192.pdf'), join(library.path, 'Palestine resolution.pdf'));
    copyFileSync(join(__dirname, '..', '..', 'test-fixtures', 'corpus', 'pdf', 'A_RES_80_146.pdf'), join(library.path, 'A_RES_80_146.pdf'));
    // Named for one document, holding another: left as it is, with the reason.
    copyFileSync(join(__dirname, '..', '..', 'test-fixtures', 'corpus', 'pdf', 'A_RES_80_230.pdf'), join(library.path, 'A_RES_99_1.pdf'));
    writeFileSync(join(library.path, 'broken.pdf'), corpusPdf('A_RES_80_146').subarray(0, 20000));
    writeFileSync(join(library.path, 'notes.txt'), 'not a document of the library\n');
    const listing = await library.list();
    assert.deepEqual(
      listing.documents.map((d) => [d.symbol, d.title, d.date, d.pdfFile !== null]),
      [
        ['A/RES/78/192', 'The right of the Palestinian people to self-determination', '19 December 2023', true],
        ['A/RES/80/146', 'Multidimensional vulnerability index', '15 December 2025', true],
      ],
    );
    assert.deepEqual(listing.unreadable, [
      { file: join(library.path, 'A_RES_99_1.pdf'), reason: 'the PDF is A/RES/80/230, not A/RES/99/1' },
      { file: join(library.path, 'broken.pdf'), reason: 'the PDF is damaged: Invalid PDF structure.' },
    ]);
    assert.deepEqual(readdirSync(library.path).sort(), [
      'A_RES_78_192.pdf',
      'A_RES_78_192.txt',
      'A_RES_80_146.pdf',
      'A_RES_80_146.txt',
      'A_RES_99_1.pdf',
      'broken.pdf',
      'notes.txt',
    ]);
    // Listed again: the same, nothing read twice (the unreadable ones are remembered until they change).
    assert.deepEqual(await library.list(), listing);
  });

  it('clears the temporary files of a write cut short an hour ago, not those of a write going on', async () => {
    const library = new Library(folder());
    const old = join(library.path, '.A_RES_80_146.0123456789ab.tmp');
    writeFileSync(old, '%PDF-1.7 half');
    utimesSync(old, new Date(Date.now() - 7_200_000), new Date(Date.now() - 7_200_000));
    writeFileSync(join(library.path, '.A_RES_78_192.ba9876543210.tmp'), '%PDF-1.7 half');
    writeFileSync(join(library.path, '.hidden.tmp'), 'not ours');
    utimesSync(join(library.path, '.hidden.tmp'), new Date(Date.now() - 7_200_000), new Date(Date.now() - 7_200_000));
    assert.deepEqual(await library.list(), { documents: [], unreadable: [] });
    assert.deepEqual(readdirSync(library.path).sort(), ['.A_RES_78_192.ba9876543210.tmp', '.hidden.tmp']);
  });

  it('removes a document: its PDF and its text', async () => {
    const library = new Library(folder());
    await library.add(corpusPdf('A_RES_80_146'));
    writeFileSync(join(library.path, 'notes.txt'), 'kept\n');
    assert.equal(library.remove('A/RES/80/146')?.symbol, 'A/RES/80/146');
    assert.deepEqual(readdirSync(library.path), ['notes.txt']);
    assert.equal(library.remove('A/RES/80/146'), null);
  });

  it('keeps the models of the 32 documents read last, not of every document read', () => {
    const lib = new Library(folder());
    const symbol = (n: number) => `A/RES/99/${n}`;
    for (let n = 1; n <= 33; n++) {
      const header = CONSTRUCTED_HEADER.map((line) => line.replace('90/1', `99/${n}`));
      writeFileSync(join(lib.path, `A_RES_99_${n}.txt`), [...header, '1. Decides to remain seized of the matter.', ''].join('\n\n'));
    }
    const first = lib.read(symbol(1))!.doc;
    const second = lib.read(symbol(2))!.doc;
    for (let n = 3; n <= 32; n++) lib.read(symbol(n));
    // 32 read: all kept. Reading the first again makes it the most recent; the 33rd then pushes out the second.
    assert.equal(lib.read(symbol(1))!.doc, first);
    lib.read(symbol(33));
    assert.equal(lib.read(symbol(1))!.doc, first);
    const again = lib.read(symbol(2))!.doc;
    assert.notEqual(again, second);
    assert.deepEqual(again, second);
    assert.equal(again.header.symbols[0].value, 'A/RES/99/2');
  });

  it("gives the checks each cited document's model, text and place, read once", async () => {
    const library = new Library(folder());
    await library.add(corpusPdf('A_RES_80_146'));
    const cited = citedDocuments(library);
    const found = cited('A/RES/80/146');
    assert.ok(found);
    assert.equal(found.doc.title?.text, 'Multidimensional vulnerability index');
    assert.equal(found.path, join(library.path, 'A_RES_80_146.txt'));
    assert.equal(found.uri, pathToFileURL(join(library.path, 'A_RES_80_146.txt')).href);
    assert.equal(found.text, readFileSync(found.path, 'utf8'));
    assert.equal(cited('a/res/80/146'), found);
    assert.equal(cited('A/RES/53/70'), null);
  });
});

describe('fetching into the library (over 127.0.0.1)', function () {
  this.timeout(60_000);
  let server: LibraryServer;
  before(async () => (server = await startLibraryServer()));
  after(() => server.close());
  beforeEach(() => server.reset());
  const library = (options: Partial<typeof DEFAULT_FETCH_OPTIONS> = {}) => new Library(folder(), { url: server.url, ...options });

  it('downloads the PDF by the template, follows the redirect, and adds it with its text', async () => {
    const lib = library();
    const { entry, status } = await lib.fetch('A/RES/80/146');
    assert.equal(status, 'fetched');
    assert.deepEqual(entry, {
      symbol: 'A/RES/80/146',
      title: 'Multidimensional vulnerability index',
      date: '15 December 2025',
      pdfFile: join(lib.path, 'A_RES_80_146.pdf'),
      textFile: join(lib.path, 'A_RES_80_146.txt'),
    });
    assert.deepEqual(readFileSync(entry.pdfFile!), corpusPdf('A_RES_80_146'));
    assert.deepEqual(readdirSync(lib.path), ['A_RES_80_146.pdf', 'A_RES_80_146.txt']);
    assert.deepEqual(server.requests, ['A/RES/80/146']);
    assert.equal(server.userAgent, DEFAULT_FETCH_OPTIONS.userAgent);
    assert.match(server.userAgent!, /^un-resolution\/\d+\.\d+\.\d+ \(UN Resolution Tools/);
  });

  it('does not download a document the folder already holds, under any spelling of its symbol', async () => {
    const lib = library();
    const added = await lib.add(corpusPdf('A_RES_80_146'));
    assert.deepEqual(await lib.fetch('a/res/80/146'), { entry: added, status: 'present' });
    assert.deepEqual(server.requests, []);
    assert.deepEqual(readdirSync(lib.path), ['A_RES_80_146.pdf', 'A_RES_80_146.txt']);
    // Fetched once, it is there the next time.
    assert.equal((await lib.fetch('A/RES/78/192')).status, 'fetched');
    assert.equal((await lib.fetch('A/RES/78/192')).status, 'present');
    assert.deepEqual(server.requests, ['A/RES/78/192']);
  });

  it('says what went wrong, in words, for each failure, and leaves the folder empty', async () => {
    const cases: Array<[LibraryServer['fault'], Partial<typeof DEFAULT_FETCH_OPTIONS>, string, string]> = [
      ['not-found', {}, 'not-found', `127.0.0.1:PORT has no such document (HTTP 404 Not Found)`],
      ['server-error', {}, 'server-error', `127.0.0.1:PORT failed to answer (HTTP 500 Internal Server Error); try again later`],
      ['html', {}, 'not-pdf', `127.0.0.1:PORT answered with an HTML page, not a PDF`],
      ['slow', { timeoutMs: 500 }, 'timeout', `127.0.0.1:PORT did not answer in full within 0.5 s`],
      ['huge', { maxBytes: 1048576 }, 'too-large', 'the document is larger than the 1.0 MB limit'],
      ['none', { maxBytes: 100 * 1024 }, 'too-large', 'the document is 166 KB, above the 100 KB limit'],
      ['damaged', {}, 'damaged', 'the PDF is damaged: Invalid PDF structure.'],
      ['other-document', {}, 'other-document', 'the PDF is A/RES/80/146, not A/RES/78/192'],
      ['reset', {}, 'connection', `the connection to 127.0.0.1:PORT broke off before the whole document came`],
    ];
    for (const [fault, options, kind, why] of cases) {
      server.fault = fault;
      const lib = library(options);
      const symbol = fault === 'none' ? 'A/RES/80/146' : 'A/RES/78/192';
      assert.deepEqual(await failure(lib.fetch(symbol)), { kind, message: `cannot fetch ${symbol}: ${why.replace('127.0.0.1:PORT', server.host)}` }, fault);
      assert.deepEqual(readdirSync(lib.path), [], fault);
    }
  });

  it('a port where nothing listens: offline, nothing written', async () => {
    const closed = await startLibraryServer();
    await closed.close();
    const lib = new Library(folder(), { url: closed.url });
    assert.deepEqual(await failure(lib.fetch('A/RES/80/146')), {
      kind: 'offline',
      message: `cannot fetch A/RES/80/146: ${closed.host} cannot be reached (offline, or a wrong address?)`,
    });
    assert.deepEqual(readdirSync(lib.path), []);
  });

  it('a host name that does not resolve: offline (the .invalid name is answered here, no query leaves)', async () => {
    // RFC 6761: .invalid never resolves. A resolver could still be asked: the lookup is answered in the process instead.
    const lookup = dns.lookup;
    const asked: string[] = [];
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    (dns as { lookup: unknown }).lookup = (host: string, options: unknown, callback?: (error: Error) => void) => {
      asked.push(host);
      process.nextTick(() => (callback ?? (options as (error: Error) => void))(notFound));
    };
    try {
      const lib = new Library(folder(), { url: 'http://library.invalid/{symbol}.pdf' });
      assert.deepEqual(await failure(lib.fetch('A/RES/80/146')), {
        kind: 'offline',
        message: 'cannot fetch A/RES/80/146: library.invalid cannot be found (offline, or a wrong address?)',
      });
      assert.deepEqual(asked, ['library.invalid']);
      assert.deepEqual(readdirSync(lib.path), []);
    } finally {
      (dns as { lookup: unknown }).lookup = lookup;
    }
  });

  it('two fetches of one symbol at once make one request and both get the document', async () => {
    const lib = library();
    const [first, second] = await Promise.all([lib.fetch('A/RES/80/146'), lib.fetch('a/res/80/146')]);
    assert.deepEqual(server.requests, ['A/RES/80/146']);
    assert.deepEqual(first, second);
    assert.deepEqual(readdirSync(lib.path), ['A_RES_80_146.pdf', 'A_RES_80_146.txt']);
  });

  it('a cancelled fetch stops the download (the server sees the connection closed) and leaves nothing', async () => {
    server.fault = 'slow';
    const lib = library();
    const controller = new AbortController();
    const answered = server.nextAnswer();
    const fetched = lib.fetch('A/RES/78/192', controller.signal);
    await answered;
    const hungUp = server.nextHangUp();
    controller.abort();
    assert.deepEqual(await failure(fetched), { kind: 'cancelled', message: 'cannot fetch A/RES/78/192: cancelled' });
    await hungUp;
    assert.deepEqual(readdirSync(lib.path), []);
  });

  it('one of two callers cancelling leaves the download to the other; the last one cancelling stops it', async () => {
    const lib = library();
    const leaving = new AbortController();
    const [left, stayed] = await Promise.allSettled([lib.fetch('A/RES/80/146', leaving.signal), lib.fetch('A/RES/80/146'), leaving.abort()]);
    assert.deepEqual(left.status === 'rejected' && (left.reason as Error).message, 'cannot fetch A/RES/80/146: cancelled');
    assert.equal(stayed.status === 'fulfilled' && stayed.value.entry.symbol, 'A/RES/80/146');
    assert.deepEqual(server.requests, ['A/RES/80/146']);

    server.fault = 'slow';
    const both = [new AbortController(), new AbortController()];
    const answered = server.nextAnswer();
    const fetches = both.map((c) => failure(lib.fetch('A/RES/78/192', c.signal)));
    await answered;
    const hungUp = server.nextHangUp();
    both[0].abort();
    both[1].abort();
    assert.deepEqual(
      (await Promise.all(fetches)).map((f) => f.message),
      ['cannot fetch A/RES/78/192: cancelled', 'cannot fetch A/RES/78/192: cancelled'],
    );
    await hungUp;
    assert.deepEqual(server.requests, ['A/RES/80/146', 'A/RES/78/192']);
    assert.deepEqual(readdirSync(lib.path), ['A_RES_80_146.pdf', 'A_RES_80_146.txt']);
  });
});
