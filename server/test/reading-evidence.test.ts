// Strong evidence wins over layout: a number going on with the paragraphs' sequence, an
// operative verb after it, opens the next paragraph even after a fragment that ends no sentence
// (a draft's missing semicolon, a line lost at a page's foot), in every text shape.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { CONSTRUCTED_HEADER } from './helpers';
import { ALL_TEXT_SHAPES, corpusText } from './corpus-helpers';
import { nodes, outline, resolution, wrappedResolution } from './evidence-helpers';
import { wrap } from './perturb/damage';

describe('strong evidence over layout', () => {
  for (const shape of ALL_TEXT_SHAPES) {
    it(`${shape}: "2." and "Urges" after "… State of Palestine and" open paragraph 2 (A/RES/78/192)`, () => {
      const text = corpusText(shape, 'A_RES_78_192').replace(/independent State of\s+Palestine;/, (m) => m.replace(';', ' and'));
      assert.notEqual(text, corpusText(shape, 'A_RES_78_192'));
      const doc = parse(text);
      assert.deepEqual(
        doc.operative.map((n) => `${n.label?.text} ${n.phrase?.value}`),
        ['1 Reaffirms', '2 Urges'],
      );
      assert.match(doc.operative[0].text, /State of\s?Palestine and$/);
    });
  }

  it('a number out of sequence after a fragment runs on in its paragraph ("… and" "3." "Urges …")', () => {
    const text = corpusText('pymupdf', 'A_RES_78_192')
      .replace('independent State of Palestine;', 'independent State of Palestine and')
      .replace(/^2\. $/m, '3. ');
    assert.deepEqual(
      parse(text).operative.map((n) => n.label?.text),
      ['1'],
    );
  });
});

