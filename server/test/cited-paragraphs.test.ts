// Citations of another document's paragraphs ("paragraph 11 of its resolution 78/322") and of its
// title ('resolution 71/28 entitled "…"'): the citation stays the item's, as before, and carries
// the paths, the annex they are numbered in and the title quoted; in a paragraph as in a footnote,
// in any case; in the JSON output; and in the corpus, the same in every text shape.
import { strict as assert } from 'node:assert';
import { findCitations } from '../src/core/citations';
import { toJson } from '../src/core/json';
import type { Citation } from '../src/core/model';
import { parse } from '../src/core/parser';
import { ALL_TEXT_SHAPES, manifest, model } from './corpus-helpers';
import { resolution } from './evidence-helpers';
import { parseFixture, readFixture, textAt } from './helpers';

/** The citations of other documents but the constructed preamble's own (89/1), as the tests compare them. */
function cited(citations: readonly Citation[]) {
  return citations
    .filter((c) => c.kind !== 'internal' && c.symbol !== 'A/RES/89/1')
    .map((c) => ({ symbol: c.symbol, paragraphs: c.paragraphs, annex: c.annex, text: c.text, range: c.range }));
}

/** The range of `item` on line `line` of `text`, at or after `after` on that line. */
function rangeOf(text: string, line: number, after: string, item: string) {
  const lineText = text.split('\n')[line];
  const character = lineText.indexOf(item, lineText.indexOf(after));
  return { start: { line, character }, end: { line, character: character + item.length } };
}

