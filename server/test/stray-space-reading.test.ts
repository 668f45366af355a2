// Words a stray space split (pypdf's "T he", "Decem ber") read whole, and whole resolutions with
// their spacing damaged read as their PDF would be: constructed texts and the corpus's pypdf texts.
import { strict as assert } from 'node:assert';
import type { OperativeNode } from '../src/core/model';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { printedDate } from '../src/core/lexicon';
import { splittable } from '../src/core/stray-spaces';
import { amendsAnotherText } from '../src/core/rules/tree';
import { looksLikeResolution } from '../src/core/detect';
import { corpusText } from './corpus-helpers';
import { labels, textAt } from './helpers';

const pypdf = (stem: string) => parse(corpusText('pypdf', stem));

describe('extraction spacing: fixed words split by a stray space (pypdf\'s "T he", "Decem ber")', () => {
  const SPLIT = [
    'United Nations     A/RES/99/4',
    'General Assembly     Distr.: General',
    '',
    '9 Decem ber 2099',
    '',
    'Agenda item 12',
    'Markhor',
    '',
    'Resolution adopted by the General Assembly on 4 De cember 2099',
    '',
    '99/4. Markhor',
    '',
    'T he General Assem bly,',
    '',
    'Recalling its resolution 70/1 of 25 September 2015,',
    '',
    '1. Decides to proclaim a Day of the Markhor;',
    '',
    '2. Requests the Secretary-General to act;',
    '',
    '43r d plenary meet ing',
    '4 Decem ber 2099',
    '',
    'Ann ex I',
    '',
    'Programme',
    '',
    '1. We act.',
    '',
  ].join('\n');
  const doc = parse(SPLIT);

  it('finds the organ line, the closing line and its date, and the annex line, each read as printed', () => {
    assert.equal(doc.organ?.value, 'T he General Assem bly,');
    assert.deepEqual([doc.preamble.length, labels(doc.operative)], [1, ['1', '2']]);
    assert.deepEqual([doc.closing?.meeting, doc.closing?.date], ['43rd plenary meeting', '4 December 2099']);
    assert.deepEqual(
      doc.annexes.map((a) => [a.label, a.operative.length]),
      [['Annex I', 1]],
    );
  });

  it('reads dates with a month split, as printed', () => {
    assert.deepEqual([doc.header.dates.map((d) => d.value), doc.header.adoption?.date], [['9 December 2099'], '4 December 2099']);
    assert.deepEqual(['4 December 2024', '4 Decem ber  2024', '1 May\n2020', '25.10.1971'].map(printedDate), [
      '4 December 2024',
      '4 December 2024',
      '1 May 2020',
      '25.10.1971',
    ]);
  });

  it('takes no day before a split month for a footnote marker', () => {
    const marked = parse(
      [
        'The General Assembly,',
        '',
        'Recalling the meeting held in Geneva 1 Decem ber 2098 on the Markhor,',
        '',
        '1. Decides to act on the report;1',
        '',
        '__________',
        '',
        '1 A/99/1.',
        '',
      ].join('\n'),
    );
    assert.equal(marked.preamble[0].text, 'Recalling the meeting held in Geneva 1 Decem ber 2098 on the Markhor,');
    assert.deepEqual(
      marked.footnotes.map((f) => [f.label, f.markers.map((m) => m.range.start.line)]),
      [['1', [4]]],
    );
  });

  it("reads an amendment's kind line, and an annex amending a text, however their words are split", () => {
    const amendment = parse(
      [
        'United Nations     A/C.2/99/L.62',
        'General Assembly     Distr.: Limited',
        '',
        'Agenda item 16',
        'Macroeconomic policy questions: trade',
        '',
        'Denmark:* ame ndment t o draft resolution A/C.2/99/L.13',
        '',
        'International trade',
        '',
        'Delete the twenty-first preambular paragraph.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      [amendment.header.kind, amendment.header.sponsors.map((s) => s.value), amendment.title?.text],
      ['amendment', ['Denmark'], 'International trade'],
    );
    assert.deepEqual(
      amendment.operative.map((p) => p.text),
      ['Delete the twenty-first preambular paragraph.'],
    );
    assert.deepEqual(
      ['Amend paragraph 8 to re ad:', 'Amend paragraph 8 t o read :', 'Amend paragraph 8 to read', 'Amend paragraph 8 tore ad:'].map(amendsAnotherText),
      [true, true, false, false],
    );
  });

  it('reads the word before a number whole however split: the number names a part, no footnote marker', () => {
    const marked = (sentence: string) =>
      parse(['The General Assembly,', '', `Recalling ${sentence},`, '', '1. Decides to act on the report;1', '', '__________', '', '1 A/99/1.', ''].join('\n'))
        .preamble[0].text;
    assert.equal(marked('Sustainable Development Go al 1, on poverty'), 'Recalling Sustainable Development Go al 1, on poverty,');
    assert.equal(marked('that growth stood betw een 1 and 3 per cent'), 'Recalling that growth stood betw een 1 and 3 per cent,');
    assert.equal(marked('the members elected, 1 fro m Latin America'), 'Recalling the members elected, 1 fro m Latin America,');
    assert.equal(marked('the report, 1 and its annex'), 'Recalling the report, and its annex,');
  });

  it('builds a pattern whose letters may each be followed by one space, nothing else', () => {
    const organ = new RegExp(`^${splittable('General Assembly')}$`);
    assert.deepEqual(
      ['General Assembly', 'G eneral Assem bly', 'G e n e r a l A s s e m b l y'].map((t) => organ.test(t)),
      [true, true, true],
    );
    assert.deepEqual(
      ['General  Assembly', 'Gen  eral Assembly', 'GeneralAssembly', 'General Assembl'].map((t) => organ.test(t)),
      [false, false, false, false],
    );
  });
});

/** A resolution as pypdf writes one: no blank line between paragraphs, every damage above. */
const CONSTRUCTED = [
  ' United Nations   A/RES/99/1  ',
  'General Assembly ',
  'Distr.: General  ',
  '1 July 2099  ',
  'Ninety -ninth session  ',
  'Agenda item  12  ',
  '  Resolution adopted by the General Assembly on 30 June 2099 ',
  '  [without reference to a Main Committee ( A/99/L.1 )] ',
  ' 99/1.  Cooperation on the markhor  ',
  ' The General  Assembly , ',
  ' Recall ing its resolution 70/1 of 25 September 2015 , entitled “Transforming our ',
  'world: the 2030 Agenda for Sustainable Development” , ',
  ' Consciou s of the need for cooperation on the conservation of the markhor , ',
  ' Noting with satisfactio n the work of the range States , ',
  ' 1. Decide s to proclaim 24 May the International Day of the Markhor ; ',
  ' 2. Welcome s the initiatives of the range States ; ',
  ' 3. Also w elcomes the cooperation of the range States ; ',
  ' 4. Requests the Secretary -General to bring the present resolution to the ',
  'attention of all Member States . ',
  ' ',
  '81st  plenary meeting  ',
  '30 June  2099 ',
].join('\n');

describe('extraction spacing: a constructed resolution read as its PDF would be', () => {
  const doc = parse(CONSTRUCTED);

  it('finds the organ line, the agenda item, the closing line and its date, their values without the stray spaces', () => {
    assert.equal(doc.organ?.value, 'The General  Assembly,');
    assert.deepEqual(doc.header.agendaItem?.numbers, ['12']);
    assert.equal(doc.closing?.meeting, '81st plenary meeting');
    assert.equal(doc.closing?.date, '30 June 2099');
    assert.ok(looksLikeResolution(CONSTRUCTED));
  });

  it('reads three preambular and four operative paragraphs with their phrases, and finds nothing wrong', () => {
    assert.deepEqual(
      doc.preamble.map((p) => p.phrase?.value),
      ['Recalling', 'Conscious', 'Noting with satisfaction'],
    );
    assert.deepEqual(labels(doc.operative), ['1', '2', '3', '4']);
    assert.deepEqual(
      doc.operative.map((p) => p.phrase?.value),
      ['Decides', 'Welcomes', 'Also welcomes', 'Requests'],
    );
    assert.ok(doc.preamble[0].text.endsWith('Sustainable Development”,'));
    assert.ok(doc.operative[3].text.includes('Secretary-General'));
    assert.deepEqual(
      checkDocument(doc)
        .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
        .map((d) => d.code),
      [],
    );
  });

  it('maps a joined phrase to the source it was written in', () => {
    assert.equal(textAt(CONSTRUCTED, doc.preamble[1].phrase!.range), 'Consciou s');
    assert.equal(textAt(CONSTRUCTED, doc.operative[2].phrase!.range), 'Also w elcomes');
  });
});

describe('extraction spacing: real pypdf texts', () => {
  it('A/RES/78/83: "Consciou s of the need …" opens a preambular paragraph with "Conscious"', () => {
    const doc = pypdf('A_RES_78_83');
    assert.equal(doc.preamble.length, 19);
    assert.equal(doc.preamble[5].phrase?.value, 'Conscious');
    assert.ok(doc.preamble[5].text.startsWith('Conscious of the need to facilitate'));
  });

  it('A/RES/78/107: "Noting with satisfactio n" and "30. Decide s" keep their whole phrases', () => {
    const doc = pypdf('A_RES_78_107');
    assert.equal(doc.preamble.filter((p) => p.phrase?.value === 'Noting with satisfaction').length, 2);
    assert.equal(doc.operative.length, 30);
    assert.equal(doc.operative[29].label?.text, '30');
    assert.equal(doc.operative[29].phrase?.value, 'Decides');
  });

  it('A/C.4/80/L.6: "10. Also w elcomes" is paragraph 10, "Also welcomes"', () => {
    const doc = pypdf('A_C.4_80_L.6');
    assert.equal(doc.operative[9].phrase?.value, 'Also welcomes');
  });

  it('A/RES/78/192: "The General  Assembly," is the organ line, and the preamble and operative part follow it', () => {
    const doc = pypdf('A_RES_78_192');
    assert.equal(doc.organ?.value, 'The General  Assembly,');
    assert.equal(doc.preamble.length, 12);
    assert.equal(doc.operative.length, 2);
  });

  it('A/RES/79/305: "81st  plenary meeting" / "30 June  2025" close the text, not paragraph 21', () => {
    const doc = pypdf('A_RES_79_305');
    assert.deepEqual({ meeting: doc.closing?.meeting, date: doc.closing?.date }, { meeting: '81st plenary meeting', date: '30 June 2025' });
    const texts = (nodes: OperativeNode[]): string[] => nodes.flatMap((node) => [node.text, ...texts(node.children)]);
    assert.ok(texts(doc.operative).some((text) => text.endsWith('Mission in Kosovo”.')));
    assert.ok(texts(doc.operative).every((text) => !text.includes('plenary meeting')));
  });

  it('headers: "Agenda item  125", "(Fourth Committee )", "Denmark: * amendment …" and its star note', () => {
    assert.deepEqual(pypdf('A_RES_78_3').header.agendaItem?.numbers, ['125']);
    assert.equal(pypdf('A_RES_79_114').header.committee?.value, 'Fourth Committee');
    const amendment = pypdf('A_C.2_80_L.62');
    assert.equal(amendment.header.kind, 'amendment');
    assert.deepEqual(
      amendment.footnotes.map((f) => f.label),
      ['*'],
    );
  });

  it('citations of symbols pypdf spaced apart: "A/ES -10/273", "CEDAW/C/GC /38"', () => {
    assert.deepEqual(
      [
        ...new Set(
          pypdf('A_RES_79_81')
            .citations.map((c) => c.symbol)
            .filter((s) => s.startsWith('A/ES-')),
        ),
      ],
      ['A/ES-10/273', 'A/ES-10/273/Corr.1', 'A/ES-10/794'],
    );
    assert.ok(pypdf('A_80_L.8').citations.some((c) => c.symbol === 'CEDAW/C/GC/38'));
  });
});
