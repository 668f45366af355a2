// Hostile and odd inputs, each with the outcome expected of the core (the protocol side
// of the size limits is in server-limits.test.ts). Parse times are printed; the budgets
// are generous for a loaded machine yet far below what a quadratic scan takes at these
// sizes (100,000 markers once took 41 s).
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { decodeInput } from '../src/core/input';
import { toJson } from '../src/core/json';
import type { OperativeNode, ResolutionDocument } from '../src/core/model';
import { documentSymbols } from '../src/lsp/document-symbols';
import { longestLine } from '../src/lsp/limits';
import { allRanges, assertRangesInside, readFixture, SEEDS, textAt } from './helpers';
import { seededRandom } from './realistic-edits';

function timedParse(what: string, text: string, budgetMs: number): ResolutionDocument {
  const started = performance.now();
  const doc = parse(text);
  const elapsed = performance.now() - started;
  console.log(`      parse ${what} (${(text.length / 1e6).toFixed(2)} M characters): ${elapsed.toFixed(0)} ms`);
  assert.ok(elapsed < budgetMs, `${what} took ${elapsed.toFixed(0)} ms (budget ${budgetMs} ms)`);
  return doc;
}

/** The model without ranges: what was read, not where. */
function withoutRanges(doc: ResolutionDocument): unknown {
  return JSON.parse(JSON.stringify(doc, (key, value) => (key === 'range' || key.endsWith('Range') ? undefined : value)));
}

const isEmpty = (doc: ResolutionDocument) =>
  doc.preamble.length + doc.operative.length + doc.annexes.length + doc.footnotes.length + doc.citations.length === 0 && doc.header.kind === 'unknown';

