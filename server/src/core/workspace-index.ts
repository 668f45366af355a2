// The workspace index: every resolution the editor knows, by URI, with what other
// documents need from it (its symbols, title, kind, date, and the citations it makes).
// Open documents keep their full model; others keep this summary, so the index stays
// small for thousands of files. Pure: the server feeds it text, it never reads files.
import type { DocumentKind, Range, ResolutionDocument } from './model';
import { parse } from './parser';
import { symbolFromFileName } from './file-symbol';
import { symbolKey } from './symbol-key';
import { bodyParts } from './parts';

export interface IndexEntry {
  uri: string;
  /** The document's own symbols: its header's, else the one its file name carries. */
  symbols: string[];
  symbolRange: Range | null;
  /** The title's range ("73/266. Developments in …"): where a jump to the document lands (see landing). */
  titleRange: Range | null;
  title: string | null;
  titleNumber: string | null;
  kind: DocumentKind;
  date: string | null;
  committee: string | null;
  /** The symbols the document cites, in order; their ranges in `citationRanges`. */
  citations: string[];
  /** Four numbers a citation (see rangeAt): a few arrays of numbers instead of 100,000 objects for 10,000 files. */
  citationRanges: number[];
  /** The operative paragraphs' names ("3. Requests"); their ranges in `paragraphRanges`. */
  paragraphs: string[];
  paragraphRanges: number[];
  /** A cheap fingerprint of the text the entry was made from. */
  fingerprint: string;
}

/** The `i`th range of a packed list (start line, start character, end line, end character). */
export function rangeAt(ranges: readonly number[], i: number): Range {
  const at = i * 4;
  return { start: { line: ranges[at], character: ranges[at + 1] }, end: { line: ranges[at + 2], character: ranges[at + 3] } };
}

/** Where a jump to a document lands: its title, which names it as the citation does ("73/266. …"), else its symbol, else its start. */
export function landing(entry: IndexEntry): Range {
  return entry.titleRange ?? entry.symbolRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function pushRange(ranges: number[], range: Range): void {
  ranges.push(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function fingerprint(text: string): string {
  // FNV-1a over the text: enough to tell a changed file from an unchanged one.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

/**
 * A copy of `text` that does not keep the document alive: V8 keeps a substring as a
 * view into the whole text it was cut from, so an entry of a few names would otherwise
 * hold every indexed file's text (10,000 files: about 170 MB of heap instead of 40).
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

function detachedOrNull(text: string | null | undefined): string | null {
  return text == null ? null : detached(text);
}

export function summarize(uri: string, doc: ResolutionDocument, print: string): IndexEntry {
  const headerSymbols = doc.header.symbols.map((s) => detached(s.value));
  const fromName = symbolFromFileName(decodeURIComponent(uri));
  const symbols = headerSymbols.length > 0 ? headerSymbols : fromName ? [fromName] : [];
  const paragraphs: string[] = [];
  const paragraphRanges: number[] = [];
  // In a resolution in parts each part numbers from 1: its paragraphs are named with its letter ("B 3. Requests").
  const visit = (nodes: ResolutionDocument['operative'], part: string) => {
    for (const node of nodes) {
      if (node.kind === 'heading') visit(node.children, part);
      else if (node.label?.style === 'arabic' || (node.label === null && node.phrase)) {
        paragraphs.push(detached(`${part}${node.label ? `${node.label.text}. ` : ''}${node.phrase?.value ?? node.text.slice(0, 40)}`));
        pushRange(paragraphRanges, node.ownRange);
      }
    }
  };
  for (const part of bodyParts(doc)) visit(part.operative, part.label ? `${part.label.value} ` : '');
  const citations: string[] = [];
  const citationRanges: number[] = [];
  for (const citation of doc.citations) {
    if (citation.kind === 'internal') continue;
    citations.push(detached(citation.symbol));
    pushRange(citationRanges, citation.range);
  }
  return {
    uri,
    symbols,
    symbolRange: doc.header.symbols[0]?.range ?? null,
    titleRange: doc.title?.range ?? null,
    title: detachedOrNull(doc.title?.text),
    titleNumber: detachedOrNull(doc.title?.number),
    kind: doc.header.kind,
    date: detachedOrNull(doc.header.adoption?.date ?? doc.header.dates[0]?.value),
    committee: detachedOrNull(doc.header.committee?.value),
    citations,
    citationRanges,
    paragraphs,
    paragraphRanges,
    fingerprint: print,
  };
}

export class WorkspaceIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly bySymbol = new Map<string, Set<string>>();
  /** Who cites what, made at the first question (a warm start of 10,000 files need not pay for 100,000 citations), then kept current. */
  private citedBy: Map<string, Set<string>> | null = null;

  get size(): number {
    return this.entries.size;
  }

  get(uri: string): IndexEntry | undefined {
    return this.entries.get(uri);
  }

  all(): IterableIterator<IndexEntry> {
    return this.entries.values();
  }

  /** Parses and stores `text` unless the same text is already indexed; returns the entry. */
  update(uri: string, text: string, parsed?: ResolutionDocument): IndexEntry {
    const print = fingerprint(text);
    const existing = this.entries.get(uri);
    if (existing && existing.fingerprint === print) return existing;
    const entry = summarize(uri, parsed ?? parse(text), print);
    this.set(entry);
    return entry;
  }

  /** Stores an entry made from a file's text elsewhere (an index worker) unless the same text is already indexed; returns the entry kept. */
  add(entry: IndexEntry): IndexEntry {
    const existing = this.entries.get(entry.uri);
    if (existing && existing.fingerprint === entry.fingerprint) return existing;
    this.set(entry);
    return entry;
  }

  /** Stores an entry made elsewhere (a persisted cache). */
  set(entry: IndexEntry): void {
    this.remove(entry.uri);
    this.entries.set(entry.uri, entry);
    for (const symbol of entry.symbols) addTo(this.bySymbol, symbolKey(symbol), entry.uri);
    if (this.citedBy) addCitations(this.citedBy, entry);
  }

  remove(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    for (const symbol of entry.symbols) this.bySymbol.get(symbolKey(symbol))?.delete(uri);
    if (this.citedBy) for (const symbol of entry.citations) this.citedBy.get(symbolKey(symbol))?.delete(uri);
  }

  /** The documents whose own symbol is `symbol`. */
  documentsFor(symbol: string): IndexEntry[] {
    return [...(this.bySymbol.get(symbolKey(symbol)) ?? [])].map((uri) => this.entries.get(uri)!).filter(Boolean);
  }

  /** Every place in the workspace that cites `symbol`. */
  citationsOf(symbol: string): Array<{ uri: string; range: Range }> {
    const key = symbolKey(symbol);
    if (!this.citedBy) {
      this.citedBy = new Map();
      for (const entry of this.entries.values()) addCitations(this.citedBy, entry);
    }
    const out: Array<{ uri: string; range: Range }> = [];
    for (const uri of this.citedBy.get(key) ?? []) {
      const entry = this.entries.get(uri);
      if (!entry) continue;
      entry.citations.forEach((cited, i) => {
        if (symbolKey(cited) === key) out.push({ uri, range: rangeAt(entry.citationRanges, i) });
      });
    }
    return out;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, uri: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(uri);
}

function addCitations(citedBy: Map<string, Set<string>>, entry: IndexEntry): void {
  for (const symbol of entry.citations) addTo(citedBy, symbolKey(symbol), entry.uri);
}
