// parse() must take any text: it never throws, and every range it reports lies inside the text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { assertRangesInside, readFixture, SEEDS } from './helpers';

const resolutionLike = fc.array(
  fc.oneof(
    fc.constantFrom(
      'The General Assembly,',
      '1. Decides to act;',
      '(a) To act;',
      '(i) Item;',
      '1.1. Norm.',
      'II. Heading',
      '__________',
      '¹ A/65/201.',
      ' 1  A/70/174.',
      'Recalling its resolution 73/266,',
      '20-13029 2/3',
      '*2013029*',
      'Annex',
      '65th plenary meeting',
      'paragraph 9 above',
      '- 2. *Invites*',
      '[73/266](#)',
      '',
    ),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  ),
  { maxLength: 40 },
);

describe('robustness of the parser', () => {
  it('never throws and keeps ranges inside the text on random resolution-like input', () => {
    fc.assert(
      fc.property(resolutionLike, fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = lines.join(eol);
        const doc = parse(text);
        assertRangesInside(text, doc);
        checkDocument(doc);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps ranges inside every seed, also with CRLF line ends', () => {
    for (const name of SEEDS) {
      const text = readFixture(name);
      assertRangesInside(text, parse(text));
      const crlf = text.replace(/\n/g, '\r\n');
      const doc = parse(crlf);
      assertRangesInside(crlf, doc);
      assert.equal(doc.operative.length, parse(text).operative.length, `${name} with CRLF`);
    }
  });

  it('never throws on truncated seeds (every cut point of a sample)', () => {
    const text = readFixture('A_RES_73_266.adopted.txt');
    for (let cut = 0; cut < text.length; cut += 97) {
      const part = text.slice(0, cut);
      assertRangesInside(part, parse(part));
    }
  });

  it('reads empty, blank and binary input as an empty model', () => {
    for (const text of ['', '   \n\t\n', '\u0000\u0001\u0002\uFFFD\uFFFD']) {
      const doc = parse(text);
      assert.equal(doc.operative.length + doc.preamble.length, 0);
      assert.equal(doc.header.kind, 'unknown');
    }
  });
});
