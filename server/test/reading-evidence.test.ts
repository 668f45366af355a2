// Strong evidence wins over layout: a number going on with the paragraphs' sequence, an
// operative verb after it, opens the next paragraph even after a fragment that ends no sentence
// (a draft's missing semicolon, a line lost at a page's foot), in every text shape.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { ALL_TEXT_SHAPES, corpusText } from './corpus-helpers';

describe('strong evidence over layout', () => {
  for (const shape of ALL_TEXT_SHAPES) {
    it(`${shape}: "2." and "Urges" after "… State of Palestine and" open paragraph 2 (A/RES/78/192)`, () => {
      const text = corpusText(shape, 'A_RES_78_192').replace(/independent State of\s+Palestine;/, (m) => m.replace(';', ' and'));
      assert.notEqual(text, corpusText(shape, 'A_RES_78_192'));
      const doc = parse(text);
      assert.deepEqual(doc.operative.map((n) => `${n.label?.text} ${n.phrase?.value}`), ['1 Reaffirms', '2 Urges']);
      assert.match(doc.operative[0].text, /State of\s?Palestine and$/);
    });
  }

  it('a number out of sequence after a fragment runs on in its paragraph ("… and" "3." "Urges …")', () => {
    const text = corpusText('pymupdf', 'A_RES_78_192').replace('independent State of Palestine;', 'independent State of Palestine and').replace(/^2\. $/m, '3. ');
    assert.deepEqual(parse(text).operative.map((n) => n.label?.text), ['1']);
  });
});
