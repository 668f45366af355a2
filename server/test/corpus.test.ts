// The 46 real documents of test-fixtures/corpus, each in six extracted text shapes and
// as the PDF itself: read without an exception, header facts right, diagnostics as
// reviewed (test-fixtures/corpus-expected/diagnostics.json), no page furniture in any
// paragraph, and one model whatever the shape. Documents whose shapes do not agree yet
// are listed in disagreements.json, so a fix or a regression shows there in review.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import type { ResolutionDocument } from '../src/core/model';
import { pdfToText } from '../src/pdf/read-pdf';
import {
  ALL_TEXT_SHAPES,
  COMMITTEE_NAMES,
  CORPUS,
  SPLITS_WORDS,
  TEXT_SHAPES,
  TRUE_FINDINGS,
  comparable,
  manifest,
  model,
  readExpected,
  signature,
  texts,
  assertProgrammeOfAction,
} from './corpus-helpers';
const entries = manifest();
const headers = readExpected<{ titles: Record<string, string | null>; agenda: Record<string, string[]> }>('headers.json');
const diagnostics = readExpected<Record<string, Record<string, string[]>>>('diagnostics.json');
const disagreements = readExpected<Record<string, string[]>>('disagreements.json');

describe('corpus: 46 real documents in six text shapes', () => {
  it('the manifest lists 46 documents, 31 of them adopted resolutions', () => {
    assert.equal(entries.length, 46);
    assert.equal(entries.filter((e) => e.kind === 'resolution').length, 31);
  });

  for (const entry of entries) {
    describe(entry.stem, () => {
      for (const shape of ALL_TEXT_SHAPES) {
        it(`${shape}: header, title and diagnostics as reviewed`, () => {
          const doc = model(shape, entry.stem);
          const { header } = doc;
          assert.equal(header.symbols[0]?.value, entry.symbol);
          assert.equal(header.kind, entry.kind);
          assert.equal(header.session?.number, entry.session);
          assert.equal(header.committee?.value, COMMITTEE_NAMES[entry.organ]);
          assert.deepEqual(header.agendaItem?.numbers ?? [], headers.agenda[entry.stem]);
          const asReviewed = (text: string | null) => (text !== null && SPLITS_WORDS.includes(shape) ? comparable(text) : text);
          assert.equal(asReviewed(doc.title?.text ?? null), asReviewed(headers.titles[entry.stem]));
          const found = checkDocument(doc)
            .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
            .map((d) => `${d.code}@${d.range.start.line + 1}`);
          assert.deepEqual(found, diagnostics[entry.stem][shape]);
        });
      }

      it('no page furniture in any paragraph', () => {
        for (const shape of ALL_TEXT_SHAPES) {
          for (const text of texts(model(shape, entry.stem))) {
            assert.ok(!/\b\d{2}-\d{5}\b|\*\d{7}\*|Please recycle|undocs\.org/.test(text), `${shape}: ${text.slice(0, 80)}`);
          }
        }
      });

      it('one model whatever the text shape', () => {
        const reference = signature(model('pymupdf', entry.stem));
        const differing = ALL_TEXT_SHAPES.filter((shape) => shape !== 'pymupdf' && signature(model(shape, entry.stem)).join('\n') !== reference.join('\n'));
        assert.deepEqual(
          differing,
          (disagreements[entry.stem] ?? []).filter((shape) => shape !== 'pdf'),
        );
      });
    });
  }

  it('adopted resolutions: no error or warning but the true findings, in every shape', () => {
    for (const entry of entries.filter((e) => e.kind === 'resolution')) {
      for (const shape of ALL_TEXT_SHAPES)
        assert.deepEqual(
          diagnostics[entry.stem][shape].map((d) => d.split('@')[0]),
          TRUE_FINDINGS[entry.stem] ?? [],
          `${shape} ${entry.stem}`,
        );
    }
  });

  it('adopted resolutions: every finding left is a parser gap recorded for review or a real departure named here', () => {
    for (const [stem, codes] of Object.entries(TRUE_FINDINGS)) {
      for (const shape of TEXT_SHAPES)
        assert.deepEqual(
          diagnostics[stem][shape].map((d) => d.split('@')[0]),
          codes,
        );
    }
  });
});

