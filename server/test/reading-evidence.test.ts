// Strong evidence wins over layout: a number going on with the paragraphs' sequence, an
// operative verb after it, opens the next paragraph even after a fragment that ends no sentence
// (a draft's missing semicolon, a line lost at a page's foot), in every text shape.
import { strict as assert } from 'node:assert';
import type { OperativeNode, ResolutionDocument } from '../src/core/model';
import { parse } from '../src/core/parser';
import { ALL_TEXT_SHAPES, corpusText } from './corpus-helpers';
import { CONSTRUCTED_HEADER } from './helpers';

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


/** Paragraphs that end where their line ends: with them, a short text reads as the clean shape (its sentences do not run on over most line breaks). */
const WHOLE_PARAGRAPHS = [
  'Recalling its resolution 89/1 of 1 December 2035 on cooperation between the United Nations and the regional organizations,',
  'Noting the report of the Secretary-General on cooperation between the United Nations and the regional organizations,',
  'Stressing the importance of cooperation with regional organizations in the prevention of conflicts,',
  'Welcoming the work of the regional organizations in the peaceful settlement of disputes,',
];

/** A resolution of the given body lines after WHOLE_PARAGRAPHS, one a line with a blank line after each (the clean shape), and its footnotes under a rule. */
function resolution(body: string[], footnotes: string[] = []): string {
  const lines = [...WHOLE_PARAGRAPHS, ...body];
  return [...CONSTRUCTED_HEADER, '', ...lines.flatMap((line) => [line, '']), ...(footnotes.length > 0 ? ['__________', '', ...footnotes.flatMap((line) => [line, ''])] : [])].join('\n');
}

/** Breaks a paragraph at spaces into lines of at most `width` characters, as a PDF's text wraps. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let rest = paragraph;
  for (let at = rest.lastIndexOf(' ', width); rest.length > width && at > 0; at = rest.lastIndexOf(' ', width)) {
    lines.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  return [...lines, rest];
}

/** A resolution of the given paragraphs wrapped at `width`, no blank line between them. */
function wrappedResolution(paragraphs: string[], width: number): string {
  return [...CONSTRUCTED_HEADER, ...paragraphs.flatMap((p) => wrap(p, width))].join('\n');
}

const nodes = (list: OperativeNode[]): string[] => list.flatMap((n) => [`${n.kind} ${n.label?.text ?? '-'} ${n.text}`, ...nodes(n.children)]);

/** The paragraphs and headings after WHOLE_PARAGRAPHS, in reading order. */
const outline = (doc: ResolutionDocument) => [...doc.preamble.map((p) => `P ${p.text}`), ...nodes(doc.operative)].slice(WHOLE_PARAGRAPHS.length);

