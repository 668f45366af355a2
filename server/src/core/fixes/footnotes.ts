// Footnote fixes: add the footnote a marker points to, remove a dangling marker, or
// remove a footnote nothing points to.
import type { Diagnostic, ResolutionDocument } from '../model';
import { SourceLines, type Fix } from './fix';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(label: string): string {
  return [...label].map((d) => SUPERSCRIPTS[Number(d)] ?? d).join('');
}

export function missingFootnoteFixes(diagnostic: Diagnostic, doc: ResolutionDocument, source: SourceLines): Fix[] {
  const label = diagnostic.data?.label;
  if (!label) return [];
  const eol = source.eol();
  const last = doc.footnotes[doc.footnotes.length - 1];
  const usesSuperscript = last ? SUPERSCRIPTS.includes(source.slice(last.range)[0] ?? '') : doc.shape !== 'pdf';
  const entry = `${usesSuperscript ? superscript(label) : label}${usesSuperscript ? ' ' : '  '}`;
  const at = last ? last.range.end : source.end();
  const resolves = [{ code: diagnostic.code, range: diagnostic.range }];
  return [
    {
      title: `Add footnote ${label}`,
      kind: 'quickfix',
      edits: [{ range: { start: at, end: at }, newText: `${eol}${last ? '' : eol}${entry}` }],
      safe: false,
      preferred: true,
      resolves,
    },
    { title: `Remove the marker of footnote ${label}`, kind: 'quickfix', edits: [{ range: diagnostic.range, newText: '' }], safe: false, resolves },
  ];
}

export function unreferencedFootnoteFix(diagnostic: Diagnostic, doc: ResolutionDocument): Fix | null {
  const footnote = doc.footnotes.find((f) => f.label === diagnostic.data?.label);
  if (!footnote) return null;
  const range = { start: { line: footnote.range.start.line, character: 0 }, end: { line: footnote.range.end.line + 1, character: 0 } };
  return {
    title: `Remove footnote ${footnote.label}`,
    kind: 'quickfix',
    edits: [{ range, newText: '' }],
    safe: false,
    resolves: [{ code: diagnostic.code, range: diagnostic.range }],
  };
}
