// Renumbering that keeps meaning (issue #19) in a real VS Code extension host, edited as a
// user edits: on copies of the draft A/C.1/70/L.45, whose paragraph 3 (line 74) is named by
// "paragraph 3 above" twice, a paragraph typed above paragraph 3 and numbered 3 too, then
// renumbered by the quick fix; paragraph 3 selected and deleted; and a copy opened with the
// number already repeated, where the fix offers each reading. The in-process suite
// (server/test/inprocess/renumbering.test.ts) checks the same over the protocol alone.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { placesOf, poll, WorkspaceCopies, workspaceText } from './workbench';

const SEED = 'A_C.1_70_L.45.draft.txt';
const INSERTED = '3. *Decides* to remain seized of the matter;\n\n';
/** Paragraph 3 of the draft starts on line 73 (zero-based), its two references ("paragraph 3 above") on lines 81 and 89. */
const PARAGRAPH_3 = 73;
const RENUMBER = 'Renumber the paragraphs and the references to them';

/** The draft with INSERTED typed at the start of paragraph 3. */
function withInsertion(seed: string): string {
  const lines = seed.split('\n');
  return [...lines.slice(0, PARAGRAPH_3), INSERTED + lines[PARAGRAPH_3], ...lines.slice(PARAGRAPH_3 + 1)].join('\n');
}

/** The labels and references after the inserted 3 is renumbered with the references following the old 3 (see labelsAndReferences). */
const RENUMBERED: Array<[number, string]> = [
  [65, '1. *Welcomes*'],
  [67, '2. *Calls upon*'],
  [73, '3. *Decides*'],
  [75, '4. *Considers*'],
  [77, '5. *Invites*'],
  [83, 'paragraph 4 above'],
  [87, '6. *Requests*'],
  [91, 'paragraph 4 above'],
  [93, '7. *Decides*'],
];

type Brief = [code: string, range: number[], message: string];

function rangeOf(range: vscode.Range): number[] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

function brief(diagnostics: readonly vscode.Diagnostic[]): Brief[] {
  return diagnostics.map((d) => [String(d.code), rangeOf(d.range), d.message]);
}

const moved = (line: number, character: number): Brief => [
  'reference.moved',
  [line, character, line, character + 1],
  '"paragraph 3 above" was written for another paragraph numbered 3 (line 76); renumbering moves the reference with it.',
];
const deleted = (line: number, character: number): Brief => [
  'reference.deleted',
  [line, character, line, character + 1],
  '"paragraph 3 above" referred to a paragraph that has been deleted.',
];

/** Waits until the document's diagnostics are `expected`; VS Code shows each version's as the server publishes them. */
function diagnosticsBecome(uri: vscode.Uri, expected: Brief[]): Promise<vscode.Diagnostic[]> {
  return poll(
    `diagnostics of ${uri.path.split('/').pop()}`,
    () => vscode.languages.getDiagnostics(uri),
    (found) => JSON.stringify(brief(found)) === JSON.stringify(expected),
  );
}

/** Each paragraph's label and operative verb, and each reference to a paragraph, with its line (zero-based). */
function labelsAndReferences(document: vscode.TextDocument): Array<[number, string]> {
  return document
    .getText()
    .split('\n')
    .flatMap((text, line) => [...text.matchAll(/^\d+\. \*[^*]+\*|paragraph \d+ above/g)].map((m): [number, string] => [line, m[0]]));
}

/** The lines (zero-based) where two texts of as many lines differ. */
function changedLines(before: string, after: string): number[] {
  const lines = after.split('\n');
  assert.equal(lines.length, before.split('\n').length);
  return before.split('\n').flatMap((line, i) => (line === lines[i] ? [] : [i]));
}

/** The extension's code actions at `range`, without the workbench's own chat actions (kinds `….copilot`). */
async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return actions.filter((a) => !a.kind?.value.endsWith('.copilot'));
}

/** What "source.fixAll" offers on the whole document, as on save. */
function fixAllIn(editor: vscode.TextEditor): Promise<vscode.CodeAction[]> {
  const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
  return codeActionsAt(editor.document.uri, whole, vscode.CodeActionKind.SourceFixAll.value);
}

/** The edits of an action in this document, as [line, character, new text]. */
function editsOf(action: vscode.CodeAction, uri: vscode.Uri): Array<[number, number, string]> {
  return (action.edit?.get(uri) ?? []).map((e) => [e.range.start.line, e.range.start.character, e.newText]);
}

/** Puts the cursor at the start of `line` and types `text` a character at a time, as a user does. */
async function typeAt(editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  const start = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(start, start);
  for (const character of text) await vscode.commands.executeCommand('type', { text: character });
}

