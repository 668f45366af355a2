// Recall of the citation reader over the corpus, against the independent count of
// citation-count.ts (docs/citations.md says how it counts), in each of the six text shapes.
// A citation the model misses because the text was read wrong before any citation was looked
// for (a paragraph cut at a page break, a footnote lost) is listed in
// test-fixtures/corpus-expected/citation-misses.json with the reason, so a fix there shows too.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { countCitations } from './citation-count';
import { corpusText, manifest, readExpected } from './corpus-helpers';

const SHAPES = ['pymupdf', 'pdftotext', 'pdftotext-layout', 'pdfium', 'pypdf', 'pdftotext-raw'];

/** Each citation the model misses, by shape and document, with why: "text reading" when the text was read wrong before citations were looked for. */
interface KnownMisses {
  [shape: string]: { [stem: string]: { cause: 'text reading' | 'header'; why: string; missed: string[] } };
}
const known = readExpected<KnownMisses>('citation-misses.json');

interface Recall {
  counted: number;
  read: number;
  /** Per document, each symbol counted more often than the model cites it, once per time missed. */
  misses: Record<string, string[]>;
  /** Per document, each symbol the model cites more often than counted: what it reads that is no citation. */
  extras: Record<string, string[]>;
}

function tally(symbols: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const symbol of symbols) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  return counts;
}

const recalls = new Map<string, Recall>();

function recall(shape: string): Recall {
  const known = recalls.get(shape);
  if (known) return known;
  const result: Recall = { counted: 0, read: 0, misses: {}, extras: {} };
  for (const entry of manifest()) {
    const text = corpusText(shape, entry.stem);
    const counted = tally(countCitations(text, entry.symbol).map((c) => c.symbol));
    const cited = tally(
      parse(text)
        .citations.filter((c) => c.kind !== 'internal')
        .map((c) => c.symbol),
    );
    const missed: string[] = [];
    for (const [symbol, times] of counted) {
      const read = Math.min(times, cited.get(symbol) ?? 0);
      result.counted += times;
      result.read += read;
      for (let k = read; k < times; k++) missed.push(symbol);
    }
    if (missed.length > 0) result.misses[entry.stem] = missed.sort();
    const extra = [...cited].flatMap(([symbol, times]) => Array<string>(Math.max(0, times - (counted.get(symbol) ?? 0))).fill(symbol));
    if (extra.length > 0) result.extras[entry.stem] = extra.sort();
  }
  recalls.set(shape, result);
  return result;
}

describe('citation recall on the corpus, against an independent count', function () {
  this.timeout(120_000);
  const figures: string[] = [];
  after(() => console.log(`      recall: ${figures.join('; ')}`));

  for (const shape of SHAPES) {
    it(`${shape}: at least 99% read, but citations the text reading lost; every miss known`, () => {
      const { counted, read, misses } = recall(shape);
      const listed = known[shape] ?? {};
      const lost = Object.values(listed)
        .filter((doc) => doc.cause === 'text reading')
        .reduce((n, doc) => n + doc.missed.length, 0);
      const extra = Object.values(recall(shape).extras).flat().length;
      figures.push(
        `${shape} ${read}/${counted} = ${((100 * read) / counted).toFixed(1)}%${lost ? ` (${lost} lost to text reading)` : ''}, ${extra} cited uncounted`,
      );
      assert.deepEqual(misses, Object.fromEntries(Object.entries(listed).map(([stem, doc]) => [stem, doc.missed])), shape);
      assert.ok((read + lost) / counted >= 0.99, `${shape}: ${read} read and ${lost} lost of ${counted}`);
    });
  }

  it('the count follows a list over footnotes and a page break, names each organ, and leaves the running head out', () => {
    const counted = countCitations(corpusText('pymupdf', 'A_RES_79_160'), 'A/RES/79/160');
    // Lines 44–50: the preambular paragraph up to the page's foot; 53–71: its footnotes; 81–84: its rest.
    // "relevant Human Rights Council resolutions, in particular resolutions 7/34": the Council's.
    assert.deepEqual(
      counted.filter((c) => c.line >= 43 && c.line < 84).map((c) => `${c.line + 1} ${c.symbol}`),
      [
        '44 E/CN.4/RES/2004/16',
        '45 E/CN.4/RES/2005/5',
        '46 A/HRC/RES/7/34',
        '46 A/HRC/RES/18/15',
        '47 A/HRC/RES/21/33',
        '47 A/RES/60/143',
        '48 A/RES/61/147',
        '48 A/RES/62/142',
        '49 A/RES/63/162',
        '49 A/RES/64/147',
        '49 A/RES/65/199',
        '50 A/RES/66/143',
        '50 A/RES/67/154',
        '50 A/RES/68/150',
        '81 A/RES/69/160',
        '81 A/RES/70/139',
        '81 A/RES/71/179',
        '82 A/RES/72/156',
        '82 A/RES/73/157',
        '83 A/RES/74/136',
        '83 A/RES/75/169',
        '83 A/RES/76/149',
        '84 A/RES/77/204',
        '84 A/RES/78/190',
        '53 A/RES/217A(III)',
        '55 A/RES/2200A(XXI)',
        '59 E/2004/23',
        '62 E/2005/23',
        '62 E/2005/23/Corr.1',
        '63 E/2005/23/Corr.2',
        '65 A/63/53',
        '68 A/66/53/Add.1',
        '69 A/66/53/Add.1/Corr.1',
        '71 A/67/53/Add.1',
      ],
    );
    assert.ok(counted.every((c) => c.symbol !== 'A/RES/79/160'));
  });

  // In pypdf the model reads the symbols its spacing splits ("A/ES -10/273", "CEDAW/C/GC /38",
  // "2021 ,13 43/26") as in the other shapes, but the count does not join them: what the model
  // cites beyond the count there is the count's gap; the figures printed show it.
  for (const shape of SHAPES.filter((one) => one !== 'pypdf')) {
    it(`${shape}: the model cites nothing the count does not see (no running head, year or date)`, () => {
      assert.deepEqual(recall(shape).extras, {});
    });
  }

  it('pymupdf: the exact count, so that a regression in the reader or the count shows', () => {
    const { counted, read } = recall('pymupdf');
    assert.deepEqual({ counted, read }, { counted: 975, read: 975 });
  });
});
