// The citation grammar on the forms the UN's identification system uses.
import { strict as assert } from 'node:assert';
import { findCitations } from '../src/core/citations';
import { parse } from '../src/core/parser';

function symbols(text: string): string[] {
  return findCitations(text).map((c) => c.symbol);
}

describe('citation grammar', () => {
  const cases: Array<[string, string[]]> = [
    ['Recalling its resolution 73/266 of 22 December 2018,', ['A/RES/73/266']],
    ['resolutions 53/70 of 4 December 1998, 54/49 of 1 December 1999 and 69/28 of 2 December 2014', ['A/RES/53/70', 'A/RES/54/49', 'A/RES/69/28']],
    ['its resolution 43/78 H of 7 December 1988', ['A/RES/43/78H']],
    ['its decision 72/512 of 4 December 2017', ['A/DEC/72/512']],
    ['as well as its decisions 72/512 and 75/564', ['A/DEC/72/512', 'A/DEC/75/564']],
    ['resolutions 74/28 and 74/29, as well as its decision 72/512', ['A/RES/74/28', 'A/RES/74/29', 'A/DEC/72/512']],
    ['A/55/140 and Corr.1 and Add.1', ['A/55/140', 'A/55/140/Corr.1', 'A/55/140/Add.1']],
    ['(A/67/53 and A/67/53/Corr.1)', ['A/67/53', 'A/67/53/Corr.1']],
    ['Human Rights Council resolution 20/8 of 5 July 2012', ['A/HRC/RES/20/8']],
    ['Security Council resolution 2341 (2017)', ['S/RES/2341(2017)']],
    ['the implementation of resolution 2719 (2023)', ['S/RES/2719(2023)']],
    ['draft resolution A/C.1/75/L.4', ['A/C.1/75/L.4']],
    ['see S/2015/123 and E/CN.4/2005/1', ['S/2015/123', 'E/CN.4/2005/1']],
    ['resolution 1514 (XV) of 14 December 1960', ['A/RES/1514(XV)']],
    ['resolution 3367 A (XXX)', ['A/RES/3367A(XXX)']],
    ['resolution 3419 A to D (XXX)', ['A/RES/3419A(XXX)', 'A/RES/3419B(XXX)', 'A/RES/3419C(XXX)', 'A/RES/3419D(XXX)']],
    ['resolutions 31/6 A and B', ['A/RES/31/6A', 'A/RES/31/6B']],
    ['resolution S-8/1 and resolution ES-10/21', ['A/RES/S-8/1', 'A/RES/ES-10/21']],
    ['A/RES/ES-10/21', ['A/RES/ES-10/21']],
    ['A/C.1/73/L.27/Rev.1', ['A/C.1/73/L.27/Rev.1']],
    ['paragraph 306 of the report', []],
    // Keywords in any case: the footnote that opens with a capital, drafters' capitals.
    ['1 Resolution 70/1.', ['A/RES/70/1']],
    ['See Resolution 68/192.', ['A/RES/68/192']],
    ['DECISION 72/512', ['A/DEC/72/512']],
    ['Resolutions 70/1, 71/2 and 72/3 of 5 December 2017', ['A/RES/70/1', 'A/RES/71/2', 'A/RES/72/3']],
    ['1 Resolution 217 A (III).', ['A/RES/217A(III)']],
    ['2 Resolution 2200 A (XXI), annex.', ['A/RES/2200A(XXI)']],
    ['Security Council Resolution 777 (1992)', ['S/RES/777(1992)']],
    ['paragraph 3 of resolution 70/1', ['A/RES/70/1']],
    // The organ named before the keyword, "in its" or "of" between.
    ['Economic and Social Council resolution 2008/3 and decision 2008/217', ['E/RES/2008/3', 'E/DEC/2008/217']],
    ['established by the Human Rights Council in its resolution 39/2, to collect', ['A/HRC/RES/39/2']],
    ['Commission on Human Rights resolutions 2004/16 of 16 April 2004 and 2005/5', ['E/CN.4/RES/2004/16', 'E/CN.4/RES/2005/5']],
    ['the Assembly in its resolution 76/266 of 7 December 2021', ['A/RES/76/266']],
    ['the adoption by the General Assembly of resolution 78/213 on 19 December 2023', ['A/RES/78/213']],
    ['the Security Council in its resolution 1850 (2008)', ['S/RES/1850(2008)']],
    ['relevant Human Rights Council resolutions, in particular resolutions 7/34 of 28 March 2008 and 18/15', ['A/HRC/RES/7/34', 'A/HRC/RES/18/15']],
    ['the decisions of the Human Rights Council, the most recent of which being resolutions 59/2 of 4 July 2025', ['A/HRC/RES/59/2']],
    ['its previous resolutions, in particular resolution 79/182', ['A/RES/79/182']],
    // Another body's numbers are not the Assembly's: no citation rather than the wrong document.
    ['United Nations Environment Assembly resolution 5/14 of 2 March 2022', []],
    ['Commission on Population and Development resolutions 2006/2 of 10 May 2006', []],
    ['the Economic and Social Commission for Asia and the Pacific in its resolution 73/8 of 19 May 2017', []],
    ['the Sub-Commission on the Promotion and Protection of Human Rights, in its resolution 2005/5', []],
    ['pursuant to Council resolution 31/18 of 23 March 2016', []],
    // Symbols: resolutions of the Environment Assembly, roman session numbers, suffixes.
    ['UNEP/EA.6/Res.15 and UNEP/EA.6/Res.9.', ['UNEP/EA.6/Res.15', 'UNEP/EA.6/Res.9']],
    ['CCW/CONF.VI/11 and CCW/P.V/CONF/2022/4', ['CCW/CONF.VI/11', 'CCW/P.V/CONF/2022/4']],
    ['(A/66/53/Add.1 and A/66/53/Add.1/Corr.1), chap. II.', ['A/66/53/Add.1', 'A/66/53/Add.1/Corr.1']],
    ['Ibid., Sixty-ninth Session, Supplement No. 53 (A/69/53)', ['A/69/53']],
    ['SC/13331. CLCS/40/Rev.1, UNCTAD/RMT/2023 and CBD/COP/15/17', ['SC/13331', 'CLCS/40/Rev.1', 'UNCTAD/RMT/2023', 'CBD/COP/15/17']],
    // Years and dates are no symbols.
    ['in the biennium 2030/31, on 25.10.1971 and 2/11', []],
    // A keyword, its joints, a month or an organ's name split by an extractor's stray space (pypdf).
    ['its res olution 78/322 of 1 3 August 2024', ['A/RES/78/322']],
    ['Recalling its resolut ion 70/1 of 25 Sept ember 2015 an d 71/2, a s well as its decision s 72/512', ['A/RES/70/1', 'A/RES/71/2', 'A/DEC/72/512']],
    ['resolution s 70/1, 71/2 o f 5 May 2017 a nd 72/3', ['A/RES/70/1', 'A/RES/71/2', 'A/RES/72/3']],
    ['RESOLUTI ONS [47/1](#) and resolutio n ES-10/21', ['A/RES/47/1', 'A/RES/ES-10/21']],
    [
      'Security Council resolut ion 2231 (2015); resol ution 3419 A t o D (XXX) and 31/6 A a nd B',
      ['S/RES/2231(2015)', 'A/RES/3419A(XXX)', 'A/RES/3419B(XXX)', 'A/RES/3419C(XXX)', 'A/RES/3419D(XXX)', 'A/RES/31/6A', 'A/RES/31/6B'],
    ],
    ['A/55/140 an d Corr.1', ['A/55/140', 'A/55/140/Corr.1']],
    ['Human Rights Coun cil resolution 20/8 and Hum an Rights Council resolutions 7/34', ['A/HRC/RES/20/8', 'A/HRC/RES/7/34']],
    ['the Assembly in it s resolutions 58/240', ['A/RES/58/240']],
    ['relevant Human Rights Council resolutions, in partic ular resolutions 7/34', ['A/HRC/RES/7/34']],
    ['as amended by the Assemb ly in its resolutions 58/240, 70/235 an d 73/124', ['A/RES/58/240', 'A/RES/70/235', 'A/RES/73/124']],
    ['in Assem bly resolution 1541 (XV)', ['A/RES/1541(XV)']],
    // A body's name split: no citation rather than the Assembly's.
    ['United Nations Environment Assem bly resolution 5/14', []],
    ['the Economic Commission for Latin America an d the Caribbean o f its reso lution 574 (XXVII)', []],
    ['the Coun cil resolution 31/18', []],
    // Any word of a body's name split, a rest that is a word of its own ("in", "an", "a") too: still that body's.
    ['United Nations Envi ronment Assembly resolution 5/14 and Com mission on Population and Develo pment resolution 5/3', []],
    ['the Economic Commission for Lat in America and the Caribbe an of its resolution 574 (XXVII)', []],
    ['the Economic and Socia l Commission for Asi a and th e Pacific in its resolution 73/8', []],
    // A word of its own before a bare "Assembly", or a verb after an organ's name, leaves the numbers the Assembly's.
    ['Adopted in Assembly resolution 1541 (XV); the General Assembly determined, in its resolution 70/125', ['A/RES/1541(XV)', 'A/RES/70/125']],
    ['the Assembly decided, in its resolution 70/1; the Commission decided, in its resolution 5/3', ['A/RES/70/1']],
    ['the Human Rights Council decided, in its resolution 5/1', ['A/HRC/RES/5/1']],
    // A body's name goes on over a word of its own: the Conference of the Parties' decisions are its own.
    ['the Conference of the Parties to the Convention on Biological Diversity in its decision 14/8', []],
    // The Assembly numbers by session, never by year: a commission's "2013/1" is not A/RES/2013/1.
    ['Commission on Population and Development resolutions 2006/2 and its resolution 2013/1; resolution 79/1', ['A/RES/79/1']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(symbols(text), expected));
  }

  it('gives a split keyword its whole span, and a split date as printed', () => {
    const text = 'its resolut ion 70/1 of 25 Sept ember 2015';
    const [found] = findCitations(text);
    assert.deepEqual([text.slice(found.start, found.end), found.date], ['70/1', '25 September 2015']);
    // A keyword's letters with one space at most between, at a word's start: never "resolution" in another word or spaced wide.
    assert.deepEqual(symbols('irresolut ion 70/1, resolut  ion 71/2, resolu-tion 72/3'), []);
  });

  it('keeps the date given with each item', () => {
    const found = findCitations('resolutions 53/70 of 4 December 1998, 54/49 and 55/28 of 20 November 2000');
    assert.deepEqual(
      found.map((c) => c.date ?? null),
      ['4 December 1998', null, '20 November 2000'],
    );
  });

  it('gives spans that cover the written item', () => {
    const text = 'Recalling its resolutions 53/70 of 4 December 1998 and 54/49,';
    assert.deepEqual(
      findCitations(text).map((c) => text.slice(c.start, c.end)),
      ['53/70', '54/49'],
    );
  });

  it("reads a drafter's date in figures and a markdown link, whose address is no second citation", () => {
    const found = findCitations('General Assembly Resolution 2758 (XXVI) of 25.10.1971 and resolution [47/1 of 22.09.1992](https://undocs.org/A/RES/47/1)');
    assert.deepEqual(
      found.map((c) => [c.symbol, c.date]),
      [
        ['A/RES/2758(XXVI)', '25.10.1971'],
        ['A/RES/47/1', '22.09.1992'],
      ],
    );
    const text = 'resolutions [47/1](https://undocs.org/A/RES/47/1) and [48/2](https://undocs.org/A/RES/48/2)';
    assert.deepEqual(
      findCitations(text).map((c) => text.slice(c.start, c.end)),
      ['47/1', '48/2'],
    );
  });

  it('reads internal references with their direction', () => {
    const found = findCitations(
      'the concepts referred to in paragraph 3 above, paragraphs 1 to 3 above and paragraph 1 (a) of the present resolution, and the annex to the present resolution',
    );
    assert.deepEqual(
      found.map((c) => `${c.symbol}:${c.direction}`),
      ['3:above', '1:above', '2:above', '3:above', '1 (a):document', 'annex:document'],
    );
  });
});

