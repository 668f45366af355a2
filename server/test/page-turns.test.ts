// What the later extractors do at a page's edge and around a superscript, on constructed texts
// and on the real A/RES/78/192 as PDFium and `pdftotext -raw` give it: a form feed within a line
// (PDFium joins pages so) ends a line of reading and turns the page; a page head with the title on
// the symbol's line is furniture; a footnote area ends at the page turn; a line broken after a
// marker is a piece of its printed line, neither a heading nor the end of a paragraph.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { furnitureKind } from '../src/core/furniture';
import { corpusText } from './corpus-helpers';
import { CONSTRUCTED_HEADER } from './helpers';

/** A two-page resolution whose first page ends inside the second preambular paragraph, with its footnotes. */
function twoPages(pageBreak: string[]): string {
  return [
    ...CONSTRUCTED_HEADER,
    'Recalling its resolution 89/1 of 1 December 2035,1',
    'Noting the report of the Secretary-General on cooperation between the United Nations and',
    'the regional organizations in the maintenance of international peace and security,2',
    'Stressing the importance of cooperation with regional organizations in the prevention of',
    'conflicts and in the peaceful settlement of disputes among the Member States of the',
    '__________________',
    '1',
    'Resolution 89/1.',
    '2',
    'A/90/100.',
    ...pageBreak,
    'region, as envisaged in Chapter VIII of the Charter,',
    '1. Welcomes the cooperation between the United Nations and the regional organizations;',
    '2. Decides to remain seized of the matter.',
  ].join('\n');
}

const TITLE_HEAD = 'A/RES/90/1 Cooperation between the United Nations and the regional organizations';

