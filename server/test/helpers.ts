import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import { strict as assert } from 'node:assert';
import type { OperativeNode, Range, ResolutionDocument } from '../src/core/model';

export { applyEdits } from '../src/core/text-edits';

export const FIXTURES = join(__dirname, '..', '..', 'test-fixtures');

/** The keys of a document in `resolution json`, in order: the documented contract (docs/model.md), which the CLI and the server's structure request both answer. */
export const JSON_DOCUMENT_KEYS = [
  'file',
  'shape',
  'symbol',
  'symbols',
  'kind',
  'session',
  'committee',
  'agendaItem',
  'date',
  'sponsors',
  'title',
  'titleNumber',
  'preamble',
  'operative',
  'annexes',
  'footnotes',
  'citations',
  'diagnostics',
];

/** The header and organ line of a constructed adopted resolution, for tests that build a text line by line. */
export const CONSTRUCTED_HEADER = [
  'United Nations A/RES/90/1',
  'General Assembly Distr.: General',
  '2 January 2036',
  'Ninetieth session',
  'Agenda item 7',
  'Resolution adopted by the General Assembly on 1 January 2036',
  '90/1. Cooperation between the United Nations and the regional organizations',
  'The General Assembly,',
];

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
  return nodes.map((n) => (n.children.length > 0 ? `${n.label?.text ?? '¶'}[${labels(n.children).join(',')}]` : (n.label?.text ?? '¶')));
}

/** The source text a range covers. */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [
    lines[range.start.line].slice(range.start.character),
    ...lines.slice(range.start.line + 1, range.end.line),
    lines[range.end.line].slice(0, range.end.character),
  ].join('\n');
}

/** Every range in the model, in a fixed traversal order. */
export function allRanges(doc: ResolutionDocument): Range[] {
  const ranges: Range[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.start && record.end && typeof (record.start as { line?: unknown }).line === 'number') ranges.push(record as unknown as Range);
      else Object.values(record).forEach(collect);
    }
  };
  collect(doc);
  return ranges;
}

export function assertRangesInside(text: string, doc: ResolutionDocument): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const range of allRanges(doc)) {
    for (const p of [range.start, range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} outside 0..${lines.length - 1}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} outside line ${p.line}`);
    }
    assert.ok(
      range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character),
      'range ends before it starts',
    );
  }
}

/** The position of the `occurrence`-th `needle` in `text`, `offset` characters into it. */
export function positionOf(text: string, needle: string, occurrence = 0, offset = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, at + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
