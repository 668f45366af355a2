// The comparison as Markdown, for the editor's report view: deleted and inserted words
// as <del> and <ins> (emphasis markers would not open next to punctuation, and a changed
// comma is common), each paragraph with its place in both versions (as links when the
// caller can make them).
import type { Range } from '../model';
import type { ParagraphChange } from './align';
import type { Comparison } from './compare';
import { HEADER_FIELD_NAMES, annexName, changeName, changeVerb, reportedChanges, summary, tally } from './describe';
import { inlineDiff, type InlineMarks } from './inline-diff';
import type { VersionNames } from './report-text';

export interface MarkdownOptions extends VersionNames {
  /** A link target for a place in one version (a `command:` URI in VS Code); without it, places are plain line numbers. */
  link?: (version: 'before' | 'after', range: Range) => string;
}

const MARKDOWN: InlineMarks = {
  deleted: (text) => `<del>${escapeMarkdown(text)}</del>`,
  inserted: (text) => `<ins>${escapeMarkdown(text)}</ins>`,
  kept: escapeMarkdown,
};

export function renderComparisonMarkdown(comparison: Comparison, options: MarkdownOptions): string {
  const place = (version: 'before' | 'after', range: Range) => {
    const text = `line ${range.start.line + 1}`;
    return options.link ? `[${text}](${options.link(version, range)})` : text;
  };
  const out = [`# ${escapeMarkdown(options.before)} → ${escapeMarkdown(options.after)}`, ''];
  if (comparison.identical) return [...out, 'No differences.', ''].join('\n');

  out.push('## Header', '');
  const { changes, sponsors } = comparison.header;
  for (const change of changes) {
    const value = change.words
      ? inlineDiff(change.words, MARKDOWN)
      : `${change.before === null ? '*(none)*' : escapeMarkdown(change.before)} → ${change.after === null ? '*(none)*' : escapeMarkdown(change.after)}`;
    out.push(`- **${HEADER_FIELD_NAMES[change.field]}**: ${value}`);
  }
  if (sponsors) {
    const names = (list: typeof sponsors.added) => list.map((s) => escapeMarkdown(s.value)).join(', ') || '*none*';
    out.push(
      `- **sponsors added**: ${names(sponsors.added)}`,
      `- **sponsors removed**: ${names(sponsors.removed)}`,
      `- **sponsors unchanged**: ${sponsors.unchanged}`,
    );
  }
  if (changes.length === 0 && !sponsors) out.push('No changes.');

  const section = (heading: string, list: ParagraphChange[]) => {
    out.push('', `${heading} — ${tally(list)}`, '');
    for (const change of reportedChanges(list)) {
      const places = [change.before && `before ${place('before', change.before.range)}`, change.after && `after ${place('after', change.after.range)}`]
        .filter(Boolean)
        .join(', ');
      out.push(`- **${escapeMarkdown(changeName(change))}** ${changeVerb(change)} (${places})`);
      const text = change.words
        ? inlineDiff(change.words, MARKDOWN)
        : change.status === 'added' || change.status === 'removed'
          ? escapeMarkdown((change.before ?? change.after)!.text)
          : null;
      if (text !== null) out.push('', `  > ${text}`, '');
    }
  };
  section('## Preamble', comparison.preamble);
  section('## Operative part', comparison.operative);
  for (const part of comparison.parts ?? []) {
    out.push('', `## Part ${escapeMarkdown(part.label)} (${part.status})`);
    section('### Preamble', part.preamble);
    section('### Operative part', part.operative);
  }
  for (const annex of comparison.annexes) {
    out.push('', `## ${escapeMarkdown(annexName(annex))} (${annex.status})`);
    if (annex.titleWords) out.push('', `Title: ${inlineDiff(annex.titleWords, MARKDOWN)}`);
    if (annex.preamble.length > 0) section('### Preamble', annex.preamble);
    section('### Paragraphs', annex.operative);
  }
  out.push('', `**Summary**: ${summary(comparison.counts)}.`, '');
  return out.join('\n');
}

/** Resolution text is prose, but `*`, `_`, brackets and the like would turn into markup. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&');
}
