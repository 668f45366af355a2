// The citation grammar on the forms the UN's identification system uses.
import { strict as assert } from 'node:assert';
import { findCitations } from '../src/core/citations';

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
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(symbols(text), expected));
  }

  it('keeps the date given with each item', () => {
    const found = findCitations('resolutions 53/70 of 4 December 1998, 54/49 and 55/28 of 20 November 2000');
    assert.deepEqual(found.map((c) => c.date ?? null), ['4 December 1998', null, '20 November 2000']);
  });

  it('gives spans that cover the written item', () => {
    const text = 'Recalling its resolutions 53/70 of 4 December 1998 and 54/49,';
    assert.deepEqual(findCitations(text).map((c) => text.slice(c.start, c.end)), ['53/70', '54/49']);
  });

  it('reads internal references with their direction', () => {
    const found = findCitations('the concepts referred to in paragraph 3 above, paragraphs 1 to 3 above and paragraph 1 (a) of the present resolution, and the annex to the present resolution');
    assert.deepEqual(found.map((c) => `${c.symbol}:${c.direction}`), ['3:above', '1:above', '2:above', '3:above', '1 (a):document', 'annex:document']);
  });
});
