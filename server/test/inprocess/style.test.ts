// A style finding over the protocol: published with its severity and its fix's data, its quick
// fix applied, and silenced by `unResolution.diagnostics.severity` set to "off".
import { strict as assert } from 'node:assert';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { applyEdits } from '../helpers';
import { initialize, memoryServices, open, range, startInProcess, type InProcessServer } from './harness';

const DRAFT = 'untitled:style-draft';
const TEXT = [
  'Draft resolution',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolution 47/1,',
  '',
  '1. Requests the Secretary-General to report to the UN.',
  '',
].join('\n');
const UN_DIAGNOSTIC = {
  range: range(6, 51, 6, 53),
  severity: 3,
  code: 'style.united-nations',
  source: 'un-resolution',
  message: '"UN": the text of a resolution writes "United Nations".',
  data: { replacement: 'United Nations' },
};

describe('in process: style rules', function () {
  this.timeout(30_000);
  let server: InProcessServer;

  before(async () => {
    server = startInProcess(memoryServices(new Map()));
    await initialize(server, { diagnostics: { debounceMs: 0 } });
  });

  after(() => server.stop());

  it('publishes "UN" as information, with the replacement its quick fix writes', async () => {
    assert.deepEqual(await open(server, DRAFT, TEXT), { uri: DRAFT, version: 1, diagnostics: [UN_DIAGNOSTIC] });
  });

  it('offers the quick fix, which writes "United Nations"; "Fix all" leaves the word to review', async () => {
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: DRAFT },
      range: UN_DIAGNOSTIC.range,
      context: { diagnostics: [UN_DIAGNOSTIC] },
    })) as CodeAction[];
    const edit = { range: range(6, 51, 6, 53), newText: 'United Nations' };
    assert.deepEqual(actions, [
      { title: 'Change to "United Nations"', kind: 'quickfix', edit: { changes: { [DRAFT]: [edit] } }, diagnostics: [UN_DIAGNOSTIC] },
    ]);
    assert.equal(applyEdits(TEXT, [edit]).split('\n')[6], '1. Requests the Secretary-General to report to the United Nations.');
  });

  it('publishes nothing once the rule is set "off"', async () => {
    const changed = server.diagnostics(DRAFT, (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { unResolution: { diagnostics: { debounceMs: 0, severity: { 'style.united-nations': 'off' } } } },
    });
    assert.deepEqual(await changed, { uri: DRAFT, version: 1, diagnostics: [] });
  });
});
