// The style rules against the UN's own writing: every document of the corpus in every extracted
// shape, as the extension's PDF reader reads it and as "Open Resolution PDF as Text" gives it
// (the clean shape, where the rules for typed texts run), and the seeds. The rules are meant
// for drafts; a finding on the UN's texts is a rule that is wrong, except for one real departure.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../src/core/check';
import { parse } from '../src/core/parser';
import { RULES } from '../src/core/rules';
import { readPdfAsCleanText } from '../src/pdf/clean-pdf-text';
import { pdfToText } from '../src/pdf/read-pdf';
import { ALL_TEXT_SHAPES, CORPUS, corpusText, manifest } from './corpus-helpers';
import { readFixture, SEEDS } from './helpers';

const STYLE_CODES = RULES.map((rule) => rule.code).filter((code) => code.startsWith('style.'));

/** Every finding of a style rule, at its default severity, as "code@line" (one-based). */
function styleFindings(text: string): string[] {
  return checkDocument(parse(text), { text })
    .diagnostics.filter((d) => d.code.startsWith('style.'))
    .map((d) => `${d.code}@${d.range.start.line + 1}`);
}

/**
 * A/RES/79/327, paragraph 42 (k), prints "The Secretary General shall be appointed" (all seven
 * extractions agree): a departure from house style in an adopted text, which the style rules leave
 * alone (they serve drafts: an issued text is not edited), so no document of the corpus shows any.
 */
const TRUE_STYLE_FINDINGS: Record<string, string[]> = {};

describe('style rules on the corpus and the seeds', function () {
  this.timeout(300_000);
  const entries = manifest();

  it('are the eight style rules, all on by default but the repeated verb', () => {
    assert.deepEqual(
      RULES.filter((rule) => STYLE_CODES.includes(rule.code)).map((rule) => `${rule.code} ${rule.severity}`),
      [
        'style.date information',
        'style.this-resolution information',
        'style.resolution-case information',
        'style.united-nations information',
        'style.secretary-general information',
        'style.repeated-verb off',
        'style.double-space hint',
        'style.straight-quotes hint',
      ],
    );
  });

  it('find nothing in any of the 46 documents in any extracted shape, nor in the seeds', () => {
    const found: Record<string, string[]> = {};
    for (const entry of entries) {
      for (const shape of ALL_TEXT_SHAPES) {
        const findings = styleFindings(corpusText(shape, entry.stem));
        if (findings.length > 0) found[`${shape} ${entry.stem}`] = findings;
      }
    }
    for (const seed of SEEDS) {
      const findings = styleFindings(readFixture(seed));
      if (findings.length > 0) found[seed] = findings;
    }
    assert.deepEqual(found, {});
  });

  it('find only the one real departure in the PDF reader\'s text and in the clean text "Open Resolution PDF as Text" gives', async () => {
    const found: Record<string, string[]> = {};
    // All typed shapes, which every style rule reads (superscript footnote markers read as markdown signs; straight quotes are looked for in the clean ones).
    const shapes = { clean: 0, markdown: 0, pdf: 0 };
    for (const entry of entries) {
      const bytes = readFileSync(join(CORPUS, 'pdf', `${entry.stem}.pdf`));
      const read = await pdfToText(bytes);
      const clean = await readPdfAsCleanText(bytes);
      assert.ok(read.ok && clean.ok, entry.stem);
      shapes[parse(clean.text).shape]++;
      for (const [route, text] of [
        ['reader', read.text],
        ['reader-clean', clean.text],
      ]) {
        const findings = styleFindings(text);
        if (findings.length > 0) found[`${route} ${entry.stem}`] = findings;
      }
    }
    assert.deepEqual(found, TRUE_STYLE_FINDINGS);
    assert.deepEqual(shapes, { clean: 13, markdown: 33, pdf: 0 });
    const clean = (await readPdfAsCleanText(readFileSync(join(CORPUS, 'pdf', 'A_RES_79_327.pdf')))) as { text: string };
    assert.equal(
      clean.text.split('\n')[150],
      '(k) The Secretary General shall be appointed by the General Assembly upon the recommendation of the Security Council, in accordance with Article 97 of the Charter;',
    );
  });
});
