// What the extension-host tests share: the workspace's files, waiting for an answer by
// polling (never by sleeping), opening a resolution, and locations in comparable form.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

const POLL_INTERVAL_MS = 50;

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'run.mjs opens a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Asks `probe` again until `accept` holds; fails with the last answer after `timeoutMs`. */
export async function poll<T>(what: string, probe: () => T | Thenable<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)?.slice(0, 500)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** Opens a document in an editor and waits until the extension has made it a resolution. */
export async function openResolution(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  await poll(
    `language of ${uri.path}`,
    () => document.languageId,
    (id) => id === 'un-resolution',
  );
  return document;
}

/** The text of a file of the workspace. */
export async function workspaceText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(name)));
}

/** Files a suite writes into the workspace, each opened in an editor once written; `deleteAll` removes them. */
export class WorkspaceCopies {
  private readonly written: vscode.Uri[] = [];

  /** Writes `text` to `name` and opens it; resolves once the server knows it (it answers the outline). */
  async open(name: string, text: string): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
    const uri = workspaceFile(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    this.written.push(uri);
    const document = await openResolution(uri);
    await outline(document);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, document);
    return { uri, editor };
  }

  async deleteAll(): Promise<void> {
    for (const uri of this.written.splice(0)) await vscode.workspace.fs.delete(uri);
  }
}

/** The server answers once it has started; until then VS Code returns no symbols. */
export function outline(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return poll(
    `outline of ${document.uri.path}`,
    () => vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri),
    (symbols) => (symbols?.length ?? 0) > 0,
  ) as Promise<vscode.DocumentSymbol[]>;
}

export function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in ${document.uri.path}`);
  return document.positionAt(at + offset);
}

/** Locations as file names and [line, character, line, character], for exact comparison. */
export function placesOf(locations: Array<vscode.Location | vscode.LocationLink>): Array<{ file: string | undefined; range: number[] }> {
  return locations
    .map((t) => ('targetUri' in t ? { uri: t.targetUri, range: t.targetRange } : t))
    .map((t) => ({
      file: t.uri.path.split('/').pop(),
      range: [t.range.start.line, t.range.start.character, t.range.end.line, t.range.end.character],
    }));
}