describe('citations of paragraphs of another document', () => {
  const forms: Array<[string, string, string, string[], string?]> = [
    ['paragraph 11 of its resolution 78/322', '78/322', 'A/RES/78/322', ['11']],
    ['paragraphs 5 to 7 of resolution 77/335', '77/335', 'A/RES/77/335', ['5', '6', '7']],
    ['paragraphs 3 and 4 of resolution 77/335', '77/335', 'A/RES/77/335', ['3', '4']],
    ['operative paragraph 3 of Security Council resolution 2231 (2015)', '2231 (2015)', 'S/RES/2231(2015)', ['3']],
    ['paragraph 1 (a) of resolution 70/1', '70/1', 'A/RES/70/1', ['1 (a)']],
    ['paragraph 3 of annex I to resolution 70/1', '70/1', 'A/RES/70/1', ['3'], 'Annex I'],
    ['paragraph 3 of the annex to resolution 70/1', '70/1', 'A/RES/70/1', ['3'], 'Annex'],
  ];
  /** Each form as written, with its words capitalised as drafters do, and in capitals: keywords are read in any case. */
  const cases = (form: string) => [
    form,
    form.replace(/\b(operative|paragraphs?|resolution|annex)\b/g, (word) => `${word[0].toUpperCase()}${word.slice(1)}`),
    form.toUpperCase(),
  ];

  for (const [form, item, symbol, paragraphs, annex] of forms) {
    for (const written of cases(form)) {
      it(`"${written}" in a paragraph and in its footnote`, () => {
        const text = resolution([`1. Takes note of ${written};¹`], [`¹ See ${written}.`]);
        const itemAsWritten = written === form.toUpperCase() ? item.toUpperCase() : item;
        assert.deepEqual(cited(parse(text).citations), [
          { symbol, paragraphs, annex, text: itemAsWritten, range: rangeOf(text, 17, 'Takes note', itemAsWritten) },
          { symbol, paragraphs, annex, text: itemAsWritten, range: rangeOf(text, 21, 'See', itemAsWritten) },
        ]);
      });
    }
  }

  it("places the item exactly: the citation is the resolution's number, as before", () => {
    const text = resolution(['1. Decides to implement paragraph 11 of its resolution 78/322;']);
    const [citation] = cited(parse(text).citations);
    assert.deepEqual(citation.range, { start: { line: 17, character: 55 }, end: { line: 17, character: 61 } });
    assert.equal(textAt(text, citation.range), '78/322');
  });

  it('gives every item of one list the paragraphs, up to an item with a keyword of its own', () => {
    const read = (text: string) => findCitations(text).map((c) => [c.symbol, c.paragraphs ?? null]);
    assert.deepEqual(read('paragraphs 1 to 3 of resolutions 53/70, 54/49 and 69/28,'), [
      ['A/RES/53/70', ['1', '2', '3']],
      ['A/RES/54/49', ['1', '2', '3']],
      ['A/RES/69/28', ['1', '2', '3']],
    ]);
    assert.deepEqual(read('paragraph 3 of resolution 70/1 and resolution 71/2'), [
      ['A/RES/70/1', ['3']],
      ['A/RES/71/2', null],
    ]);
  });

  it("reads a written symbol's paragraphs, and none where the words name no numbered paragraph", () => {
    const read = (text: string) => findCitations(text).map((c) => [c.symbol, c.paragraphs ?? null]);
    assert.deepEqual(read('Replace operative paragraph 7 of draft resolution A/C.1/75/L.4 with'), [['A/C.1/75/L.4', ['7']]]);
    assert.deepEqual(read('preambular paragraph 3 of resolution 70/1'), [['A/RES/70/1', null]]);
    assert.deepEqual(read('paragraph 3 of the report on resolution 70/1'), [['A/RES/70/1', null]]);
    assert.deepEqual(read('paragraph 2 (a) of World Health Assembly decision 75(9)'), []);
    // An extractor's stray spaces (pypdf): the words are read all the same.
    assert.deepEqual(read('paragraph 3 o f it s resolut ion 70/1'), [['A/RES/70/1', ['3']]]);
  });

  it('leaves internal references as they were', () => {
    assert.deepEqual(
      findCitations('paragraphs 1 to 3 above and paragraph 1 (a) of the present resolution').map((c) => [c.kind, c.symbol, c.direction]),
      [
        ['internal', '1', 'above'],
        ['internal', '2', 'above'],
        ['internal', '3', 'above'],
        ['internal', '1 (a)', 'document'],
      ],
    );
  });

  it('reads "paragraphs 1 to 3 of resolutions 53/70, …" in the seed A/C.1/70/L.45 for each of its 17 resolutions', () => {
    const listed = parseFixture('A_C.1_70_L.45.draft.txt').citations.filter((c) => c.paragraphs);
    assert.equal(listed.length, 17);
    assert.deepEqual([listed[0].symbol, listed[16].symbol], ['A/RES/53/70', 'A/RES/69/28']);
    assert.ok(listed.every((c) => c.paragraphs!.join() === '1,2,3'));
  });

  it('gives the paragraphs and the annex in the JSON output (documented optional fields)', () => {
    const text = resolution(['1. Takes note of paragraph 3 of annex I to resolution 70/1 and of resolution 71/2;']);
    const citations = toJson('draft.txt', parse(text), []).citations.filter((c) => c.symbol !== 'A/RES/89/1');
    assert.deepEqual(citations, [
      { text: '70/1', symbol: 'A/RES/70/1', paragraphs: ['3'], annex: 'Annex I', range: rangeOf(text, 17, 'annex I', '70/1') },
      { text: '71/2', symbol: 'A/RES/71/2', range: rangeOf(text, 17, 'and of', '71/2') },
    ]);
  });
});

describe('titles quoted after a citation', () => {
  it('reads the title in curly or straight quotes, after the date or a link', () => {
    const read = (text: string) => findCitations(text).map((c) => [c.symbol, c.title ? text.slice(c.title.start, c.title.end) : null]);
    assert.deepEqual(read('resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda”,'), [
      ['A/RES/70/1', 'Transforming our world: the 2030 Agenda'],
    ]);
    assert.deepEqual(read('resolution 70/1, entitled "Transforming our world"'), [['A/RES/70/1', 'Transforming our world']]);
    assert.deepEqual(read('resolution [70/1](https://undocs.org/A/RES/70/1) entitled "Transforming our world"'), [['A/RES/70/1', 'Transforming our world']]);
    assert.deepEqual(read('resolutions 70/1 and 71/2, entitled "Transforming our world"'), [
      ['A/RES/70/1', null],
      ['A/RES/71/2', 'Transforming our world'],
    ]);
    assert.deepEqual(read('the item entitled "Transforming our world", resolution 70/1 on it'), [['A/RES/70/1', null]]);
  });

  it('places the title of 71/28 that the seed A/C.1/73/L.27/Rev.1 quotes over two lines', () => {
    const name = 'A_C.1_73_L.27_Rev.1.pdf-extracted.txt';
    const [citation] = parseFixture(name).citations.filter((c) => c.title);
    assert.equal(citation.symbol, 'A/RES/71/28');
    assert.equal(citation.title!.value, 'Developments in the field of information and telecommunications in the context of international security');
    assert.equal(citation.title!.range.start.line, 214);
    assert.equal(textAt(readFixture(name), citation.title!.range).split('\n')[0], 'Developments ');
  });
});

