// The open documents as TextDocuments keeps them, with each change the editor sends also
// told to the document store in offsets of the text it changed: the store follows the
// paragraphs' identity through them (core/identity).
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { DocumentStore } from './document-store';

export function recordingDocuments(store: DocumentStore): TextDocumentsConfiguration<TextDocument> {
  return {
    create: TextDocument.create,
    update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
      // One change at a time: each change's range is in the text the ones before it left.
      for (const change of changes) {
        const whole = !('range' in change);
        const start = whole ? 0 : document.offsetAt(change.range.start);
        const end = whole ? document.getText().length : document.offsetAt(change.range.end);
        store.edited(document.uri, start, end, change.text.length);
        document = TextDocument.update(document, [change], version);
      }
      return document;
    },
  };
}
