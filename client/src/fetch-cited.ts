// "Fetch Cited Document" (command palette, and the link in the hover of a citation the
// workspace and the library lack): the server downloads the document cited at the cursor into
// the library (unResolution/fetchCited, cancelled from the progress notification) and says
// where to open it, at the paragraph cited or the title. The server says why when it cannot.
// It is also told when the user trusts the workspace: nothing is fetched before.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FETCH_CITED_COMMAND, FETCH_CITED_REQUEST, TRUST_GRANTED_NOTIFICATION } from '../../server/src/lsp/protocol';
import type { FetchCitedParams, FetchCitedResult } from '../../server/src/lsp/protocol';

/** The citation at the cursor of the active editor, as the request names it. */
function atCursor(): FetchCitedParams | null {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== 'un-resolution') return null;
  const { line, character } = editor.selection.active;
  return { uri: editor.document.uri.toString(), position: { line, character } };
}

export function registerFetchCited(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>, running: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(FETCH_CITED_COMMAND, async (link?: FetchCitedParams) => {
      const params = link ?? atCursor();
      if (!params) {
        void vscode.window.showInformationMessage('Place the cursor on a citation in a UN resolution to fetch the document it cites.');
        return;
      }
      const started = await client();
      const place = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Fetching the cited document…', cancellable: true },
        (_progress, token) => started.sendRequest<FetchCitedResult>(FETCH_CITED_REQUEST, params, token),
      );
      if (!place) return;
      const { start, end } = place.range;
      const selection = new vscode.Range(start.line, start.character, end.line, end.character);
      await vscode.window.showTextDocument(vscode.Uri.parse(place.uri), { selection });
    }),
    // A server not started yet reads the trust at its start.
    vscode.workspace.onDidGrantWorkspaceTrust(
      () =>
        void running()
          ?.sendNotification(TRUST_GRANTED_NOTIFICATION)
          .catch(() => undefined),
    ),
  );
}
