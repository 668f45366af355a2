// Shared by the punctuation rules: the closing character of a paragraph once quotes
// and brackets that close a citation are set aside.
import type { Range } from '../model';

export function lastCharacter(text: string): string | null {
  const trimmed = text.replace(/[\s’”"')\]*]+$/, '');
  if (trimmed.length === 0) return null;
  // "…; and" and "…; or" close a sub-item before the last one.
  if (/[;,] (?:and|or)$/.test(trimmed)) return ';';
  return trimmed[trimmed.length - 1];
}

export function endOfText(range: Range): Range {
  return { start: { line: range.end.line, character: Math.max(0, range.end.character - 1) }, end: range.end };
}
