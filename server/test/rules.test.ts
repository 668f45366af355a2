// Data-driven: each broken variant of a seed, and the exact diagnostics it must get (code,
// severity, one-based range, message, related information). test-fixtures/broken/expected.json
// was reviewed by hand; a change of behaviour shows up as a diff there.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Position } from '../src/core/model';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { recheck } from '../src/core/incremental-check';
import { fullParse, reparse } from '../src/core/incremental-parse';
import { RULES } from '../src/core/rules';
import type { Reads, Rule } from '../src/core/rules/rule';
import { FIXTURES, readFixture } from './helpers';

const BROKEN = join(FIXTURES, 'broken');

interface Shown {
  code: string;
  severity: string;
  range: string;
  message: string;
  related?: string[];
}

const expected: Record<string, Shown[]> = JSON.parse(readFileSync(join(BROKEN, 'expected.json'), 'utf8'));

const at = (p: Position) => `${p.line + 1}:${p.character + 1}`;

/** A diagnostic as expected.json writes it: ranges one-based, "line:column-line:column". */
function shown(d: Diagnostic): Shown {
  return {
    code: d.code,
    severity: d.severity,
    range: `${at(d.range.start)}-${at(d.range.end)}`,
    message: d.message,
    ...(d.related ? { related: d.related.map((r) => `${at(r.range.start)}-${at(r.range.end)} ${r.message}`) } : {}),
  };
}

const brokenText = (file: string) => readFileSync(join(BROKEN, file), 'utf8');

describe('rules on broken variants of the seeds', () => {
  for (const file of readdirSync(BROKEN).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const text = brokenText(file);
      const { diagnostics, failures } = checkDocument(parse(text), { text });
      assert.deepEqual(failures, []);
      assert.deepEqual(diagnostics.map(shown), expected[file]);
    });
  }

  it('reads "above" and "below" in a footnote against nothing: the footnote stands at the page\'s foot, not where its marker is', () => {
    // Footnote 1 is marked in the preamble; its block stands after paragraph 3, which it calls "below".
    const text = readFixture('A_C.1_76_L.13.draft.txt').replace(
      '¹ A/65/201, A/68/98 and A/70/174.',
      '¹ A/65/201, A/68/98 and A/70/174; see also paragraph 3 below.',
    );
    const doc = parse(text);
    const reference = doc.citations.find((c) => c.kind === 'internal' && c.symbol === '3')!;
    assert.equal(text.split('\n')[reference.range.start.line].startsWith('¹'), true);
    assert.equal(reference.direction, undefined);
    // The seed's one true finding, and nothing on the reference.
    assert.deepEqual(checkDocument(doc).diagnostics.map(shown), [
      {
        code: 'structure.repeated-phrase',
        severity: 'warning',
        range: '70:5-70:23',
        message: '"Underlines further" repeats an operative phrase, but no earlier paragraph opens with "Underlines".',
      },
    ]);
  });

  it('words each numbering finding the sequences give', () => {
    const insertion = (label: string) => `paragraph ${label} is a negotiation insertion; renumber the paragraphs once the text is agreed.`;
    const suffix = { code: 'numbering.suffix', severity: 'hint', range: '70:3-70:9', message: insertion('3 bis') };
    const variant = (from: string, to: string) => checkDocument(parse(brokenText('bis-insertion.txt').replace(from, to))).diagnostics.map(shown);
    assert.deepEqual(variant('- (a) To be guided', '- (e) To be guided'), [
      { code: 'numbering.start', severity: 'warning', range: '55:3-55:6', message: 'Numbering starts at (e); expected (a).' },
      { code: 'numbering.order', severity: 'error', range: '65:3-65:6', message: 'sub-paragraph (b) comes after (e); expected (f).' },
      suffix,
    ]);
    assert.deepEqual(variant('- 3 bis. Also', '- 2 bis. Also'), [
      { code: 'numbering.order', severity: 'error', range: '70:3-70:9', message: 'paragraph 2 bis should follow 2, not 3.' },
      { ...suffix, message: insertion('2 bis') },
    ]);
    assert.deepEqual(variant('- 6. Decides', '- 8. Decides'), [
      suffix,
      { code: 'numbering.gap', severity: 'error', range: '73:3-73:5', message: 'paragraph 8 follows 5: 6, 7 are missing.' },
    ]);
    assert.deepEqual(variant('- 6. Decides', '- 12. Decides'), [
      suffix,
      { code: 'numbering.gap', severity: 'error', range: '73:3-73:6', message: 'paragraph 12 follows 5: 6 to 11 are missing.' },
    ]);
  });

  it('every rule is exercised by at least one variant', () => {
    const exercised = new Set(
      Object.values(expected)
        .flat()
        .map((d) => d.code),
    );
    // These two need a text's earlier versions: identity.test.ts exercises them over edits.
    const overEdits = ['reference.deleted', 'reference.moved'];
    // These need the cited documents: cited-rules.test.ts exercises them with the seeds and the corpus at hand.
    // The style rules find what drafters type, not what a broken numbering shows: style-rules.test.ts exercises each on drafts.
    const withCited = ['citation.paragraph', 'citation.date', 'citation.title'];
    const missing = RULES.map((r) => r.code).filter(
      (code) => !exercised.has(code) && !overEdits.includes(code) && !withCited.includes(code) && !code.startsWith('style.'),
    );
    assert.deepEqual(missing, []);
  });

  it('accepts the L.27/Rev.1 decimal norms 1.1–1.13, which are full sentences', () => {
    const { diagnostics } = checkDocument(parse(readFixture('A_C.1_73_L.27_Rev.1.pdf-extracted.txt')));
    assert.deepEqual(diagnostics, []);
  });

  it('honours per-rule severities and turning a rule off', () => {
    const doc = parse(brokenText('gap.txt'));
    const downgraded = checkDocument(doc, { severities: { 'numbering.gap': 'information', 'numbering.duplicate': 'off' } });
    assert.deepEqual(downgraded.diagnostics.map(shown), [
      { code: 'numbering.gap', severity: 'information', range: '70:3-70:5', message: 'paragraph 5 follows 3: 4 is missing.' },
    ]);
  });

  it('reports a throwing rule once and keeps the other rules', () => {
    const broken: Rule = {
      code: 'test.throws',
      severity: 'error',
      reads: 'text',
      description: 'throws',
      check: () => {
        throw new Error('boom');
      },
    };
    const doc = parse(brokenText('gap.txt'));
    const result = checkDocument(doc, { rules: [broken, ...RULES] });
    assert.deepEqual(result.failures, [{ code: 'test.throws', error: 'boom' }]);
    assert.deepEqual(result.diagnostics.map(shown), expected['gap.txt']);
  });
});

