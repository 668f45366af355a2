// The workspace index: every resolution the editor knows, by URI, with what other
// documents need from it (its symbols, title, kind, date, and the citations it makes).
// Open documents keep their full model; others keep this summary, so the index stays
// small for thousands of files. Pure: the server feeds it text, it never reads files.
import type { DocumentKind, Range, ResolutionDocument } from './model';
import { parse } from './parser';
import { symbolFromFileName } from './file-symbol';
import { symbolKey } from './symbol-key';

export interface IndexedCitation {
  symbol: string;
  range: Range;
}

export interface IndexedParagraph {
  name: string;
  range: Range;
}

export interface IndexEntry {
  uri: string;
  /** The document's own symbols: its header's, else the one its file name carries. */
  symbols: string[];
  symbolRange: Range | null;
  title: string | null;
  titleNumber: string | null;
  kind: DocumentKind;
  date: string | null;
  committee: string | null;
  citations: IndexedCitation[];
  paragraphs: IndexedParagraph[];
  /** A cheap fingerprint of the text the entry was made from. */
  fingerprint: string;
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

export function summarize(uri: string, doc: ResolutionDocument, print: string): IndexEntry {
  const headerSymbols = doc.header.symbols.map((s) => s.value);
  const fromName = symbolFromFileName(decodeURIComponent(uri));
  const symbols = headerSymbols.length > 0 ? headerSymbols : fromName ? [fromName] : [];
  const paragraphs: IndexedParagraph[] = [];
  const visit = (nodes: ResolutionDocument['operative']) => {
    for (const node of nodes) {
      if (node.kind === 'heading') visit(node.children);
      else if (node.label?.style === 'arabic' || (node.label === null && node.phrase)) {
        const name = `${node.label ? `${node.label.text}. ` : ''}${node.phrase?.value ?? node.text.slice(0, 40)}`;
        paragraphs.push({ name, range: node.ownRange });
      }
    }
  };
  visit(doc.operative);
  return {
    uri,
    symbols,
    symbolRange: doc.header.symbols[0]?.range ?? null,
    title: doc.title?.text ?? null,
    titleNumber: doc.title?.number ?? null,
    kind: doc.header.kind,
    date: doc.header.adoption?.date ?? doc.header.dates[0]?.value ?? null,
    committee: doc.header.committee?.value ?? null,
    citations: doc.citations.filter((c) => c.kind !== 'internal').map((c) => ({ symbol: c.symbol, range: c.range })),
    paragraphs,
    fingerprint: print,
  };
}

export class WorkspaceIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly bySymbol = new Map<string, Set<string>>();
  private readonly citedBy = new Map<string, Set<string>>();

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

  /** Stores an entry made elsewhere (a persisted cache). */
  set(entry: IndexEntry): void {
    this.remove(entry.uri);
    this.entries.set(entry.uri, entry);
    for (const symbol of entry.symbols) addTo(this.bySymbol, symbolKey(symbol), entry.uri);
    for (const citation of entry.citations) addTo(this.citedBy, symbolKey(citation.symbol), entry.uri);
  }

  remove(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    for (const symbol of entry.symbols) this.bySymbol.get(symbolKey(symbol))?.delete(uri);
    for (const citation of entry.citations) this.citedBy.get(symbolKey(citation.symbol))?.delete(uri);
  }

  /** The documents whose own symbol is `symbol`. */
  documentsFor(symbol: string): IndexEntry[] {
    return [...(this.bySymbol.get(symbolKey(symbol)) ?? [])].map((uri) => this.entries.get(uri)!).filter(Boolean);
  }

  /** Every place in the workspace that cites `symbol`. */
  citationsOf(symbol: string): Array<{ uri: string; range: Range }> {
    const key = symbolKey(symbol);
    const out: Array<{ uri: string; range: Range }> = [];
    for (const uri of this.citedBy.get(key) ?? []) {
      for (const citation of this.entries.get(uri)?.citations ?? []) {
        if (symbolKey(citation.symbol) === key) out.push({ uri, range: citation.range });
      }
    }
    return out;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, uri: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(uri);
}
