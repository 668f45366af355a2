import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import type { OperativeNode, ResolutionDocument } from '../src/core/model';

export const FIXTURES = join(__dirname, '..', '..', 'test-fixtures');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function parseFixture(name: string): ResolutionDocument {
  return parse(readFixture(name));
}

export const SEEDS = [
  'A_C.1_70_L.45.draft.txt',
  'A_C.1_73_L.27_Rev.1.pdf-extracted.txt',
  'A_C.1_75_L.4.pdf-extracted.txt',
  'A_C.1_76_L.13.draft.txt',
  'A_RES_73_266.adopted.txt',
];

/** Labels of a tree as nested arrays, for compact structural assertions. */
export function labels(nodes: OperativeNode[]): string[] {
  return nodes.map((n) => (n.children.length > 0 ? `${n.label?.text ?? '¶'}[${labels(n.children).join(',')}]` : n.label?.text ?? '¶'));
}

/** The source text a range covers. */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}
