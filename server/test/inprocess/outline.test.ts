// The outline in process: the document symbols of A/RES/73/266 (names, kinds, ranges and
// details of every node) and the folding ranges of A/C.1/75/L.4 as the PDF extracted it.
import { strict as assert } from 'node:assert';
import type { DocumentSymbol, FoldingRange, Range } from 'vscode-languageserver-protocol';
import { fixtureWorkspace, initialize, L4, memoryServices, open, RES, startInProcess, uriOf, type InProcessServer } from './harness';

const at = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** One line a symbol, indented by depth: kind, name, range, selection range and detail. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.kind} ${s.name} ${at(s.range)} ${at(s.selectionRange)}${s.detail ? ` · ${s.detail}` : ''}`,
    ...outline(s.children ?? [], depth + 1),
  ]);
}

describe('in process: outline', function () {
  this.timeout(30_000);
  const files = fixtureWorkspace({ [RES]: RES, [L4]: L4 });
  let server: InProcessServer;

  before(async () => {
    server = startInProcess(memoryServices(files));
    await initialize(server);
    for (const name of [RES, L4]) await open(server, uriOf(name), files.get(`/ws/${name}`)!.toString());
  });

  after(() => server.stop());

  describe('document symbols (lsp/document-symbols.ts)', () => {
    it('outlines the header, title, preamble, operative part and footnotes of an adopted resolution', async () => {
      const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(RES) } })) as DocumentSymbol[];
      assert.deepEqual(outline(symbols), [
        '2 Header 1:0-15:100 1:15-1:27 · resolution',
        '  14 A/RES/73/266 1:15-1:27 1:15-1:27 · symbol',
        '  24 2 January 2019 5:16-5:30 5:16-5:30 · date',
        '  7 Seventy-third session 7:0-7:21 7:0-7:21 · session',
        '  7 First Committee 13:0-13:49 13:0-13:49 · committee',
        '  7 Agenda item 96 9:0-9:14 9:0-9:14',
        '15 73/266. Advancing responsible State behaviour in cybers… 15:0-15:100 15:0-15:100 · title',
        '3 Preamble 17:0-51:333 17:0-17:21 · 15 paragraphs',
        '  8 Recalling 19:0-19:580 19:0-19:9 · its resolutions 53/70 of 4 December 1998, 54/49…',
        '  8 Noting 21:0-21:146 21:0-21:6 · that considerable progress has been achieved in…',
        '  8 Affirming 23:0-23:344 23:0-23:9 · that it sees in this progress the broadest posi…',
        '  8 Noting 25:0-25:213 25:0-25:6 · that the dissemination and use of information t…',
        '  8 Confirming 27:0-27:145 27:0-27:10 · that information and communications technologie…',
        '  8 Stressing 29:0-29:231 29:0-29:9 · that it is in the interest of all States to pro…',
        '  8 Expressing concern 35:0-35:325 35:0-35:18 · that these technologies and means can potential…',
        '  8 Underscoring 37:0-37:138 37:0-37:12 · the need for enhanced coordination and cooperat…',
        '  8 Underlining 39:0-39:138 39:0-39:11 · the importance of respect for human rights and …',
        '  8 Welcoming 41:0-41:249 41:0-41:9 · the effective work of the Group of Governmental…',
        '  8 Stressing 43:0-43:126 43:0-43:9 · the importance of the assessments and recommend…',
        '  8 Confirming 45:0-45:674 45:0-45:10 · the conclusions of the Group of Governmental Ex…',
        '  8 Confirming also 47:0-47:475 47:0-47:15 · the conclusions of the Group of Governmental Ex…',
        '  8 Confirming further 49:0-49:367 49:0-49:18 · the conclusions of the Group of Governmental Ex…',
        '  8 Stressing 51:0-51:333 51:0-51:9 · that, while States have a primary responsibilit…',
        '3 Operative part 53:2-71:205 53:2-53:4 · 6 paragraphs',
        '  6 1. Calls upon 53:2-64:349 53:2-53:4 · Member States:',
        '    22 (a) To be guided in their use of information and co… 54:2-54:262 54:2-54:5',
        '    22 (b) To support the implementation of cooperative me… 64:2-64:349 64:2-64:5',
        '  6 2. Invites 65:2-67:96 65:2-65:4 · all Member States, taking into account the asse…',
        '    22 (a) Efforts taken at the national level to strength… 66:2-66:129 66:2-66:5',
        '    22 (b) The content of the concepts mentioned in the re… 67:2-67:96 67:2-67:5',
        '  6 3. Requests 68:2-68:1025 68:2-68:4 · the Secretary-General, with the assistance of a…',
        '  6 4. Requests 69:2-69:576 69:2-69:4 · the Office for Disarmament Affairs of the Secre…',
        '  6 5. Requests 70:2-70:299 70:2-70:4 · the Chair of the group of governmental experts …',
        '  6 6. Decides 71:2-71:205 71:2-71:4 · to include in the provisional agenda of its sev…',
        '3 Footnotes 58:0-62:11 58:0-58:11',
        '  20 1 58:0-58:11 58:0-58:11 · A/65/201.',
        '  20 2 60:0-60:10 60:0-60:10 · A/68/98.',
        '  20 3 62:0-62:11 62:0-62:11 · A/70/174.',
      ]);
    });
  });

  describe('folding ranges (lsp/folding-ranges.ts)', () => {
    it('folds the header, the preamble, the operative part, paragraphs with sub-items, and page furniture as comments', async () => {
      const ranges = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: uriOf(L4) } })) as FoldingRange[];
      assert.deepEqual(
        ranges.map((r) => `${r.startLine}-${r.endLine}${r.kind ? `:${r.kind}` : ''}`),
        [
          // Header, preamble, operative part; then the operative paragraphs and sub-items that span several lines.
          '48-101',
          '106-294',
          '296-364',
          '296-314',
          '298-304',
          '306-314',
          '316-330',
          '324-326',
          '328-330',
          '332-338',
          '340-344',
          '346-350',
          '352-358',
          '360-364',
          // Preambular paragraphs over several lines.
          '108-124',
          '126-128',
          '130-138',
          '140-144',
          '180-182',
          '184-188',
          '190-196',
          '198-200',
          '202-204',
          '206-212',
          '214-216',
          '218-232',
          '234-244',
          '246-254',
          '256-264',
          '266-294',
          // Page furniture and footnotes.
          '61-63:comment',
          '146-168:comment',
          '278-280:comment',
          '368-370:comment',
        ],
      );
    });
  });
});
