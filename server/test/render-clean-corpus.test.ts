// The clean shape over the corpus: what `resolution import` and `resolution clean` write
// reads back as the model it was written from, with the same findings (a PDF reaches the
// CLI and the editor only this way), in every shape, and writing it again changes nothing. Where the source's own model is what differs, the document is named
// here with the reason, so that any other difference fails.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import type { ResolutionDocument } from '../src/core/model';
import { renderClean } from '../src/core/render-clean';
import { pdfToText } from '../src/pdf/read-pdf';
import { CORPUS, corpusText, manifest, signature, TEXT_SHAPES } from './corpus-helpers';

const SHAPES = [...TEXT_SHAPES, 'pdf'] as const;

/** The findings of a model, independent of where its lines stand. */
const findings = (doc: ResolutionDocument) =>
  checkDocument(doc)
    .diagnostics.map((d) => `${d.code} ${d.message}`)
    .sort();

/** Documents whose clean text reads differently from the source, and why: stem → shapes. */
const DIFFERS: Record<string, { shapes: readonly string[]; reason: string }> = {};

describe('clean shape over the corpus (import round trip)', function () {
  this.timeout(300_000);
  const entries = manifest();
  const sources = new Map<string, string>();
  before(async () => {
    for (const entry of entries) {
      for (const shape of TEXT_SHAPES) sources.set(`${entry.stem} ${shape}`, corpusText(shape, entry.stem));
      const result = await pdfToText(readFileSync(join(CORPUS, 'pdf', `${entry.stem}.pdf`)));
      if (result.ok) sources.set(`${entry.stem} pdf`, result.text);
    }
  });

  it('covers every document in every shape', () => {
    assert.equal(sources.size, entries.length * SHAPES.length);
  });

  for (const entry of entries) {
    it(`reads ${entry.symbol} back as written, in every shape`, () => {
      const differing: string[] = [];
      const otherFindings: string[] = [];
      const notFixed: string[] = [];
      for (const shape of SHAPES) {
        const text = sources.get(`${entry.stem} ${shape}`)!;
        const doc = parse(text);
        const clean = renderClean(text, doc);
        const again = parse(clean);
        if (signature(again).join('\n') !== signature(doc).join('\n')) differing.push(shape);
        if (findings(again).join('\n') !== findings(doc).join('\n')) otherFindings.push(shape);
        if (renderClean(clean, again) !== clean) notFixed.push(shape);
      }
      const recorded = DIFFERS[entry.stem]?.shapes ?? [];
      assert.deepEqual(differing, recorded, `${entry.stem}: shapes whose clean text reads differently (recorded: ${DIFFERS[entry.stem]?.reason ?? 'none'})`);
      assert.deepEqual(
        otherFindings.filter((shape) => !recorded.includes(shape)),
        [],
        `${entry.stem}: shapes whose clean text gets other findings`,
      );
      // Where the model changes on reading, the text written from it may change once more; elsewhere writing is a fixed point.
      assert.deepEqual(
        notFixed.filter((shape) => !recorded.includes(shape)),
        [],
        `${entry.stem}: writing the clean text again changes it`,
      );
    });
  }

  it("gathers footnotes after one rule, and keeps a page's footnotes in place only where gathering makes a number a marker", () => {
    const gathered = renderClean(sources.get('A_RES_79_56 pymupdf')!, parse(sources.get('A_RES_79_56 pymupdf')!)).split('\n');
    assert.equal(gathered.filter((line) => line === '__________').length, 1);
    assert.ok(!gathered.some((line) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /.test(line)));
    const text = sources.get('A_RES_79_202 pymupdf')!;
    const clean = renderClean(text, parse(text));
    const lines = clean.split('\n');
    assert.ok(lines.some((line) => /^5\. Recognizes that .* builds on issues included in Agenda 21, and encourages/.test(line)));
    const entry = lines.findIndex((line) => line.startsWith('²¹ '));
    const marker = lines.findIndex((line) => /^6\. Takes note/.test(line));
    assert.ok(entry > marker, 'footnote 21 follows the paragraphs of its page');
    assert.equal(parse(clean).footnotes.find((f) => f.label === '21')?.markers.length, parse(text).footnotes.find((f) => f.label === '21')?.markers.length);
  });

  it('writes a paragraph in reading order where pdftotext set its words apart or wrote its lines out of order', () => {
    const clean = (stem: string) => {
      const text = sources.get(`${stem} pdftotext`)!;
      return renderClean(text, parse(text));
    };
    assert.match(
      clean('A_RES_79_81'),
      /^Recalling also its resolution 73\/89 of 6 December 2018, entitled “Comprehensive, just and lasting peace in the Middle East”,$/m,
    );
    assert.match(
      clean('A_RES_79_144'),
      /^62\. Notes the adoption by the Council of decisions ISBA\/28\/C\/9, ISBA\/28\/C\/24 and ISBA\/28\/C\/25 at its twenty-eighth session;$/m,
    );
    assert.match(clean('A_RES_78_317'), /^30\. Small island developing States seek the support of the international community to:$/m);
  });
});