describe('a blank line or a wrap inside a paragraph: the grammar decides', () => {
  it('a number that is no label runs on after a text that has not ended its sentence, whatever the blank lines between', () => {
    const doc = parse(resolution([
      'Guided by the Charter of the United Nations and the Universal Declaration of Human Rights,', '', '1 the International Covenant on Civil and Political Rights,',
      'Recalling its resolutions 89/1, 89/2,', '89/3 and 89/4,',
      '1. Notes that there are: (a) 1.3 billion tobacco users, including an estimated', '1.6 million non-smokers; and (b) 2.6 million deaths;',
      '2. Decides to remain seized of the matter.',
    ], ['1 A/90/1.']));
    assert.deepEqual(outline(doc), [
      'P Guided by the Charter of the United Nations and the Universal Declaration of Human Rights, the International Covenant on Civil and Political Rights,',
      'P Recalling its resolutions 89/1, 89/2, 89/3 and 89/4,',
      'paragraph 1 Notes that there are: (a) 1.3 billion tobacco users, including an estimated 1.6 million non-smokers; and (b) 2.6 million deaths;',
      'paragraph 2 Decides to remain seized of the matter.',
    ]);
    assert.deepEqual(doc.footnotes[0].markers.length, 1);
  });

  it('a capitalised line ending with a marker after its closing punctuation is no heading over the next paragraph, nor one before such a line', () => {
    const doc = parse(resolution([
      '1. Calls upon the international community to address the irregular maritime movements of Rohingya', 'Muslims, in cooperation with the relevant United Nations agencies;1',
      '2. Calls upon Member States to address the irregular maritime movements of Rohingya', 'Muslims in cooperation with the relevant United Nations', 'agencies and Member States;1',
      '3. Decides to remain seized of the matter.',
    ], ['1 A/90/1.']));
    assert.deepEqual(outline(doc), [
      'paragraph 1 Calls upon the international community to address the irregular maritime movements of Rohingya Muslims, in cooperation with the relevant United Nations agencies;',
      'paragraph 2 Calls upon Member States to address the irregular maritime movements of Rohingya Muslims in cooperation with the relevant United Nations agencies and Member States;',
      'paragraph 3 Decides to remain seized of the matter.',
    ]);
  });

  it('in a footnote area, a number not above the last entry\'s or after an abbreviation opens no entry, a bracket ends no entry, and the body resumes only after an entry\'s end', () => {
    const doc = parse(resolution(['Recalling its resolutions 89/1 and 89/2,1', '1. Decides to remain seized of the matter.2 3 4 5'], [
      '1 Ibid., 2009, Supplement No.', '1 (E/2009/25), chap. I, sect. B.', '2 International Maritime Organization, resolutions A.1029(26)', 'and A.1074(28).',
      '3 Official Records of the General Assembly, Seventy-third Session, Supplement No.', '12 (A/73/12), part II.',
      '4 International Maritime Organization, document LEG 110/18/1, annex', '1. See also International Labour Organization, document TWGSHE/2022/7.', '5 Resolution 55/2.',
    ]));
    assert.deepEqual(doc.footnotes.map((f) => `${f.label} ${f.text}`), [
      '1 Ibid., 2009, Supplement No. 1 (E/2009/25), chap. I, sect. B.',
      '2 International Maritime Organization, resolutions A.1029(26) and A.1074(28).',
      '3 Official Records of the General Assembly, Seventy-third Session, Supplement No. 12 (A/73/12), part II.',
      '4 International Maritime Organization, document LEG 110/18/1, annex 1. See also International Labour Organization, document TWGSHE/2022/7.',
      '5 Resolution 55/2.',
    ]);
    assert.deepEqual(outline(doc), ['P Recalling its resolutions 89/1 and 89/2,', 'paragraph 1 Decides to remain seized of the matter.']);
  });

  it('an entry set one a line runs on up to its full stop over as many lines as a footnote may take', () => {
    const symbols = Array.from({ length: 30 }, (_, i) => `A/${60 + i}/${100 + i} and Add.1,`);
    const doc = parse(wrappedResolution(['1. Decides to remain seized of the matter.²', `² ${symbols.join(' ')} A/90/100.`], 40));
    assert.deepEqual(doc.footnotes.map((f) => f.text), [`${symbols.join(' ')} A/90/100.`]);
    assert.deepEqual(doc.operative.map((n) => n.text), ['Decides to remain seized of the matter.']);
    // Neither an abbreviation's full stop nor a participle by its form alone stops it.
    const report = parse(resolution(['1. Decides to remain seized of the matter.¹', '¹ Report of the United Nations Conference on Environment and Development, vol. I, Resolutions', 'Adopted by the Conference (United Nations publication, Sales No.', 'E.93.I.8 and corrigendum), resolution 1, annex I.']));
    assert.deepEqual(report.footnotes.map((f) => f.text), ['Report of the United Nations Conference on Environment and Development, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.']);
  });

  it('an entry set one a line runs on up to its full stop, unless an entry, a paragraph or a heading opens first', () => {
    const doc = parse(resolution([
      '1. Calls upon Member States to be guided by the reports of the Group of Governmental Experts;¹', '¹ A/65/201, A/68/98 and', 'A/70/174.',
      '2. Supports the open-ended working group on security of and in the use of information and communications technologies;²', '² Resolution 75/240,', 'annex.', '³ A/76/135',
      '3. Requests the Secretary-General to report on the implementation of the present resolution;³ ⁴', '⁴', 'Resolution 69/283, annex II.',
      '4. Decides to remain seized of the matter.',
    ]));
    assert.deepEqual(doc.footnotes.map((f) => `${f.label} ${f.text}`), ['1 A/65/201, A/68/98 and A/70/174.', '2 Resolution 75/240, annex.', '3 A/76/135', '4 Resolution 69/283, annex II.']);
    assert.deepEqual(outline(doc).map((line) => line.slice(0, 14)), ['paragraph 1 Ca', 'paragraph 2 Su', 'paragraph 3 Re', 'paragraph 4 De']);
    const speakers = parse(resolution(['1. Adopts the declaration.¹', '¹ A/76/135', 'We, the Heads of State and Government, reaffirm our commitment.']));
    assert.deepEqual([speakers.footnotes[0].text, speakers.operative.length], ['A/76/135', 2]);
  });

  it('a comma ends no numbered paragraph: the line after one goes on in it, a capitalised name or not', () => {
    const doc = parse(resolution([
      '1. Notes the role of the Office of the High Representative for the Least Developed Countries,', 'Landlocked Developing Countries and Small Island Developing States, as an important tool;',
      '2. Welcomes the work of the Office of the High Representative for the Least Developed Countries,', 'Landlocked Developing Countries and Small Island Developing States',
      '3. Decides to remain seized of the matter.',
    ]));
    assert.deepEqual(outline(doc), [
      'paragraph 1 Notes the role of the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, as an important tool;',
      'paragraph 2 Welcomes the work of the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States',
      'paragraph 3 Decides to remain seized of the matter.',
    ]);
  });

  it('after a text that has not ended, a linking word runs on into any line, and only the lexicon\'s openings open a paragraph', () => {
    const doc = parse(resolution([
      'Recalling also its resolution 89/2 on the regional organizations', 'Noting further the report of the Secretary-General,',
      '1. Decides to convene the Group of Governmental Experts on', 'Emerging Technologies in the Area of Lethal Autonomous Weapons Systems;',
      '2. Welcomes the work of the Meeting of the High', 'Contracting Parties to the Convention;',
      '3. Decides to remain seized of the matter.',
    ]));
    assert.deepEqual(outline(doc), [
      'P Recalling also its resolution 89/2 on the regional organizations',
      'P Noting further the report of the Secretary-General,',
      'paragraph 1 Decides to convene the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems;',
      'paragraph 2 Welcomes the work of the Meeting of the High Contracting Parties to the Convention;',
      'paragraph 3 Decides to remain seized of the matter.',
    ]);
  });

  it('a bullet alone on its line opens a list item whose text is the next line', () => {
    const doc = parse(resolution([
      '1. Decides on the following actions:', '•', 'Provide adequate support to landlocked developing countries;', '•', 'Recognizes the role of the regional commissions;',
      '2. Decides to remain seized of the matter.',
    ]));
    assert.deepEqual(outline(doc), [
      'paragraph 1 Decides on the following actions:',
      'paragraph - • Provide adequate support to landlocked developing countries;',
      'paragraph - • Recognizes the role of the regional commissions;',
      'paragraph 2 Decides to remain seized of the matter.',
    ]);
  });

  it('a number after an abbreviation it follows, or a month after its day, runs on', () => {
    const doc = parse(resolution([
      '1. Invites Member States to consider ratifying the Abolition of Forced Labour Convention, 1957 (No.', '105);',
      'Budget estimates for the period from 1', 'July 2025 to 30 June 2026',
      '2. Decides to remain seized of the matter.',
    ]));
    assert.deepEqual(outline(doc), [
      'paragraph 1 Invites Member States to consider ratifying the Abolition of Forced Labour Convention, 1957 (No. 105);',
      'heading - Budget estimates for the period from 1 July 2025 to 30 June 2026',
      'paragraph 2 Decides to remain seized of the matter.',
    ]);
  });

  it('in wrapped text, opening words after a numbered paragraph open no paragraph: no preamble follows the operative part', () => {
    const paragraphs = [
      'Recalling its resolution 89/1 of 1 December 2035 on cooperation between the United Nations and the regional organizations in the maintenance of international peace and security,',
      'Noting the report of the Secretary-General on cooperation between the United Nations and the regional and subregional organizations,',
      '1. Notes that small island developing States are among the most vulnerable to natural hazards and the effects of climate change. Recognizing vulnerability does not mean that they lack resilience, the Assembly stresses their role;',
      '2. Welcomes the adoption of the Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information Systems;',
      '3. Decides to remain seized of the matter.',
    ];
    const text = wrappedResolution(paragraphs, 65);
    assert.match(text, /\nRecognizing vulnerability.*\nStrengthening International/s);
    const doc = parse(text);
    assert.deepEqual([...doc.preamble.map((p) => p.text), ...doc.operative.map((n) => `${n.label?.text}. ${n.text}`)], paragraphs);
  });

  it('a web address on a line of its own is a sentence\'s words, not page furniture, unless it is a document\'s official address', () => {
    const doc = parse(resolution(['Recalling its resolution 53/70,1', 'https://undocs.org/en/A/RES/53/70', '1. Decides to remain seized of the matter.2'], [
      '1 See Assembly for Peace: A Digital Handbook. Available at', 'https://digitallibrary.un.org/record/4061002?ln=en&v=pdf.',
      '2 Available at', 'https://www.un.org/Depts/los/doalos_publications/', 'DepositGuidelinesEnglish.pdf.',
    ]));
    assert.deepEqual(doc.footnotes.map((f) => f.text), [
      'See Assembly for Peace: A Digital Handbook. Available at https://digitallibrary.un.org/record/4061002?ln=en&v=pdf.',
      'Available at https://www.un.org/Depts/los/doalos_publications/ DepositGuidelinesEnglish.pdf.',
    ]);
    assert.deepEqual(doc.furniture.map((f) => f.kind), ['url']);
  });

  it('after a numbered paragraph, a capitalised line without closing punctuation heads the next numbered one, a participle opening it or not', () => {
    const text = [
      ...CONSTRUCTED_HEADER,
      ...wrap('Recalling its resolution 89/1 of 1 December 2035 on cooperation between the United Nations and the regional organizations in the maintenance of international peace and security,', 65),
      ...wrap('1. Notes that small island developing States are among the most vulnerable to natural hazards and the effects of climate change;', 65),
      ...wrap('2. Welcomes the work of the regional commissions and other regional organizations in the field of information and communications technologies for development, in particular in the least developed countries and small island States.', 65),
      '\fA/RES/90/1 Cooperation between the United Nations and the regional organizations', '2/3',
      'Building confidence and security in the use of information and', 'communications technologies',
      '3. Decides to remain seized of the matter.',
    ].join('\n');
    assert.deepEqual(nodes(parse(text).operative).map((line) => line.slice(0, 41)), [
      'paragraph 1 Notes that small island devel', 'paragraph 2 Welcomes the work of the regi', 'heading - Building confidence and securit', 'paragraph 3 Decides to remain seized of t',
    ]);
  });

  it('an annex\'s title runs on into a participle of a name; the lexicon\'s openings open the text', () => {
    const annex = (...opening: string[]) => parse(resolution([
      '1. Adopts the political declaration annexed to the present resolution.', 'Annex',
      '2025 Political Declaration on the Implementation of the', 'United Nations Global Plan of Action to Combat', 'Trafficking in Persons', ...opening,
      '1. We, the States Members of the United Nations, reaffirm our commitment.',
    ])).annexes[0];
    const title = '2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons';
    const persons = annex();
    assert.deepEqual([persons.title?.value, persons.preamble.length], [title, 0]);
    const recalling = annex('Recalling the Plan of Action, adopted in its resolution 64/293 of 30 July 2010,');
    assert.deepEqual([recalling.title?.value, recalling.preamble.map((p) => p.phrase?.value)], [title, ['Recalling']]);
    // A subtitle's colon closing a line, however narrowly the title wraps.
    const declaration = 'Political declaration of the fourth high-level meeting on the prevention and control of noncommunicable diseases Equity and integration: transforming lives and livelihoods through leadership and action on noncommunicable diseases';
    const narrow = wrappedResolution([...WHOLE_PARAGRAPHS, '1. Adopts the political declaration annexed to the present resolution.', 'Annex', declaration, '1. We, Heads of State and Government, reaffirm our commitment.'], 30);
    assert.match(narrow, /integration:\ntransforming/);
    assert.deepEqual([parse(narrow).annexes[0].title?.value, parse(narrow).annexes[0].preamble.length], [declaration, 0]);
  });

  it('an amendment\'s kind wraps up to its noun: the amended draft\'s symbol and the title stay in the header', () => {
    const amendment = (kind: string[]) => parse([
      'United Nations A/C.3/80/L.62', 'General Assembly Distr.: Limited', '14 November 2025', 'Original: English', 'Eightieth session', 'Third Committee', 'Agenda item 67',
      'Promotion and protection of the rights of children', ...kind, 'A/C.3/80/L.20/Rev.1', 'Rights of the child',
      'After the fourteenth preambular paragraph, insert a new preambular paragraph reading:',
      'Reaffirming that States Parties shall respect the responsibilities, rights and duties of parents,',
    ].join('\n'));
    const whole = amendment(['Belarus and Russian Federation: amendment to revised draft resolution']);
    const wrapped = amendment(['Belarus and Russian Federation: amendment to', 'revised draft resolution']);
    assert.equal(wrapped.title?.text, 'Rights of the child');
    assert.deepEqual(nodes(wrapped.operative), nodes(whole.operative));
    assert.deepEqual(nodes(amendment(['Belarus and Russian Federation: amendment', 'to revised draft resolution']).operative), nodes(whole.operative));
    assert.deepEqual(nodes(amendment(['Belarus and Russian Federation:', 'amendment to revised draft resolution']).operative), nodes(whole.operative));
    assert.deepEqual(nodes(wrapped.operative).map((line) => line.slice(0, 28)), ['paragraph - After the fourte', 'paragraph - Reaffirming that']);
  });

  it('a header wrapped as printed: a draft\'s kind cut before its noun, a submitter\'s phrase over lines, the adoption line before its date, a title onto the banner\'s words', () => {
    const body = ['The General Assembly,', 'Recalling its resolution 89/1 of 1 December 2035,', '1. Decides to remain seized of the matter.'];
    const draft = (kind: string[]) => parse(['United Nations A/90/L.5', 'General Assembly Distr.: Limited', '2 October 2035', 'Ninetieth session', 'Agenda item 7', 'Cooperation between the United Nations and', 'the regional organizations', ...kind, 'Cooperation between the United Nations and the', 'regional organizations', ...body].join('\n'));
    for (const kind of [['Finland and Sweden:* draft', 'resolution'], ['Draft resolution submitted by the', 'President of the General', 'Assembly'], ['Draft resolution submitted by the President', 'of the General Assembly']]) {
      assert.equal(draft(kind).title?.text, 'Cooperation between the United Nations and the regional organizations');
    }
    assert.deepEqual(draft(['Finland and Sweden:* draft', 'resolution']).header.sponsors.map((s) => s.value), ['Finland', 'Sweden']);
    const adopted = parse([...CONSTRUCTED_HEADER.slice(0, 5), 'Resolution adopted by the General Assembly', 'on', '1 January 2036', '90/1. Revitalization of the work of the', 'General Assembly', ...body].join('\n'));
    assert.deepEqual([adopted.header.adoption?.date, adopted.title?.number, adopted.title?.text], ['1 January 2036', '90/1', 'Revitalization of the work of the General Assembly']);
  });

  it('after a heading\'s title, an operative verb opens a paragraph whose sentence runs on beyond a heading\'s length', () => {
    const sentence = 'Confirms that teleworking is not a right or an entitlement but a measure of flexibility that organizations have the option to provide to staff according to the organizations’ needs, and requests the Commission to introduce a common framework for adjustments to compensation-related elements after a period of 60 cumulative working days;';
    const text = wrappedResolution([...WHOLE_PARAGRAPHS, '1. Takes note of the report of the Commission;', 'II', 'Conditions of service of staff in the Professional and higher categories', sentence], 34);
    const expected = ['paragraph 1 Takes note of the report of the Commission;', 'heading II Conditions of service of staff in the Professional and higher categories', `paragraph - ${sentence}`];
    assert.deepEqual(nodes(parse(text).operative), expected);
    // A line going on in lower case after a blank line (a line gap) is the sentence's still.
    const gap = text.replace('\nright or an entitlement', '\n\n\nright or an entitlement');
    assert.notEqual(gap, text);
    assert.deepEqual(nodes(parse(gap).operative), expected);
  });

  it('after a heading\'s title ending on a capitalised word, a participle by its form alone runs on in the name', () => {
    const text = [
      ...CONSTRUCTED_HEADER, ...WHOLE_PARAGRAPHS.flatMap((p) => wrap(p, 60)), ...wrap('1. Takes note of the report of the Secretary-General on the Programme of Action;', 60),
      'XI. Role of the Office of the High Representative', 'for the Least Developed Countries, Landlocked', 'Developing Countries and Small Island Developing', 'States',
      ...wrap('2. Requests the Office of the High Representative to continue its work for the landlocked developing countries;', 60),
      'B.', 'Base/floor salary scale', ...wrap('Recalling its resolution 44/198 of 21 December 1989, by which it established a floor net salary,', 60),
      ...wrap('3. Approves the revised base/floor salary scale.', 60),
    ].join('\n');
    assert.deepEqual(nodes(parse(text).operative).map((line) => line.slice(0, 60)), [
      'paragraph 1 Takes note of the report of the Secretary-Genera',
      'heading XI Role of the Office of the High Representative for',
      'paragraph 2 Requests the Office of the High Representative t',
      'heading B Base/floor salary scale',
      'paragraph - Recalling its resolution 44/198 of 21 December 1',
      'paragraph 3 Approves the revised base/floor salary scale.',
    ]);
    assert.match(nodes(parse(text).operative)[1], /Landlocked Developing Countries and Small Island Developing States$/);
  });

  it('in wrapped text, no heading opens after a numbered paragraph\'s comma, and a marker after closing punctuation ends a heading\'s wrapped line', () => {
    const text = [
      ...CONSTRUCTED_HEADER, ...WHOLE_PARAGRAPHS.flatMap((p) => wrap(p, 60)),
      '1. Decides to appoint 25 Member States as members of the Advisory', 'Committee on the United Nations Programme of Assistance in the Teaching, Study,',
      'Dissemination and Wider Appreciation of International Law for a', 'period of four years, beginning on 1 January 2024;1',
      ...wrap('2. Requests the Secretary-General to report to the General Assembly at its eighty-first session.', 60),
      '__________', '1 A/90/100.',
    ].join('\n');
    assert.deepEqual(nodes(parse(text).operative), [
      'paragraph 1 Decides to appoint 25 Member States as members of the Advisory Committee on the United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation of International Law for a period of four years, beginning on 1 January 2024;',
      'paragraph 2 Requests the Secretary-General to report to the General Assembly at its eighty-first session.',
    ]);
  });

  it('a list whose item carries the next item\'s label after its semicolon is an enumeration written inline, not subparagraphs', () => {
    const text = [
      ...CONSTRUCTED_HEADER, ...WHOLE_PARAGRAPHS.flatMap((p) => wrap(p, 60)),
      '1. Calls upon Member States to reduce tobacco and nicotine use by:', '(i) implementing health warnings on all packages; (ii) restricting', 'advertising and sponsorship; and (iii) raising taxes;',
      '2. Encourages national plans that:', '(a) are focused on a set of evidence-based interventions;', '(b) identify the roles of government ministries; (c) are', 'costed and budgeted;',
      '3. Requests the Secretary-General:', '(a) To apply the provisions of paragraph 3 (b) of the annex;', '(b) To include the item in the provisional agenda;',
    ].join('\n');
    assert.deepEqual(nodes(parse(text).operative), [
      'paragraph 1 Calls upon Member States to reduce tobacco and nicotine use by: (i) implementing health warnings on all packages; (ii) restricting advertising and sponsorship; and (iii) raising taxes;',
      'paragraph 2 Encourages national plans that: (a) are focused on a set of evidence-based interventions; (b) identify the roles of government ministries; (c) are costed and budgeted;',
      'paragraph 3 Requests the Secretary-General:', 'paragraph (a) To apply the provisions of paragraph 3 (b) of the annex;', 'paragraph (b) To include the item in the provisional agenda;',
    ]);
  });

  it('a short line is no heading when the next line\'s first word would not have fitted on it', () => {
    const paragraphs = [
      'Noting the outcomes of the consultations conducted by the United Nations Educational, Scientific and Cultural Organization in June 2025 and of other conferences,',
      'Recalling its resolution 89/1 of 1 December 2035 on cooperation between the United Nations and the regional organizations,',
    ];
    const text = [...CONSTRUCTED_HEADER, ...[...WHOLE_PARAGRAPHS, ...paragraphs].flatMap((p) => wrap(p, 35)), '1. Decides to remain seized of the matter.'].join('\n');
    assert.match(text, /\nScientific and Cultural\nOrganization in June/);
    assert.deepEqual(parse(text).preamble.map((p) => p.text).slice(WHOLE_PARAGRAPHS.length), paragraphs);
  });
});


