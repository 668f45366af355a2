// What changed above the preamble: symbol, kind, date, resolution number, title, and the
// sponsors (a revision adds and loses some).
import type { Field, Range, ResolutionDocument } from '../model';
import { comparisonKey } from './tokens';
import { diffWords, type WordRun } from './word-diff';

export type HeaderField = 'symbol' | 'kind' | 'date' | 'number' | 'title';

export interface HeaderChange {
  field: HeaderField;
  /** null when only the other version has it. */
  before: string | null;
  after: string | null;
  beforeRange: Range | null;
  afterRange: Range | null;
  /** For the title: its word-level changes. */
  words: WordRun[] | null;
}

export interface SponsorChanges {
  /** Named in the newer version only (ranges in it). */
  added: Field[];
  /** Named in the older version only (ranges in it). */
  removed: Field[];
  unchanged: number;
}

export interface HeaderComparison {
  changes: HeaderChange[];
  /** null when either version lists no sponsors: an adopted resolution never does, which says nothing about who sponsored it. */
  sponsors: SponsorChanges | null;
}

interface Located {
  value: string;
  range: Range;
}

export function compareHeaders(a: ResolutionDocument, b: ResolutionDocument): HeaderComparison {
  const changes: HeaderChange[] = [];
  const note = (field: HeaderField, before: Located | null, after: Located | null) => {
    if (comparisonKey(before?.value ?? '') === comparisonKey(after?.value ?? '')) return;
    changes.push({
      field,
      before: before?.value ?? null,
      after: after?.value ?? null,
      beforeRange: before?.range ?? null,
      afterRange: after?.range ?? null,
      words: field === 'title' && before && after ? diffWords(before.value, after.value) : null,
    });
  };
  note('symbol', a.header.symbols[0] ?? null, b.header.symbols[0] ?? null);
  note('kind', kindOf(a), kindOf(b));
  note('date', a.header.dates[0] ?? null, b.header.dates[0] ?? null);
  note('number', numberOf(a), numberOf(b));
  note('title', a.title && { value: a.title.text, range: a.title.range }, b.title && { value: b.title.text, range: b.title.range });
  return { changes, sponsors: compareSponsors(a.header.sponsors, b.header.sponsors) };
}

function kindOf(doc: ResolutionDocument): Located | null {
  const { kind, kindRange } = doc.header;
  return kind === 'unknown' || !kindRange ? null : { value: kind.replace(/_/g, ' '), range: kindRange };
}

function numberOf(doc: ResolutionDocument): Located | null {
  return doc.title?.number ? { value: doc.title.number, range: doc.title.range } : null;
}

function compareSponsors(before: Field[], after: Field[]): SponsorChanges | null {
  if (before.length === 0 || after.length === 0) return null;
  const key = (f: Field) => comparisonKey(f.value).replace(/\s+/g, ' ');
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return {
    added: after.filter((f) => !beforeKeys.has(key(f))),
    removed: before.filter((f) => !afterKeys.has(key(f))),
    unchanged: after.filter((f) => beforeKeys.has(key(f))).length,
  };
}
