// Parsed models of the open documents, by URI and version: a version is parsed once,
// when something first asks for it (a request or the debounced diagnostics), never per
// keystroke. Each parse also refreshes the document's entry in the workspace index.
// Documents beyond the analysis limits get an empty model and one message.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../core/parser';
import { checkDocument, type CheckResult, type SeveritySetting } from '../core/check';
import type { ResolutionDocument } from '../core/model';
import type { WorkspaceIndex } from '../core/workspace-index';
import { limitExceeded, type AnalysisLimits } from './limits';
import { normalizeUri } from './uris';

export interface ParsedDocument {
  uri: string;
  version: number;
  text: string;
  doc: ResolutionDocument;
  /** True when the document is beyond the analysis limits and was not analysed. */
  skipped: boolean;
}

export class DocumentStore {
  private readonly cache = new Map<string, ParsedDocument>();
  /** The rules' findings per parsed version: diagnostics, code actions, the preview and the structure command share one run. */
  private readonly checks = new WeakMap<ParsedDocument, { severities: object; result: CheckResult }>();
  /** Answers that depend on the parsed version alone (the outline, the folding ranges), made once per version. */
  private readonly answers = new WeakMap<ParsedDocument, Map<string, unknown>>();
  private readonly warnedBeyondLimits = new Set<string>();

  constructor(
    private readonly limits: () => AnalysisLimits,
    private readonly index: WorkspaceIndex,
    private readonly onBeyondLimits: (uri: string, reason: string) => void,
  ) {}

  get(document: TextDocument): ParsedDocument {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const beyond = limitExceeded(text, this.limits());
    if (beyond && !this.warnedBeyondLimits.has(document.uri)) {
      this.warnedBeyondLimits.add(document.uri);
      this.onBeyondLimits(document.uri, beyond);
    }
    const parsed: ParsedDocument = { uri: document.uri, version: document.version, text, doc: parse(beyond ? '' : text), skipped: beyond !== null };
    this.cache.set(document.uri, parsed);
    // A document the server does not analyse offers nothing to the others either.
    if (beyond) this.index.remove(normalizeUri(document.uri));
    else this.index.update(normalizeUri(document.uri), text, parsed.doc);
    return parsed;
  }

  /** The rules' findings for a parsed version, computed once per version and severity settings. */
  check(parsed: ParsedDocument, severities: Readonly<Record<string, SeveritySetting>>): CheckResult {
    const memo = this.checks.get(parsed);
    if (memo && memo.severities === severities) return memo.result;
    const result = checkDocument(parsed.doc, { severities });
    this.checks.set(parsed, { severities, result });
    return result;
  }

  /** `make(parsed.doc)`, computed once per parsed version under `name`; callers must not change what they get. */
  answer<T>(parsed: ParsedDocument, name: string, make: (doc: ResolutionDocument) => T): T {
    let answers = this.answers.get(parsed);
    if (!answers) this.answers.set(parsed, (answers = new Map()));
    if (!answers.has(name)) answers.set(name, make(parsed.doc));
    return answers.get(name) as T;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.warnedBeyondLimits.delete(uri);
  }
}
