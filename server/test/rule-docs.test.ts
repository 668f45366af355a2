// Each rule is defined once (server/src/core/rules/); the severity settings in package.json and
// docs/diagnostics.md are made from the definitions by scripts/rule-docs.ts (`npm run rules:docs`).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { MANIFEST, SEVERITY_SETTING, TABLE, manifestWithRules, rulesTable } from '../../scripts/rule-docs';
import { RULES } from '../src/core/rules';

describe('the rule definitions and what is made from them', () => {
  it('keep every code, default severity and what each rule reads', () => {
    assert.deepEqual(
      RULES.map((rule) => `${rule.code} ${rule.severity} (${rule.reads})`),
      [
        'numbering.gap error (outline)',
        'numbering.duplicate error (outline)',
        'numbering.order error (outline)',
        'numbering.start warning (outline)',
        'numbering.suffix hint (outline)',
        'numbering.style warning (outline)',
        'numbering.decimal-parent error (outline)',
        'numbering.label-punctuation warning (outline)',
        'numbering.missing warning (outline)',
        'structure.operative-phrase warning (outline)',
        'structure.preambular-phrase warning (outline)',
        'structure.repeated-phrase warning (outline)',
        'footnote.missing error (outline)',
        'footnote.unreferenced warning (outline)',
        'reference.paragraph error (outline and citations)',
        'reference.deleted warning (text)',
        'reference.moved warning (text)',
        'punctuation.preamble warning (outline)',
        'punctuation.operative warning (outline)',
        'citation.paragraph warning (text)',
        'citation.date warning (text)',
        'citation.title warning (text)',
        'style.date information (text)',
        'style.this-resolution information (text)',
        'style.resolution-case information (text)',
        'style.united-nations information (text)',
        'style.secretary-general information (text)',
        'style.repeated-verb off (outline)',
        'style.double-space hint (text)',
        'style.straight-quotes hint (text)',
        'draft.placeholder information (outline)',
      ],
    );
  });

  it('package.json has the severity settings the definitions make (else run `npm run rules:docs`)', () => {
    const manifest = readFileSync(MANIFEST, 'utf8');
    assert.equal(manifest, manifestWithRules(manifest));
  });

  it('docs/diagnostics.md is the table the definitions make (else run `npm run rules:docs`)', () => {
    assert.equal(readFileSync(TABLE, 'utf8'), rulesTable());
  });

  it("a rule's setting offers every level and says the rule's sentence and default", () => {
    const setting = JSON.parse(readFileSync(MANIFEST, 'utf8')).contributes.configuration.properties[SEVERITY_SETTING];
    assert.deepEqual(setting.properties['numbering.suffix'], {
      type: 'string',
      enum: ['error', 'warning', 'information', 'hint', 'off'],
      description: 'Negotiation insertions (5 bis, (a) ter) to renumber once the text is agreed. Default: hint.',
    });
    assert.deepEqual(
      Object.keys(setting.properties),
      RULES.map((rule) => rule.code),
    );
  });

  it('the table has a row per rule: code, default and sentence', () => {
    const rows = rulesTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    assert.equal(rows.length, RULES.length);
    assert.equal(
      rows[14],
      '| `reference.paragraph` | error | "paragraph 3 above" (or "below") pointing to a paragraph that does not exist, or is not above (below) the reference. |',
    );
    // A rule with an example shows it after its sentence.
    assert.equal(
      rows[RULES.findIndex((rule) => rule.code === 'style.date')],
      '| `style.date` | information | A date written in figures (25.10.1971, 25/10/1971) or month first (October 25, 1971), where the UN writes day, month and year: 25 October 1971. Example: `25.10.1971` → `25 October 1971`. |',
    );
  });
});
