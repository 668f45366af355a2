// The server's own requests (lsp/protocol.ts) in process, and the workspace index kept
// by the scan and by file events (lsp/workspace-indexer.ts) on the in-memory workspace:
// structure, preview, compare with a version read through the services, PDF import's
// reading, reindex, and a document beyond the analysis limits (lsp/document-store.ts).
// The export writers and the PDF reader are loaded by import(), which mocha's tsx/cjs
// cannot resolve in this process: their work is tested over stdio (server.test.ts).
import { strict as assert } from 'node:assert';
import { posix } from 'node:path';
import type { DocumentSymbol, Location } from 'vscode-languageserver-protocol';
import type { JsonDocument } from '../../src/core/json';
import { HTML_STYLE } from '../../src/export/html';
import { JSON_DOCUMENT_KEYS, positionOf, readFixture } from '../helpers';
import {
  DEVELOPMENTS_TITLE,
  fixtureWorkspace,
  initialize,
  L13,
  L4,
  memoryServices,
  open,
  range,
  ROOT,
  startInProcess,
  uriOf,
  type InProcessServer,
} from './harness';

const REVISION = 'A_C.1_76_L.13_Rev.1.txt';
const REPEATED_PHRASE = '"Underlines further" repeats an operative phrase, but no earlier paragraph opens with "Underlines".';