describe('page turns and marker breaks of PDFium and pdftotext -raw', () => {
  for (const [shape, pageBreak, headLines] of [
    ["the head after a form feed, title on the symbol's line (pdftotext -raw)", [`\f${TITLE_HEAD}`, '36-00001', '2/2'], 1],
    [
      'the running title before the symbol, on two lines',
      ['\fCooperation between the United Nations and the', 'regional organizations A/RES/90/1', '2/2 36-00001'],
      2,
    ],
    // The symbol's line carries the job and page numbers; the title below it, its last line with the date stamp and page number.
    [
      'page and job numbers on either side of the symbol, the title below',
      ['\f2/2 A/RES/90/1    36-00001', 'Cooperation between the United Nations and the regional organizations'],
      2,
    ],
    [
      'the running title over three lines far apart, blank lines between',
      ['\fA/RES/90/1', '', '', '', 'Cooperation between the United', '', '', '', 'Nations and the regional', '', '', '', 'organizations', '', '2/2 36-00001'],
      4,
    ],
    [
      "the title's last words beside the symbol, a date stamp after it",
      ['\f2/2 36-00001', 'Cooperation between the United Nations and the regional', 'organizations A/RES/90/1 010136'],
      2,
    ],
    [
      'job and page numbers beside the symbol, the title below',
      ['\fA/RES/90/1 36-00001 2/2', 'Cooperation between the United Nations', 'and the regional organizations 010136 2/2'],
      3,
    ],
  ] as const) {
    it(`a footnote area ends at the turn of the page: ${shape}`, () => {
      const doc = parse(twoPages([...pageBreak]));
      assert.deepEqual(
        doc.footnotes.map((f) => `${f.label} ${f.text}`),
        ['1 Resolution 89/1.', '2 A/90/100.'],
      );
      assert.deepEqual(
        doc.preamble.map((p) => p.phrase?.value),
        ['Recalling', 'Noting', 'Stressing'],
      );
      assert.match(doc.preamble[2].text, /among the Member States of the region, as envisaged in Chapter VIII of the Charter,$/);
      assert.deepEqual(
        doc.operative.map((n) => n.label?.text),
        ['1', '2'],
      );
      assert.equal(doc.furniture.filter((f) => f.kind === 'page-header').length, headLines);
    });
  }

  it('a footnote entry cut by a page turn goes on after it when the next footnote in sequence follows its end', () => {
    const text = [
      ...CONSTRUCTED_HEADER,
      'Recalling its resolution 89/1 of 1 December 2035,1',
      'Noting the report of the Secretary-General,2',
      '1. Decides to remain seized of the matter.',
      '__________________',
      '1 Resolution',
      `\f${TITLE_HEAD}`,
      '2/2 36-00001',
      '89/1.',
      '2 A/90/100.',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.footnotes.map((f) => `${f.label} ${f.text}`),
      ['1 Resolution 89/1.', '2 A/90/100.'],
    );
    assert.deepEqual(
      doc.operative.map((n) => n.text),
      ['Decides to remain seized of the matter.'],
    );
  });

  it('a footnote entry cut by a page turn goes on after the furniture up to its full stop, no next footnote after it; a number an abbreviation asks for is its words', () => {
    const text = (rest: string[]) =>
      [
        ...CONSTRUCTED_HEADER,
        'Recalling its resolution 89/1 of 1 December 2035,1',
        '1. Decides to remain seized of the matter.',
        '__________________',
        '1 Official Records of the General Assembly, Ninetieth Session, Supplement No.',
        `\f${TITLE_HEAD}`,
        '2/2 36-00001',
        ...rest,
      ].join('\n');
    const doc = parse(text(['20 (A/90/20).']));
    assert.deepEqual(
      doc.footnotes.map((f) => `${f.label} ${f.text}`),
      ['1 Official Records of the General Assembly, Ninetieth Session, Supplement No. 20 (A/90/20).'],
    );
    assert.deepEqual(
      doc.operative.map((n) => n.text),
      ['Decides to remain seized of the matter.'],
    );
    // A second page turn within its rest is the page's furniture, not the entry's words.
    assert.deepEqual(
      parse(text(['20 (A/90/20), chap. IV, sect. B, and', `\f${TITLE_HEAD}`, '3/3 36-00001', 'part II.'])).footnotes.map((f) => `${f.label} ${f.text}`),
      ['1 Official Records of the General Assembly, Ninetieth Session, Supplement No. 20 (A/90/20), chap. IV, sect. B, and part II.'],
    );
    // Its rest may be followed by the next footnote, which the area then reads too.
    assert.deepEqual(
      parse(text(['20 (A/90/20).', '2 A/90/100.'])).footnotes.map((f) => `${f.label} ${f.text}`),
      ['1 Official Records of the General Assembly, Ninetieth Session, Supplement No. 20 (A/90/20).', '2 A/90/100.'],
    );
  });

  it('a footnote entry left without its full stop at the foot of a page never takes a paragraph that opens after the turn', () => {
    const text = (before: string, after: string[]) =>
      [
        ...CONSTRUCTED_HEADER,
        'Recalling its resolution 89/1 of 1 December 2035,1',
        before,
        '__________________',
        '1 See the report of the Secretary-General',
        `\f${TITLE_HEAD}`,
        '2/2 36-00001',
        ...after,
      ].join('\n');
    const byLabel = parse(
      text('1. Welcomes the cooperation between the United Nations and the regional organizations;', ['2. Decides to remain seized of the matter.']),
    );
    assert.deepEqual(
      byLabel.footnotes.map((f) => `${f.label} ${f.text}`),
      ['1 See the report of the Secretary-General'],
    );
    assert.deepEqual(
      byLabel.operative.map((n) => `${n.label?.text} ${n.text}`),
      ['1 Welcomes the cooperation between the United Nations and the regional organizations;', '2 Decides to remain seized of the matter.'],
    );
    const byPhrase = parse(
      text('Noting the report of the Secretary-General,', [
        'Welcoming the cooperation between the United Nations and the regional organizations,',
        '1. Decides to remain seized of the matter.',
      ]),
    );
    assert.deepEqual(
      byPhrase.footnotes.map((f) => `${f.label} ${f.text}`),
      ['1 See the report of the Secretary-General'],
    );
    assert.deepEqual(
      byPhrase.preamble.map((p) => p.phrase?.value),
      ['Recalling', 'Noting', 'Welcoming'],
    );
  });

  it('where pdftotext prints the labels after the entries, the last entry is the last text: a body resuming after the turn is not its rest', () => {
    const text = [
      ...CONSTRUCTED_HEADER,
      'Recalling its resolution 89/1 of 1 December 2035,1 and its resolutions on the cooperation between the United Nations and',
      '__________________',
      'Resolution 89/1.',
      '1',
      `\f${TITLE_HEAD}`,
      '2/2 36-00001',
      'the regional organizations, including the follow-up to the summit of 2035.',
      '1. Decides to remain seized of the matter.',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.footnotes.map((f) => `${f.label} ${f.text}`),
      ['1 Resolution 89/1.'],
    );
    assert.match(doc.preamble[0].text, /United Nations and the regional organizations, including the follow-up to the summit of 2035\.$/);
  });

  it("the note the header's asterisk points to goes on after a page turn, and the numbered footnotes after it", () => {
    const text = [
      'United Nations A/C.1/90/L.5',
      'General Assembly Distr.: Limited',
      '2 October 2035',
      'Ninetieth session',
      'Agenda item 7',
      'Finland:* draft resolution',
      'Cooperation between the United Nations and the regional organizations',
      'The General Assembly,',
      'Recalling its resolution 89/1 of 1 December 2035,1',
      '1. Decides to remain seized of the matter.',
      '__________________',
      '\fA/C.1/90/L.5 Cooperation between the United Nations and the regional organizations',
      '2/2 36-00001',
      '* Any changes to the list of sponsors will be reflected in the official records of the',
      'A/C.1/90/L.5 Cooperation between the United Nations and the regional organizations',
      '3/3 36-00001',
      'meeting.',
      '1 Resolution 89/1.',
    ].join('\n');
    assert.deepEqual(
      parse(text).footnotes.map((f) => `${f.label} ${f.text}`),
      ['* Any changes to the list of sponsors will be reflected in the official records of the meeting.', '1 Resolution 89/1.'],
    );
  });

  it('a number read as a marker only by the footnote it points to is so read where all the notes stand together at the end, page turns between', () => {
    const text = [
      ...CONSTRUCTED_HEADER,
      'Recalling its resolution 89/1 of 1 December 2035,1',
      'Noting the report of the Secretary-General,2',
      '1. Notes that the Director-General, in his report of 24 September 2035, 3 assesses that the declaration is complete;',
      'A/RES/90/1',
      '2/3 36-00001',
      '2. Decides to remain seized of the matter.',
      '__________________',
      '1 Resolution 89/1.',
      '2 A/90/100.',
      '3 See A/90/200.',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.footnotes.map((f) => [f.label, f.markers.length]),
      [
        ['1', 1],
        ['2', 1],
        ['3', 1],
      ],
    );
    assert.equal(doc.operative[0].text, 'Notes that the Director-General, in his report of 24 September 2035, assesses that the declaration is complete;');
  });

  it('a header without its symbol takes the one its page heads carry, alone on its line a running title away from the page number', () => {
    const head = (page: number) => [
      '',
      'A/C.1/90/L.5',
      '',
      'Cooperation between the United Nations and the',
      '',
      'regional organizations',
      '',
      `${page}/3 36-00001`,
      '',
    ];
    const text = [
      'General Assembly',
      'Distr.: Limited',
      '2 October 2035',
      'Ninetieth session',
      'First Committee',
      'Agenda item 7',
      'Maintenance of international peace and security',
      'Finland: draft resolution',
      'Cooperation between the United Nations and the regional organizations',
      'The General Assembly,',
      'Recalling its resolution 89/1 of 1 December 2035, and its resolutions on cooperation between the United Nations and',
      ...head(2),
      'the regional organizations,',
      '1. Welcomes the cooperation between the United Nations and the regional organizations;',
      ...head(3),
      '2. Decides to remain seized of the matter.',
    ].join('\n');
    const doc = parse(text);
    assert.equal(doc.furniture.filter((f) => f.kind === 'page-header').length, 6);
    assert.deepEqual(
      doc.preamble.map((p) => p.text),
      ['Recalling its resolution 89/1 of 1 December 2035, and its resolutions on cooperation between the United Nations and the regional organizations,'],
    );
    assert.deepEqual(
      doc.operative.map((n) => n.label?.text),
      ['1', '2'],
    );
  });

  it('a header without its symbol takes one a single page head carries where the running title stands beside it, whatever numbers share its line', () => {
    const header = [
      'General Assembly',
      'Distr.: Limited',
      '2 October 2035',
      'Ninetieth session',
      'First Committee',
      'Agenda item 7',
      'Maintenance of international peace and security',
      'Finland: draft resolution',
      'Cooperation between the United Nations and the regional organizations',
      'The General Assembly,',
    ];
    for (const head of [
      ['A/C.1/90/L.5', 'Cooperation between the United Nations and the', 'regional organizations', '2/3 36-00001'],
      ['Cooperation between the United Nations and the', 'regional organizations 36-00001 A/C.1/90/L.5 2/3'],
      ['2/3 010136 36-00001', 'Cooperation between the United Nations', 'and the regional', 'organizations A/C.1/90/L.5'],
    ]) {
      const doc = parse(
        [
          ...header,
          'Recalling its resolution 89/1 of 1 December 2035, and its resolutions on cooperation between the United Nations and',
          ...head,
          'the regional organizations,',
          '1. Decides to remain seized of the matter.',
        ].join('\n'),
      );
      assert.equal(doc.furniture.length, head.length);
      assert.deepEqual(
        doc.preamble.map((p) => p.text),
        ['Recalling its resolution 89/1 of 1 December 2035, and its resolutions on cooperation between the United Nations and the regional organizations,'],
      );
    }
  });

  it("a page head's running title is the lines spelling it whole, not the next head's first line after it nor the annex's title", () => {
    const title = 'Cooperation between the United Nations and the regional organizations';
    const doc = parse(
      [
        ...CONSTRUCTED_HEADER,
        'Recalling its resolution 89/1 of 1 December 2035,',
        '1. Adopts the declaration annexed to the present resolution.',
        'Annex',
        title,
        '2/3',
        'A/RES/90/1',
        '36-00001',
        'Cooperation between the United Nations',
        'and the regional organizations    A/RES/90/1',
        '36-00001 3/3',
        title,
        'I.',
        'We, Heads of State and Government, reaffirm our commitment.',
      ].join('\n'),
    );
    assert.equal(doc.annexes[0].title?.value, title);
    // The numbers, the two symbols' lines and the three lines of running titles.
    assert.equal(doc.furniture.length, 7);
  });

  it("in unwrapped text, a declaration's next sentence after a page turn goes on in its numbered paragraph; after a semicolon a paragraph opens", () => {
    const text = (end: string) =>
      [
        ...CONSTRUCTED_HEADER,
        'Recalling its resolution 89/1 of 1 December 2035,',
        '',
        `1. We welcome the cooperation between the United Nations and the regional organizations${end}`,
        '',
        'A/RES/90/1',
        TITLE_HEAD.slice('A/RES/90/1 '.length),
        '2/2 36-00001',
        '',
        'We also urge the Secretary-General to report on it.',
        '',
        '2. We decide to remain seized of the matter.',
      ].join('\n');
    assert.deepEqual(
      parse(text('.')).operative.map((n) => `${n.label?.text} ${n.text}`),
      [
        '1 We welcome the cooperation between the United Nations and the regional organizations. We also urge the Secretary-General to report on it.',
        '2 We decide to remain seized of the matter.',
      ],
    );
    assert.deepEqual(
      parse(text(';')).operative.map((n) => n.label?.text ?? null),
      ['1', null, '2'],
    );
  });

  it('page and job numbers and the date stamp on one line, in any order, are furniture; numbers of the text are not', () => {
    const kinds = ['4/6 261289', '250715 16-18173', '2/2 140355', '16-18173 250715', '2/4  23-26050', '19 December 2024', '73/89 12', '1 2', '2/4 Effects'].map(
      furnitureKind,
    );
    assert.deepEqual(kinds, ['page-number', 'job-number', 'page-number', 'job-number', 'page-number', null, null, null, null]);
  });

  it("a form feed within a line (PDFium) ends the footnote's line there, and ranges stay on the source line", () => {
    const text = twoPages([]).replace('A/90/100.\n', `A/90/100.\f${TITLE_HEAD}\n2/2 36-00001\n`);
    const doc = parse(text);
    assert.deepEqual(
      doc.footnotes.map((f) => f.text),
      ['Resolution 89/1.', 'A/90/100.'],
    );
    const line = text.split('\n').findIndex((l) => l.includes('\f'));
    const head = doc.furniture.find((f) => f.kind === 'page-header')!;
    assert.deepEqual(head.range, { start: { line, character: 10 }, end: { line, character: 10 + TITLE_HEAD.length } });
    assert.deepEqual(doc.footnotes[1].range, { start: { line, character: 0 }, end: { line, character: 9 } });
    assert.deepEqual(
      checkDocument(doc).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning'),
      [],
    );
  });

  it('PDFium\'s U+FFFE soft hyphen is not text ("well\\uFFFEbeing")', () => {
    const doc = parse(twoPages(['\f' + TITLE_HEAD]).replace('peaceful settlement', 'well\uFFFEbeing and peaceful settlement'));
    assert.match(doc.preamble[2].text, /in the wellbeing and peaceful settlement/);
  });

  it("a line broken after a marker is a piece of its printed line: no heading, no paragraph's end (the real A/RES/78/192)", () => {
    for (const shape of ['pdfium', 'pdftotext-raw']) {
      const doc = parse(corpusText(shape, 'A_RES_78_192'));
      assert.deepEqual(
        doc.preamble.map((p) => p.phrase?.value),
        [
          'Aware',
          'Recalling',
          'Bearing in mind',
          'Recalling',
          'Recalling also',
          'Recalling further',
          'Recalling',
          'Stressing',
          'Stressing also',
          'Recalling',
          'Recalling also',
          'Affirming',
        ],
        shape,
      );
      assert.match(
        doc.preamble[2].text,
        /^Bearing in mind the International Covenants on Human Rights, the Universal Declaration of Human Rights, the Declaration on the Granting/,
        shape,
      );
      assert.deepEqual(
        doc.footnotes.map((f) => f.label),
        ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
        shape,
      );
      assert.equal(doc.footnotes[7].text, 'Ibid., advisory opinion, para. 88.', shape);
    }
  });

  it('where lines end with a marker only at the margin (pdftotext), a short line after one is a heading', () => {
    const text = [
      ...CONSTRUCTED_HEADER,
      'Noting the report of the Secretary-General on energy connectivity in the Member States of',
      'the region and the Declaration on Environment and Development, 3',
      'Countries in special situations',
      'Underlining the needs of the landlocked developing countries,',
      '1. Decides to remain seized of the matter.',
      '__________________',
      '3 A/CONF.151/26.',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.preamble.map((p) => p.phrase?.value ?? p.text),
      ['Noting', 'Underlining'],
    );
  });
});
