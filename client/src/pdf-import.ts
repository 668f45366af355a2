// "Open Resolution PDF as Text" (command palette, and the explorer's context menu on a
// .pdf): the PDF read by the server into the clean shape, opened in a new editor where
// every feature works. The PDF itself is never changed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PDF_IMPORT_REQUEST } from '../../server/src/lsp/protocol';
import type { PdfImportResult } from '../../server/src/lsp/pdf-import';

export function registerPdfImport(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('unResolution.openPdfAsText', async (picked?: vscode.Uri) => {
      const pdf = picked ?? (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Open as Text', filters: { PDF: ['pdf'] } }))?.[0];
      if (!pdf) return;
      const running = await client();
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Reading ${pdf.path.split('/').pop()}…` }, () =>
        running.sendRequest<PdfImportResult>(PDF_IMPORT_REQUEST, { uri: pdf.toString() }),
      );
      if (!result.ok) {
        void vscode.window.showErrorMessage(`UN Resolution: cannot open ${pdf.path.split('/').pop()} as text: ${result.reason}`);
        return;
      }
      const document = await vscode.workspace.openTextDocument({ language: 'un-resolution', content: result.text });
      await vscode.window.showTextDocument(document);
    }),
  );
}
