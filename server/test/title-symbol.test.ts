// The title's number as the document's own symbol (core/title-symbol.ts, core/lookup.ts): the
// symbol a citation of the number gives, and the number's place in the title line.
import { strict as assert } from 'node:assert';
import { findAt } from '../src/core/lookup';
import { parse } from '../src/core/parser';
import { titleSymbol } from '../src/core/title-symbol';
import { readFixture } from './helpers';

const RES = readFixture('A_RES_73_266.adopted.txt');

describe('the title number (core/title-symbol.ts)', () => {
  it('is the header symbol that ends with it, found where the number stands in the title line', () => {
    const doc = parse(RES);
    const number = { start: { line: 15, character: 0 }, end: { line: 15, character: 6 } };
    assert.deepEqual([doc.title?.number, doc.title?.numberRange, titleSymbol(doc)], ['73/266', number, 'A/RES/73/266']);
    assert.deepEqual(findAt(doc, { line: 15, character: 3 }), { kind: 'own-symbol', symbol: 'A/RES/73/266', range: number });
    assert.equal(findAt(doc, { line: 15, character: 8 }), null, 'the title after its number');
  });

  it("without a header symbol, is the General Assembly's resolution or decision the number names", () => {
    const bare = RES.replace('United Nations A/RES/73/266', 'United Nations');
    assert.equal(titleSymbol(parse(bare)), 'A/RES/73/266');
    const decision = bare.replace('Resolution adopted by', 'Decision adopted by').replace('73/266. Advancing', '73/512. Advancing');
    assert.deepEqual([parse(decision).header.kind, titleSymbol(parse(decision))], ['decision', 'A/DEC/73/512']);
  });

  it("is another body's symbol when the header carries it", () => {
    const council = RES.replace('United Nations A/RES/73/266', 'United Nations A/HRC/RES/73/266');
    assert.equal(titleSymbol(parse(council)), 'A/HRC/RES/73/266');
  });

  it('is none on a title without a number', () => {
    const doc = parse(readFixture('A_C.1_70_L.45.draft.txt'));
    assert.deepEqual([doc.title?.number, doc.title?.numberRange, titleSymbol(doc)], [null, null, null]);
  });
});
