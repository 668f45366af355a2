// Parsed models of the open documents, by URI and version: a version is parsed once,
// when something first asks for it (a request or the debounced diagnostics), never per
// keystroke. Each parse also refreshes the document's entry in the workspace index.
// A version is read from the last one when the edit allows (core/incremental-parse.ts),
// and its findings from the last one's (core/incremental-check.ts); taking an edit back
// finds the version before it. Each version keeps its paragraphs' identity, followed from
// the last one through the editor's changes (recorded as they arrive: `edited`), so that
// references stay bound to the paragraph they were written for. Documents beyond the
// analysis limits get an empty model and one message.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../core/parser';
import { checkDocument, type CheckResult, type SeveritySetting } from '../core/check';
import type { Citation, ResolutionDocument } from '../core/model';
import { fingerprint, type IndexEntry, type WorkspaceIndex } from '../core/workspace-index';
import { reparse, type ParagraphEdit, type ParsedVersion } from '../core/incremental-parse';
import { recheck } from '../core/incremental-check';
import { EditTrail, follow, identify, type DocumentIdentity } from '../core/identity';
import type { CitedDocuments } from '../core/cited';
import { limitExceeded, type AnalysisLimits } from './limits';
import { normalizeUri } from './uris';

export interface ParsedDocument {
  uri: string;
  version: number;
  text: string;
  doc: ResolutionDocument;
  /** Its paragraphs' identity since the document was opened, and what each reference was written for. */
  identity: DocumentIdentity;
  /** True when the document is beyond the analysis limits and was not analysed. */
  skipped: boolean;
}

/** How a parsed version came about: what the next version is read from, and the version before it. */
interface Lineage {
  version: ParsedVersion;
  entry: IndexEntry;
  /** The version this one was made from (one step back only: older ones are let go). */
  previous?: ParsedDocument;
  /** The paragraph edit that made it from `previous`, when the fast path did. */
  edit?: ParagraphEdit;
}

/**
 * Whether the index's entry stays: it keeps the symbols cited and the paragraphs' names (phrases or opening words,
 * which a paragraph edit keeps) and ranges (an edit on a paragraph's last line moves its end, and its ancestors').
 */
function entryStays(edit: ParagraphEdit): boolean {
  const cited = (citations: Citation[]) => JSON.stringify(citations.filter((c) => c.kind !== 'internal').map((c) => [c.symbol, c.range]));
  const ranges = (node: ParagraphEdit['before']) => JSON.stringify([node.range, 'ownRange' in node ? node.ownRange : null]);
  return cited(edit.citationsBefore) === cited(edit.citationsAfter) && ranges(edit.before) === ranges(edit.after);
}

/**
 * `entry` for the new text of its document: the same fields, and the text's fingerprint made
 * when first read (a pass over a megabyte costs milliseconds a keystroke; only the index cache reads it).
 */
function entryForText(entry: IndexEntry, text: string): IndexEntry {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(entry)) as IndexEntry;
  let print: string | undefined;
  return Object.defineProperty(copy, 'fingerprint', { enumerable: true, configurable: true, get: () => (print ??= fingerprint(text)) });
}

export class DocumentStore {
  private readonly cache = new Map<string, ParsedDocument>();
  private readonly lineages = new WeakMap<ParsedDocument, Lineage>();
  /** The rules' findings per parsed version: diagnostics, code actions, the preview and the structure command share one run. */
  private readonly checks = new WeakMap<ParsedDocument, { severities: object; result: CheckResult }>();
  /** Answers that depend on the parsed version alone (the outline, the folding ranges), made once per version. */
  private readonly answers = new WeakMap<ParsedDocument, Map<string, unknown>>();
  private readonly warnedBeyondLimits = new Set<string>();
  /** The editor's changes since each document's last parsed version. */
  private readonly trails = new Map<string, EditTrail>();

