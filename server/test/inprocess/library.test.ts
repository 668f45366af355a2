// The document library as the server's second index, in process: a library folder holding
// A/RES/80/3 (added from its PDF as `resolution library add` does) beside an in-memory workspace
// holding a draft that cites it. Definition, hover, references, workspace symbols and the rules
// that read the cited text find the library's document where the workspace has none.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { Hover, Location, PublishDiagnosticsParams, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { pathToUri } from '../../src/lsp/uris';
import { CONSTRUCTED_HEADER, positionOf } from '../helpers';
import { AWAZA_DRAFT, AWAZA_TITLE } from '../awaza-draft';
import { awazaLibrary } from './awaza';
import { initialize, memoryServices, open, range, ROOT, startInProcess, uriOf, type InProcessServer } from './harness';

describe('in process: the document library searched after the workspace', function () {
  this.timeout(30_000);
  const DRAFT = 'draft-awaza.txt';
  /** A stand-in of A/RES/79/233 in the workspace, which the draft and A/RES/80/3 cite. */
  const STAND_IN = 'A_RES_79_233.txt';
  const STAND_IN_TEXT = [...CONSTRUCTED_HEADER.map((line) => line.replace('90/1', '79/233')), '1. Decides to adopt the Awaza Programme of Action.', ''].join(
    '\n\n',
  );
  let server: InProcessServer;
  let folder: string;
  let first: PublishDiagnosticsParams;
  let inLibrary: string;
  const ask = <R>(method: string, needle: string, occurrence = 0, offset = 2, extra = {}) =>
    server.connection.sendRequest(method, {
      textDocument: { uri: uriOf(DRAFT) },
      position: positionOf(AWAZA_DRAFT, needle, occurrence, offset),
      ...extra,
    }) as Promise<R>;

  before(async () => {
    folder = await awazaLibrary();
    inLibrary = pathToUri(join(folder, 'A_RES_80_3.txt'));
    server = startInProcess(memoryServices(new Map([[join(ROOT, STAND_IN), Buffer.from(STAND_IN_TEXT)]])));
    assert.deepEqual(await initialize(server, { library: { folder } }), { documents: 1, milliseconds: 0 });
    first = await open(server, uriOf(DRAFT), AWAZA_DRAFT);
  });

  after(() => server.stop());

  it('goes from "resolution 80/3" to the title of A/RES/80/3 in the library', async () => {
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), [{ uri: inLibrary, range: range(20, 0, 20, 33) }]);
  });

  it('goes from "paragraph 2 of resolution 80/3" to the label of paragraph 2 there', async () => {
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3;'), [{ uri: inLibrary, range: range(28, 0, 28, 2) }]);
  });

  it("hovers with the library document's title, date and paragraph", async () => {
    const hover = await ask<Hover>('textDocument/hover', '80/3;');
    assert.deepEqual(hover.contents, {
      kind: 'markdown',
      value:
        `**A/RES/80/3** — ${AWAZA_TITLE}\n\nResolution · 14 October 2025 · General Assembly (plenary)\n\n` +
        '**Paragraph 2**: Expresses its profound gratitude to the Government and the people of Turkmenistan for hosting the Third United Nations ' +
        'Conference on Landlocked Developing Countries, from 5 to 8 August 2025, and for providing all the necessary support.\n\n' +
        '[A/RES/80/3](https://undocs.org/A/RES/80/3)',
    });
  });

  it('lists where A/RES/79/233 is cited: in the draft, then in the footnote of A/RES/80/3 in the library', async () => {
    assert.deepEqual(await ask<Location[]>('textDocument/references', '79/233', 0, 2, { context: { includeDeclaration: true } }), [
      { uri: uriOf(STAND_IN), range: range(0, 15, 0, 27) },
      { uri: uriOf(DRAFT), range: range(17, 68, 17, 74) },
      { uri: inLibrary, range: range(110, 13, 110, 19) },
    ]);
  });

  it('counts the citations of A/RES/79/233 in the workspace and in the library', async () => {
    await open(server, uriOf(STAND_IN), STAND_IN_TEXT);
    const hover = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uriOf(STAND_IN) },
      position: positionOf(STAND_IN_TEXT, 'A/RES/79/233', 0, 3),
    })) as Hover;
    assert.deepEqual(hover.contents, { kind: 'markdown', value: '**A/RES/79/233** — this document\n\nCited 1 time in the workspace, 1 in the library' });
  });

  it("finds the library's documents and paragraphs among the workspace symbols", async () => {
    const found = async (query: string) =>
      ((await server.connection.sendRequest('workspace/symbol', { query })) as WorkspaceSymbol[]).map((s) => [
        s.name,
        (s.location as Location).uri,
        (s.location as Location).range,
      ]);
    assert.deepEqual(await found('Awaza Political'), [[`A/RES/80/3 — ${AWAZA_TITLE}`, inLibrary, range(20, 0, 20, 33)]]);
    assert.deepEqual(await found('80/3 2. Expresses'), [['A/RES/80/3 2. Expresses its profound gratitude', inLibrary, range(28, 0, 28, 238)]]);
  });

  it('checks the date cited against A/RES/80/3 in the library', async () => {
    assert.deepEqual(
      first.diagnostics.filter((d) => String(d.code).startsWith('citation.')).map((d) => [d.code, d.message, d.range]),
      [['citation.date', 'A/RES/80/3 was adopted on 14 October 2025, not 13 October 2025.', range(17, 25, 17, 29)]],
    );
  });
});
