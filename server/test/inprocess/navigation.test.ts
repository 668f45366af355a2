// Navigation in process (createServer on an in-memory workspace of the seeds and two
// stand-ins): definition, declaration, hover, references, document links and workspace
// symbols, each with the exact locations and text it answers.
import { strict as assert } from 'node:assert';
import type { DocumentLink, Hover, Location, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { positionOf, SEEDS } from '../helpers';
import {
  DEVELOPMENTS_TITLE,
  fixtureWorkspace,
  initialize,
  L13,
  L4,
  L45,
  memoryServices,
  open,
  range,
  RES,
  startInProcess,
  TITLE_73_266,
  uriOf,
  type InProcessServer,
} from './harness';

const AMENDMENT = 'amendment-L4.res.txt';

describe('in process: navigation', function () {
  this.timeout(30_000);
  const files = fixtureWorkspace({
    ...Object.fromEntries(SEEDS.map((name) => [name, name])),
    'A_RES_71_28.res.txt': 'workspace/A_RES_71_28.res.txt',
    [AMENDMENT]: `workspace/${AMENDMENT}`,
    'README.md': 'workspace/README.md',
  });
  const text = (name: string) => files.get(`/ws/${name}`)!.toString();
  let server: InProcessServer;
  /** Asks `method` at the `occurrence`-th `needle` in document `name`, `offset` characters into it. */
  const ask = <R>(method: string, name: string, needle: string, occurrence = 0, offset = 0, extra = {}) => {
    const position = positionOf(text(name), needle, occurrence, offset);
    return server.connection.sendRequest(method, { textDocument: { uri: uriOf(name) }, position, ...extra }) as Promise<R>;
  };

  before(async () => {
    server = startInProcess(memoryServices(files));
    assert.deepEqual(await initialize(server), { documents: 7, milliseconds: 0 }, 'five seeds and two stand-ins; the README is no resolution');
    for (const name of [RES, L4, L45, AMENDMENT]) await open(server, uriOf(name), text(name));
  });

  after(() => server.stop());

  describe('definition (lsp/definition.ts)', () => {
    it('goes from a cited resolution to the title of the file that carries it', async () => {
      assert.deepEqual(await ask<Location[]>('textDocument/definition', L4, '73/266 of 22 December', 0, 2), [
        { uri: uriOf(RES), range: range(15, 0, 15, 100) },
      ]);
    });

    it('goes from a cited draft to its title, from "operative paragraph 7 of draft resolution A/C.1/75/L.4" to that paragraph, and from "paragraph 3 above" to paragraph 3', async () => {
      assert.deepEqual(await ask<Location[]>('textDocument/definition', AMENDMENT, 'A/C.1/75/L.4', 0, 3), [{ uri: uriOf(L4), range: range(99, 2, 101, 33) }]);
      assert.deepEqual(await ask<Location[]>('textDocument/definition', AMENDMENT, 'A/C.1/75/L.4', 1, 3), [{ uri: uriOf(L4), range: range(360, 1, 360, 3) }]);
      assert.deepEqual(await ask<Location[]>('textDocument/definition', L45, 'paragraph 3 above', 0, 10), [{ uri: uriOf(L45), range: range(73, 0, 73, 2) }]);
    });

    it('finds nothing for a symbol no file of the workspace carries', async () => {
      assert.deepEqual(await ask<Location[]>('textDocument/definition', L4, '53/70', 0, 1), []);
    });
  });

  describe('declaration (the definition handler)', () => {
    it('goes from a footnote marker to its footnote', async () => {
      assert.deepEqual(await ask<Location[]>('textDocument/declaration', RES, '2013²', 0, 4), [{ uri: uriOf(RES), range: range(60, 0, 60, 10) }]);
    });
  });

  describe('hover (lsp/hover.ts)', () => {
    it('shows a cited document from the workspace, with its title, kind, date, committee and link', async () => {
      assert.deepEqual(await ask<Hover>('textDocument/hover', L4, '73/266 of 22 December', 0, 1), {
        contents: {
          kind: 'markdown',
          value: `**A/RES/73/266** — ${TITLE_73_266}\n\nResolution · 22 December 2018 · First Committee\n\n[A/RES/73/266](https://undocs.org/A/RES/73/266)`,
        },
        range: range(122, 6, 122, 12),
      });
    });

    it('shows a cited document absent from the workspace by its symbol, date and link', async () => {
      const hover = await ask<Hover>('textDocument/hover', L4, '53/70', 0, 1);
      assert.deepEqual(hover.contents, {
        kind: 'markdown',
        value: '**A/RES/53/70** of 4 December 1998\n\nNot in this workspace.\n\n[A/RES/53/70](https://undocs.org/A/RES/53/70)',
      });
    });

    it("shows the document itself on its header symbol and on its title's number", async () => {
      const itself = { kind: 'markdown', value: '**A/RES/73/266** — this document\n\nCited 5 times in the workspace' };
      assert.deepEqual(await ask<Hover>('textDocument/hover', RES, 'A/RES/73/266', 0, 3), { contents: itself, range: range(1, 15, 1, 27) });
      assert.deepEqual(await ask<Hover>('textDocument/hover', RES, '73/266. Advancing', 0, 3), { contents: itself, range: range(15, 0, 15, 6) });
    });

    it('shows a footnote, a label and the paragraph "paragraph 3 above" names', async () => {
      assert.deepEqual((await ask<Hover>('textDocument/hover', RES, '2015³', 0, 4)).contents, { kind: 'markdown', value: '**Footnote 3**\n\nA/70/174.' });
      assert.deepEqual(await ask<Hover>('textDocument/hover', RES, '(b) The content', 0, 1), {
        contents: { kind: 'markdown', value: 'Paragraph **2 (b)**' },
        range: range(67, 2, 67, 5),
      });
      assert.deepEqual(await ask<Hover>('textDocument/hover', L45, 'paragraph 3 above', 0, 10), {
        contents: {
          kind: 'markdown',
          value:
            '**Paragraph 3**\n\nConsiders that the purpose of such measures could be served through further examination of relevant international ' +
            'concepts aimed at strengthening the security of global information and telecommunications systems;',
        },
        range: range(81, 55, 81, 56),
      });
    });
  });

  describe('references (lsp/references.ts)', () => {
    /** The header symbol of A/RES/73/266, and every citation of it in the workspace. */
    const declaration = { uri: uriOf(RES), range: range(1, 15, 1, 27) };
    const citations = [
      { uri: uriOf(L4), range: range(122, 6, 122, 12) },
      { uri: uriOf(L4), range: range(334, 68, 334, 74) },
      { uri: uriOf(L4), range: range(356, 47, 356, 53) },
      { uri: uriOf(L13), range: range(25, 687, 25, 693) },
      { uri: uriOf(AMENDMENT), range: range(21, 94, 21, 100) },
    ];

    it('finds the header symbol and every citation of a document across the workspace', async () => {
      assert.deepEqual(await ask<Location[]>('textDocument/references', RES, 'A/RES/73/266', 0, 3, { context: { includeDeclaration: true } }), [
        declaration,
        ...citations,
      ]);
    });

    it("finds the same citations asked on the title's number, with the header symbol as declaration", async () => {
      assert.deepEqual(await ask<Location[]>('textDocument/references', RES, '73/266. Advancing', 0, 3, { context: { includeDeclaration: false } }), citations);
      assert.deepEqual(await ask<Location[]>('textDocument/references', RES, '73/266. Advancing', 0, 6, { context: { includeDeclaration: true } }), [
        declaration,
        ...citations,
      ]);
      assert.deepEqual(
        await ask<Location[]>('textDocument/references', RES, '73/266. Advancing', 0, 8, { context: { includeDeclaration: true } }),
        [],
        'the title after its number',
      );
    });

    it('finds none on a title without a number', async () => {
      // The first occurrence is the agenda item's title; the second, the draft's own.
      assert.deepEqual(await ask<Location[]>('textDocument/references', L45, DEVELOPMENTS_TITLE, 1, 0, { context: { includeDeclaration: true } }), []);
    });

    it('finds the internal references to a paragraph, with or without its label', async () => {
      const uses = [
        { uri: uriOf(L45), range: range(81, 55, 81, 56) },
        { uri: uriOf(L45), range: range(89, 94, 89, 95) },
      ];
      assert.deepEqual(await ask<Location[]>('textDocument/references', L45, '3. *Considers*', 0, 0, { context: { includeDeclaration: false } }), uses);
      assert.deepEqual(await ask<Location[]>('textDocument/references', L45, '3. *Considers*', 0, 0, { context: { includeDeclaration: true } }), [
        { uri: uriOf(L45), range: range(73, 0, 73, 2) },
        ...uses,
      ]);
    });
  });

  describe('document links (lsp/document-links.ts)', () => {
    it('links each cited document to its official page', async () => {
      const links = (await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uriOf(AMENDMENT) } })) as DocumentLink[];
      assert.deepEqual(links, [
        { range: range(17, 41, 17, 53), target: 'https://undocs.org/A/C.1/75/L.4', tooltip: 'Open A/C.1/75/L.4 on undocs.org' },
        { range: range(21, 50, 21, 62), target: 'https://undocs.org/A/C.1/75/L.4', tooltip: 'Open A/C.1/75/L.4 on undocs.org' },
        { range: range(21, 94, 21, 100), target: 'https://undocs.org/A/RES/73/266', tooltip: 'Open A/RES/73/266 on undocs.org' },
      ]);
    });
  });

  describe('workspace symbols (lsp/workspace-symbols.ts)', () => {
    const symbols = async (query: string) =>
      ((await server.connection.sendRequest('workspace/symbol', { query })) as WorkspaceSymbol[]).map((s) => [
        s.name,
        s.location.uri.split('/').pop(),
        'range' in s.location ? s.location.range.start.line : -1,
      ]);

    it('lists a document and its operative paragraphs by symbol', async () => {
      assert.deepEqual(await symbols('73/266'), [
        [`A/RES/73/266 — ${TITLE_73_266}`, RES, 15],
        ['A/RES/73/266 1. Calls upon', RES, 53],
        ['A/RES/73/266 2. Invites', RES, 65],
        ['A/RES/73/266 3. Requests', RES, 68],
        ['A/RES/73/266 4. Requests', RES, 69],
        ['A/RES/73/266 5. Requests', RES, 70],
        ['A/RES/73/266 6. Decides', RES, 71],
      ]);
    });

    it('matches the letters of a query in order, across documents', async () => {
      assert.deepEqual(await symbols('L.45'), [
        [`A/C.1/70/L.45 — ${DEVELOPMENTS_TITLE}`, L45, 21],
        ['A/C.1/70/L.45 1. Welcomes', L45, 65],
        ['A/C.1/70/L.45 2. Calls upon', L45, 67],
        ['A/C.1/70/L.45 3. Considers', L45, 73],
        ['A/C.1/70/L.45 4. Invites', L45, 75],
        ['A/C.1/70/L.45 5. Requests', L45, 85],
        ['A/C.1/70/L.45 6. Decides', L45, 91],
        ['A/C.1/75/L.4 5. Notes', L4, 346],
      ]);
      assert.deepEqual(await symbols('zzzz'), []);
    });
  });
});
