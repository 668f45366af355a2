// Data-driven: each broken variant of a seed, and the exact diagnostics it must get
// (code, severity, one-based line and column). test-fixtures/broken/expected.json was
// reviewed by hand; a change of behaviour shows up as a diff there.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { RULES } from '../src/core/rules';
import type { Rule } from '../src/core/rules/rule';
import { FIXTURES, readFixture } from './helpers';

const BROKEN = join(FIXTURES, 'broken');
const expected: Record<string, Array<{ code: string; severity: string; line: number; character: number }>> = JSON.parse(
  readFileSync(join(BROKEN, 'expected.json'), 'utf8'),
);

describe('rules on broken variants of the seeds', () => {
  for (const file of readdirSync(BROKEN).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const { diagnostics, failures } = checkDocument(parse(readFileSync(join(BROKEN, file), 'utf8')));
      assert.deepEqual(failures, []);
      const actual = diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line + 1, character: d.range.start.character + 1 }));
      assert.deepEqual(actual, expected[file]);
    });
  }

  it('reads "above" and "below" in a footnote against nothing: the footnote stands at the page\'s foot, not where its marker is', () => {
    // Footnote 1 is marked in the preamble; its block stands after paragraph 3, which it calls "below".
    const text = readFixture('A_C.1_76_L.13.draft.txt').replace('¹ A/65/201, A/68/98 and A/70/174.', '¹ A/65/201, A/68/98 and A/70/174; see also paragraph 3 below.');
    const doc = parse(text);
    const reference = doc.citations.find((c) => c.kind === 'internal' && c.symbol === '3')!;
    assert.equal(text.split('\n')[reference.range.start.line].startsWith('¹'), true);
    assert.equal(reference.direction, undefined);
    assert.deepEqual(checkDocument(doc).diagnostics.filter((d) => d.code === 'reference.paragraph'), []);
  });

  it('every rule is exercised by at least one variant', () => {
    const exercised = new Set(Object.values(expected).flat().map((d) => d.code));
    const missing = RULES.map((r) => r.code).filter((code) => !exercised.has(code));
    assert.deepEqual(missing, []);
  });

  it('names the duplicate with the earlier paragraph as related information', () => {
    const { diagnostics } = checkDocument(parse(readFileSync(join(BROKEN, 'duplicate.txt'), 'utf8')));
    const duplicate = diagnostics.find((d) => d.code === 'numbering.duplicate')!;
    assert.equal(duplicate.message, 'paragraph 3 is numbered twice.');
    assert.deepEqual(duplicate.related?.[0].range, { start: { line: 68, character: 2 }, end: { line: 68, character: 4 } });
  });

  it('covers exactly the label of a gap', () => {
    const { diagnostics } = checkDocument(parse(readFileSync(join(BROKEN, 'gap.txt'), 'utf8')));
    assert.deepEqual(diagnostics[0].range, { start: { line: 69, character: 2 }, end: { line: 69, character: 4 } });
    assert.equal(diagnostics[0].message, 'paragraph 5 follows 3: 4 is missing.');
  });

  it('accepts the L.27/Rev.1 decimal norms 1.1–1.13, which are full sentences', () => {
    const { diagnostics } = checkDocument(parse(readFixture('A_C.1_73_L.27_Rev.1.pdf-extracted.txt')));
    assert.deepEqual(diagnostics, []);
  });

  it('honours per-rule severities and turning a rule off', () => {
    const doc = parse(readFileSync(join(BROKEN, 'gap.txt'), 'utf8'));
    const downgraded = checkDocument(doc, { severities: { 'numbering.gap': 'information', 'numbering.duplicate': 'off' } });
    assert.deepEqual(downgraded.diagnostics.map((d) => `${d.code}:${d.severity}`), ['numbering.gap:information']);
  });

  it('reports a throwing rule once and keeps the other rules', () => {
    const broken: Rule = { code: 'test.throws', severity: 'error', description: 'throws', check: () => { throw new Error('boom'); } };
    const result = checkDocument(parse(readFileSync(join(BROKEN, 'gap.txt'), 'utf8')), { rules: [broken, ...RULES] });
    assert.deepEqual(result.failures, [{ code: 'test.throws', error: 'boom' }]);
    assert.ok(result.diagnostics.some((d) => d.code === 'numbering.gap'));
  });
});
