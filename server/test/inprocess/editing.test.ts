// Editing in process: the diagnostics published for a text with a numbering gap, the
// code actions that mend it, completion in a draft and formatting into the clean shape,
// each with the exact codes, ranges, messages, edits and items the server sends.
import { strict as assert } from 'node:assert';
import type { CodeAction, CompletionItem, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, readFixture } from '../helpers';
import {
  DEVELOPMENTS_TITLE,
  fixtureWorkspace,
  initialize,
  memoryServices,
  open,
  range,
  RES,
  startInProcess,
  TITLE_73_266,
  uriOf,
  type InProcessServer,
} from './harness';

/** Paragraph 4 of A/RES/73/266 numbered 5: 4 is missing and 5 comes twice. */
const GAP = uriOf('gap.txt');
const GAP_DIAGNOSTIC = {
  range: range(69, 2, 69, 4),
  severity: 1,
  code: 'numbering.gap',
  source: 'un-resolution',
  message: 'paragraph 5 follows 3: 4 is missing.',
};
const DUPLICATE_DIAGNOSTIC = {
  range: range(70, 2, 70, 4),
  severity: 1,
  code: 'numbering.duplicate',
  source: 'un-resolution',
  message: 'paragraph 5 is numbered twice.',
  relatedInformation: [{ location: { uri: GAP, range: range(69, 2, 69, 4) }, message: 'first paragraph 5' }],
};

