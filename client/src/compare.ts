// "Compare with Another Version…": the open resolution against a draft, a revision or
// the adopted text — as a report (paragraphs added, removed, moved, changed, with their
// words) or as VS Code's diff of the two texts in the clean shape.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLEAN_REQUEST, COMPARE_REQUEST } from '../../server/src/lsp/protocol';
import type { CompareResult } from '../../server/src/lsp/compare';

const CLEAN_SCHEME = 'un-resolution-clean';

export function registerCompare(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>): void {
  const cleanTexts = new Map<string, string>();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(CLEAN_SCHEME, { provideTextDocumentContent: (uri) => cleanTexts.get(uri.toString()) ?? '' }),
    vscode.commands.registerCommand('unResolution.compare', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'un-resolution') {
        void vscode.window.showInformationMessage('Open a UN resolution to compare it with another version.');
        return;
      }
      const [other] =
        (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Compare', filters: { 'Resolution texts': ['txt', 'md'] } })) ?? [];
      if (!other) return;
      const view = await vscode.window.showQuickPick(
        [
          { label: 'Report', description: 'paragraphs added, removed, moved and changed, word by word', id: 'report' },
          { label: 'Diff view', description: 'the two texts side by side in the clean shape', id: 'diff' },
        ],
        { placeHolder: 'Show the comparison as' },
      );
      if (!view) return;
      const running = await client();
      const current = editor.document.uri;
      if (view.id === 'report') {
        const result = await running.sendRequest<CompareResult>(COMPARE_REQUEST, { uri: current.toString(), otherUri: other.toString() });
        const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
        await vscode.commands.executeCommand('markdown.showPreviewToSide', report.uri);
        return;
      }
      const otherDocument = await vscode.workspace.openTextDocument(other);
      if (otherDocument.languageId !== 'un-resolution') await vscode.languages.setTextDocumentLanguage(otherDocument, 'un-resolution');
      const left = vscode.Uri.from({ scheme: CLEAN_SCHEME, path: other.path });
      const right = vscode.Uri.from({ scheme: CLEAN_SCHEME, path: `${current.path}` });
      cleanTexts.set(left.toString(), (await running.sendRequest<string | null>(CLEAN_REQUEST, { uri: otherDocument.uri.toString() })) ?? '');
      cleanTexts.set(right.toString(), (await running.sendRequest<string | null>(CLEAN_REQUEST, { uri: current.toString() })) ?? '');
      const name = (uri: vscode.Uri) => uri.path.split('/').pop();
      await vscode.commands.executeCommand('vscode.diff', left, right, `${name(other)} ↔ ${name(current)} (clean shape)`);
    }),
  );
}
