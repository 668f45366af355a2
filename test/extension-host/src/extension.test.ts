// The extension as a user gets it, inside a real VS Code extension host: the workspace is a
// copy of the seeds and the stand-ins of test-fixtures/workspace (made by run.mjs), and every
// answer is asked through the VS Code API, so the client, the bundled server and VS Code's
// own handling of their answers are all in the path.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { openResolution, outline, placesOf, poll, positionOf, workspaceFile } from './workbench';

const REPOSITORY = join(__dirname, '..', '..', '..');
const GAP_FIXTURE = join(REPOSITORY, 'test-fixtures', 'broken', 'gap.txt');
const CORPUS_PDF = join(REPOSITORY, 'test-fixtures', 'corpus', 'pdf', 'A_RES_78_192.pdf');

function markdownOf(hovers: vscode.Hover[]): string[] {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

describe('UN Resolution extension in a VS Code extension host', () => {
  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['unResolution.showStructure', 'unResolution.restartServer', 'unResolution.reindex', 'unResolution.openPdfAsText']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  it('opens a .res.txt file as a resolution by its extension', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('A_RES_71_28.res.txt'));
    assert.equal(document.languageId, 'un-resolution');
  });

  it('detects a resolution in a plain .txt file by its content', async () => {
    // No language claims `.draft.txt`: VS Code opens it as plain text and the extension switches it.
    await openResolution(workspaceFile('A_C.1_76_L.13.draft.txt'));
  });

  it('shows the outline of A/RES/73/266', async () => {
    const document = await openResolution(workspaceFile('A_RES_73_266.adopted.txt'));
    const symbols = await outline(document);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Header', '73/266. Advancing responsible State behaviour in cybers…', 'Preamble', 'Operative part', 'Footnotes'],
    );
    const operative = symbols[3];
    assert.deepEqual(
      operative.children.map((c) => c.name),
      ['1. Calls upon', '2. Invites', '3. Requests', '4. Requests', '5. Requests', '6. Decides'],
    );
    assert.equal(operative.children[0].kind, vscode.SymbolKind.Method);
    assert.equal(operative.children[0].selectionRange.start.line, 53);
    assert.equal(symbols[2].children.length, 15, 'fifteen preambular paragraphs');
  });

  it('goes from a cited resolution to the title of the workspace file that carries its symbol', async () => {
    const document = await openResolution(workspaceFile('A_C.1_75_L.4.pdf-extracted.txt'));
    await outline(document);
    const at = positionOf(document, '73/266 of 22 December', 2);
    const targets = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, at);
    assert.deepEqual(placesOf(targets), [{ file: 'A_RES_73_266.adopted.txt', range: [15, 0, 15, 100] }]);
  });

  it("lists the documents that cite A/RES/73/266 when asked on its title's number", async () => {
    const document = await openResolution(workspaceFile('A_RES_73_266.adopted.txt'));
    // The header symbol (the declaration) and the citations, in VS Code's order: by file, then by place.
    const expected = [
      { file: 'A_C.1_75_L.4.pdf-extracted.txt', range: [122, 6, 122, 12] },
      { file: 'A_C.1_75_L.4.pdf-extracted.txt', range: [334, 68, 334, 74] },
      { file: 'A_C.1_75_L.4.pdf-extracted.txt', range: [356, 47, 356, 53] },
      { file: 'A_C.1_76_L.13.draft.txt', range: [25, 687, 25, 693] },
      { file: 'A_RES_73_266.adopted.txt', range: [1, 15, 1, 27] },
      { file: 'amendment-L4.res.txt', range: [21, 94, 21, 100] },
    ];
    // The citing files are known once the workspace is indexed.
    const found = await poll(
      'references on 73/266 in the title',
      async () =>
        placesOf(
          await vscode.commands.executeCommand<vscode.Location[]>(
            'vscode.executeReferenceProvider',
            document.uri,
            positionOf(document, '73/266. Advancing', 3),
          ),
        ),
      (places) => places.length === expected.length,
    );
    assert.deepEqual(found, expected);
  });

  it('hovers over a cited resolution with its title, date and committee from the workspace', async () => {
    const document = await openResolution(workspaceFile('A_C.1_75_L.4.pdf-extracted.txt'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, '73/266 of 22 December', 1),
    );
    assert.deepEqual(markdownOf(hovers), [
      '**A/RES/73/266** — Advancing responsible State behaviour in cyberspace in the context of international security\n\nResolution · 22 December 2018 · First Committee\n\n[A/RES/73/266](https://undocs.org/A/RES/73/266)',
    ]);
  });

  it('opens the preview of A/RES/73/266 in a webview beside the editor', async () => {
    await openResolution(workspaceFile('A_RES_73_266.adopted.txt'));
    await vscode.commands.executeCommand('un-resolution.showPreviewToSide');
    const previews = () =>
      vscode.window.tabGroups.all.flatMap((group) =>
        group.tabs
          .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('unResolution.preview'))
          .map((tab) => ({ label: tab.label, column: group.viewColumn })),
      );
    const [preview] = await poll('preview tabs', previews, (found) => found.length > 0);
    assert.equal(preview.label, 'Preview A_RES_73_266.adopted.txt');
    assert.equal(preview.column, vscode.ViewColumn.Two, 'beside the editor');
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    await vscode.commands.executeCommand('workbench.action.closeOtherEditors');
  });

  it('opens a resolution PDF as text in a new editor, with its outline and footnotes', async () => {
    await vscode.commands.executeCommand('unResolution.openPdfAsText', vscode.Uri.file(CORPUS_PDF));
    const document = await poll(
      "editor of the PDF's text",
      () => vscode.window.activeTextEditor?.document,
      (d) => d?.isUntitled === true && d.getText().includes('A/RES/78/192'),
    );
    assert.ok(document);
    assert.equal(document.languageId, 'un-resolution');
    assert.match(document.getText(), /^1\. Reaffirms the right of the Palestinian people to self-determination/m);
    assert.ok(!/\*2326050\*/.test(document.getText()), 'no barcode from the page furniture');
    const symbols = await outline(document);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Header', '78/192. The right of the Palestinian people to self-det…', 'Preamble', 'Operative part', 'Footnotes'],
    );
    assert.deepEqual(
      symbols[3].children.map((c) => c.name),
      ['1. Reaffirms', '2. Urges'],
    );
    assert.equal(symbols[2].children.length, 12, 'twelve preambular paragraphs');
    assert.equal(symbols[4].children.length, 11, 'eleven footnotes');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  // Runs after the navigation tests: gap.txt is a variant of A/RES/73/266, and while it is
  // open the server knows two documents with that symbol.
  it('reports a numbering gap and a duplicate in a broken copy of A/RES/73/266', async () => {
    const uri = vscode.Uri.file(GAP_FIXTURE);
    await openResolution(uri);
    const diagnostics = await poll(
      'diagnostics of gap.txt',
      () => vscode.languages.getDiagnostics(uri),
      (found) => found.length > 0,
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.source, d.code, d.severity, d.range.start.line, d.range.start.character, d.message]),
      [
        ['un-resolution', 'numbering.gap', vscode.DiagnosticSeverity.Error, 69, 2, 'paragraph 5 follows 3: 4 is missing.'],
        ['un-resolution', 'numbering.duplicate', vscode.DiagnosticSeverity.Error, 70, 2, 'paragraph 5 is numbered twice.'],
      ],
    );
  });
});
