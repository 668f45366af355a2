// The preview: the document in its official layout beside the editor, like VS Code's
// Markdown preview. Updated as the user types, scroll-synced both ways through the
// blocks' `data-line`, coloured by the theme, under a strict Content Security Policy
// (no remote resource; only the page's own nonce-bearing style and script run).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_REQUEST } from '../../server/src/lsp/protocol';
import type { PreviewContent } from '../../server/src/lsp/preview-export';

const UPDATE_DELAY_MS = 250;

/** The webview's own script: scroll to a line on request, report the top line on scroll. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
let ignoreScroll = false;
function blocks() { return [...document.querySelectorAll('[data-line]')]; }
window.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'update') {
    const top = window.scrollY;
    document.getElementById('content').innerHTML = message.body;
    window.scrollTo(0, top);
  } else if (message.type === 'reveal') {
    const target = blocks().filter((b) => Number(b.dataset.line) <= message.line).pop();
    if (target) { ignoreScroll = true; target.scrollIntoView({ block: 'start' }); }
  }
});
window.addEventListener('scroll', () => {
  if (ignoreScroll) { ignoreScroll = false; return; }
  const first = blocks().find((b) => b.getBoundingClientRect().bottom > 0);
  if (first) vscode.postMessage({ type: 'scrolled', line: Number(first.dataset.line) });
}, { passive: true });
`;

function page(content: PreviewContent, nonce: string, cspSource: string): string {
  const policy = `default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<style nonce="${nonce}">${content.style}</style></head>
<body><div id="content">${content.body}</div><script nonce="${nonce}">${SCRIPT}</script></body></html>`;
}

class Preview {
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly document: vscode.TextDocument,
    private readonly client: () => Promise<LanguageClient>,
    onDispose: () => void,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === document) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document === document && event.visibleRanges[0]) {
          void panel.webview.postMessage({ type: 'reveal', line: event.visibleRanges[0].start.line });
        }
      }),
      panel.webview.onDidReceiveMessage((message: { type: string; line: number }) => {
        if (message.type !== 'scrolled') return;
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
        editor?.revealRange(new vscode.Range(message.line, 0, message.line, 0), vscode.TextEditorRevealType.AtTop);
      }),
      panel.onDidDispose(() => {
        clearTimeout(this.timer);
        this.disposables.forEach((d) => d.dispose());
        onDispose();
      }),
    );
  }

  async render(first: boolean): Promise<void> {
    const client = await this.client();
    const content = await client.sendRequest<PreviewContent | null>(PREVIEW_REQUEST, { uri: this.document.uri.toString() });
    if (!content) return;
    if (first) this.panel.webview.html = page(content, randomBytes(16).toString('base64'), this.panel.webview.cspSource);
    else void this.panel.webview.postMessage({ type: 'update', body: content.body });
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(false), UPDATE_DELAY_MS);
  }
}

export function registerPreview(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>): void {
  const previews = new Map<string, Preview>();
  const show = async (column: vscode.ViewColumn) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'un-resolution') {
      void vscode.window.showInformationMessage('Open a UN resolution to preview it.');
      return;
    }
    const key = editor.document.uri.toString();
    const existing = previews.get(key);
    if (existing) {
      existing.panel.reveal(column);
      return;
    }
    const panel = vscode.window.createWebviewPanel('unResolution.preview', `Preview ${editor.document.fileName.split(/[\\/]/).pop()}`, column, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    const preview = new Preview(panel, editor.document, client, () => previews.delete(key));
    previews.set(key, preview);
    await preview.render(true);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('un-resolution.showPreview', () => show(vscode.ViewColumn.Active)),
    vscode.commands.registerCommand('un-resolution.showPreviewToSide', () => show(vscode.ViewColumn.Beside)),
  );
}
