// The index cache's file format: one row of plain values per file, as the index keeps
// them (ranges packed four numbers each). Nested objects cost JSON.parse about ten
// times as much as these arrays (10,000 files: 0.6 s against 0.07 s) and three times
// the bytes; each row is checked, so a damaged file is refused whole.
import type { DocumentKind, Range } from '../core/model';
import type { IndexEntry } from '../core/workspace-index';

export const FORMAT = 3;

export interface FileRecord {
  size: number;
  mtimeMs: number;
  /** When the file's text was read (or its fingerprint checked). */
  readAt: number;
  entry: IndexEntry;
}

type Row = [
  path: string,
  size: number,
  mtimeMs: number,
  readAt: number,
  uri: string,
  symbols: string[],
  symbolRange: number[] | null,
  titleRange: number[] | null,
  title: string | null,
  titleNumber: string | null,
  kind: DocumentKind,
  date: string | null,
  committee: string | null,
  citations: string[],
  citationRanges: number[],
  paragraphs: string[],
  paragraphRanges: number[],
  fingerprint: string,
];

const ROW_LENGTH = 18;

function malformed(what: string): never {
  throw new Error(`malformed ${what}`);
}

function strings(value: unknown, what: string): string[] {
  if (!Array.isArray(value)) malformed(what);
  for (const item of value) if (typeof item !== 'string') malformed(what);
  return value as string[];
}

function ranges(value: unknown, count: number, what: string): number[] {
  if (!Array.isArray(value) || value.length !== count * 4) malformed(what);
  for (const item of value) if (!Number.isInteger(item) || item < 0) malformed(what);
  return value as number[];
}

function packed(range: Range | null): number[] | null {
  return range && [range.start.line, range.start.character, range.end.line, range.end.character];
}

function unpacked(value: unknown, what: string): Range | null {
  if (value === null) return null;
  const [startLine, startCharacter, endLine, endCharacter] = ranges(value, 1, what);
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

function text(value: unknown, what: string): string | null {
  return value === null || typeof value === 'string' ? value : malformed(what);
}

/** `build` names the server that made the entries (see IndexCache.open). */
export function encodeFiles(files: ReadonlyMap<string, FileRecord>, build: string): string {
  const rows: Row[] = [];
  for (const [path, { size, mtimeMs, readAt, entry: e }] of files) {
    rows.push([
      path,
      size,
      mtimeMs,
      readAt,
      e.uri,
      e.symbols,
      packed(e.symbolRange),
      packed(e.titleRange),
      e.title,
      e.titleNumber,
      e.kind,
      e.date,
      e.committee,
      e.citations,
      e.citationRanges,
      e.paragraphs,
      e.paragraphRanges,
      e.fingerprint,
    ]);
  }
  return JSON.stringify({ format: FORMAT, build, files: rows });
}

/** The records of a cache file's text; throws on anything but this format as written by `build`. */
export function decodeFiles(raw: string, build: string): Map<string, FileRecord> {
  const parsed = JSON.parse(raw) as { format?: unknown; build?: unknown; files?: unknown } | null;
  if (parsed?.format !== FORMAT || !Array.isArray(parsed.files)) throw new Error(`unknown format ${String(parsed?.format)}`);
  if (parsed.build !== build) throw new Error('written by another build of the server');
  const files = new Map<string, FileRecord>();
  for (const row of parsed.files as unknown[]) {
    if (!Array.isArray(row) || row.length !== ROW_LENGTH) malformed('row');
    const [
      path,
      size,
      mtimeMs,
      readAt,
      uri,
      symbols,
      symbolRange,
      titleRange,
      title,
      titleNumber,
      kind,
      date,
      committee,
      citations,
      citationRanges,
      paragraphs,
      paragraphRanges,
      print,
    ] = row as unknown[];
    if (typeof path !== 'string' || typeof uri !== 'string' || typeof kind !== 'string' || typeof print !== 'string') malformed('row');
    if (typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof readAt !== 'number') malformed('row');
    const cited = strings(citations, 'citations');
    const named = strings(paragraphs, 'paragraphs');
    const entry: IndexEntry = {
      uri,
      symbols: strings(symbols, 'symbols'),
      symbolRange: unpacked(symbolRange, 'symbol range'),
      titleRange: unpacked(titleRange, 'title range'),
      title: text(title, 'title'),
      titleNumber: text(titleNumber, 'title'),
      kind: kind as DocumentKind,
      date: text(date, 'date'),
      committee: text(committee, 'committee'),
      citations: cited,
      citationRanges: ranges(citationRanges, cited.length, 'citations'),
      paragraphs: named,
      paragraphRanges: ranges(paragraphRanges, named.length, 'paragraphs'),
      fingerprint: print,
    };
    files.set(path, { size, mtimeMs, readAt, entry });
  }
  return files;
}