describe('in process: editing', function () {
  this.timeout(30_000);

  describe('diagnostics and code actions (lsp/diagnostics.ts, lsp/code-actions.ts)', () => {
    const gap = readFixture('broken/gap.txt');
    let server: InProcessServer;

    before(async () => {
      server = startInProcess(memoryServices(new Map()));
      await initialize(server, { diagnostics: { debounceMs: 0 } });
    });

    after(() => server.stop());

    it('publishes the gap and the duplicate with their codes, ranges and messages', async () => {
      assert.deepEqual(await open(server, GAP, gap), { uri: GAP, version: 1, diagnostics: [GAP_DIAGNOSTIC, DUPLICATE_DIAGNOSTIC] });
    });

    it('offers "Fix all", the renumbering quick fix and a rewrite of the repeated phrase at the gap', async () => {
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: GAP },
        range: GAP_DIAGNOSTIC.range,
        context: { diagnostics: [GAP_DIAGNOSTIC] },
      })) as CodeAction[];
      const renumber = [{ range: range(69, 2, 69, 4), newText: '4.' }];
      assert.deepEqual(actions, [
        { title: 'Fix all safe problems', kind: 'source.fixAll.unResolution', edit: { changes: { [GAP]: renumber } } },
        {
          title: 'Renumber the paragraphs and the references to them',
          kind: 'quickfix',
          edit: { changes: { [GAP]: renumber } },
          diagnostics: [GAP_DIAGNOSTIC],
          isPreferred: true,
        },
        {
          title: 'Change to "Also requests"',
          kind: 'refactor.rewrite',
          edit: { changes: { [GAP]: [{ range: range(69, 5, 69, 13), newText: 'Also requests' }] } },
        },
      ]);
      // The gap was made from the seed by numbering its paragraph 4 as 5: the fix gives the seed back.
      assert.equal(applyEdits(gap, renumber), readFixture(RES));
    });

    it('answers source.fixAll alone with the safe fixes of the whole document', async () => {
      const fixAll = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: GAP },
        range: range(0, 0, 0, 0),
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      assert.deepEqual(fixAll, [
        { title: 'Fix all safe problems', kind: 'source.fixAll.unResolution', edit: { changes: { [GAP]: [{ range: range(69, 2, 69, 4), newText: '4.' }] } } },
      ]);
    });

    it('publishes again as settings change: a rule off, a severity changed', async () => {
      const changed = server.diagnostics(GAP, (p) => p.diagnostics.length === 1);
      await server.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { unResolution: { diagnostics: { debounceMs: 0, severity: { 'numbering.gap': 'off', 'numbering.duplicate': 'hint' } } } },
      });
      assert.deepEqual(await changed, { uri: GAP, version: 1, diagnostics: [{ ...DUPLICATE_DIAGNOSTIC, severity: 4 }] });
    });
  });

  describe('completion (lsp/completion.ts)', () => {
    const draft = 'untitled:draft';
    const body =
      'The General Assembly,\n\nRecalling its resolution 71/28,\n\nRe\n\n1. Decides to act:\n\n(a) To act now;\n\n\n\n' + '2. Dec\n\n3. Recalls resolution 7';
    let server: InProcessServer;
    const complete = async (line: number, character: number) =>
      server.connection.sendRequest('textDocument/completion', { textDocument: { uri: draft }, position: { line, character } }) as Promise<CompletionItem[]>;
    const item = (label: string, kind: number, sortText: string, edit: TextEdit, detail?: string) => ({
      label,
      kind,
      ...(detail ? { detail } : {}),
      sortText,
      textEdit: edit,
    });

    before(async () => {
      const files = fixtureWorkspace({ [RES]: RES, 'A_RES_71_28.res.txt': 'workspace/A_RES_71_28.res.txt' });
      server = startInProcess(memoryServices(files));
      await initialize(server);
      await open(server, draft, body);
    });

    after(() => server.stop());

    it('completes a preambular phrase from its first letters', async () => {
      const edit = (newText: string) => ({ range: range(4, 0, 4, 2), newText });
      assert.deepEqual(await complete(4, 2), [
        item('Recalling also', 14, '00000', edit('Recalling also')),
        item('Recalling further', 14, '00001', edit('Recalling further')),
        item('Recalling', 14, '00002', edit('Recalling')),
        item('Reaffirming', 14, '00003', edit('Reaffirming')),
        item('Recognizing', 14, '00004', edit('Recognizing')),
      ]);
    });

    it('completes an operative phrase, and the next labels on an empty line', async () => {
      assert.deepEqual(await complete(12, 6), [item('Decides', 14, '00000', { range: range(12, 3, 12, 6), newText: 'Decides' })]);
      assert.deepEqual(await complete(10, 0), [
        item('(b)', 20, '00000', { range: range(10, 0, 10, 0), newText: '(b) ' }, 'next label after (a)'),
        item('2.', 20, '00001', { range: range(10, 0, 10, 0), newText: '2. ' }, 'next operative paragraph'),
      ]);
    });

    it('completes a cited symbol from the documents of the workspace', async () => {
      const edit = (newText: string) => ({ range: range(14, 22, 14, 23), newText });
      assert.deepEqual(await complete(14, 23), [
        item('71/28', 18, '00000', edit('71/28'), `71/28 — ${DEVELOPMENTS_TITLE}`),
        item('73/266', 18, '00001', edit('73/266'), `73/266 — ${TITLE_73_266}`),
      ]);
    });
  });

  describe('formatting (the clean shape of core/render-clean.ts)', () => {
    const name = RES;
    let server: InProcessServer;
    const format = (uri: string) =>
      server.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }) as Promise<TextEdit[]>;

    before(async () => {
      server = startInProcess(memoryServices(new Map()));
      await initialize(server);
      await open(server, uriOf(name), readFixture(name));
    });

    after(() => server.stop());

    it('replaces the markdown seed with its clean shape: no list marks, emphasis or page furniture', async () => {
      const edits = await format(uriOf(name));
      assert.deepEqual(
        edits.map((e) => e.range),
        [range(0, 0, 75, 16)],
      );
      const lines = edits[0].newText.split('\n');
      assert.equal(lines.length, 76);
      assert.deepEqual(lines.slice(0, 15), [
        'United Nations A/RES/73/266',
        '',
        'Distr.: General 2 January 2019',
        '',
        'Seventy-third session',
        '',
        'Agenda item 96',
        '',
        'Resolution adopted by the General Assembly on 22 December 2018',
        '',
        '[on the report of the First Committee (A/73/505)]',
        '',
        `73/266. ${TITLE_73_266}`,
        '',
        'The General Assembly,',
      ]);
      assert.deepEqual(
        lines.filter((line) => /^(?:\d+\.|\([a-z]\)) /.test(line)).map((line) => line.split(' ').slice(0, 3).join(' ')),
        [
          '1. Calls upon',
          '(a) To be',
          '(b) To support',
          '2. Invites all',
          '(a) Efforts taken',
          '(b) The content',
          '3. Requests the',
          '4. Requests the',
          '5. Requests the',
          '6. Decides to',
        ],
      );
      assert.deepEqual(
        lines.slice(64).map((line) => line.slice(0, 40)),
        [
          '6. Decides to include in the provisional',
          '',
          '65th plenary meeting 22 December 2018',
          '',
          '__________',
          '',
          '1 A/65/201.',
          '',
          '2 A/68/98.',
          '',
          '3 A/70/174.',
          '',
        ],
      );
      assert.equal(await server.connection.sendRequest('unResolution/clean', { uri: uriOf(name) }), edits[0].newText);
    });

    it('leaves a text already in the clean shape as it is', async () => {
      const [edit] = await format(uriOf(name));
      await open(server, 'untitled:clean', edit.newText);
      assert.deepEqual(await format('untitled:clean'), []);
    });
  });
});
