// Terminal punctuation: replace the closing mark, or add the missing one. Closing quotes
// and brackets stay where they are, and footnote markers after the mark are kept.
import type { Diagnostic } from '../model';
import { SourceLines, type Fix } from './fix';

const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '*']);
const MARKER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
const MARKS = new Set(['.', ',', ';', ':']);
const NAMES: Record<string, string> = { ';': 'semicolon', ',': 'comma', ':': 'colon', '.': 'full stop' };

export function punctuationFix(diagnostic: Diagnostic, source: SourceLines): Fix | null {
  const expected = diagnostic.data?.expected;
  if (!expected || !NAMES[expected]) return null;
  const line = diagnostic.range.end.line;
  const text = source.lineText(line);
  let end = Math.min(diagnostic.range.end.character, text.length);
  while (end > 0 && (/\s/.test(text[end - 1]) || MARKER.test(text[end - 1]))) end--;
  let at = end - 1;
  while (at >= 0 && CLOSERS.has(text[at])) at--;
  // PDF text glues markers as digits after the mark: "security,3".
  let mark = at;
  while (mark >= 0 && /\d/.test(text[mark])) mark--;
  if (mark < at && mark >= 0 && MARKS.has(text[mark]) && !/\d/.test(text[mark - 1] ?? '')) at = mark;
  const range = MARKS.has(text[at])
    ? { start: { line, character: at }, end: { line, character: at + 1 } }
    : { start: { line, character: end }, end: { line, character: end } };
  return {
    title: MARKS.has(text[at]) ? `End with a ${NAMES[expected]}` : `Add a ${NAMES[expected]}`,
    kind: 'quickfix',
    edits: [{ range, newText: expected }],
    safe: true,
    preferred: true,
    resolves: [{ code: diagnostic.code, range: diagnostic.range }],
  };
}