describe('the incremental check', () => {
  // One rule of each kind, which records its runs and finds the paragraph it is named after.
  const runs: Reads[] = [];
  const counting = (reads: Reads): Rule => ({
    code: `test.${reads.replace(/ /g, '-')}`,
    severity: 'hint',
    reads,
    description: reads,
    check: (doc) => {
      runs.push(reads);
      return [{ message: reads, range: doc.operative[0].range }];
    },
  });
  const rules = [counting('outline'), counting('outline and citations'), counting('text')];
  const text = brokenText('gap.txt');
  const sentence = 'as identified in the reports of the Group';

  /** The rules the incremental check ran again after the edit, and the citations the edit left. */
  function rerun(replacement: string): { ran: Reads[]; citations: string[] } {
    const version = fullParse(text);
    const previous = checkDocument(version.doc, { rules });
    const next = reparse(version, text.replace(sentence, replacement));
    assert.notEqual(next.edit, null, 'the edit takes the fast path');
    runs.length = 0;
    const result = recheck(next.doc, previous, next.edit!, { rules });
    const ran = [...runs];
    // What it carried is what running every rule finds.
    assert.deepEqual(result, checkDocument(next.doc, { rules }));
    return { ran, citations: next.edit!.citationsAfter.map((c) => c.symbol) };
  }

  it('runs again only the rules that read the whole text after an edit that leaves the citations', () => {
    assert.deepEqual(rerun('as identified in the report of the Group'), { ran: ['text'], citations: [] });
  });

  it('runs again the rules that read citations when the edit changes them', () => {
    assert.deepEqual(rerun('as identified in resolution 2625 (XXV) and the reports of the Group'), {
      ran: ['outline and citations', 'text'],
      citations: ['A/RES/2625(XXV)'],
    });
  });
});
