// A draft left unnumbered, over the protocol: A/C.1/70/L.45 without its paragraph numbers
// opened in the editor gets numbering.missing on each of its six paragraphs, and the quick
// fix (offered with them, preferred) numbers them all; the numbered text has no finding.
import { strict as assert } from 'node:assert';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { applyEdits, readFixture } from '../helpers';
import { initialize, L45, memoryServices, open, range, startInProcess, uriOf, type InProcessServer } from './harness';

const UNNUMBERED = uriOf('unnumbered.md');

/** Line, phrase and number of each paragraph of the draft (zero-based lines, the verb after its "*"). */
const PARAGRAPHS: Array<[line: number, phrase: string, number: number]> = [
  [65, 'Welcomes', 1],
  [67, 'Calls upon', 2],
  [73, 'Considers', 3],
  [75, 'Invites', 4],
  [85, 'Requests', 5],
  [91, 'Decides', 6],
];

const DIAGNOSTICS = PARAGRAPHS.map(([line, phrase, number]) => ({
  range: range(line, 1, line, 1 + phrase.length),
  severity: 2,
  code: 'numbering.missing',
  source: 'un-resolution',
  message: `Operative paragraph "${phrase} …" has no number; expected ${number}.`,
}));

describe('in process: a draft without paragraph numbers', function () {
  this.timeout(30_000);
  const text = readFixture('drafts/L45-unnumbered.txt');
  let server: InProcessServer;

  before(async () => {
    server = startInProcess(memoryServices(new Map()));
    await initialize(server, { diagnostics: { debounceMs: 0 } });
  });

  after(() => server.stop());

  it('publishes numbering.missing on each paragraph, and the quick fix numbers them all as the seed is numbered', async () => {
    assert.deepEqual(await open(server, UNNUMBERED, text), { uri: UNNUMBERED, version: 1, diagnostics: DIAGNOSTICS });
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: UNNUMBERED },
      range: DIAGNOSTICS[2].range,
      context: { diagnostics: DIAGNOSTICS },
    })) as CodeAction[];
    const numbering = PARAGRAPHS.map(([line, , number]) => ({ range: range(line, 0, line, 0), newText: `${number}. ` }));
    assert.deepEqual(actions, [
      { title: 'Fix all safe problems', kind: 'source.fixAll.unResolution', edit: { changes: { [UNNUMBERED]: numbering } } },
      {
        title: 'Number the paragraphs and renumber the references to them',
        kind: 'quickfix',
        edit: { changes: { [UNNUMBERED]: numbering } },
        diagnostics: DIAGNOSTICS,
        isPreferred: true,
      },
    ]);
    const numbered = applyEdits(text, numbering);
    assert.equal(numbered, readFixture(L45));
    const published = server.diagnostics(UNNUMBERED, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: UNNUMBERED, version: 2 },
      // Each insertion leaves the lines below where they were: the changes apply one after the other as the editor sends them.
      contentChanges: numbering.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    assert.deepEqual(await published, { uri: UNNUMBERED, version: 2, diagnostics: [] });
  });
});
