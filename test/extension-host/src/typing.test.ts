// Typing help (issue #22) in a real VS Code extension host: Enter typed in an editor on a copy
// of the draft A/C.1/70/L.45 (paragraph 2 "Calls upon Member States:" on line 67, its sub-item
// (b) on line 71, paragraph 3 on line 73, zero-based, each set apart by a blank line). VS Code
// asks the server for on-type formatting because the manifest turns editor.formatOnType on
// for UN Resolution documents. The in-process suite (server/test/inprocess/typing-help.test.ts)
// checks the same edits over the protocol alone.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { poll, WorkspaceCopies, workspaceText } from './workbench';

const SEED = 'A_C.1_70_L.45.draft.txt';

/** Puts the cursor at the end of `line` and presses Enter. */
async function enterAtEndOf(editor: vscode.TextEditor, line: number): Promise<void> {
  const end = editor.document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  await vscode.commands.executeCommand('type', { text: '\n' });
}

/** Lines `from` to `to` (zero-based, inclusive), each cut to its first 14 characters. */
function linesOf(document: vscode.TextDocument, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => document.lineAt(from + i).text.slice(0, 14));
}

/** Waits until line `line` of the editor's document reads `text` (VS Code applies the server's edits when they come). */
function lineBecomes(editor: vscode.TextEditor, line: number, text: string): Promise<string> {
  return poll(
    `line ${line}`,
    () => editor.document.lineAt(line).text,
    (found) => found === text,
  );
}

function cursorOf(editor: vscode.TextEditor): number[] {
  return [editor.selection.active.line, editor.selection.active.character];
}

/** The texts the server inserts for Enter at `position`, through VS Code's own command (which answers no edits with undefined). */
async function onTypeInserts(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatOnTypeProvider', uri, position, '\n', {
    tabSize: 4,
    insertSpaces: true,
  });
  return (edits ?? []).map((e) => e.newText);
}

describe('the next label on Enter, typed in the editor', function () {
  this.timeout(60_000);
  let seed: string;
  const copies = new WorkspaceCopies();
  const copy = async (name: string) => (await copies.open(name, seed)).editor;

  before(async () => {
    seed = await workspaceText(SEED);
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));
  after(async () => {
    await vscode.workspace.getConfiguration('unResolution').update('typing.nextLabel', undefined, vscode.ConfigurationTarget.Global);
    await copies.deleteAll();
  });

  it('formats on type in UN Resolution documents by default', () => {
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'un-resolution' }).get('formatOnType'), true);
  });

  it('Enter after paragraph 3 gives "4. " on a line of its own, the cursor after it', async () => {
    const editor = await copy('L45-enter.draft.txt');
    await enterAtEndOf(editor, 73);
    await lineBecomes(editor, 75, '4. ');
    assert.deepEqual(linesOf(editor.document, 73, 78), ['3. *Considers*', '', '4. ', '', '4. *Invites* a', '']);
    assert.deepEqual(cursorOf(editor), [75, 3]);
  });

  it('Enter after (b), the last sub-item of paragraph 2, gives "(c) "; Enter on it, left empty, makes it "3. "', async () => {
    const editor = await copy('L45-enter-sub.draft.txt');
    await enterAtEndOf(editor, 71);
    await lineBecomes(editor, 73, '(c) ');
    assert.deepEqual(cursorOf(editor), [73, 4]);
    await vscode.commands.executeCommand('type', { text: '\n' });
    await lineBecomes(editor, 73, '3. ');
    assert.deepEqual(linesOf(editor.document, 71, 75), ['(b) To promote', '', '3. ', '', '3. *Considers*']);
    assert.deepEqual(cursorOf(editor), [73, 3]);
  });

  it('with unResolution.typing.nextLabel off, Enter gives an empty line', async () => {
    const editor = await copy('L45-enter-off.draft.txt');
    // Before any typing, line 74 is the blank line after paragraph 3: the server has "4. " for it until the setting reaches it.
    assert.deepEqual(await onTypeInserts(editor.document.uri, new vscode.Position(74, 0)), ['\n4. ']);
    await vscode.workspace.getConfiguration('unResolution').update('typing.nextLabel', false, vscode.ConfigurationTarget.Global);
    await poll(
      'the answer with the setting off',
      () => onTypeInserts(editor.document.uri, new vscode.Position(74, 0)),
      (inserts) => inserts.length === 0,
    );
    await enterAtEndOf(editor, 73);
    // Asked after VS Code's own request, answered after it: by then VS Code has had its answer.
    assert.deepEqual(await onTypeInserts(editor.document.uri, new vscode.Position(74, 0)), []);
    assert.deepEqual(linesOf(editor.document, 73, 77), ['3. *Considers*', '', '', '4. *Invites* a', '']);
    assert.deepEqual(cursorOf(editor), [74, 0]);
  });
});
