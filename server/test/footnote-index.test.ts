// The footnote index answers as searching the list from the start did: the first footnote
// in list order with a label, a number or a start below a line, and every footnote of a range.
import { strict as assert } from 'node:assert';
import { FootnoteIndex } from '../src/core/footnote-index';
import type { Footnote } from '../src/core/model';

function footnote(label: string, line: number): Footnote {
  return { label, text: `Footnote ${label}.`, range: { start: { line, character: 0 }, end: { line, character: 12 } }, markers: [] };
}

// As extractors leave them: a label repeated (two pages restarting at 1), a star note, lines not in order.
const list = [footnote('*', 3), footnote('1', 40), footnote('2', 41), footnote('1', 90), footnote('3', 60), footnote('10', 120)];
const index = new FootnoteIndex(list);

describe('footnote index', () => {
  it('finds the first footnote with a label or a number, in list order', () => {
    assert.equal(index.withLabel('1'), list[1]);
    assert.equal(index.withLabel('*'), list[0]);
    assert.equal(index.withLabel('4'), undefined);
    assert.equal(index.numbered(1), list[1]);
    assert.equal(index.numbered(10), list[5]);
    assert.equal(index.numbered(4), undefined);
    assert.equal(index.numbered(Number.NaN), undefined);
  });

  it('tests every footnote numbered in a range, the repeated label included', () => {
    const seen: Footnote[] = [];
    assert.equal(
      index.everyNumbered(1, 3, (f) => seen.push(f) > 0),
      true,
    );
    assert.deepEqual(new Set(seen), new Set([list[1], list[2], list[3], list[4]]));
    assert.equal(
      index.everyNumbered(1, 3, (f) => f.range.start.line < 80),
      false,
    );
    assert.equal(
      index.everyNumbered(4, 9, () => false),
      true,
    );
  });

  it('finds the first footnote of the list that starts below a line', () => {
    assert.equal(index.firstBelow(0), list[0]);
    assert.equal(index.firstBelow(41), list[3]);
    assert.equal(index.firstBelow(60), list[3]);
    assert.equal(index.firstBelow(90), list[5]);
    assert.equal(index.firstBelow(120), undefined);
  });
});
