// Renumbering that keeps meaning (issue #19), typed as a user types it, didChange by
// didChange: a paragraph inserted above paragraph 3 of A/C.1/70/L.45 and numbered 3 too,
// then the renumber fix; a referenced paragraph deleted; one cut and pasted further down;
// and a file opened with the number already repeated, where the fix offers each reading.
// Each runs with diagnostics at every change and after a pause, when several changes come
// between two readings.
import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic, Location } from 'vscode-languageserver-protocol';
import { applyEdits, readFixture } from '../helpers';
import { initialize, L45, memoryServices, range, startInProcess, uriOf, type InProcessServer } from './harness';
import { TypingEditor } from './typing-editor';

const INSERTED = '3. *Decides* to remain seized of the matter;\n\n';
/** Paragraph 3 of the draft starts on line 73 (zero-based), its two references ("paragraph 3 above") on lines 81 and 89. */
const PARAGRAPH_3 = 73;

type Brief = [code: string, line: number, character: number, message: string];

function brief(diagnostics: Diagnostic[]): Brief[] {
  return diagnostics.map((d) => [String(d.code), d.range.start.line, d.range.start.character, String(d.message)]);
}

async function actionsAt(server: InProcessServer, editor: TypingEditor, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  return (await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: editor.uri },
    range: diagnostics[0].range,
    context: { diagnostics },
  })) as CodeAction[];
}

function editsOf(action: CodeAction | undefined, uri: string): Array<[line: number, character: number, newText: string]> {
  return (action?.edit?.changes?.[uri] ?? []).map((e) => [e.range.start.line, e.range.start.character, e.newText]);
}

const moved = (line: number, character: number): Brief => [
  'reference.moved',
  line,
  character,
  '"paragraph 3 above" was written for another paragraph numbered 3 (line 76); renumbering moves the reference with it.',
];
const deleted = (line: number, character: number): Brief => [
  'reference.deleted',
  line,
  character,
  '"paragraph 3 above" referred to a paragraph that has been deleted.',
];

