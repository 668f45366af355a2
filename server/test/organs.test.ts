// Resolutions of the other organs a text cites and a library holds (test-fixtures/organs/, typed
// from the conventions): a Security Council resolution (its symbol with the year, its number for a
// title, "Adopted by the Security Council at its … meeting"), an Economic and Social Council one
// ("2004/68."), a Human Rights Council one (its closing "31st meeting"). Each reads as a General
// Assembly resolution does — its symbol, title, preamble and numbered paragraphs — with no finding,
// in its damaged variants too, and from a PDF of it.
import { strict as assert } from 'node:assert';
import { checkDocument } from '../src/core/check';
import type { ResolutionDocument } from '../src/core/model';
import { parse } from '../src/core/parser';
import { titleSymbol } from '../src/core/title-symbol';
import { pdfToText } from '../src/pdf/read-pdf';
import { readFixture } from './helpers';
import { pdfOfText } from './make-pdf';
import { factsOf, GROUPS, kindsOf, PENDING, variant } from './perturb/apply';
import { difference, perturbModel, shortDiff } from './perturb/model';

/** What a reader of the document sees first: symbol, kind, date, title and its number, closing, paragraphs, citations. */
function summary(doc: ResolutionDocument) {
  return {
    symbols: doc.header.symbols.map((s) => s.value),
    kind: doc.header.kind,
    adopted: doc.header.adoption?.date ?? null,
    title: doc.title?.text ?? null,
    number: doc.title?.number ?? null,
    own: titleSymbol(doc),
    organ: doc.organ?.value ?? null,
    closing: doc.closing ? [doc.closing.meeting, doc.closing.date] : null,
    preamble: doc.preamble.map((p) => p.phrase?.value ?? null),
    operative: doc.operative.map((p) => `${p.label?.text ?? '-'} ${p.phrase?.value ?? ''}`),
    cited: doc.citations.filter((c) => c.kind !== 'internal').map((c) => c.symbol),
  };
}

const EXPECTED = {
  'S_RES_2231_2015.txt': {
    symbols: ['S/RES/2231(2015)'],
    kind: 'resolution',
    adopted: '20 July 2015',
    title: 'Resolution 2231 (2015)',
    number: '2231 (2015)',
    own: 'S/RES/2231(2015)',
    organ: 'The Security Council,',
    closing: null,
    preamble: ['Recalling', 'Reaffirming its commitment', 'Emphasizing', 'Acting'],
    operative: ['1 Endorses', '2 Calls upon', '3 Requests', '4 Also requests', '5 Decides'],
    cited: [
      'S/PRST/2006/15',
      'S/RES/1696(2006)',
      'S/RES/1737(2006)',
      'S/RES/1747(2007)',
      'S/RES/1803(2008)',
      'S/RES/1835(2008)',
      'S/RES/1887(2009)',
      'S/RES/1929(2010)',
    ],
  },
  'E_RES_2004_68.txt': {
    symbols: ['E/RES/2004/68'],
    kind: 'resolution',
    adopted: '5 November 2004',
    title: 'Ad hoc Advisory Group on Haiti',
    number: '2004/68',
    own: 'E/RES/2004/68',
    organ: 'The Economic and Social Council,',
    closing: ['48th plenary meeting', '5 November 2004'],
    preamble: ['Recalling', 'Taking note'],
    operative: ['1 Decides', '2 Requests'],
    cited: ['E/2004/90'],
  },
  'A_HRC_RES_20_8.txt': {
    symbols: ['A/HRC/RES/20/8'],
    kind: 'resolution',
    adopted: null,
    title: 'The promotion, protection and enjoyment of human rights on the Internet',
    number: '20/8',
    own: 'A/HRC/RES/20/8',
    organ: 'The Human Rights Council,',
    closing: ['31st meeting', '5 July 2012'],
    preamble: ['Guided by', 'Reaffirming', 'Recalling'],
    operative: ['1 Affirms', '2 Recognizes', '3 Calls upon', '4 Decides'],
    cited: ['A/RES/66/184'],
  },
};

describe("resolutions of the other organs read as the General Assembly's", function () {
  this.timeout(120_000);

  for (const [name, expected] of Object.entries(EXPECTED)) {
    const text = readFixture(`organs/${name}`);

    it(`${name}: its header, title, preamble, paragraphs and citations, with no finding`, () => {
      const doc = parse(text);
      assert.deepEqual(summary(doc), expected);
      assert.deepEqual(checkDocument(doc).diagnostics, []);
    });

    it(`${name}: every damage group but the pending ones (perturbation.test) keeps its model and findings (4 seeds each)`, () => {
      const doc = parse(text);
      const model = perturbModel(doc);
      // The page heads print the symbol as the header does ("S/RES/2231 (2015)").
      const { start, end } = doc.header.symbols[0].range;
      const facts = factsOf(text, text.split('\n')[start.line].slice(start.character, end.character), doc);
      const failures: string[] = [];
      for (const group of GROUPS.filter((g) => !PENDING[g]))
        for (let seed = 1; seed <= 4; seed++) {
          const diff = difference(model, perturbModel(parse(variant(text, facts, kindsOf(group, seed), seed))));
          if (diff.lines.length > 0) failures.push(`${group} seed ${seed}: ${shortDiff(diff)}`);
        }
      assert.deepEqual(failures, []);
    });
  }

  it('reads a PDF of the Security Council resolution: the PDF reader takes it as a UN document, and it reads as its text does', async () => {
    const read = await pdfToText(await pdfOfText(readFixture('organs/S_RES_2231_2015.txt')));
    assert.ok(read.ok, read.ok ? '' : read.reason);
    assert.deepEqual(summary(parse(read.text)), EXPECTED['S_RES_2231_2015.txt']);
  });
});
