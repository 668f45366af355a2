// Spacing an extractor damages (pypdf's `extract_text`): spaces before punctuation, brackets
// and footnote stars, spaces inside document symbols, opening words split by a stray space,
// fixed lines ("The General  Assembly,", "81st  plenary meeting") spaced apart. The reading
// must be the one of the PDF itself; what it repairs keeps its map to the source.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { cleanLine, normalizeSpacing, splitCells } from '../src/core/line-cleaning';
import { spacedLength } from '../src/core/reading/block-text';
import { openingPhrase } from '../src/core/split-words';
import { matchOperativePhrase, matchPreambularPhrase } from '../src/core/phrases';
import { MappedText } from '../src/core/mapped-text';
import { corpusText } from './corpus-helpers';
import { labels, textAt } from './helpers';
const clean = (line: string) => cleanLine(line, 0, line.length, false).text;
const normalized = (text: string) => normalizeSpacing(MappedText.verbatim(text, 0)).text;

describe('extraction spacing: the rules on constructed lines', () => {
  it('drops the spaces before closing punctuation, a closing bracket and footnote stars, keeping each kept character mapped', () => {
    assert.equal(clean(' The General Assembly , '), 'The General Assembly,');
    assert.equal(clean('Recalling its resolution 70/1  ;'), 'Recalling its resolution 70/1;');
    assert.equal(clean('of 12 February 2021 ,13 43/26 of 22 June 2020'), 'of 12 February 2021,13 43/26 of 22 June 2020');
    assert.equal(clean('(Fourth Committee ) (A/79/431 , para. 33)]'), '(Fourth Committee) (A/79/431, para. 33)]');
    assert.equal(clean('Zimbabwe: * draft resolution'), 'Zimbabwe:* draft resolution');
    const line = 'in 2014 , and';
    const cleaned = cleanLine(line, 0, line.length, false);
    assert.equal(cleaned.text, 'in 2014, and');
    assert.equal(cleaned.sourceOffset(cleaned.text.indexOf(',')), line.indexOf(','));
    assert.equal(cleaned.sourceOffset(cleaned.text.indexOf('and')), line.indexOf('and'));
  });

  it('keeps what is no extraction damage: an ellipsis, a separator of stars, empty brackets, a mark opening a word', () => {
    for (const line of ['as stated . . . in the report', '* * *', '( )', 'a rate of .5a', 'the *italic* word', 'the States;']) assert.equal(clean(line), line);
  });

  it("drops a space inside a document symbol or before a compound's hyphen, and nowhere else", () => {
    assert.equal(normalized('See A/ES -10/273 and A/ES -10/273/Corr.1.'), 'See A/ES-10/273 and A/ES-10/273/Corr.1.');
    assert.equal(clean('CEDAW/C/GC /38 and A/HRC/ 60/20'), 'CEDAW/C/GC/38 and A/HRC/60/20');
    assert.equal(normalized('A/56/1026 -S/2002/932, the Secretary -General, long -term'), 'A/56/1026-S/2002/932, the Secretary-General, long-term');
    for (const text of ['from 5 -10 years', 'resolution 70/1 - the']) assert.equal(normalized(text), text);
    for (const line of ['and/ or', 'pages 3 / 4', 'A/ 60']) assert.equal(clean(line), line);
  });

  it('joins an opening word split by a stray space, only into a word of the lexicon and never two words', () => {
    assert.equal(clean(' Recall ing its resolution'), 'Recalling its resolution');
    assert.equal(clean(' 30. Decide s to include'), '30. Decides to include');
    assert.equal(clean(' 10. Also w elcomes the'), '10. Also welcomes the');
    assert.equal(clean(' Noting with satisfactio n that'), 'Noting with satisfaction that');
    assert.equal(clean('(a) Rec all ing that'), '(a) Recalling that');
    assert.equal(clean('Bearing i n mind'), 'Bearing in mind');
    assert.equal(clean('W e, the Ministers'), 'We, the Ministers');
    // Two words each ("Further more", "up on"), a capital after the first piece, a word the lexicon
    // does not know ("agenci es"), a line running on in lower case, a piece past the phrase's end.
    for (const line of [
      'Further more needs to be done',
      'Calls up on all States',
      'Also Welcomes',
      'specialized agenci es and',
      'recall ing that',
      'Recalling its resol ution',
    ]) {
      assert.equal(clean(line), line);
    }
  });

  it("joins a split opening after a number without its full stop, and into a lexicon verb's participle", () => {
    assert.equal(clean('26 Conde mns without reservation'), '26 Condemns without reservation');
    assert.equal(clean('Confirm ing also its resolution'), 'Confirming also its resolution');
    assert.equal(clean('(b) Not ing with concern'), '(b) Noting with concern');
    // Not after a bracket that does not close, a number glued to letters, a word outside the lexicon.
    for (const line of ['(26 Conde mns', '2a6 Conde mns', '2030 Agen da for', '16 Decem ber 2024', 'Understan ds that', 'Reemphasiz ing that'])
      assert.equal(clean(line), line);
  });

  it("reads a paragraph's split first word outside the lexicon by the phrase's form, where neither piece is a word", () => {
    assert.deepEqual(openingPhrase('Understan ds that', matchOperativePhrase), { value: 'Understands', length: 12 });
    assert.deepEqual(openingPhrase('Pa ys tribute to', matchOperativePhrase), { value: 'Pays tribute', length: 13 });
    assert.deepEqual(openingPhrase('Continuin g to underline', matchPreambularPhrase), { value: 'Continuing', length: 11 });
    assert.deepEqual(openingPhrase('R e-emphasizing the right', matchPreambularPhrase), { value: 'Re-emphasizing', length: 15 });
    assert.deepEqual(openingPhrase('Re -emphasizing the right', matchPreambularPhrase), { value: 'Re-emphasizing', length: 15 });
    // Words apart stay apart: "Greatly appreciates" is an adverb and its verb, never "Greatlyappreciates".
    assert.deepEqual(openingPhrase('Greatly appreciates the', matchOperativePhrase), { value: 'Greatly appreciates', length: 19 });
    // Words apart ("Under stands", "The parties"), a join of no phrase's form, a participle for an operative paragraph.
    for (const text of ['Under stands that', 'The parties agree', 'Understan d that', 'Continuin g to']) {
      assert.equal(openingPhrase(text, matchOperativePhrase), null, text);
    }
  });

  it('A/C.4/80/L.6: "30. Understan ds that" and "Understandin g that" keep their phrases, their texts as written', () => {
    const text = corpusText('pymupdf', 'A_C.4_80_L.6')
      .replace('30. Understands that', '30. Understan ds that')
      .replace('Understanding that a', 'Understandin g that a');
    const doc = parse(text);
    const paragraph = doc.operative.find((node) => node.label?.text === '30')!;
    assert.equal(paragraph.phrase?.value, 'Understands');
    assert.equal(textAt(text, paragraph.phrase!.range), 'Understan ds');
    assert.ok(paragraph.text.startsWith('Understan ds that, as the budgetary situation'));
    assert.ok(doc.preamble.some((p) => p.phrase?.value === 'Understanding' && p.text.startsWith('Understandin g that a continued freeze')));
    assert.deepEqual(
      checkDocument(doc).diagnostics.map((d) => d.message),
      checkDocument(parse(corpusText('pymupdf', 'A_C.4_80_L.6'))).diagnostics.map((d) => d.message),
    );
  });
});

