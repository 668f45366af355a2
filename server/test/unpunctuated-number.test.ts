// A paragraph number printed without its full stop ("26 Condemns …"): a label only where it is
// the next paragraph number and an operative verb of the lexicon follows, on its line or the
// next. Lines of text that begin with a number run on in their paragraph. The cases are the
// real A/RES/79/160 (paragraphs 26 and 27 printed so) with line 26's words replaced, and the
// seed A/RES/73/266.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import type { OperativeNode } from '../src/core/model';
import { corpusText } from './corpus-helpers';
import { readFixture } from './helpers';

const PDFTOTEXT = corpusText('pdftotext', 'A_RES_79_160');
const PYMUPDF = corpusText('pymupdf', 'A_RES_79_160');
const LINE_26 = '26 Condemns without reservation any denial of or attempt to deny the';

function numbered(text: string): OperativeNode[] {
  return parse(text).operative.filter((n) => n.label !== null);
}

function paragraph(text: string, label: string): OperativeNode | undefined {
  return numbered(text).find((n) => n.label!.text === label);
}

describe('paragraph numbers printed without their full stop', () => {
  it('the real text reads paragraphs 25 to 28, 26 and 27 without their stops', () => {
    assert.ok(PDFTOTEXT.includes(`\n${LINE_26}\n`));
    const labels = numbered(PDFTOTEXT).map((n) => `${n.label!.text}${n.label!.lacksFullStop ? '*' : ''}`);
    assert.deepEqual(labels.slice(23, 29), ['24', '25', '26*', '27*', '28', '29']);
  });

  for (const [what, line] of [
    ['a date', '26 October 2024, without reservation any denial of or attempt to deny the'],
    ['a quantity and a noun', '26 Member States condemned without reservation any denial of the'],
    ['a capitalised word in -s that is no operative verb', '26 States condemned without reservation any denial of the'],
    ['a year', '2030 Agenda for Sustainable Development, and any denial of the'],
  ] as const) {
    it(`a wrapped line opening with ${what} runs on in paragraph 25 ("${line.slice(0, 24)} …")`, () => {
      const text = PDFTOTEXT.replace(LINE_26, line);
      assert.equal(paragraph(text, '26'), undefined);
      assert.ok(paragraph(text, '25')!.text.includes(line.slice(0, 24)));
      assert.ok(numbered(text).every((n) => !n.label!.lacksFullStop));
    });
  }

  it('a number that is not the next one is text, operative verb or not ("27 Condemns" after 25)', () => {
    const text = PDFTOTEXT.replace(LINE_26, LINE_26.replace(/^26/, '27'));
    assert.ok(paragraph(text, '25')!.text.includes('27 Condemns without reservation'));
    assert.ok(numbered(text).every((n) => !n.label!.lacksFullStop));
    assert.deepEqual(
      checkDocument(parse(text))
        .diagnostics.filter((d) => d.code.startsWith('numbering.'))
        .map((d) => d.code),
      ['numbering.gap'],
    );
  });

  it('a number alone on its line labels the paragraph only when an operative verb opens the next line', () => {
    assert.match(PYMUPDF, /\n26 \nCondemns without reservation/);
    assert.equal(paragraph(PYMUPDF, '26')?.phrase?.value, 'Condemns');
    const text = PYMUPDF.replace(/\n26 \nCondemns without reservation/, '\n26 \nOctober 2024, without reservation');
    assert.equal(paragraph(text, '26'), undefined);
    assert.match(paragraph(text, '25')!.text, /nations; 26 October 2024, without reservation/);
  });

  it('an operative phrase opening with an adverb follows the number ("26 Strongly condemns")', () => {
    const text = PDFTOTEXT.replace(LINE_26, '26 Strongly condemns without reservation any denial of or attempt to deny the');
    const node = paragraph(text, '26')!;
    assert.equal(node.label!.lacksFullStop, true);
    assert.equal(node.phrase?.value, 'Strongly condemns');
  });

  it('the first paragraph may lack its stop too, and the finding names it', () => {
    const text = readFixture('A_RES_73_266.adopted.txt').replace('- 1. Calls upon Member States:', '- 1 Calls upon Member States:');
    const doc = parse(text);
    assert.deepEqual(
      doc.operative.map((n) => `${n.label!.text}${n.label!.lacksFullStop ? '*' : ''}`),
      ['1*', '2', '3', '4', '5', '6'],
    );
    assert.deepEqual(
      doc.operative[0].children.map((n) => n.label?.text),
      ['(a)', '(b)'],
    );
    const [finding] = checkDocument(doc).diagnostics;
    assert.equal(finding.message, 'The number of paragraph 1 lacks its full stop ("1.").');
    assert.deepEqual(finding.range, doc.operative[0].label!.range);
    assert.equal(text.split('\n')[finding.range.start.line].slice(finding.range.start.character, finding.range.end.character), '1');
  });
});