describe('the amended draft named in an amendment header', () => {
  const header = (kindLines: string[]) =>
    [
      'United Nations A/C.3/90/L.62',
      'General Assembly Distr.: Limited',
      '14 November 2035',
      'Ninetieth session',
      'Third Committee',
      'Agenda item 67',
      ...kindLines,
      'Rights of the child',
      'After the fourteenth preambular paragraph, insert a new preambular paragraph.',
    ].join('\n');

  for (const [shape, kindLines] of [
    ['on the kind line', ['Belarus: amendment to revised draft resolution A/C.3/90/L.20/Rev.1']],
    ['wrapped to the next line', ['Belarus: amendment to revised draft resolution', 'A/C.3/90/L.20/Rev.1']],
    ["the kind's words wrapped too", ['Belarus: amendment', 'to revised draft resolution', 'A/C.3/90/L.20/Rev.1']],
  ] as const) {
    it(`is cited, and is no symbol of the amendment itself: ${shape}`, () => {
      const doc = parse(header([...kindLines]));
      assert.equal(doc.header.kind, 'amendment');
      assert.deepEqual(
        doc.header.symbols.map((s) => s.value),
        ['A/C.3/90/L.62'],
      );
      assert.deepEqual(
        doc.citations.map((c) => [c.symbol, c.range.start.line]),
        [['A/C.3/90/L.20/Rev.1', 6 + kindLines.length - 1]],
      );
    });
  }
});