describe('in process: renumbering keeps what references meant', function () {
  this.timeout(60_000);
  const seed = readFixture(L45);
  const seedLines = seed.split('\n');
  const withInsertion = [...seedLines.slice(0, PARAGRAPH_3), INSERTED + seedLines[PARAGRAPH_3], ...seedLines.slice(PARAGRAPH_3 + 1)].join('\n');

  for (const debounceMs of [0, 50]) {
    describe(`diagnostics ${debounceMs === 0 ? 'at every change' : `after a ${debounceMs} ms pause`}`, () => {
      let server: InProcessServer;
      before(async () => {
        server = startInProcess(memoryServices(new Map()));
        await initialize(server, { diagnostics: { debounceMs } });
      });
      after(() => server.stop());

      it('a paragraph typed above paragraph 3 and numbered 3: renumbering makes the old 3 paragraph 4, and both references "paragraph 4 above"', async () => {
        const editor = new TypingEditor(server, uriOf(`insert-${debounceMs}.txt`), seed);
        assert.deepEqual((await editor.open()).diagnostics, []);
        await editor.type(editor.lineStart(PARAGRAPH_3), INSERTED);
        assert.equal(editor.text, withInsertion);
        const typed = (await editor.settled()).diagnostics;
        assert.deepEqual(brief(typed), [['numbering.duplicate', 75, 0, 'paragraph 3 is numbered twice.'], moved(83, 55), moved(91, 94)]);
        assert.deepEqual(typed[1].relatedInformation, [
          { location: { uri: editor.uri, range: range(75, 0, 75, 2) }, message: 'the paragraph it was written for' },
        ]);

        const actions = await actionsAt(server, editor, typed);
        assert.deepEqual(
          actions.map((a) => [a.title, a.kind]),
          [
            ['Fix all safe problems', 'source.fixAll.unResolution'],
            ['Renumber the paragraphs and the references to them', 'quickfix'],
          ],
        );
        const renumber = actions[1];
        const expected: Array<[number, number, string]> = [
          [75, 0, '4.'],
          [77, 0, '5.'],
          [87, 0, '6.'],
          [93, 0, '7.'],
          [83, 55, '4'],
          [91, 94, '4'],
        ];
        assert.deepEqual(editsOf(renumber, editor.uri), expected);
        assert.deepEqual(editsOf(actions[0], editor.uri), expected);
        assert.deepEqual(renumber.diagnostics, typed);

        await editor.apply(renumber.edit!.changes![editor.uri]);
        assert.deepEqual((await editor.settled()).diagnostics, []);
        assert.deepEqual(editor.text.split('\n').filter((line) => line.includes('paragraph 4 above')).length, 2);
        // The reference lands on the paragraph it was written for, now 4.
        const [target] = (await server.connection.sendRequest('textDocument/definition', {
          textDocument: { uri: editor.uri },
          position: { line: 83, character: 55 },
        })) as Location[];
        assert.deepEqual(target.range.start, { line: 75, character: 0 });
        assert.match(editor.text.split('\n')[75], /^4\. \*Considers\*/);
      });

      it("paragraph 3 copied and pasted above itself: the references stay with the one they were written for, known by the editor's changes", async () => {
        const editor = new TypingEditor(server, uriOf(`copy-${debounceMs}.txt`), seed);
        await editor.open();
        // Word for word the same paragraph: only the trail of changes tells which one is new.
        const copy = editor.text.slice(editor.lineStart(PARAGRAPH_3), editor.lineStart(PARAGRAPH_3 + 2));
        await editor.paste(editor.lineStart(PARAGRAPH_3), copy);
        const found = (await editor.settled()).diagnostics;
        assert.deepEqual(brief(found), [['numbering.duplicate', 75, 0, 'paragraph 3 is numbered twice.'], moved(83, 55), moved(91, 94)]);
      });

      it('a referenced paragraph deleted: each reference says so, and renumbering leaves them as written', async () => {
        const editor = new TypingEditor(server, uriOf(`delete-${debounceMs}.txt`), seed);
        await editor.open();
        await editor.delete(editor.lineStart(PARAGRAPH_3), editor.lineStart(PARAGRAPH_3 + 2));
        const found = (await editor.settled()).diagnostics;
        assert.deepEqual(brief(found), [['numbering.gap', 73, 0, 'paragraph 4 follows 2: 3 is missing.'], deleted(79, 55), deleted(87, 94)]);
        const actions = await actionsAt(server, editor, found);
        const renumber = actions.find((a) => a.title === 'Renumber the paragraphs and the references to them');
        assert.deepEqual(editsOf(renumber, editor.uri), [
          [73, 0, '3.'],
          [83, 0, '4.'],
          [89, 0, '5.'],
        ]);
        await editor.apply(renumber!.edit!.changes![editor.uri]);
        // Still told, never re-targeted to the paragraph now numbered 3.
        assert.deepEqual(brief((await editor.settled()).diagnostics), [deleted(79, 55), deleted(87, 94)]);
      });

      it('a referenced paragraph cut and pasted further down: the references follow it', async () => {
        const editor = new TypingEditor(server, uriOf(`move-${debounceMs}.txt`), seed);
        await editor.open();
        const cut = await editor.delete(editor.lineStart(PARAGRAPH_3), editor.lineStart(PARAGRAPH_3 + 2));
        assert.deepEqual(brief((await editor.settled()).diagnostics).slice(1), [deleted(79, 55), deleted(87, 94)]);
        // Pasted above paragraph 6: 1, 2, 4, 5, 3, 6.
        await editor.paste(editor.lineStart(89), cut);
        const found = (await editor.settled()).diagnostics;
        assert.deepEqual(brief(found), [
          ['reference.paragraph', 79, 55, 'Paragraph 3 is not above this reference.'],
          ['reference.paragraph', 87, 94, 'Paragraph 3 is not above this reference.'],
          ['numbering.order', 89, 0, 'paragraph 3 comes after 5; expected 6.'],
        ]);
        const renumber = (await actionsAt(server, editor, found)).find((a) => a.title === 'Renumber the paragraphs and the references to them');
        assert.deepEqual(editsOf(renumber, editor.uri), [
          [73, 0, '3.'],
          [83, 0, '4.'],
          [89, 0, '5.'],
          [79, 55, '5'],
          [87, 94, '5'],
        ]);
      });
    });
  }

  describe('a file opened with the number already repeated', () => {
    let server: InProcessServer;
    before(async () => {
      server = startInProcess(memoryServices(new Map()));
      await initialize(server, { diagnostics: { debounceMs: 0 } });
    });
    after(() => server.stop());

    it('offers each reading of "paragraph 3 above" instead of choosing, and "Fix all" does not renumber', async () => {
      const editor = new TypingEditor(server, uriOf('opened-with-duplicate.txt'), withInsertion);
      const found = (await editor.open()).diagnostics;
      assert.deepEqual(brief(found), [['numbering.duplicate', 75, 0, 'paragraph 3 is numbered twice.']]);
      const actions = await actionsAt(server, editor, found);
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
        [
          ['Renumber: references to 3 follow the first 3 (line 74)', 'quickfix', false],
          ['Renumber: references to 3 follow the second 3 (line 76)', 'quickfix', false],
        ],
      );
      const labels: Array<[number, number, string]> = [
        [75, 0, '4.'],
        [77, 0, '5.'],
        [87, 0, '6.'],
        [93, 0, '7.'],
      ];
      assert.deepEqual(editsOf(actions[0], editor.uri), labels);
      assert.deepEqual(editsOf(actions[1], editor.uri), [...labels, [83, 55, '4'], [91, 94, '4']]);
      const second = applyEdits(withInsertion, actions[1].edit!.changes![editor.uri]);
      assert.equal(second.split('\n')[83].endsWith('paragraph 4 above;'), true);
    });
  });
});
