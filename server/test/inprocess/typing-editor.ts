// An editor's side of typing, for the in-process tests: the text as the client holds it,
// changed as a user would change it (a character at a time, a selection deleted, a code
// action's edits applied), each change sent as its own didChange with the range it replaced.
import type { PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { InProcessServer } from './harness';

export class TypingEditor {
  private document: TextDocument;

  constructor(
    private readonly server: InProcessServer,
    readonly uri: string,
    text: string,
  ) {
    this.document = TextDocument.create(uri, 'un-resolution', 1, text);
  }

  get text(): string {
    return this.document.getText();
  }

  /** The offset of the start of a line (zero-based). */
  lineStart(line: number): number {
    return this.document.offsetAt({ line, character: 0 });
  }

  async open(): Promise<PublishDiagnosticsParams> {
    const published = this.server.diagnostics(this.uri, (p) => p.version === 1);
    await this.server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri, languageId: 'un-resolution', version: 1, text: this.text },
    });
    return published;
  }

  /** Types `typed` at `offset`, one didChange per character. */
  async type(offset: number, typed: string): Promise<void> {
    for (let i = 0; i < typed.length; i++) await this.change([{ range: this.rangeOf(offset + i, offset + i), newText: typed[i] }]);
  }

  /** Deletes [start, end), as a selection deleted or cut. */
  async delete(start: number, end: number): Promise<string> {
    const cut = this.text.slice(start, end);
    await this.change([{ range: this.rangeOf(start, end), newText: '' }]);
    return cut;
  }

  /** Pastes `text` at `offset` in one change. */
  async paste(offset: number, text: string): Promise<void> {
    await this.change([{ range: this.rangeOf(offset, offset), newText: text }]);
  }

  /** Applies a code action's edits in one didChange, last edit first, as an editor does. */
  async apply(edits: TextEdit[]): Promise<void> {
    const order = [...edits].sort((a, b) => this.document.offsetAt(b.range.start) - this.document.offsetAt(a.range.start));
    await this.change(order);
  }

  /** The diagnostics published for the current version. */
  settled(): Promise<PublishDiagnosticsParams> {
    return this.server.diagnostics(this.uri, (p) => p.version === this.document.version);
  }

  private rangeOf(start: number, end: number) {
    return { start: this.document.positionAt(start), end: this.document.positionAt(end) };
  }

  private async change(changes: TextEdit[]): Promise<void> {
    const version = this.document.version + 1;
    this.document = TextDocument.update(
      this.document,
      changes.map((c) => ({ range: c.range, text: c.newText })),
      version,
    );
    await this.server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri, version },
      contentChanges: changes.map((c) => ({ range: c.range, text: c.newText })),
    });
  }
}
