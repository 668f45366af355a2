// Footnote markers that read like the tail of a number: the marker of footnote 100 glued
// after a year and its comma ("… of 19 December 2018,100") at the end of a paragraph.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';

function resolution(lastParagraph: string): string {
  const paragraphs = Array.from({ length: 99 }, (_, i) => `Recalling its resolution 70/${i + 1} of 1 January 2015,${i + 1}`);
  const footnotes = Array.from({ length: 100 }, (_, i) => `${i + 1} Official Records of the General Assembly, Seventieth Session, Supplement No. ${i + 1}.`);
  return [
    'Resolution adopted by the General Assembly on 1 December 2024',
    '',
    '79/999. An invented resolution',
    '',
    'The General Assembly,',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    lastParagraph,
    '',
    '1. Decides to remain seized of the matter.',
    '',
    '__________________',
    ...footnotes,
  ].join('\n');
}

describe('footnote markers after a year', () => {
  it('a three-digit marker glued to "2018," that closes a paragraph is the marker of the next footnote', () => {
    const doc = parse(resolution('Recalling also its resolution 73/195 of 19 December 2018,100'));
    const footnote = doc.footnotes.find((f) => f.label === '100')!;
    assert.equal(footnote.markers.length, 1);
    assert.equal(footnote.markers[0].range.start.line, 5 + 99 * 2 + 1);
    assert.equal(doc.preamble[99].text, 'Recalling also its resolution 73/195 of 19 December 2018,');
  });

  it('the same number running on in the sentence as a quantity, with no footnote waiting for it, stays a number', () => {
    const doc = parse(resolution('Noting that 2,018,100 persons were displaced in 2018,'));
    assert.deepEqual(doc.footnotes.find((f) => f.label === '100')!.markers, []);
  });
});
