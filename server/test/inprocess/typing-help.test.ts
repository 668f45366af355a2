// Typing help in process (lsp/on-type-formatting.ts): Enter typed in the draft A/C.1/70/L.45 as
// an editor sends it — the newline in a didChange, then textDocument/onTypeFormatting with
// ch "\n" at the start of the new line — answered with the exact edits; and nothing with
// unResolution.typing.nextLabel off, whether the client says so at start or later.
import { strict as assert } from 'node:assert';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { readFixture } from '../helpers';
import { initialize, L45, memoryServices, range, startInProcess, uriOf, type InProcessServer } from './harness';
import { TypingEditor } from './typing-editor';

describe('in process: the next label on Enter (lsp/on-type-formatting.ts)', function () {
  this.timeout(30_000);
  let server: InProcessServer;
  let opened: TypingEditor;

  // The diagnostics of the last change are published before the server stops.
  afterEach(async () => {
    await opened.settled();
    await server.stop();
  });

  /** Opens a copy of the draft in a fresh server started with `settings`. */
  async function draft(name: string, settings: object = {}): Promise<TypingEditor> {
    server = startInProcess(memoryServices(new Map()));
    await initialize(server, { diagnostics: { debounceMs: 0 }, ...settings });
    opened = new TypingEditor(server, uriOf(name), readFixture(L45));
    await opened.open();
    return opened;
  }

  /** Types Enter at the end of `line` and asks for the edits, as VS Code does with editor.formatOnType. */
  async function enterAtEndOf(editor: TypingEditor, line: number): Promise<TextEdit[]> {
    await editor.type(editor.lineStart(line + 1) - 1, '\n');
    return server.connection.sendRequest('textDocument/onTypeFormatting', {
      textDocument: { uri: editor.uri },
      position: { line: line + 1, character: 0 },
      ch: '\n',
      options: { tabSize: 4, insertSpaces: true },
    });
  }

  it('after paragraph 3 (";"): "4. " on a line of its own, set apart by a blank line as the draft sets its paragraphs', async () => {
    const editor = await draft('enter-3.draft.txt');
    assert.deepEqual(await enterAtEndOf(editor, 73), [{ range: range(74, 0, 74, 0), newText: '\n4. ' }]);
  });

  it('after "2. *Calls upon* Member States:": "(a) "; after (b), the last sub-item, "(c) "; Enter on that empty (c): it becomes "3. "', async () => {
    const editor = await draft('enter-2.draft.txt');
    assert.deepEqual(await enterAtEndOf(editor, 67), [{ range: range(68, 0, 68, 0), newText: '\n(a) ' }]);
    await editor.delete(editor.lineStart(68) - 1, editor.lineStart(68));

    const afterB = await enterAtEndOf(editor, 71);
    assert.deepEqual(afterB, [{ range: range(72, 0, 72, 0), newText: '\n(c) ' }]);
    await editor.apply(afterB);
    assert.equal(editor.text.split('\n')[73], '(c) ');
    const onEmpty = await enterAtEndOf(editor, 73);
    assert.deepEqual(onEmpty, [{ range: range(73, 0, 74, 0), newText: '3. ' }]);
    await editor.apply(onEmpty);
    assert.deepEqual(
      editor.text
        .split('\n')
        .slice(71, 76)
        .map((line) => line.slice(0, 14)),
      ['(b) To promote', '', '3. ', '', '3. *Considers*'],
    );
  });

  it('nothing after a preambular paragraph, nor where Enter splits a paragraph', async () => {
    const editor = await draft('enter-none.draft.txt');
    assert.deepEqual(await enterAtEndOf(editor, 63), []);
    await editor.type(editor.lineStart(73) + 15, '\n');
    const split = await server.connection.sendRequest('textDocument/onTypeFormatting', {
      textDocument: { uri: editor.uri },
      position: { line: 74, character: 0 },
      ch: '\n',
      options: { tabSize: 4, insertSpaces: true },
    });
    assert.deepEqual(split, []);
  });

  it('nothing with unResolution.typing.nextLabel off in the initialization options, the label again once the setting is on', async () => {
    const editor = await draft('enter-off.draft.txt', { typing: { nextLabel: false } });
    assert.deepEqual(await enterAtEndOf(editor, 73), []);
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { unResolution: { diagnostics: { debounceMs: 0 }, typing: { nextLabel: true } } },
    });
    assert.deepEqual(await enterAtEndOf(editor, 65), [{ range: range(66, 0, 66, 0), newText: '\n2. ' }]);
  });
});