  constructor(
    private readonly limits: () => AnalysisLimits,
    private readonly index: WorkspaceIndex,
    private readonly onBeyondLimits: (uri: string, reason: string) => void,
    /** The documents the texts cite, for the rules that read them (citation.paragraph, .date, .title). */
    private readonly cited: CitedDocuments | null = null,
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
    const uri = normalizeUri(document.uri);
    const trail = this.trails.get(document.uri) ?? null;
    this.trails.delete(document.uri);
    if (beyond) {
      const doc = parse('');
      const parsed: ParsedDocument = { uri: document.uri, version: document.version, text, doc, identity: identify(doc, ''), skipped: true };
      this.cache.set(document.uri, parsed);
      // A document the server does not analyse offers nothing to the others either.
      this.index.remove(uri);
      return parsed;
    }
    const last = cached && this.lineages.get(cached);
    const earlier = last?.previous;
    if (last && earlier && earlier.text === text) {
      // The last edit taken back: the version before it, as it was read and checked.
      const parsed: ParsedDocument = { ...earlier, version: document.version };
      const lineage = this.lineages.get(earlier)!;
      this.remember(document.uri, parsed, { version: lineage.version, entry: lineage.entry });
      const checked = this.checks.get(earlier);
      if (checked) this.checks.set(parsed, checked);
      this.index.set(lineage.entry);
      return parsed;
    }
    const version = reparse(last?.version ?? null, text);
    const identity =
      cached && !cached.skipped
        ? follow({ doc: cached.doc, text: cached.text, identity: cached.identity }, trail, version.doc, text, version.edit !== null)
        : identify(version.doc, text);
    const parsed: ParsedDocument = { uri: document.uri, version: document.version, text, doc: version.doc, identity, skipped: false };
    let entry: IndexEntry;
    if (version.edit && last?.entry && entryStays(version.edit)) {
      entry = entryForText(last.entry, text);
      this.index.set(entry);
    } else {
      entry = this.index.update(uri, text, parsed.doc);
    }
    this.remember(document.uri, parsed, { version, entry, previous: cached, edit: version.edit ?? undefined });
    return parsed;
  }

  /** The open document's text [start, end) replaced by `length` characters, as the editor reported it. */
  edited(uri: string, start: number, end: number, length: number): void {
    const parsed = this.cache.get(uri);
    // Before a first reading there is no identity to follow: the reading will make one.
    if (!parsed) return;
    let trail = this.trails.get(uri);
    if (!trail) this.trails.set(uri, (trail = new EditTrail(parsed.text.length)));
    trail.replace(start, end, length);
  }

  private remember(uri: string, parsed: ParsedDocument, lineage: Lineage): void {
    const previous = lineage.previous && this.lineages.get(lineage.previous);
    // One step back is kept, to take an edit back; the versions before it are let go.
    if (previous) previous.previous = undefined;
    this.lineages.set(parsed, lineage);
    this.cache.set(uri, parsed);
  }

  /** The rules' findings for a parsed version, computed once per version and severity settings. */
  check(parsed: ParsedDocument, severities: Readonly<Record<string, SeveritySetting>>): CheckResult {
    const memo = this.checks.get(parsed);
    if (memo && memo.severities === severities) return memo.result;
    const lineage = this.lineages.get(parsed);
    const before = lineage?.edit && lineage.previous ? this.checks.get(lineage.previous) : undefined;
    const result =
      (before &&
        before.severities === severities &&
        recheck(parsed.doc, before.result, lineage!.edit!, { severities, identity: parsed.identity, cited: this.cited, text: parsed.text })) ||
      checkDocument(parsed.doc, { severities, identity: parsed.identity, cited: this.cited, text: parsed.text });
    this.checks.set(parsed, { severities, result });
    return result;
  }

  /** Lets go of a version's findings: documents it cites came at hand since (the next check runs every rule). */
  forgetCheck(parsed: ParsedDocument): void {
    this.checks.delete(parsed);
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
    this.trails.delete(uri);
    this.warnedBeyondLimits.delete(uri);
  }
}
