// Content detection: a plain-text or markdown document that reads like a resolution is
// switched to the `un-resolution` language, unless the user turned detection off.
import * as vscode from 'vscode';
import { looksLikeResolution } from '../../server/src/core/detect';

const CANDIDATE_LANGUAGES = new Set(['plaintext', 'markdown']);

export function registerDetection(context: vscode.ExtensionContext, onDetected: () => void): void {
  const check = (document: vscode.TextDocument) => {
    if (!CANDIDATE_LANGUAGES.has(document.languageId)) return;
    if (!vscode.workspace.getConfiguration('unResolution', document.uri).get<boolean>('detection.enabled', true)) return;
    if (!looksLikeResolution(document.getText())) return;
    void vscode.languages.setTextDocumentLanguage(document, 'un-resolution').then(onDetected, () => undefined);
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(check));
  vscode.workspace.textDocuments.forEach(check);
}
