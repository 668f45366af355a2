// The plain-text report of `resolution diff`: header changes, then each section's
// changed, moved, added, removed and renumbered paragraphs with their word changes.
import type { ParagraphChange } from './align';
import type { AnnexChange, Comparison } from './compare';
import { HEADER_FIELD_NAMES, annexName, changeName, changeVerb, lineSpan, reportedChanges, summary, tally } from './describe';
import { inlineDiff, type InlineMarks } from './inline-diff';

const PLAIN: InlineMarks = {
  deleted: (text) => `[-${text}-]`,
  inserted: (text) => `{+${text}+}`,
  kept: (text) => text,
};

export interface VersionNames {
  /** How each version is named in the report: a file path, a symbol. */
  before: string;
  after: string;
}

export function renderComparisonText(comparison: Comparison, names: VersionNames): string {
  const lines = [`--- ${names.before}`, `+++ ${names.after}`];
  if (comparison.identical) return [...lines, 'No differences.'].join('\n') + '\n';

  lines.push('', 'Header');
  const { changes, sponsors } = comparison.header;
  for (const change of changes) {
    const value = change.words ? inlineDiff(change.words, PLAIN) : `${change.before ?? '(none)'} → ${change.after ?? '(none)'}`;
    lines.push(`  ${HEADER_FIELD_NAMES[change.field]}: ${value}`);
  }
  if (sponsors) {
    lines.push(`  sponsors: ${sponsors.added.length} added, ${sponsors.removed.length} removed, ${sponsors.unchanged} unchanged`);
    for (const s of sponsors.added) lines.push(`    + ${s.value}`);
    for (const s of sponsors.removed) lines.push(`    - ${s.value}`);
  }
  if (changes.length === 0 && !sponsors) lines.push('  no changes');

  section(lines, 'Preamble', comparison.preamble, '');
  section(lines, 'Operative part', comparison.operative, '');
  for (const part of comparison.parts ?? []) {
    lines.push('', `Part ${part.label} (${part.status})`);
    section(lines, 'Preamble', part.preamble, '  ');
    section(lines, 'Operative part', part.operative, '  ');
  }
  if (comparison.annexes.length > 0) lines.push('', 'Annexes');
  for (const annex of comparison.annexes) annexSection(lines, annex);

  lines.push('', `Summary: ${summary(comparison.counts)}.`);
  return lines.join('\n') + '\n';
}

function section(lines: string[], title: string, changes: ParagraphChange[], indent: string): void {
  lines.push('', `${indent}${title}: ${tally(changes)}`);
  for (const change of reportedChanges(changes)) {
    lines.push(`${indent}  ${changeVerb(change).padEnd(10)} ${changeName(change)} (${lineSpan(change)})`);
    const text = change.words
      ? inlineDiff(change.words, PLAIN)
      : change.status === 'added' || change.status === 'removed'
        ? (change.before ?? change.after)!.text
        : null;
    if (text !== null) lines.push(`${indent}      ${text}`);
  }
}

function annexSection(lines: string[], annex: AnnexChange): void {
  const line = (annex.after ?? annex.before)!.range.start.line + 1;
  lines.push('', `  ${annexName(annex)} (${annex.status}, line ${line})`);
  if (annex.titleWords) lines.push(`    title: ${inlineDiff(annex.titleWords, PLAIN)}`);
  if (annex.status === 'unchanged') return;
  if (annex.preamble.length > 0) section(lines, 'Preamble', annex.preamble, '    ');
  section(lines, 'Paragraphs', annex.operative, '    ');
}