describe('corpus: paragraphs and titles cited, the same in every text shape', () => {
  /** Each document's citations of paragraphs and titles, hyphens aside (pdftotext and PDFium drop "zero-waste"'s at its line's end). */
  const read = (shape: string) =>
    manifest().flatMap((entry) =>
      model(shape, entry.stem)
        .citations.filter((c) => c.paragraphs || c.title)
        .map((c) => `${entry.stem} ${c.symbol} ${c.paragraphs ? `¶ ${c.paragraphs.join(', ')}` : `“${c.title!.value.replace(/[\s-]+/g, '')}”`}`),
    );

  it('reads 17 citations of paragraphs and 16 titles', () => {
    const pymupdf = read('pymupdf');
    assert.deepEqual(
      pymupdf.filter((line) => line.includes('¶')),
      [
        'A_C.2_80_L.2 A/RES/78/322 ¶ 10',
        'A_C.2_80_L.2 A/RES/78/322 ¶ 11',
        'A_RES_78_107 A/RES/71/139 ¶ 20',
        'A_RES_79_144 A/RES/61/222 ¶ 119',
        'A_RES_79_144 A/RES/61/222 ¶ 107',
        'A_RES_79_144 A/RES/78/69 ¶ 332',
        'A_RES_79_144 A/RES/54/33 ¶ 2, 3',
        'A_RES_79_144 A/RES/54/33 ¶ 2, 3',
        'A_RES_79_305 S/RES/1502(2003) ¶ 5, 6',
        'A_RES_79_327 A/RES/3499(XXX) ¶ 1 (a) (ii)',
        'A_RES_79_327 A/RES/77/335 ¶ 59',
        'A_RES_79_327 A/RES/69/321 ¶ 42',
        'A_RES_79_327 A/RES/77/335 ¶ 81',
        'A_RES_80_146 A/RES/78/322 ¶ 10',
        'A_RES_80_146 A/RES/78/322 ¶ 11',
        'A_RES_80_220 S/RES/2397(2017) ¶ 8',
        'A_RES_80_220 S/RES/2375(2017) ¶ 17',
      ],
    );
    assert.deepEqual(
      pymupdf.filter((line) => !line.includes('¶')).map((line) => line.split(' ').slice(0, 2).join(' ')),
      [
        'A_80_L.34 A/RES/70/1',
        'A_80_L.8 A/RES/79/1',
        'A_RES_78_149 A/RES/70/1',
        'A_RES_78_192 A/RES/2625(XXV)',
        'A_RES_78_278 A/RES/70/1',
        'A_RES_78_278 A/RES/78/155',
        'A_RES_79_160 A/RES/78/234',
        'A_RES_79_202 A/RES/70/1',
        'A_RES_79_202 A/RES/79/1',
        'A_RES_79_202 A/RES/77/161',
        'A_RES_79_327 A/RES/377A(V)',
        'A_RES_79_81 A/RES/73/89',
        'A_RES_80_117 A/RES/70/1',
        'A_RES_80_173 A/RES/70/1',
        'A_RES_80_173 A/RES/79/1',
        'A_RES_80_9 A/RES/79/1',
      ],
    );
  });

  for (const shape of ALL_TEXT_SHAPES.filter((s) => s !== 'pymupdf')) {
    it(`${shape}: the same as the PyMuPDF text's`, () => {
      assert.deepEqual(read(shape), read('pymupdf'));
    });
  }
});