describe('renumbering keeps what references meant, edited in the editor', function () {
  this.timeout(60_000);
  let seed: string;
  const copies = new WorkspaceCopies();
  const copy = (name: string, text: string) => copies.open(name, text);

  before(async () => {
    seed = await workspaceText(SEED);
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));
  after(() => copies.deleteAll());

  it('a paragraph typed above paragraph 3 and numbered 3: the quick fix makes the old 3 paragraph 4, and both references "paragraph 4 above"', async () => {
    const { uri, editor } = await copy('L45-insert.draft.txt', seed);
    await typeAt(editor, PARAGRAPH_3, INSERTED);
    assert.equal(editor.document.getText(), withInsertion(seed));

    const typed = await diagnosticsBecome(uri, [['numbering.duplicate', [75, 0, 75, 2], 'paragraph 3 is numbered twice.'], moved(83, 55), moved(91, 94)]);
    assert.deepEqual(
      typed[1].relatedInformation?.map((r) => [r.location.uri.toString(), rangeOf(r.location.range), r.message]),
      [[uri.toString(), [75, 0, 75, 2], 'the paragraph it was written for']],
    );

    const actions = await codeActionsAt(uri, typed[0].range);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind?.value]),
      [
        [RENUMBER, 'quickfix'],
        ['Fix all safe problems', 'source.fixAll.unResolution'],
      ],
    );
    const renumber = actions[0];
    // Fix all, as on save, renumbers the same way.
    assert.deepEqual(
      (await fixAllIn(editor)).map((a) => [a.title, editsOf(a, uri)]),
      [['Fix all safe problems', editsOf(renumber, uri)]],
    );
    const before = editor.document.getText();
    assert.equal(await vscode.workspace.applyEdit(renumber.edit!), true);
    assert.deepEqual(changedLines(before, editor.document.getText()), [75, 77, 83, 87, 91, 93]);
    assert.deepEqual(labelsAndReferences(editor.document), RENUMBERED);
    await diagnosticsBecome(uri, []);

    // "paragraph 4 above" leads to the paragraph it was written for, now numbered 4.
    const targets = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      uri,
      new vscode.Position(83, 55),
    );
    assert.deepEqual(placesOf(targets), [{ file: 'L45-insert.draft.txt', range: [75, 0, 75, 2] }]);
  });

  it('paragraph 3 selected and deleted: each reference says so, before and after renumbering, and still reads "paragraph 3 above"', async () => {
    const { uri, editor } = await copy('L45-delete.draft.txt', seed);
    editor.selection = new vscode.Selection(PARAGRAPH_3, 0, PARAGRAPH_3 + 2, 0);
    await vscode.commands.executeCommand('deleteLeft');
    const found = await diagnosticsBecome(uri, [['numbering.gap', [73, 0, 73, 2], 'paragraph 4 follows 2: 3 is missing.'], deleted(79, 55), deleted(87, 94)]);

    const renumber = (await codeActionsAt(uri, found[0].range)).find((a) => a.title === RENUMBER);
    assert.ok(renumber, 'the gap offers renumbering');
    assert.deepEqual(editsOf(renumber, uri), [
      [73, 0, '3.'],
      [83, 0, '4.'],
      [89, 0, '5.'],
    ]);
    assert.equal(await vscode.workspace.applyEdit(renumber.edit!), true);

    // Still told, never re-targeted to the paragraph now numbered 3.
    await diagnosticsBecome(uri, [deleted(79, 55), deleted(87, 94)]);
    assert.deepEqual(labelsAndReferences(editor.document), [
      [65, '1. *Welcomes*'],
      [67, '2. *Calls upon*'],
      [73, '3. *Invites*'],
      [79, 'paragraph 3 above'],
      [83, '4. *Requests*'],
      [87, 'paragraph 3 above'],
      [89, '5. *Decides*'],
    ]);
  });

  it('a copy opened with 3 already repeated: the quick fixes are the two readings, in order, and "source.fixAll" does not renumber', async () => {
    const { uri, editor } = await copy('L45-duplicate.draft.txt', withInsertion(seed));
    const [duplicate] = await diagnosticsBecome(uri, [['numbering.duplicate', [75, 0, 75, 2], 'paragraph 3 is numbered twice.']]);

    const actions = await codeActionsAt(uri, duplicate.range);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind?.value, a.isPreferred ?? false]),
      [
        ['Renumber: references to 3 follow the first 3 (line 74)', 'quickfix', false],
        ['Renumber: references to 3 follow the second 3 (line 76)', 'quickfix', false],
      ],
    );
    assert.deepEqual(await fixAllIn(editor), []);

    // The first reading renumbers the labels alone: the references follow the inserted 3, still 3.
    const before = editor.document.getText();
    assert.equal(await vscode.workspace.applyEdit(actions[0].edit!), true);
    assert.deepEqual(changedLines(before, editor.document.getText()), [75, 77, 87, 93]);
    assert.deepEqual(
      labelsAndReferences(editor.document),
      RENUMBERED.map(([line, text]): [number, string] => [line, text.replace('paragraph 4', 'paragraph 3')]),
    );
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
    // The second moves them with the old 3, now 4.
    assert.equal(await vscode.workspace.applyEdit(actions[1].edit!), true);
    assert.deepEqual(changedLines(before, editor.document.getText()), [75, 77, 83, 87, 91, 93]);
    assert.deepEqual(labelsAndReferences(editor.document), RENUMBERED);
  });
});