describe('corpus: the PDF route gives the model of the text shapes', function () {
  this.timeout(300_000);
  const fromPdf = new Map<string, ResolutionDocument>();
  before(async () => {
    for (const entry of entries) {
      const result = await pdfToText(readFileSync(join(CORPUS, 'pdf', `${entry.stem}.pdf`)));
      assert.ok(result.ok, `${entry.stem}: ${result.ok ? '' : result.reason}`);
      fromPdf.set(entry.stem, parse(result.text));
    }
  });

  it('reads every PDF with its header facts', () => {
    for (const entry of entries) {
      const doc = fromPdf.get(entry.stem)!;
      assert.equal(doc.header.symbols[0]?.value, entry.symbol, entry.stem);
      assert.equal(doc.header.kind, entry.kind, entry.stem);
      assert.equal(doc.header.session?.number, entry.session, entry.stem);
      assert.equal(doc.header.committee?.value, COMMITTEE_NAMES[entry.organ], entry.stem);
    }
  });

  it('adopted resolutions: no error or warning but the real departures named above', () => {
    for (const entry of entries.filter((e) => e.kind === 'resolution')) {
      const found = checkDocument(fromPdf.get(entry.stem)!)
        .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
        .map((d) => d.code);
      assert.deepEqual(found, TRUE_FINDINGS[entry.stem] ?? [], entry.stem);
    }
  });

  // Where the PDF's model differs from the text shapes' (the "pdf" entries of disagreements.json),
  // the page shows what plain text loses: a sponsor's `*` footnote below the rule of the first page,
  // a decision's one paragraph sharing its line with "The General Assembly,", a paragraph under a
  // heading, an annex title set over two bold lines, an italic title running on ("… Production,"
  // "Stockpiling and Use …").
  it('reads from the page what the text shapes lose', () => {
    const pdf = (stem: string) => fromPdf.get(stem)!;
    assert.deepEqual(
      pdf('A_C.2_80_L.2').footnotes.map((f) => [f.label, f.text]),
      [['*', 'On behalf of the States Members of the United Nations that are members of the Alliance of Small Island States.']],
    );
    assert.deepEqual(
      pdf('A_C.2_80_L.2').operative.map((n) => n.label?.text),
      ['1', '2', '3', '4', '5'],
    );
    assert.equal(pdf('A_80_L.27').footnotes[0].text, 'Any changes to the list of sponsors will be reflected in the official records of the meeting.');
    const decision = pdf('A_C.4_80_L.11').operative;
    assert.equal(decision.length, 1);
    assert.match(
      decision[0].text,
      /^taking note of the applications of Honduras, Maldives and Zimbabwe for membership .* decides to appoint Honduras, Maldives and Zimbabwe as members of the Committee on the Peaceful Uses of Outer Space\.$/,
    );
    const heading = pdf('A_C.5_80_L.17').operative.find((n) => n.kind === 'heading' && n.label?.text === 'II');
    assert.equal(heading?.text, 'Conditions of service of staff in the Professional and higher categories');
    assert.match(heading?.children[0].text ?? '', /^Confirms that teleworking is not a right/);
    assert.equal(
      pdf('A_RES_78_3').annexes[0].title?.value,
      'Political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response',
    );
    assert.match(pdf('A_RES_80_117').annexes[0].preamble[0].text, /^We, Heads of State and Government/);
    assert.ok(pdf('A_C.1_80_L.49').preamble.some((p) => /Production, Stockpiling and Use of Chemical Weapons/.test(p.text)));
    assert.ok(!pdf('A_C.1_80_L.49').preamble.some((p) => p.phrase?.value === 'Stockpiling'));
    assertProgrammeOfAction(pdf('A_RES_79_233'), 'pdf');
  });

  it('labels paragraphs 26 and 27 of A/RES/79/160, printed without the full stop after their numbers, as the text shapes do', () => {
    const operative = fromPdf.get('A_RES_79_160')!.operative;
    assert.deepEqual(
      operative.filter((n) => n.label?.lacksFullStop).map((n) => `${n.label!.text} ${n.phrase?.value}`),
      ['26 Condemns', '27 Affirms its deep commitment'],
    );
    assert.deepEqual(
      operative.map((n) => n.label?.ordinal),
      Array.from({ length: operative.length }, (_, i) => i + 1),
    );
  });

  it('keeps hyphenated words whole: no space before the hyphen Word sets after a hair space ("short-term")', () => {
    const preamble = fromPdf
      .get('A_80_L.27')!
      .preamble.map((p) => p.text)
      .join('\n');
    assert.match(preamble, /aimed at the short-term and long-term recovery of Chornobyl-affected territories/);
    assert.match(preamble, /including through web-based resources/);
  });

  it('agrees with the PyMuPDF text except where recorded', () => {
    const differing = entries
      .filter((entry) => signature(fromPdf.get(entry.stem)!).join('\n') !== signature(model('pymupdf', entry.stem)).join('\n'))
      .map((e) => e.stem);
    assert.deepEqual(
      differing,
      Object.keys(disagreements)
        .filter((stem) => disagreements[stem].includes('pdf'))
        .sort(),
    );
  });
});