describe('a blank line or a wrap inside a paragraph: the grammar decides', () => {
  it('a number that is no label runs on after a text that has not ended its sentence, whatever the blank lines between', () => {
    const doc = parse(
      resolution(
        [
          'Guided by the Charter of the United Nations and the Universal Declaration of Human Rights,',
          '',
          '1 the International Covenant on Civil and Political Rights,',
          'Recalling its resolutions 89/1, 89/2,',
          '89/3 and 89/4,',
          '1. Notes that there are: (a) 1.3 billion tobacco users, including an estimated',
          '1.6 million non-smokers; and (b) 2.6 million deaths;',
          '2. Decides to remain seized of the matter.',
        ],
        ['1 A/90/1.'],
      ),
    );
    assert.deepEqual(outline(doc), [
      'P Guided by the Charter of the United Nations and the Universal Declaration of Human Rights, the International Covenant on Civil and Political Rights,',
      'P Recalling its resolutions 89/1, 89/2, 89/3 and 89/4,',
      'paragraph 1 Notes that there are: (a) 1.3 billion tobacco users, including an estimated 1.6 million non-smokers; and (b) 2.6 million deaths;',
      'paragraph 2 Decides to remain seized of the matter.',
    ]);
    assert.deepEqual(doc.footnotes[0].markers.length, 1);
  });

  it('a capitalised line ending with a marker after its closing punctuation is no heading over the next paragraph, nor one before such a line', () => {
    const doc = parse(
      resolution(
        [
          '1. Calls upon the international community to address the irregular maritime movements of Rohingya',
          'Muslims, in cooperation with the relevant United Nations agencies;1',
          '2. Calls upon Member States to address the irregular maritime movements of Rohingya',
          'Muslims in cooperation with the relevant United Nations',
          'agencies and Member States;1',
          '3. Decides to remain seized of the matter.',
        ],
        ['1 A/90/1.'],
      ),
    );
    assert.deepEqual(outline(doc), [
      'paragraph 1 Calls upon the international community to address the irregular maritime movements of Rohingya Muslims, in cooperation with the relevant United Nations agencies;',
      'paragraph 2 Calls upon Member States to address the irregular maritime movements of Rohingya Muslims in cooperation with the relevant United Nations agencies and Member States;',
      'paragraph 3 Decides to remain seized of the matter.',
    ]);
  });

  it("in a footnote area, a number not above the last entry's or after an abbreviation opens no entry, a bracket ends no entry, and the body resumes only after an entry's end", () => {
    const doc = parse(
      resolution(
        ['Recalling its resolutions 89/1 and 89/2,1', '1. Decides to remain seized of the matter.2 3 4 5'],
        [
          '1 Ibid., 2009, Supplement No.',
          '1 (E/2009/25), chap. I, sect. B.',
          '2 International Maritime Organization, resolutions A.1029(26)',
          'and A.1074(28).',
          '3 Official Records of the General Assembly, Seventy-third Session, Supplement No.',
          '12 (A/73/12), part II.',
          '4 International Maritime Organization, document LEG 110/18/1, annex',
          '1. See also International Labour Organization, document TWGSHE/2022/7.',
          '5 Resolution 55/2.',
        ],
      ),
    );
    assert.deepEqual(
      doc.footnotes.map((f) => `${f.label} ${f.text}`),
      [
        '1 Ibid., 2009, Supplement No. 1 (E/2009/25), chap. I, sect. B.',
        '2 International Maritime Organization, resolutions A.1029(26) and A.1074(28).',
        '3 Official Records of the General Assembly, Seventy-third Session, Supplement No. 12 (A/73/12), part II.',
        '4 International Maritime Organization, document LEG 110/18/1, annex 1. See also International Labour Organization, document TWGSHE/2022/7.',
        '5 Resolution 55/2.',
      ],
    );
    assert.deepEqual(outline(doc), ['P Recalling its resolutions 89/1 and 89/2,', 'paragraph 1 Decides to remain seized of the matter.']);
  });

  it('an entry set one a line runs on up to its full stop over as many lines as a footnote may take', () => {
    const symbols = Array.from({ length: 30 }, (_, i) => `A/${60 + i}/${100 + i} and Add.1,`);
    const doc = parse(wrappedResolution(['1. Decides to remain seized of the matter.²', `² ${symbols.join(' ')} A/90/100.`], 40));
    assert.deepEqual(
      doc.footnotes.map((f) => f.text),
      [`${symbols.join(' ')} A/90/100.`],
    );
    assert.deepEqual(
      doc.operative.map((n) => n.text),
      ['Decides to remain seized of the matter.'],
    );
    // Neither an abbreviation's full stop nor a participle by its form alone stops it.
    const report = parse(
      resolution([
        '1. Decides to remain seized of the matter.¹',
        '¹ Report of the United Nations Conference on Environment and Development, vol. I, Resolutions',
        'Adopted by the Conference (United Nations publication, Sales No.',
        'E.93.I.8 and corrigendum), resolution 1, annex I.',
      ]),
    );
    assert.deepEqual(
      report.footnotes.map((f) => f.text),
      [
        'Report of the United Nations Conference on Environment and Development, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.',
      ],
    );
  });

  it('an entry set one a line runs on up to its full stop, unless an entry, a paragraph or a heading opens first', () => {
    const doc = parse(
      resolution([
        '1. Calls upon Member States to be guided by the reports of the Group of Governmental Experts;¹',
        '¹ A/65/201, A/68/98 and',
        'A/70/174.',
        '2. Supports the open-ended working group on security of and in the use of information and communications technologies;²',
        '² Resolution 75/240,',
        'annex.',
        '³ A/76/135',
        '3. Requests the Secretary-General to report on the implementation of the present resolution;³ ⁴',
        '⁴',
        'Resolution 69/283, annex II.',
        '4. Decides to remain seized of the matter.',
      ]),
    );
    assert.deepEqual(
      doc.footnotes.map((f) => `${f.label} ${f.text}`),
      ['1 A/65/201, A/68/98 and A/70/174.', '2 Resolution 75/240, annex.', '3 A/76/135', '4 Resolution 69/283, annex II.'],
    );
    assert.deepEqual(
      outline(doc).map((line) => line.slice(0, 14)),
      ['paragraph 1 Ca', 'paragraph 2 Su', 'paragraph 3 Re', 'paragraph 4 De'],
    );
    const speakers = parse(resolution(['1. Adopts the declaration.¹', '¹ A/76/135', 'We, the Heads of State and Government, reaffirm our commitment.']));
    assert.deepEqual([speakers.footnotes[0].text, speakers.operative.length], ['A/76/135', 2]);
  });

  it('a comma ends no numbered paragraph: the line after one goes on in it, a capitalised name or not', () => {
    const doc = parse(
      resolution([
        '1. Notes the role of the Office of the High Representative for the Least Developed Countries,',
        'Landlocked Developing Countries and Small Island Developing States, as an important tool;',
        '2. Welcomes the work of the Office of the High Representative for the Least Developed Countries,',
        'Landlocked Developing Countries and Small Island Developing States',
        '3. Decides to remain seized of the matter.',
      ]),
    );
    assert.deepEqual(outline(doc), [
      'paragraph 1 Notes the role of the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, as an important tool;',
      'paragraph 2 Welcomes the work of the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States',
      'paragraph 3 Decides to remain seized of the matter.',
    ]);
  });

  it("after a text that has not ended, a linking word runs on into any line, and only the lexicon's openings open a paragraph", () => {
    const doc = parse(
      resolution([
        'Recalling also its resolution 89/2 on the regional organizations',
        'Noting further the report of the Secretary-General,',
        '1. Decides to convene the Group of Governmental Experts on',
        'Emerging Technologies in the Area of Lethal Autonomous Weapons Systems;',
        '2. Welcomes the work of the Meeting of the High',
        'Contracting Parties to the Convention;',
        '3. Decides to remain seized of the matter.',
      ]),
    );
    assert.deepEqual(outline(doc), [
      'P Recalling also its resolution 89/2 on the regional organizations',
      'P Noting further the report of the Secretary-General,',
      'paragraph 1 Decides to convene the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems;',
      'paragraph 2 Welcomes the work of the Meeting of the High Contracting Parties to the Convention;',
      'paragraph 3 Decides to remain seized of the matter.',
    ]);
  });

  it('a bullet alone on its line opens a list item whose text is the next line', () => {
    const doc = parse(
      resolution([
        '1. Decides on the following actions:',
        '•',
        'Provide adequate support to landlocked developing countries;',
        '•',
        'Recognizes the role of the regional commissions;',
        '2. Decides to remain seized of the matter.',
      ]),
    );
    assert.deepEqual(outline(doc), [
      'paragraph 1 Decides on the following actions:',
      'paragraph - • Provide adequate support to landlocked developing countries;',
      'paragraph - • Recognizes the role of the regional commissions;',
      'paragraph 2 Decides to remain seized of the matter.',
    ]);
  });

  it('a number after an abbreviation it follows, or a month after its day, runs on', () => {
    const doc = parse(
      resolution([
        '1. Invites Member States to consider ratifying the Abolition of Forced Labour Convention, 1957 (No.',
        '105);',
        'Budget estimates for the period from 1',
        'July 2025 to 30 June 2026',
        '2. Decides to remain seized of the matter.',
      ]),
    );
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

  it("a web address on a line of its own is a sentence's words, not page furniture, unless it is a document's official address", () => {
    const doc = parse(
      resolution(
        ['Recalling its resolution 53/70,1', 'https://undocs.org/en/A/RES/53/70', '1. Decides to remain seized of the matter.2'],
        [
          '1 See Assembly for Peace: A Digital Handbook. Available at',
          'https://digitallibrary.un.org/record/4061002?ln=en&v=pdf.',
          '2 Available at',
          'https://www.un.org/Depts/los/doalos_publications/',
          'DepositGuidelinesEnglish.pdf.',
        ],
      ),
    );
    assert.deepEqual(
      doc.footnotes.map((f) => f.text),
      [
        'See Assembly for Peace: A Digital Handbook. Available at https://digitallibrary.un.org/record/4061002?ln=en&v=pdf.',
        'Available at https://www.un.org/Depts/los/doalos_publications/ DepositGuidelinesEnglish.pdf.',
      ],
    );
    assert.deepEqual(
      doc.furniture.map((f) => f.kind),
      ['url'],
    );
  });

  it('after a numbered paragraph, a capitalised line without closing punctuation heads the next numbered one, a participle opening it or not', () => {
    const text = [
      ...CONSTRUCTED_HEADER,
      ...wrap(
        'Recalling its resolution 89/1 of 1 December 2035 on cooperation between the United Nations and the regional organizations in the maintenance of international peace and security,',
        65,
      ),
      ...wrap('1. Notes that small island developing States are among the most vulnerable to natural hazards and the effects of climate change;', 65),
      ...wrap(
        '2. Welcomes the work of the regional commissions and other regional organizations in the field of information and communications technologies for development, in particular in the least developed countries and small island States.',
        65,
      ),
      '\fA/RES/90/1 Cooperation between the United Nations and the regional organizations',
      '2/3',
      'Building confidence and security in the use of information and',
      'communications technologies',
      '3. Decides to remain seized of the matter.',
    ].join('\n');
    assert.deepEqual(
      nodes(parse(text).operative).map((line) => line.slice(0, 41)),
      [
        'paragraph 1 Notes that small island devel',
        'paragraph 2 Welcomes the work of the regi',
        'heading - Building confidence and securit',
        'paragraph 3 Decides to remain seized of t',
      ],
    );
  });
});
