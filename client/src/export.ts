// Export commands: Word, HTML, PDF and Akoma Ntoso. The user picks where to save; the
// save dialog asks before replacing an existing file, so nothing is overwritten silently.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REQUEST } from '../../server/src/lsp/protocol';
import type { ExportContent } from '../../server/src/lsp/preview-export';
import { EXPORT_FORMATS, type ExportFormat } from '../../server/src/export/format-names';

export function registerExport(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('unResolution.export', async (format?: ExportFormat) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'un-resolution') {
        void vscode.window.showInformationMessage('Open a UN resolution to export it.');
        return;
      }
      const chosen =
        format ??
        (
          await vscode.window.showQuickPick(
            Object.entries(EXPORT_FORMATS).map(([id, f]) => ({ label: f.label, description: f.extension, id: id as ExportFormat })),
            { placeHolder: 'Export as' },
          )
        )?.id;
      if (!chosen) return;
      const source = editor.document.uri;
      const stem = source.path.replace(/\.(txt|md|markdown)$/i, '');
      const target = await vscode.window.showSaveDialog({
        defaultUri: source.with({ path: `${stem}${EXPORT_FORMATS[chosen].extension}` }),
        filters: { [EXPORT_FORMATS[chosen].label]: [EXPORT_FORMATS[chosen].extension.replace(/^\./, '')] },
      });
      if (!target) return;
      const running = await client();
      const content = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Exporting ${EXPORT_FORMATS[chosen].label}…` },
        () => running.sendRequest<ExportContent>(EXPORT_REQUEST, { uri: source.toString(), format: chosen }),
      );
      await vscode.workspace.fs.writeFile(target, Buffer.from(content.data, content.encoding));
      const open = await vscode.window.showInformationMessage(`Exported ${target.path.split('/').pop()}.`, 'Open');
      if (open) await vscode.env.openExternal(target);
    }),
  );
}