describe('hostile and odd inputs', function () {
  this.timeout(60_000);

  it('an empty file, or one of whitespace only, is an empty model without findings', () => {
    for (const text of ['', ' ', '\n\n\n', '  \t \r\n \u00A0\u2003\r\r\n\t']) {
      const doc = timedParse(JSON.stringify(text), text, 1000);
      assert.ok(isEmpty(doc));
      assert.deepEqual(checkDocument(doc), { diagnostics: [], failures: [] });
      assertRangesInside(text, doc);
    }
  });

  it('binary data and NUL bytes: read as text without a fault, refused as a file', () => {
    const random = seededRandom(6);
    const bytes = new Uint8Array(256 * 1024).map(() => Math.floor(random() * 256));
    const text = new TextDecoder('latin1').decode(bytes);
    assert.ok(text.includes('\u0000'));
    const doc = timedParse('256 KB of random bytes', text, 10_000);
    assertRangesInside(text, doc);
    checkDocument(doc);
    assert.equal(decodeInput(bytes).ok, false, 'the CLI and the workspace index do not read a file with NUL bytes');
  });

  it('invalid UTF-8 decodes to replacement characters and the structure survives', () => {
    const seed = readFixture('A_RES_73_266.adopted.txt');
    const utf8 = Buffer.from(seed, 'utf8');
    // A stray 0xFF or a truncated two-byte sequence after every "the ".
    const corrupted = Buffer.from(
      utf8.toString('latin1').replace(/the /g, (m, at: number) => `${m}${at % 2 ? '\xff' : '\xc3'}`),
      'latin1',
    );
    const text = decodeInput(corrupted);
    assert.ok(text.ok && text.text.includes('\uFFFD'));
    const doc = timedParse('a seed with invalid UTF-8', text.ok ? text.text : '', 5000);
    const original = parse(seed);
    assert.deepEqual(
      doc.operative.map((n) => n.label?.text),
      original.operative.map((n) => n.label?.text),
    );
    assert.equal(doc.preamble.length, original.preamble.length);
    assert.deepEqual(
      doc.header.symbols.map((s) => s.value),
      ['A/RES/73/266'],
    );
  });

  it('CRLF, CR-only and mixed line ends give the model of LF, ranges included', () => {
    for (const name of SEEDS) {
      const lf = readFixture(name);
      const expected = parse(lf);
      let n = 0;
      // CR never directly before LF, which would make the two one line end.
      const mixed = lf.replace(/\n/g, () => ['\r\n', '\n', '\r'][n++ % 3]);
      for (const [what, text] of [
        ['CRLF', lf.replace(/\n/g, '\r\n')],
        ['CR', lf.replace(/\n/g, '\r')],
        ['mixed', mixed],
      ]) {
        assert.deepEqual(parse(text), expected, `${name} with ${what} line ends`);
      }
    }
  });

  it('a byte order mark changes nothing but the columns of the first line', () => {
    const text = readFixture('A_RES_73_266.adopted.txt').replace(/^\s*/, '');
    const withBom = `\uFEFF${text}`;
    const plain = parse(text);
    const doc = parse(withBom);
    assert.deepEqual(withoutRanges(doc), withoutRanges(plain));
    assert.equal(doc.header.symbols[0].range.start.character, plain.header.symbols[0].range.start.character + 1);
    const covered = (source: string, d: ResolutionDocument) => allRanges(d).map((r) => textAt(source, r));
    assert.deepEqual(covered(withBom, doc), covered(text, plain));
  });

  it('tabs after labels and for indentation read like spaces', () => {
    for (const name of SEEDS) {
      const text = readFixture(name);
      const tabbed = text.replace(
        /^( *)((?:- )?(?:\d{1,3}\.|\([a-z]{1,4}\)))  ?(?=\S)/gm,
        (_, indent: string, label: string) => `${'\t'.repeat(indent.length ? 1 : 0)}${label}\t`,
      );
      assert.notEqual(tabbed, text);
      const doc = parse(tabbed);
      const outline = (d: ResolutionDocument) => JSON.stringify(toJson('x', d, []).operative, ['label', 'phrase', 'children']);
      assert.equal(outline(doc), outline(parse(text)), name);
      assertRangesInside(tabbed, doc);
    }
  });

  it('Russian: numbered paragraphs and sub-items are read, with exact ranges', () => {
    const text = [
      'Организация Объединенных Наций A/RES/73/266',
      '',
      'Генеральная Ассамблея,',
      '',
      'ссылаясь на свою резолюцию 53/70 от 4 декабря 1998 года,',
      '',
      '1. призывает государства-члены:',
      '',
      '(a) руководствоваться в своей деятельности докладом Группы правительственных экспертов;',
      '',
      '2. постановляет включить в предварительную повестку дня своей семьдесят четвертой сессии пункт.',
    ].join('\n');
    const doc = timedParse('Russian', text, 1000);
    assert.deepEqual(
      doc.operative.map((n) => [n.label?.text, n.children.map((c) => c.label?.text)]),
      [
        ['1', ['(a)']],
        ['2', []],
      ],
    );
    assert.equal(textAt(text, doc.operative[1].ownRange), text.split('\n')[10]);
    assert.deepEqual(
      doc.citations.map((c) => [c.symbol, textAt(text, c.range)]),
      [['A/RES/73/266', 'A/RES/73/266']],
    );
    assertRangesInside(text, doc);
  });

  it('Chinese: ranges count UTF-16 code units, also past a character outside the BMP', () => {
    const text =
      '大会，\n\n回顾其1998年12月4日第53/70号决议，\n\n1. 吁请会员国：\n\n(a) 遵循报告；\n\n2. 决定将题为“𠀀从国际安全角度看信息和电信领域的发展”的项目列入临时议程。';
    const doc = timedParse('Chinese', text, 1000);
    assert.deepEqual(
      doc.operative.map((n) => n.label?.text),
      ['1', '2'],
    );
    const last = doc.operative[1].ownRange;
    assert.equal(last.end.character, text.split('\n').pop()!.length);
    assert.ok(textAt(text, last).endsWith('列入临时议程。'));
  });

  it('Arabic, right to left with directional marks: no fault, the cited symbol at its exact range', () => {
    // The parser reads English house style; Arabic paragraphs ("1 - تقرر") are not labels, so the text stays in the header.
    const paragraph = '\u200Fإذ تشير إلى قرارها 53/70 المؤرخ 4 كانون الأول/ديسمبر 1998،\u200F';
    const text = `الأمم المتحدة A/RES/73/266\n\nإن الجمعية العامة،\n\n${`${paragraph}\n\n1 - تهيب بالدول الأعضاء أن تسترشد بالتقرير؛\n\n`.repeat(5000)}`;
    const doc = timedParse('Arabic, 20,000 lines', text, 15_000);
    assert.deepEqual(doc.citations.map((c) => [c.symbol, c.range]).slice(0, 1), [
      ['A/RES/73/266', { start: { line: 0, character: 14 }, end: { line: 0, character: 26 } }],
    ]);
    assert.equal(doc.operative.length, 0);
    assertRangesInside(text, doc);
  });

  it('sub-items nested 1,000 levels deep (1.1.1…) are read as a tree of that depth', () => {
    let text = 'The General Assembly,\n\n1. Decides to act:\n';
    for (let depth = 2, label = '1'; depth <= 1000; depth++) {
      label += '.1';
      text += `${label}. Item at depth ${depth}:\n`;
    }
    const doc = timedParse('1,000 nested levels', text, 10_000);
    let depth = 0;
    for (let node: OperativeNode | undefined = doc.operative[0]; node; node = node.children[0]) depth++;
    assert.equal(depth, 1000);
    assert.deepEqual(checkDocument(doc).failures, []);
    assert.ok(JSON.stringify(documentSymbols(doc)).length > 1_000_000, 'the outline holds every level');
  });

  it('100,000 footnote markers all point to their footnote', () => {
    const text = `The General Assembly,\n\n1. Decides${' on the report of 2010,1 and'.repeat(100_000)};\n\n__________\n1 A/65/201.\n`;
    const doc = timedParse('100,000 markers', text, 15_000);
    assert.deepEqual(
      doc.footnotes.map((f) => [f.label, f.markers.length]),
      [['1', 100_000]],
    );
    assert.deepEqual(doc.danglingMarkers, []);
  });

  it('a single line of 1 MB is read in linear time', () => {
    const text = `The General Assembly,\n\n1. Recalls${' its resolution 73/266 of 22 December 2018 and paragraph 1 above,'.repeat(16_000)}`;
    assert.ok(longestLine(text) > 1_000_000);
    const doc = timedParse('a 1 MB line', text, 15_000);
    assert.equal(doc.citations.filter((c) => c.symbol === 'A/RES/73/266').length, 16_000);
  });

  it('citations and a reference at the very end of the file, without a line end', () => {
    const resolution = 'The General Assembly,\n\n1. Recalls paragraph 1 above and its resolution 73/266';
    const doc = parse(resolution);
    const last = doc.citations[doc.citations.length - 1];
    assert.deepEqual([last.symbol, last.range.end], ['A/RES/73/266', { line: 2, character: 54 }]);
    assert.deepEqual(
      doc.citations.map((c) => c.symbol),
      ['1', 'A/RES/73/266'],
    );
    const footnote = parse('The General Assembly,\n\n1. Recalls its resolution 73/266,1\n\n1 A/65/201');
    assert.deepEqual(footnote.citations.map((c) => [c.symbol, c.range.end]).pop(), ['A/65/201', { line: 4, character: 10 }]);
  });
});
