// Spacing an extractor damages (pypdf's `extract_text`): spaces before punctuation, brackets
// and footnote stars, spaces inside document symbols, opening words split by a stray space,
// fixed lines ("The General  Assembly,", "81st  plenary meeting") spaced apart. The reading
// must be the one of the PDF itself; what it repairs keeps its map to the source.
import { strict as assert } from 'node:assert';
import type { OperativeNode } from '../src/core/model';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { cleanLine, normalizeSpacing, splitCells } from '../src/core/line-cleaning';
import { spacedLength } from '../src/core/reading/block-text';
import { printedDate } from '../src/core/lexicon';
import { splittable } from '../src/core/stray-spaces';
import { openingPhrase } from '../src/core/split-words';
import { matchOperativePhrase, matchPreambularPhrase } from '../src/core/phrases';
import { amendsAnotherText } from '../src/core/rules/tree';
import { MappedText } from '../src/core/mapped-text';
import { looksLikeResolution } from '../src/core/detect';
import { corpusText } from './corpus-helpers';
import { labels, textAt } from './helpers';

const clean = (line: string) => cleanLine(line, 0, line.length, false).text;
const normalized = (text: string) => normalizeSpacing(MappedText.verbatim(text, 0)).text;
const pypdf = (stem: string) => parse(corpusText('pypdf', stem));

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

  it('drops a space inside a document symbol or before a compound\'s hyphen, and nowhere else', () => {
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
    for (const line of ['Further more needs to be done', 'Calls up on all States', 'Also Welcomes', 'specialized agenci es and', 'recall ing that', 'Recalling its resol ution']) {
      assert.equal(clean(line), line);
    }
  });

  it('joins a split opening after a number without its full stop, and into a lexicon verb\'s participle', () => {
    assert.equal(clean('26 Conde mns without reservation'), '26 Condemns without reservation');
    assert.equal(clean('Confirm ing also its resolution'), 'Confirming also its resolution');
    assert.equal(clean('(b) Not ing with concern'), '(b) Noting with concern');
    // Not after a bracket that does not close, a number glued to letters, a word outside the lexicon.
    for (const line of ['(26 Conde mns', '2a6 Conde mns', '2030 Agen da for', '16 Decem ber 2024', 'Understan ds that', 'Reemphasiz ing that']) assert.equal(clean(line), line);
  });

  it('reads a paragraph\'s split first word outside the lexicon by the phrase\'s form, where neither piece is a word', () => {
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
    const text = corpusText('pymupdf', 'A_C.4_80_L.6').replace('30. Understands that', '30. Understan ds that').replace('Understanding that a', 'Understandin g that a');
    const doc = parse(text);
    const paragraph = doc.operative.find((node) => node.label?.text === '30')!;
    assert.equal(paragraph.phrase?.value, 'Understands');
    assert.equal(textAt(text, paragraph.phrase!.range), 'Understan ds');
    assert.ok(paragraph.text.startsWith('Understan ds that, as the budgetary situation'));
    assert.ok(doc.preamble.some((p) => p.phrase?.value === 'Understanding' && p.text.startsWith('Understandin g that a continued freeze')));
    assert.deepEqual(checkDocument(doc).diagnostics.map((d) => d.message), checkDocument(parse(corpusText('pymupdf', 'A_C.4_80_L.6'))).diagnostics.map((d) => d.message));
  });
});