describe("extraction spacing: an annex title's end", () => {
  it('A/RES/79/233: "Intro duction" after the title is the text\'s first heading, as "Introduction" is', () => {
    const clean = corpusText('pymupdf', 'A_RES_79_233');
    for (const written of ['Introduction', 'Intro duction', 'Introductio n']) {
      const [annex] = parse(clean.replace(/^Introduction/m, written)).annexes;
      assert.equal(annex.title?.value, 'Programme of Action for Landlocked Developing Countries for the Decade 2024–2034');
      assert.deepEqual(
        annex.operative.slice(0, 2).map((node) => `${node.kind} ${node.text.slice(0, 16)}`),
        [`heading ${written.slice(0, 16)}`, 'heading Priority area 1:'],
      );
    }
  });
});

describe('extraction spacing: words set two to four spaces apart (pypdf, and any text retyped)', () => {
  it('splits a header line into cells at a column gap of five spaces or more, not at a narrower one', () => {
    const cells = (line: string, gap?: number) => splitCells(MappedText.verbatim(line, 0), gap).map((cell) => cell.text);
    assert.deepEqual(cells('Agenda    item  67'), ['Agenda', 'item', '67']);
    assert.deepEqual(cells('Agenda    item  67', 5), ['Agenda    item  67']);
    assert.deepEqual(cells(' General Assembly        Distr.: Limited ', 5), ['General Assembly', 'Distr.: Limited']);
  });

  it('reads every header field however its words are spaced', () => {
    const amendment = parse(
      [
        'United Nations        A/C.3/99/L.5',
        'General Assembly        Distr.: Limited',
        '',
        'Ninety-ninth   session',
        'Third   Committee',
        'Agenda    item  67',
        'Promotion and protection of the rights of children',
        '',
        'Belarus and Russian   Federation:  amendment   to revised draft resolution',
        'A/C.3/99/L.2/Rev.1',
        '',
        'Rights    of the child',
        '',
        'After the fourteenth preambular paragraph, insert a new paragraph reading:',
        '',
      ].join('\n'),
    );
    const { header } = amendment;
    assert.deepEqual(
      {
        distribution: header.distribution?.value,
        session: header.session?.number,
        committee: header.committee?.value,
        agenda: header.agendaItem?.numbers,
        kind: header.kind,
        sponsors: header.sponsors.map((s) => s.value),
      },
      { distribution: 'Limited', session: 99, committee: 'Third Committee', agenda: ['67'], kind: 'amendment', sponsors: ['Belarus', 'Russian Federation'] },
    );
    // The body starts after the amended draft's title: the header is no paragraph, its symbols no citation.
    assert.equal(amendment.title?.text, 'Rights of the child');
    assert.deepEqual(
      amendment.operative.map((p) => p.text.slice(0, 20)),
      ['After the fourteenth'],
    );
    // The amended draft, named in the header, is its one citation.
    assert.deepEqual(
      amendment.citations.map((c) => [c.symbol, c.range.start.line]),
      [['A/C.3/99/L.2/Rev.1', 9]],
    );
    const plenary = parse(
      [
        'United Nations  A/99/L.34',
        'General Assembly',
        'Distr.: Limited',
        '',
        'Agenda    item  127',
        'Global health',
        '',
        'Draft resolution submitted   by   the President of the  General Assembly',
        '',
        'Political   declaration',
        '',
        'The General   Assembly',
        '',
        'Adopts the following political declaration.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      {
        symbols: plenary.header.symbols.map((s) => s.value),
        agenda: plenary.header.agendaItem?.numbers,
        kind: plenary.header.kind,
        title: plenary.title?.text,
      },
      { symbols: ['A/99/L.34'], agenda: ['127'], kind: 'draft_resolution', title: 'Political declaration' },
    );
    // The banner is a field of its own wherever it stands: pypdf sets the next two spaces apart.
    const banner = parse(
      [
        ...Array(12).fill(''),
        'United Nations  A/99/L.35',
        'General Assembly  Distr.: Limited',
        'Agenda item 12',
        'Title',
        '',
        'The General Assembly,',
        '',
        '1. Decides to act;',
        '',
      ].join('\n'),
    );
    assert.deepEqual([banner.header.symbols.map((s) => s.value), banner.header.distribution?.value], [['A/99/L.35'], 'Limited']);
  });

  it('reads an adoption line wrapped inside its date', () => {
    const doc = parse(
      [
        'United Nations     A/RES/99/3',
        'General Assembly     Distr.: General',
        '',
        'Agenda item 148',
        'Financing',
        '',
        'Resolution adopted by the General Assembly on 18',
        'December 2099',
        '',
        '[on the report of the Fifth Committee (A/99/527, para. 6)]',
        '',
        '99/3. Financial arrangements',
        '',
        'The General Assembly,',
        '',
        '1. Takes note of the report;',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      { adoption: doc.header.adoption?.date, number: doc.title?.number, title: doc.title?.text },
      { adoption: '18 December 2099', number: '99/3', title: 'Financial arrangements' },
    );
  });

  it('measures a heading with every run of spaces as one', () => {
    assert.equal(spacedLength('In  quest \t of'), 11);
    assert.equal(spacedLength(' a '), 3);
    const heading =
      'In quest of sustainable and resilient development in landlocked developing countries to accelerate the implementation of the Sustainable Development Goals';
    const spaced = heading.replace(/ (of|and|in|to) /g, '   $1   ');
    assert.deepEqual([heading.length, spaced.length, spacedLength(spaced)], [154, 174, 154]);
    const doc = parse(
      [
        'The General Assembly,',
        '',
        'Adopts the programme of action annexed to the present resolution.',
        '',
        '1st plenary meeting',
        '1 July 2099',
        '',
        'Annex',
        '',
        'Programme of action',
        '',
        'Introduction',
        '',
        spaced,
        '',
        '1. We are at a defining moment in history.',
        '',
        '2. We reaffirm our commitment to the Goals.',
        '',
      ].join('\n'),
    );
    const [introduction] = doc.annexes[0].operative;
    assert.deepEqual([introduction.kind, introduction.text], ['heading', 'Introduction']);
    assert.deepEqual([introduction.children[0].kind, labels(introduction.children[0].children)], ['heading', ['1', '2']]);
  });
});
