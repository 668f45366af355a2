// The documents a text cites, from the workspace: an open document's model, else an indexed
// file's, read and parsed when first needed (the index keeps summaries, not models) and kept
// while the index holds the same text of it (its fingerprint). Reading is asynchronous and the
// rules, hover and definition ask synchronously: callers `load` what they will ask for first.
import type { CitedDocuments } from '../core/cited';
import { decodeInput } from '../core/input';
import type { Citation, ResolutionDocument } from '../core/model';
import { parse } from '../core/parser';
import { fingerprint, type WorkspaceIndex } from '../core/workspace-index';
import { RecentlyUsed } from '../recently-used';
import { limitExceeded, type AnalysisLimits } from './limits';
import { uriToPath } from './uris';

/** How many indexed files' models are kept (the least recently used goes first): a draft cites tens of documents, a model of a long one weighs megabytes. */
const KEPT = 200;

/** The symbols of a text's citations that something reads the cited text for: its paragraphs, its date, its title. */
export function symbolsToRead(citations: readonly Citation[]): string[] {
  const symbols = new Set<string>();
  for (const c of citations) if (c.kind !== 'internal' && (c.paragraphs || c.date || c.title)) symbols.add(c.symbol);
  return [...symbols];
}

export class WorkspaceCitedDocuments {
  /** Indexed files' models by URI, with the fingerprint of the text each was read from. */
  private readonly kept = new RecentlyUsed<string, { print: string; doc: ResolutionDocument }>(KEPT);
  /** Files being read, by URI: two requests for one file read it once. */
  private readonly reading = new Map<string, Promise<boolean>>();

  constructor(
    private readonly index: WorkspaceIndex,
    /** The model of an open document (null when it is not open). */
    private readonly openModel: (uri: string) => ResolutionDocument | null,
    private readonly readFile: (path: string) => Promise<Uint8Array>,
    private readonly limits: () => AnalysisLimits,
  ) {}

  readonly provider: CitedDocuments = (symbol) => {
    for (const entry of this.index.documentsFor(symbol)) {
      const open = this.openModel(entry.uri);
      if (open) return { doc: open, uri: entry.uri };
      const kept = this.kept.get(entry.uri);
      if (kept && kept.print === entry.fingerprint) return { doc: kept.doc, uri: entry.uri };
    }
    return null;
  };

  /** Reads the indexed files of `symbols` that are neither open nor kept with their indexed text; true when one was added. */
  async load(symbols: readonly string[]): Promise<boolean> {
    const reads: Array<Promise<boolean>> = [];
    for (const symbol of symbols) {
      for (const entry of this.index.documentsFor(symbol)) {
        if (this.openModel(entry.uri) || this.kept.get(entry.uri)?.print === entry.fingerprint) continue;
        let read = this.reading.get(entry.uri);
        if (!read) {
          read = this.read(entry.uri).finally(() => this.reading.delete(entry.uri));
          this.reading.set(entry.uri, read);
        }
        reads.push(read);
      }
    }
    return (await Promise.all(reads)).some(Boolean);
  }

  /**
   * Reads and parses one indexed file; true when it is then at hand: false when it cannot be read
   * (gone, binary, beyond the analysis limits) or has changed since it was indexed (until the index reads it again).
   */
  private async read(uri: string): Promise<boolean> {
    const path = uriToPath(uri);
    if (!path) return false;
    const limits = this.limits();
    const bytes = await this.readFile(path).catch(() => null);
    const input = bytes && decodeInput(bytes, limits.maxBytes);
    if (!input?.ok || limitExceeded(input.text, limits)) return false;
    const print = fingerprint(input.text);
    this.kept.set(uri, { print, doc: parse(input.text) });
    return print === this.index.get(uri)?.fingerprint;
  }
}
