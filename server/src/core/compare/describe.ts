// The words both reports (plain text and Markdown) use for what the comparison found.
import type { ParagraphChange, ParagraphStatus } from './align';
import type { AnnexChange, ChangeCounts } from './compare';
import type { HeaderField } from './header-changes';
import type { Paragraph } from './paragraphs';

/** "PP 3" (preambular paragraphs by position, as negotiators count them), "OP 5 (a)", "heading II". */
function paragraphName(p: Paragraph): string {
  if (p.kind === 'preambular') return `PP ${p.index + 1}`;
  if (p.kind === 'heading') return p.label ? `heading ${p.label}` : 'heading';
  return p.label ? `OP ${p.label}` : 'OP (unnumbered)';
}

/** "OP 5 → OP 6" when the label moved, else the one name. */
export function changeName(change: ParagraphChange): string {
  const { before, after } = change;
  if (before && after) {
    const [from, to] = [paragraphName(before), paragraphName(after)];
    return from === to ? to : `${from} → ${to}`;
  }
  return paragraphName((before ?? after)!);
}

/** What a reader is told happened: an unchanged paragraph that only took another number is "renumbered". */
export function changeVerb(change: ParagraphChange): ParagraphStatus | 'renumbered' {
  return change.status === 'unchanged' && change.renumbered ? 'renumbered' : change.status;
}

/** The changes worth a line in a report: all but the paragraphs that stayed as they were. */
export function reportedChanges(changes: ParagraphChange[]): ParagraphChange[] {
  return changes.filter((c) => c.status !== 'unchanged' || c.renumbered);
}

const TALLY_ORDER: ParagraphStatus[] = ['changed', 'moved', 'added', 'removed', 'unchanged'];

/** "3 changed, 1 added, 15 unchanged; 1 renumbered" ("no paragraphs" for an empty section). */
export function tally(changes: ParagraphChange[]): string {
  if (changes.length === 0) return 'no paragraphs';
  const parts = TALLY_ORDER.map((status) => [status, changes.filter((c) => c.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  const renumbered = changes.filter((c) => c.renumbered).length;
  return renumbered > 0 ? `${parts.join(', ')}; ${renumbered} renumbered` : parts.join(', ');
}

export const HEADER_FIELD_NAMES: Record<HeaderField, string> = {
  symbol: 'symbol',
  kind: 'kind',
  date: 'date',
  number: 'resolution number',
  title: 'title',
};

/** A one-based line for people ("line 20"), or the span of lines between two versions. */
export function lineSpan(change: ParagraphChange): string {
  const line = (p: Paragraph | null) => (p ? String(p.range.start.line + 1) : null);
  const [from, to] = [line(change.before), line(change.after)];
  return from && to ? `line ${from} → ${to}` : `line ${from ?? to}`;
}

/** "Annex I: Awaza Political Declaration", or "Annex → Annex I: …" when the label changed. */
export function annexName(annex: AnnexChange): string {
  const { before, after } = annex;
  const shown = (after ?? before)!;
  const label = before && after && before.label !== after.label ? `${before.label} → ${after.label}` : shown.label;
  return shown.title ? `${label}: ${shown.title}` : label;
}

export function summary(counts: ChangeCounts): string {
  return `${counts.changed} changed, ${counts.moved} moved, ${counts.added} added, ${counts.removed} removed, ${counts.renumbered} renumbered, ${counts.unchanged} unchanged`;
}
