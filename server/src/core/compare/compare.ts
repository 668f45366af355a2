// Two versions of a resolution (a draft and its revision, a draft and the adopted text),
// compared section by section: header, preamble, operative part, the later parts of a
// resolution in parts, annexes.
import type { Annex, Range, ResolutionDocument, ResolutionPart } from '../model';
import { bodyParts } from '../parts';
import { alignParagraphs, type ParagraphChange, type ParagraphStatus } from './align';
import { pairAnnexes } from './annex-pairs';
import { compareHeaders, type HeaderComparison } from './header-changes';
import { operativeParagraphs, preambularParagraphs } from './paragraphs';
import { comparisonKey } from './tokens';
import { diffWords, type WordRun } from './word-diff';

export interface AnnexHeading {
  label: string;
  title: string | null;
  range: Range;
}

export interface AnnexChange {
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  before: AnnexHeading | null;
  after: AnnexHeading | null;
  /** The title's word-level changes, when both versions have a title and it differs. */
  titleWords: WordRun[] | null;
  preamble: ParagraphChange[];
  operative: ParagraphChange[];
}

/** Part B, C, … of a resolution in parts, paired by its letter. */
export interface PartChange {
  label: string;
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  preamble: ParagraphChange[];
  operative: ParagraphChange[];
}

/** Paragraphs by status over the preamble, the operative part and every annex; `renumbered` counts across statuses. */
export type ChangeCounts = Record<ParagraphStatus | 'renumbered', number>;

export interface Comparison {
  header: HeaderComparison;
  /** The first part's (A's, in a resolution in parts). */
  preamble: ParagraphChange[];
  operative: ParagraphChange[];
  /** The parts after the first (B, C, …); left out when neither version has any. */
  parts?: PartChange[];
  annexes: AnnexChange[];
  counts: ChangeCounts;
  /** Nothing to report: same header, sponsors, paragraphs, labels and annexes. */
  identical: boolean;
}

export function compareDocuments(a: ResolutionDocument, b: ResolutionDocument): Comparison {
  const header = compareHeaders(a, b);
  const preamble = alignParagraphs(preambularParagraphs(a.preamble), preambularParagraphs(b.preamble));
  const operative = alignParagraphs(operativeParagraphs(a.operative), operativeParagraphs(b.operative));
  const parts = compareLaterParts(bodyParts(a).slice(1), bodyParts(b).slice(1));
  const annexes = pairAnnexes(a.annexes, b.annexes).map(({ before, after }) => compareAnnex(before, after));
  const paragraphs = [preamble, operative, ...parts.flatMap((x) => [x.preamble, x.operative]), ...annexes.flatMap((x) => [x.preamble, x.operative])].flat();
  const counts: ChangeCounts = { unchanged: 0, changed: 0, moved: 0, added: 0, removed: 0, renumbered: 0 };
  for (const change of paragraphs) {
    counts[change.status]++;
    if (change.renumbered) counts.renumbered++;
  }
  const sponsorsKept = !header.sponsors || (header.sponsors.added.length === 0 && header.sponsors.removed.length === 0);
  const identical =
    header.changes.length === 0 &&
    sponsorsKept &&
    counts.unchanged === paragraphs.length &&
    counts.renumbered === 0 &&
    parts.every((x) => x.status === 'unchanged') &&
    annexes.every((x) => x.status === 'unchanged');
  return { header, preamble, operative, ...(parts.length > 0 ? { parts } : {}), annexes, counts, identical };
}

function compareLaterParts(before: ResolutionPart[], after: ResolutionPart[]): PartChange[] {
  const labels = [...new Set([...before, ...after].map((p) => p.label?.value ?? ''))].sort();
  return labels.map((label) => {
    const was = before.find((p) => p.label?.value === label);
    const is = after.find((p) => p.label?.value === label);
    const preamble = alignParagraphs(preambularParagraphs(was?.preamble ?? []), preambularParagraphs(is?.preamble ?? []));
    const operative = alignParagraphs(operativeParagraphs(was?.operative ?? []), operativeParagraphs(is?.operative ?? []));
    const changed = [...preamble, ...operative].some((c) => c.status !== 'unchanged' || c.renumbered);
    return { label, status: !was ? 'added' : !is ? 'removed' : changed ? 'changed' : 'unchanged', preamble, operative };
  });
}

function compareAnnex(before: Annex | null, after: Annex | null): AnnexChange {
  const preamble = alignParagraphs(preambularParagraphs(before?.preamble ?? []), preambularParagraphs(after?.preamble ?? []));
  const operative = alignParagraphs(operativeParagraphs(before?.operative ?? []), operativeParagraphs(after?.operative ?? []));
  const beforeTitle = before?.title?.value ?? null;
  const afterTitle = after?.title?.value ?? null;
  const titleChanged = comparisonKey(beforeTitle ?? '') !== comparisonKey(afterTitle ?? '');
  const contentChanged = [...preamble, ...operative].some((c) => c.status !== 'unchanged' || c.renumbered);
  return {
    status: !before ? 'added' : !after ? 'removed' : titleChanged || before.label !== after.label || contentChanged ? 'changed' : 'unchanged',
    before: before && heading(before),
    after: after && heading(after),
    titleWords: titleChanged && beforeTitle !== null && afterTitle !== null ? diffWords(beforeTitle, afterTitle) : null,
    preamble,
    operative,
  };
}

function heading(annex: Annex): AnnexHeading {
  return { label: annex.label, title: annex.title?.value ?? null, range: annex.range };
}