describe('a line gap inside a paragraph of text set one paragraph a line: the grammar decides', () => {
  it('a numbered paragraph\'s next sentence, or the words after its colon, go on in it; a lead-in, a run-in head and a declaration\'s address stand alone', () => {
    const doc = parse(resolution([
      '1. We recognize the critical importance of private sector investment in information and communications technology infrastructure, content and services.',
      'We also recognize that development partners, including multilateral development banks, and public funding have also played an important role in financing information and communications networks and services.',
      '2. Also expresses its appreciation for the issuance of the Recueil de droit international:',
      'Collection d’instruments, the French language equivalent of the International Law Handbook;',
      'As a follow-up to the present political declaration, we:',
      '3. Request the Secretary-General to submit a progress report;',
      'Target: at least 80 per cent of countries have an operational noncommunicable diseases and mental health surveillance and monitoring system, in line with national circumstances, by 2030.',
      'We, the Heads of State and Government, reaffirm our commitment.',
    ]));
    assert.equal(doc.shape, 'clean');
    assert.deepEqual(outline(doc), [
      'paragraph 1 We recognize the critical importance of private sector investment in information and communications technology infrastructure, content and services. We also recognize that development partners, including multilateral development banks, and public funding have also played an important role in financing information and communications networks and services.',
      'paragraph 2 Also expresses its appreciation for the issuance of the Recueil de droit international: Collection d’instruments, the French language equivalent of the International Law Handbook;',
      'paragraph - As a follow-up to the present political declaration, we:',
      'paragraph 3 Request the Secretary-General to submit a progress report;',
      'paragraph - Target: at least 80 per cent of countries have an operational noncommunicable diseases and mental health surveillance and monitoring system, in line with national circumstances, by 2030.',
      'paragraph - We, the Heads of State and Government, reaffirm our commitment.',
    ]);
  });

  it('an item\'s sentence runs on after its comma, and a number or an item out of sequence after a text that has not ended is the sentence\'s', () => {
    const doc = parse(resolution([
      '1. Reminds executive heads that failure to respect the decisions of the General Assembly could prejudice participation in the United Nations Joint Staff Pension Fund, as stated in article 3',
      '(b) of the Fund’s regulations;',
      '2. Recalls:',
      '(a) The reports of the Joint Investigative Mechanism, which concluded that toxic substances were released in Sarmin, Syrian Arab Republic, on 16 March 2015, and in Qmenas,',
      'Syrian Arab Republic, also on 16 March 2015;',
      '(b) The targets of the Programme of Action:',
      '• Achieve universal clean cooking access by 2030, in line with Sustainable Development Goal',
      '7.',
      '3. Decides to remain seized of the matter.',
    ]));
    assert.equal(doc.shape, 'clean');
    assert.deepEqual(outline(doc), [
      'paragraph 1 Reminds executive heads that failure to respect the decisions of the General Assembly could prejudice participation in the United Nations Joint Staff Pension Fund, as stated in article 3 (b) of the Fund’s regulations;',
      'paragraph 2 Recalls:',
      'paragraph (a) The reports of the Joint Investigative Mechanism, which concluded that toxic substances were released in Sarmin, Syrian Arab Republic, on 16 March 2015, and in Qmenas, Syrian Arab Republic, also on 16 March 2015;',
      'paragraph (b) The targets of the Programme of Action:',
      'paragraph - • Achieve universal clean cooking access by 2030, in line with Sustainable Development Goal 7.',
      'paragraph 3 Decides to remain seized of the matter.',
    ]);
  });

  it('a heading\'s title runs on over a gap before the next label, and a name after a preambular paragraph\'s comma', () => {
    const doc = parse(resolution([
      'Mindful that the Democratic People’s Republic of Korea last submitted periodic reports to the Committee on Economic,',
      'Social and Cultural Rights on 20 March 2000,',
      '1. Takes note of the report of the Secretary-General;',
      'XII. Midterm review and the Fourth United Nations',
      'Conference on Landlocked Developing Countries',
      '2. Invites the Assembly to consider a comprehensive high-level midterm review of the Programme of Action in 2029;',
      'Implementation of the Programme of Action and of the Sustainable Development',
      'Goals',
      '3. Decides to remain seized of the matter.',
    ]));
    assert.equal(doc.shape, 'clean');
    assert.deepEqual(outline(doc), [
      'P Mindful that the Democratic People’s Republic of Korea last submitted periodic reports to the Committee on Economic, Social and Cultural Rights on 20 March 2000,',
      'paragraph 1 Takes note of the report of the Secretary-General;',
      'heading XII Midterm review and the Fourth United Nations Conference on Landlocked Developing Countries',
      'paragraph 2 Invites the Assembly to consider a comprehensive high-level midterm review of the Programme of Action in 2029;',
      'heading - Implementation of the Programme of Action and of the Sustainable Development Goals',
      'paragraph 3 Decides to remain seized of the matter.',
    ]);
  });

  it('a preambular paragraph\'s items end with commas, as it does: the next paragraph opens after them, in every shape', () => {
    const paragraphs = [
      'Convinced that the Convention constitutes a major contribution to:',
      '(d) Excluding completely, for the sake of all mankind, the possibility of the use of chemical weapons,',
      '(e) Promoting international cooperation and exchange in scientific and technical information in the field of chemical activities among States parties,',
      'Noting the efforts to ensure the effectiveness of the Organisation for the Prohibition of Chemical Weapons,',
      '1. Decides to remain seized of the matter.',
    ];
    for (const text of [resolution(paragraphs), wrappedResolution([...WHOLE_PARAGRAPHS, ...paragraphs], 60)]) {
      assert.deepEqual(outline(parse(text)), [
        'P Convinced that the Convention constitutes a major contribution to: (d) Excluding completely, for the sake of all mankind, the possibility of the use of chemical weapons, (e) Promoting international cooperation and exchange in scientific and technical information in the field of chemical activities among States parties,',
        'P Noting the efforts to ensure the effectiveness of the Organisation for the Prohibition of Chemical Weapons,',
        'paragraph 1 Decides to remain seized of the matter.',
      ]);
    }
  });

  it('an operative verb with a hyphenated prefix, and one after an adverb in -ly, open operative paragraphs (A/C.4/80/L.6, A/80/L.27)', () => {
    for (const shape of ALL_TEXT_SHAPES) {
      const phrases = (stem: string) => parse(corpusText(shape, stem)).operative.map((n) => n.phrase?.value ?? null);
      assert.equal(phrases('A_C.4_80_L.6')[2], 'Re-emphasizes', shape);
      assert.equal(phrases('A_80_L.27')[1], 'Greatly appreciates', shape);
    }
  });
});
