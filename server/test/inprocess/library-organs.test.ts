// A Security Council resolution fetched on demand, in process: a draft cites "operative paragraph 3
// of Security Council resolution 2231 (2015)"; the document service (library-server.ts, on
// 127.0.0.1) serves a PDF of test-fixtures/organs/S_RES_2231_2015.txt. Definition fetches it,
// the library names it by its symbol, and lands on paragraph 3; the hover shows that paragraph.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover, Location } from 'vscode-languageserver-protocol';
import { pathToUri } from '../../src/lsp/uris';
import { positionOf, readFixture } from '../helpers';
import { startLibraryServer, type LibraryServer } from '../library-server';
import { pdfOfText } from '../make-pdf';
import { emptyLibrary } from './awaza';
import { initialize, memoryServices, open, range, startInProcess, uriOf, type InProcessServer } from './harness';

const DRAFT = 'draft-jcpoa.txt';
const DRAFT_TEXT = [
  'The General Assembly,',
  '',
  'Recalling operative paragraph 3 of Security Council resolution 2231 (2015),',
  '',
  '1. Decides to remain seized of the matter.',
  '',
].join('\n');

describe('in process: a Security Council resolution fetched into the library', function () {
  this.timeout(30_000);
  let service: LibraryServer;
  let server: InProcessServer;
  let folder: string;

  before(async () => {
    const pdfs = mkdtempSync(join(tmpdir(), 'organ-pdfs-'));
    writeFileSync(join(pdfs, 'S_RES_2231(2015).pdf'), await pdfOfText(readFixture('organs/S_RES_2231_2015.txt')));
    service = await startLibraryServer(pdfs);
    folder = emptyLibrary();
    server = startInProcess(memoryServices(new Map(), folder));
    await initialize(server, { library: { url: service.url, fetch: 'always' } }, { trusted: true });
    await open(server, uriOf(DRAFT), DRAFT_TEXT);
  });

  after(async () => {
    await server.stop();
    await service.close();
  });

  const ask = <R>(method: string, needle: string) =>
    server.connection.sendRequest(method, { textDocument: { uri: uriOf(DRAFT) }, position: positionOf(DRAFT_TEXT, needle, 0, 2) }) as Promise<R>;

  it('fetches S/RES/2231(2015) for definition and lands on its paragraph 3', async () => {
    const fetched = pathToUri(join(folder, 'S_RES_2231(2015).txt'));
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '2231 (2015)'), [{ uri: fetched, range: range(24, 0, 24, 2) }]);
    assert.deepEqual(service.requests, ['S/RES/2231(2015)']);
    assert.deepEqual(readdirSync(folder).sort(), ['S_RES_2231(2015).pdf', 'S_RES_2231(2015).txt']);
  });

  it("hovers with the cited paragraph's text", async () => {
    const hover = await ask<Hover>('textDocument/hover', '2231 (2015)');
    assert.deepEqual(hover.contents, {
      kind: 'markdown',
      value:
        '**S/RES/2231(2015)** — Resolution 2231 (2015)\n\nResolution · 20 July 2015\n\n**Paragraph 3**: Requests the Director General of the International Atomic Energy Agency to undertake the necessary verification and monitoring of the nuclear-related commitments of the Islamic Republic of Iran for the full duration of those commitments under the Plan, and reaffirms that the Islamic Republic of Ira…\n\n[S/RES/2231(2015)](https://undocs.org/S/RES/2231(2015))',
    });
  });
});
