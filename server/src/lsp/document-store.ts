// Parsed models of the open documents, by URI and version: a version is parsed once,
// whatever number of requests ask for it. Documents above the size limit get an empty
// model and one message.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../core/parser';
import type { ResolutionDocument } from '../core/model';

export interface ParsedDocument {
  uri: string;
  version: number;
  text: string;
  doc: ResolutionDocument;
  /** True when the document is above the size limit and was not analysed. */
  skipped: boolean;
}

export class DocumentStore {
  private readonly cache = new Map<string, ParsedDocument>();
  private readonly warnedTooLarge = new Set<string>();

  constructor(
    private maxBytes: () => number,
    private readonly onTooLarge: (uri: string, megabytes: number) => void,
  ) {}

  get(document: TextDocument): ParsedDocument {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const skipped = text.length > this.maxBytes();
    if (skipped && !this.warnedTooLarge.has(document.uri)) {
      this.warnedTooLarge.add(document.uri);
      this.onTooLarge(document.uri, text.length / 1048576);
    }
    const parsed: ParsedDocument = { uri: document.uri, version: document.version, text, doc: parse(skipped ? '' : text), skipped };
    this.cache.set(document.uri, parsed);
    return parsed;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.warnedTooLarge.delete(uri);
  }
}