describe("in process: the server's own requests and the workspace index", function () {
  this.timeout(30_000);
  const files = fixtureWorkspace({ [L13]: L13, [REVISION]: 'versions/A_C.1_76_L.13_Rev.1.invented.txt', [L4]: L4 });
  let server: InProcessServer;
  const request = <R>(method: string, params: object) => server.connection.sendRequest(method, params) as Promise<R>;

  before(async () => {
    server = startInProcess(memoryServices(files));
    await initialize(server);
    await open(server, uriOf(L13), readFixture(L13));
  });

  after(() => server.stop());

  describe('unResolution/structure', () => {
    it("answers the model as the CLI's JSON: header, preamble, operative part, footnotes and findings", async () => {
      const json = await request<JsonDocument>('unResolution/structure', { uri: uriOf(L13) });
      assert.deepEqual(Object.keys(json), JSON_DOCUMENT_KEYS);
      assert.deepEqual(
        [json.file, json.shape, json.symbol, json.kind, json.session, json.committee, json.date, json.sponsors.length, json.citations.length],
        [uriOf(L13), 'markdown', 'A/C.1/76/L.13', 'draft_resolution', 76, 'First Committee', '8 October 2021', 55, 34],
      );
      assert.deepEqual(json.agendaItem, { numbers: ['95'], title: DEVELOPMENTS_TITLE });
      assert.deepEqual(
        json.preamble.map((p) => p.phrase),
        [
          'Recalling',
          'Stressing',
          'Recalling',
          'Noting',
          'Expressing concern',
          'Expressing concern also',
          'Considering',
          'Underlining',
          'Noting',
          'Reaffirming',
          'Reaffirming also',
          'Recognizing',
          'Guided by',
        ],
      );
      assert.deepEqual(
        json.operative.map((p) => [p.label, p.phrase, p.range.start.line, p.children.map((c) => c.label)]),
        [
          ['1', 'Recognizes', 55, []],
          ['2', 'Welcomes', 57, []],
          ['3', 'Calls upon', 59, []],
          ['4', 'Supports', 67, []],
          ['5', 'Underlines further', 69, []],
          ['6', 'Invites', 71, ['(a)', '(b)']],
          ['7', 'Decides', 77, []],
        ],
      );
      assert.deepEqual(
        json.footnotes.map((f) => [f.label, f.text]),
        [
          ['1', 'A/65/201, A/68/98 and A/70/174.'],
          ['2', 'A/75/816.'],
          ['3', 'A/76/135.'],
        ],
      );
      assert.deepEqual(json.diagnostics, [{ code: 'structure.repeated-phrase', severity: 'warning', message: REPEATED_PHRASE, range: range(69, 4, 69, 22) }]);
    });
  });

  describe('unResolution/preview', () => {
    it("renders every block with its source line, problems marked, in the export's style", async () => {
      const preview = await request<{ body: string; style: string; version: number }>('unResolution/preview', { uri: uriOf(L13) });
      assert.equal(preview.version, 1);
      assert.equal(preview.style, HTML_STYLE);
      assert.deepEqual(
        [...preview.body.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1])),
        [6, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57, 59, 67, 69, 71, 73, 75, 77, 61, 63, 65],
      );
      const paragraph5 = preview.body.split('\n').find((line) => line.includes('id="para-5"'));
      assert.equal(
        paragraph5,
        '<div class="operative depth-0 problem problem-warning" data-line="69" id="para-5"><span class="label">5.</span>' +
          '<i class="phrase">Underlines further</i> that the open-ended working group 2021–2025 should take into account the outcomes of the previous ' +
          'Open-ended Working Group and the Groups of Governmental Experts and add to the efforts undertaken by them, and should be consensus-based ' +
          'and results-oriented;<span class="problem-note problem-warning" role="note">&quot;Underlines further&quot; repeats an operative phrase, ' +
          'but no earlier paragraph opens with &quot;Underlines&quot;. (structure.repeated-phrase)</span></div>',
      );
    });
  });

  describe('unResolution/export', () => {
    it('refuses an unknown format and a document that is not open', async () => {
      await assert.rejects(request('unResolution/export', { uri: uriOf(L13), format: 'rtf' }), { message: 'unknown export format "rtf"' });
      await assert.rejects(request('unResolution/export', { uri: uriOf(L4), format: 'akn' }), { message: `${uriOf(L4)} is not open` });
    });
  });

  describe('unResolution/compare', () => {
    it('compares the open document with another version read from the workspace, change by change', async () => {
      const result = await request<{ markdown: string; identical: boolean }>('unResolution/compare', { uri: uriOf(L13), otherUri: uriOf(REVISION) });
      assert.equal(result.identical, false);
      const lines = result.markdown.split('\n');
      assert.deepEqual(lines.slice(0, 9), [
        '# A\\_C.1\\_76\\_L.13\\_Rev.1.txt → A\\_C.1\\_76\\_L.13.draft.txt',
        '',
        '## Header',
        '',
        '- **kind**: revised draft resolution → draft resolution',
        '- **sponsors added**: Eritrea',
        '- **sponsors removed**: Kenya, Mexico',
        '- **sponsors unchanged**: 54',
        '',
      ]);
      const headings = lines.filter((line) => /^(?:## |- \*\*(?:OP|PP))/.test(line)).map((line) => line.split(' (')[0]);
      assert.deepEqual(headings, [
        '## Header',
        '## Preamble — 1 changed, 1 added, 11 unchanged',
        '- **PP 4** changed',
        '- **PP 7** added',
        '## Operative part — 1 changed, 1 moved, 1 removed, 7 unchanged; 6 renumbered',
        '- **OP 3** removed',
        '- **OP 4 → OP 3** renumbered',
        '- **OP 6 → OP 4** renumbered',
        '- **OP 5** moved',
        '- **OP 7 → OP 6** renumbered',
        '- **OP 7 \\(a\\) → OP 6 \\(a\\)** renumbered',
        '- **OP 7 \\(b\\) → OP 6 \\(b\\)** changed',
        '- **OP 8 → OP 7** renumbered',
      ]);
      assert.equal(
        lines.find((line) => line.startsWith('- **OP 5** moved')),
        `- **OP 5** moved (before [line 68](${uriOf(REVISION)}#L68), after [line 70](${uriOf(L13)}#L70))`,
      );
      assert.equal(lines.at(-2), '**Summary**: 2 changed, 1 moved, 1 added, 1 removed, 6 renumbered, 18 unchanged.');
    });

    it('finds a version identical to itself, and says why another cannot be read', async () => {
      assert.deepEqual(await request('unResolution/compare', { uri: uriOf(L13), otherUri: uriOf(L13) }), {
        markdown: '# A\\_C.1\\_76\\_L.13.draft.txt → A\\_C.1\\_76\\_L.13.draft.txt\n\nNo differences.\n',
        identical: true,
      });
      await assert.rejects(request('unResolution/compare', { uri: uriOf(L13), otherUri: uriOf('missing.txt') }), {
        message: `ENOENT: no such file or directory, open '${posix.join(ROOT, 'missing.txt')}'`,
      });
    });
  });

  describe('unResolution/importPdf', () => {
    it('says why it cannot read a file that is not there or not a file', async () => {
      assert.deepEqual(await request('unResolution/importPdf', { uri: uriOf('missing.pdf') }), { ok: false, reason: 'cannot read the file (ENOENT)' });
      const untitled = 'untitled:Untitled-1';
      assert.deepEqual(await request('unResolution/importPdf', { uri: untitled }), { ok: false, reason: `${untitled} is not a file on disk` });
    });
  });

  describe('unResolution/reindex and file events (lsp/workspace-indexer.ts)', () => {
    /** Where the definition of the first citation of 53/70 in A/C.1/75/L.4 leads. */
    const cited = () =>
      request<Location[]>('textDocument/definition', { textDocument: { uri: uriOf(L4) }, position: positionOf(readFixture(L4), '53/70', 0, 1) });
    const added = posix.join(ROOT, 'A_RES_53_70.res.txt');
    const text =
      'United Nations A/RES/53/70\n\nResolution adopted by the General Assembly on 4 December 1998\n\n' +
      `53/70. ${DEVELOPMENTS_TITLE}\n\nThe General Assembly,\n\n1. Decides to include the item.\n`;

    before(() => open(server, uriOf(L4), readFixture(L4)));

    it("indexes the workspace's three resolutions, timed by the services' clock", async () => {
      assert.deepEqual(await request('unResolution/reindex', {}), { documents: 3, milliseconds: 0 });
      const indexed = server.logs.filter((log) => log.message.startsWith('Indexed')).map((log) => [log.type, log.message]);
      assert.deepEqual(indexed.at(-1), [3, 'Indexed 3 resolutions in 0 ms']);
    });

    it('takes a file a file event names into the index, and leaves it out once deleted', async () => {
      assert.deepEqual(await cited(), []);
      files.set(added, Buffer.from(text));
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('A_RES_53_70.res.txt'), type: 1 }] });
      assert.deepEqual(await cited(), [{ uri: uriOf('A_RES_53_70.res.txt'), range: range(4, 0, 4, 111) }]);
      files.delete(added);
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('A_RES_53_70.res.txt'), type: 3 }] });
      assert.deepEqual(await cited(), []);
    });

    it('drops a file gone since the last scan', async () => {
      files.delete(posix.join(ROOT, REVISION));
      assert.deepEqual(await request('unResolution/reindex', {}), { documents: 2, milliseconds: 0 });
    });
  });
});

describe('in process: a document beyond the analysis limits (lsp/document-store.ts)', function () {
  this.timeout(30_000);
  let server: InProcessServer;

  before(async () => {
    server = startInProcess(memoryServices(new Map()));
    await initialize(server, { maxLineLength: 500 });
  });

  after(() => server.stop());

  it('says once that it is skipped, and answers an empty outline and no diagnostics', async () => {
    assert.deepEqual(await open(server, uriOf(L13), readFixture(L13)), { uri: uriOf(L13), version: 1, diagnostics: [] });
    assert.deepEqual((await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(L13) } })) as DocumentSymbol[], []);
    assert.deepEqual(server.shown, [
      {
        type: 2,
        message:
          `UN Resolution: ${L13} has a line of 922 characters, above the 500 limit (unResolution.maxLineLength); ` +
          'deep analysis (outline, checks, navigation) is skipped for it.',
      },
    ]);
  });
});
