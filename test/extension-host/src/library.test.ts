// The document library in VS Code: a draft cites A/RES/80/3 and A/RES/79/233, which neither the
// workspace nor the library (an empty temporary folder, unResolution.library.folder) holds. The
// document service is library-server.ts, started by this suite on 127.0.0.1 and named by
// unResolution.library.url. The hover offers the fetch command as a link VS Code lets run, the
// command fetches from the link or the cursor and opens the document, and definition then goes
// there. The settings are put back and the server restarted after.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { AWAZA_DRAFT } from '../../../server/test/awaza-draft';
import { startLibraryServer, type LibraryServer } from '../../../server/test/library-server';
import { outline, placesOf, poll, positionOf, WorkspaceCopies } from './workbench';

const REPOSITORY = join(__dirname, '..', '..', '..');
const FETCH_COMMAND = 'unResolution.fetchCitedDocument';

/** The active editor's file name and selection, once it shows `file`. */
function activeEditorOn(file: string) {
  return poll(
    `an editor on ${file}`,
    () => {
      const editor = vscode.window.activeTextEditor;
      const { start, end } = editor?.selection ?? new vscode.Selection(0, 0, 0, 0);
      return { file: editor?.document.uri.path.split('/').pop(), selection: [start.line, start.character, end.line, end.character] };
    },
    (found) => found.file === file,
  );
}

describe('the document library: fetching a cited document', function () {
  this.timeout(60_000);
  const copies = new WorkspaceCopies();
  const settings = () => vscode.workspace.getConfiguration('unResolution.library');
  let service: LibraryServer;
  let folder: string;
  let draft: vscode.TextDocument;

  before(async () => {
    service = await startLibraryServer(join(REPOSITORY, 'test-fixtures', 'corpus', 'pdf'));
    folder = mkdtempSync(join(tmpdir(), 'library-'));
    await settings().update('url', service.url, vscode.ConfigurationTarget.Global);
    await settings().update('folder', folder, vscode.ConfigurationTarget.Global);
    // Started again, the server reads the settings before anything is asked.
    await vscode.commands.executeCommand('unResolution.restartServer');
    const { editor } = await copies.open('draft-awaza.res.txt', AWAZA_DRAFT);
    draft = editor.document;
  });

  after(async () => {
    await copies.deleteAll();
    await settings().update('url', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('folder', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('unResolution.restartServer');
    await service.close();
  });

  it('registers the command Fetch Cited Document', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes(FETCH_COMMAND));
  });

  it('offers "Fetch A/RES/80/3" in the hover, a link to the command that VS Code lets run', async () => {
    const at = positionOf(draft, '80/3 of', 2);
    const [hover] = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.uri, at);
    const [contents] = hover.contents as vscode.MarkdownString[];
    const args = encodeURIComponent(JSON.stringify([{ uri: draft.uri.toString(), position: { line: 17, character: 25 } }]));
    assert.equal(
      contents.value,
      '**A/RES/80/3** of 13 October 2025\n\nNot in this workspace.\n\n' +
        `[Fetch A/RES/80/3](command:${FETCH_COMMAND}?${args} "Download it into the document library")\n\n` +
        '[A/RES/80/3](https://undocs.org/A/RES/80/3)',
    );
    assert.deepEqual(contents.isTrusted, { enabledCommands: [FETCH_COMMAND] });
    assert.deepEqual(service.requests, []);
  });

  it("fetches from the link's arguments and opens the document at the title", async () => {
    await vscode.commands.executeCommand(FETCH_COMMAND, { uri: draft.uri.toString(), position: { line: 17, character: 25 } });
    assert.deepEqual(await activeEditorOn('A_RES_80_3.txt'), { file: 'A_RES_80_3.txt', selection: [20, 0, 20, 33] });
    assert.deepEqual(service.requests, ['A/RES/80/3']);
    assert.deepEqual(readdirSync(folder), ['A_RES_80_3.pdf', 'A_RES_80_3.txt']);
  });

  it('fetches the document cited at the cursor', async () => {
    const editor = await vscode.window.showTextDocument(draft);
    const at = positionOf(draft, '79/233', 2);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand(FETCH_COMMAND);
    assert.deepEqual(await activeEditorOn('A_RES_79_233.txt'), { file: 'A_RES_79_233.txt', selection: [20, 0, 20, 88] });
    assert.deepEqual(service.requests, ['A/RES/80/3', 'A/RES/79/233']);
  });

  it('goes to the fetched document by definition: on the paragraph cited, and opens it', async () => {
    const editor = await vscode.window.showTextDocument(draft);
    await outline(draft);
    const at = positionOf(draft, '80/3;', 2);
    const targets = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', draft.uri, at);
    assert.deepEqual(placesOf(targets), [{ file: 'A_RES_80_3.txt', range: [28, 0, 28, 2] }]);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    assert.deepEqual(await activeEditorOn('A_RES_80_3.txt'), { file: 'A_RES_80_3.txt', selection: [28, 0, 28, 0] });
    assert.deepEqual(service.requests, ['A/RES/80/3', 'A/RES/79/233'], 'nothing fetched again');
  });
});