describe('extraction spacing: an annex title\'s end', () => {
  it('A/RES/79/233: "Intro duction" after the title is the text\'s first heading, as "Introduction" is', () => {
    const clean = corpusText('pymupdf', 'A_RES_79_233');
    for (const written of ['Introduction', 'Intro duction', 'Introductio n']) {
      const [annex] = parse(clean.replace(/^Introduction/m, written)).annexes;
      assert.equal(annex.title?.value, 'Programme of Action for Landlocked Developing Countries for the Decade 2024–2034');
      assert.deepEqual(annex.operative.slice(0, 2).map((node) => `${node.kind} ${node.text.slice(0, 16)}`), [`heading ${written.slice(0, 16)}`, 'heading Priority area 1:']);
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
    const amendment = parse([
      'United Nations        A/C.3/99/L.5', 'General Assembly        Distr.: Limited', '', 'Ninety-ninth   session', 'Third   Committee',
      'Agenda    item  67', 'Promotion and protection of the rights of children', '',
      'Belarus and Russian   Federation:  amendment   to revised draft resolution', 'A/C.3/99/L.2/Rev.1', '', 'Rights    of the child', '',
      'After the fourteenth preambular paragraph, insert a new paragraph reading:', '',
    ].join('\n'));
    const { header } = amendment;
    assert.deepEqual(
      { distribution: header.distribution?.value, session: header.session?.number, committee: header.committee?.value, agenda: header.agendaItem?.numbers, kind: header.kind, sponsors: header.sponsors.map((s) => s.value) },
      { distribution: 'Limited', session: 99, committee: 'Third Committee', agenda: ['67'], kind: 'amendment', sponsors: ['Belarus', 'Russian Federation'] },
    );
    // The body starts after the amended draft's title: the header is no paragraph, its symbols no citation.
    assert.equal(amendment.title?.text, 'Rights of the child');
    assert.deepEqual(amendment.operative.map((p) => p.text.slice(0, 20)), ['After the fourteenth']);
    // The amended draft, named in the header, is its one citation.
    assert.deepEqual(amendment.citations.map((c) => [c.symbol, c.range.start.line]), [['A/C.3/99/L.2/Rev.1', 9]]);
    const plenary = parse([
      'United Nations  A/99/L.34', 'General Assembly', 'Distr.: Limited', '', 'Agenda    item  127', 'Global health', '',
      'Draft resolution submitted   by   the President of the  General Assembly', '', 'Political   declaration', '', 'The General   Assembly', '',
      'Adopts the following political declaration.', '',
    ].join('\n'));
    assert.deepEqual(
      { symbols: plenary.header.symbols.map((s) => s.value), agenda: plenary.header.agendaItem?.numbers, kind: plenary.header.kind, title: plenary.title?.text },
      { symbols: ['A/99/L.34'], agenda: ['127'], kind: 'draft_resolution', title: 'Political declaration' },
    );
    // The banner is a field of its own wherever it stands: pypdf sets the next two spaces apart.
    const banner = parse([...Array(12).fill(''), 'United Nations  A/99/L.35', 'General Assembly  Distr.: Limited', 'Agenda item 12', 'Title', '', 'The General Assembly,', '', '1. Decides to act;', ''].join('\n'));
    assert.deepEqual([banner.header.symbols.map((s) => s.value), banner.header.distribution?.value], [['A/99/L.35'], 'Limited']);
  });

  it('reads an adoption line wrapped inside its date', () => {
    const doc = parse([
      'United Nations     A/RES/99/3', 'General Assembly     Distr.: General', '', 'Agenda item 148', 'Financing', '',
      'Resolution adopted by the General Assembly on 18', 'December 2099', '', '[on the report of the Fifth Committee (A/99/527, para. 6)]', '',
      '99/3. Financial arrangements', '', 'The General Assembly,', '', '1. Takes note of the report;', '',
    ].join('\n'));
    assert.deepEqual({ adoption: doc.header.adoption?.date, number: doc.title?.number, title: doc.title?.text }, { adoption: '18 December 2099', number: '99/3', title: 'Financial arrangements' });
  });

  it('measures a heading with every run of spaces as one', () => {
    assert.equal(spacedLength('In  quest \t of'), 11);
    assert.equal(spacedLength(' a '), 3);
    const heading = 'In quest of sustainable and resilient development in landlocked developing countries to accelerate the implementation of the Sustainable Development Goals';
    const spaced = heading.replace(/ (of|and|in|to) /g, '   $1   ');
    assert.deepEqual([heading.length, spaced.length, spacedLength(spaced)], [154, 174, 154]);
    const doc = parse([
      'The General Assembly,', '', 'Adopts the programme of action annexed to the present resolution.', '', '1st plenary meeting', '1 July 2099', '',
      'Annex', '', 'Programme of action', '', 'Introduction', '', spaced, '', '1. We are at a defining moment in history.', '', '2. We reaffirm our commitment to the Goals.', '',
    ].join('\n'));
    const [introduction] = doc.annexes[0].operative;
    assert.deepEqual([introduction.kind, introduction.text], ['heading', 'Introduction']);
    assert.deepEqual([introduction.children[0].kind, labels(introduction.children[0].children)], ['heading', ['1', '2']]);
  });
});

describe('extraction spacing: fixed words split by a stray space (pypdf\'s "T he", "Decem ber")', () => {
  const SPLIT = [
    'United Nations     A/RES/99/4', 'General Assembly     Distr.: General', '', '9 Decem ber 2099', '', 'Agenda item 12', 'Markhor', '',
    'Resolution adopted by the General Assembly on 4 De cember 2099', '', '99/4. Markhor', '', 'T he General Assem bly,', '',
    'Recalling its resolution 70/1 of 25 September 2015,', '', '1. Decides to proclaim a Day of the Markhor;', '', '2. Requests the Secretary-General to act;', '',
    '43r d plenary meet ing', '4 Decem ber 2099', '', 'Ann ex I', '', 'Programme', '', '1. We act.', '',
  ].join('\n');
  const doc = parse(SPLIT);

  it('finds the organ line, the closing line and its date, and the annex line, each read as printed', () => {
    assert.equal(doc.organ?.value, 'T he General Assem bly,');
    assert.deepEqual([doc.preamble.length, labels(doc.operative)], [1, ['1', '2']]);
    assert.deepEqual([doc.closing?.meeting, doc.closing?.date], ['43rd plenary meeting', '4 December 2099']);
    assert.deepEqual(doc.annexes.map((a) => [a.label, a.operative.length]), [['Annex I', 1]]);
  });

  it('reads dates with a month split, as printed', () => {
    assert.deepEqual([doc.header.dates.map((d) => d.value), doc.header.adoption?.date], [['9 December 2099'], '4 December 2099']);
    assert.deepEqual(['4 December 2024', '4 Decem ber  2024', '1 May\n2020', '25.10.1971'].map(printedDate), ['4 December 2024', '4 December 2024', '1 May 2020', '25.10.1971']);
  });

  it('takes no day before a split month for a footnote marker', () => {
    const marked = parse(['The General Assembly,', '', 'Recalling the meeting held in Geneva 1 Decem ber 2098 on the Markhor,', '', '1. Decides to act on the report;1', '', '__________', '', '1 A/99/1.', ''].join('\n'));
    assert.equal(marked.preamble[0].text, 'Recalling the meeting held in Geneva 1 Decem ber 2098 on the Markhor,');
    assert.deepEqual(marked.footnotes.map((f) => [f.label, f.markers.map((m) => m.range.start.line)]), [['1', [4]]]);
  });

  it('reads an amendment\'s kind line, and an annex amending a text, however their words are split', () => {
    const amendment = parse([
      'United Nations     A/C.2/99/L.62', 'General Assembly     Distr.: Limited', '', 'Agenda item 16', 'Macroeconomic policy questions: trade', '',
      'Denmark:* ame ndment t o draft resolution A/C.2/99/L.13', '', 'International trade', '', 'Delete the twenty-first preambular paragraph.', '',
    ].join('\n'));
    assert.deepEqual([amendment.header.kind, amendment.header.sponsors.map((s) => s.value), amendment.title?.text], ['amendment', ['Denmark'], 'International trade']);
    assert.deepEqual(amendment.operative.map((p) => p.text), ['Delete the twenty-first preambular paragraph.']);
    assert.deepEqual(['Amend paragraph 8 to re ad:', 'Amend paragraph 8 t o read :', 'Amend paragraph 8 to read', 'Amend paragraph 8 tore ad:'].map(amendsAnotherText), [true, true, false, false]);
  });

  it('reads the word before a number whole however split: the number names a part, no footnote marker', () => {
    const marked = (sentence: string) =>
      parse(['The General Assembly,', '', `Recalling ${sentence},`, '', '1. Decides to act on the report;1', '', '__________', '', '1 A/99/1.', ''].join('\n')).preamble[0].text;
    assert.equal(marked('Sustainable Development Go al 1, on poverty'), 'Recalling Sustainable Development Go al 1, on poverty,');
    assert.equal(marked('that growth stood betw een 1 and 3 per cent'), 'Recalling that growth stood betw een 1 and 3 per cent,');
    assert.equal(marked('the members elected, 1 fro m Latin America'), 'Recalling the members elected, 1 fro m Latin America,');
    assert.equal(marked('the report, 1 and its annex'), 'Recalling the report, and its annex,');
  });

  it('builds a pattern whose letters may each be followed by one space, nothing else', () => {
    const organ = new RegExp(`^${splittable('General Assembly')}$`);
    assert.deepEqual(['General Assembly', 'G eneral Assem bly', 'G e n e r a l A s s e m b l y'].map((t) => organ.test(t)), [true, true, true]);
    assert.deepEqual(['General  Assembly', 'Gen  eral Assembly', 'GeneralAssembly', 'General Assembl'].map((t) => organ.test(t)), [false, false, false, false]);
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
    assert.deepEqual(doc.preamble.map((p) => p.phrase?.value), ['Recalling', 'Conscious', 'Noting with satisfaction']);
    assert.deepEqual(labels(doc.operative), ['1', '2', '3', '4']);
    assert.deepEqual(doc.operative.map((p) => p.phrase?.value), ['Decides', 'Welcomes', 'Also welcomes', 'Requests']);
    assert.ok(doc.preamble[0].text.endsWith('Sustainable Development”,'));
    assert.ok(doc.operative[3].text.includes('Secretary-General'));
    assert.deepEqual(checkDocument(doc).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code), []);
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
    assert.deepEqual(amendment.footnotes.map((f) => f.label), ['*']);
  });

  it('citations of symbols pypdf spaced apart: "A/ES -10/273", "CEDAW/C/GC /38"', () => {
    assert.deepEqual([...new Set(pypdf('A_RES_79_81').citations.map((c) => c.symbol).filter((s) => s.startsWith('A/ES-')))], ['A/ES-10/273', 'A/ES-10/273/Corr.1', 'A/ES-10/794']);
    assert.ok(pypdf('A_80_L.8').citations.some((c) => c.symbol === 'CEDAW/C/GC/38'));
  });
});
