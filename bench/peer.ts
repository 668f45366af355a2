// The peer: vscode-markdown-languageservice computing document symbols and folding
// ranges for a markdown document, with markdown-it as its parser (as VS Code uses it).
// A fresh document version each run, so nothing is served from its cache.
import MarkdownIt from 'markdown-it';
import { CancellationTokenSource, Emitter } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as md from 'vscode-markdown-languageservice';

export interface PeerService {
  /** Symbols and folding ranges of `text`, as one editor round would ask. */
  outlineAndFolding(text: string): Promise<void>;
  dispose(): void;
}

export function createPeer(): PeerService {
  const markdownIt = MarkdownIt({ html: true });
  const parser: md.IMdParser = {
    slugifier: md.githubSlugifier,
    tokenize: async (document) => markdownIt.parse(document.getText(), {}),
  };
  const never = new Emitter<never>();
  const workspace: md.IWorkspace = {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: never.event,
    onDidCreateMarkdownDocument: never.event,
    onDidDeleteMarkdownDocument: never.event,
    getAllMarkdownDocuments: async () => [],
    hasMarkdownDocument: () => false,
    openMarkdownDocument: async () => undefined,
    stat: async () => undefined,
    readDirectory: async () => [],
  };
  const logger: md.ILogger = {
    get level() {
      return md.LogLevel.Off;
    },
    log: () => undefined,
  };
  const service = md.createLanguageService({ workspace, parser, logger });
  const token = new CancellationTokenSource().token;
  let version = 0;
  return {
    async outlineAndFolding(text) {
      const document = TextDocument.create('file:///bench/peer.md', 'markdown', ++version, text);
      await service.getDocumentSymbols(document, {}, token);
      await service.getFoldingRanges(document, token);
    },
    dispose: () => service.dispose(),
  };
}
