import type { Rule } from './rule';

export const footnoteUnreferenced: Rule = {
  code: 'footnote.unreferenced',
  severity: 'warning',
  reads: 'outline',
  description: 'A footnote that no marker in the text points to.',
  check: (doc) =>
    doc.footnotes
      .filter((footnote) => /^\d+$/.test(footnote.label) && footnote.markers.length === 0)
      .map((footnote) => ({
        message: `Footnote ${footnote.label} is never referenced in the text.`,
        data: { label: footnote.label },
        range: { start: footnote.range.start, end: { line: footnote.range.start.line, character: footnote.range.start.character + footnote.label.length + 1 } },
      })),
};
