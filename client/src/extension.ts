// The VS Code side: starts the bundled language server when a resolution is open,
// switches detected resolutions to the `un-resolution` language, and offers the commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerDetection } from './detection';
import { registerPreview } from './preview';
import { registerExport } from './export';
import { registerCompare } from './compare';
import { registerPdfImport } from './pdf-import';
import { registerFetchCited } from './fetch-cited';
import { CLEAN_REQUEST, FETCH_CITED_COMMAND, REINDEX_REQUEST, STRUCTURE_REQUEST, type ReindexResult } from '../../server/src/lsp/protocol';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'un-resolution' }],
    synchronize: {
      configurationSection: 'unResolution',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,md}'),
    },
    // A function: read again at each start, so a restarted server knows the trust granted since.
    initializationOptions: () => ({
      settings: vscode.workspace.getConfiguration('unResolution'),
      // Where the server keeps its index between sessions (a warm start re-reads only changed files).
      storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath,
      // The document library's folder unless unResolution.library.folder names one: <global storage>/library.
      globalStoragePath: context.globalStorageUri.fsPath,
      // Nothing is fetched in an untrusted workspace; the server is told when trust is granted.
      trusted: vscode.workspace.isTrusted,
    }),
    // The hover's "Fetch A/RES/53/70" link runs this command, and no other.
    markdown: { isTrusted: { enabledCommands: [FETCH_CITED_COMMAND] } },
    outputChannelName: 'UN Resolution',
  };
  return new LanguageClient('unResolution', 'UN Resolution', serverOptions, clientOptions);
}

async function ensureStarted(context: vscode.ExtensionContext): Promise<LanguageClient> {
  if (!client) {
    client = createClient(context);
    await client.start();
  }
  return client;
}

function activeResolution(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'un-resolution' ? editor : undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const startIfNeeded = () => {
    if (vscode.workspace.textDocuments.some((d) => d.languageId === 'un-resolution')) void ensureStarted(context);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.languageId === 'un-resolution') void ensureStarted(context);
    }),
    vscode.commands.registerCommand('unResolution.showStructure', async () => {
      const editor = activeResolution();
      if (!editor) {
        void vscode.window.showInformationMessage('Open a UN resolution to see its structure.');
        return;
      }
      const running = await ensureStarted(context);
      const json = await running.sendRequest(STRUCTURE_REQUEST, { uri: editor.document.uri.toString() });
      const document = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(json, null, 2) });
      await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
    }),
    vscode.commands.registerCommand('unResolution.cleanUp', async () => {
      const editor = activeResolution();
      if (!editor) {
        void vscode.window.showInformationMessage('Open a UN resolution (PDF-extracted text) to clean it up.');
        return;
      }
      const running = await ensureStarted(context);
      const clean = await running.sendRequest<string | null>(CLEAN_REQUEST, { uri: editor.document.uri.toString() });
      if (clean === null) return;
      // A new editor: the original stays as it is until the user saves over it.
      const document = await vscode.workspace.openTextDocument({ language: 'un-resolution', content: clean });
      await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
    }),
    vscode.commands.registerCommand('unResolution.restartServer', async () => {
      if (client) await client.restart();
      else await ensureStarted(context);
    }),
    vscode.commands.registerCommand('unResolution.reindex', async () => {
      const running = await ensureStarted(context);
      const result = await running.sendRequest<ReindexResult>(REINDEX_REQUEST);
      void vscode.window.showInformationMessage(`UN Resolution: indexed ${result.documents} documents in ${(result.milliseconds / 1000).toFixed(1)} s.`);
    }),
  );
  registerPreview(context, () => ensureStarted(context));
  registerExport(context, () => ensureStarted(context));
  registerCompare(context, () => ensureStarted(context));
  registerPdfImport(context, () => ensureStarted(context));
  registerFetchCited(
    context,
    () => ensureStarted(context),
    () => client,
  );
  registerDetection(context, startIfNeeded);
  startIfNeeded();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
