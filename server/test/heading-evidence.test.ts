// Headings, headers, annex titles and inline lists read by the grammar of a resolution, not by
// the layout: a capitalised line heads a paragraph only where the text before it has ended.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { CONSTRUCTED_HEADER } from './helpers';
import { nodes, resolution, WHOLE_PARAGRAPHS, wrappedResolution } from './evidence-helpers';
import { wrap } from './perturb/damage';

describe('headings, headers, annex titles and lists: the grammar decides', () => {
  it("an annex's title runs on into a participle of a name; the lexicon's openings open the text", () => {
    const annex = (...opening: string[]) =>
      parse(
        resolution([
          '1. Adopts the political declaration annexed to the present resolution.',
          'Annex',
          '2025 Political Declaration on the Implementation of the',
          'United Nations Global Plan of Action to Combat',
          'Trafficking in Persons',
          ...opening,
          '1. We, the States Members of the United Nations, reaffirm our commitment.',
        ]),
      ).annexes[0];
    const title = '2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons';
    const persons = annex();
    assert.deepEqual([persons.title?.value, persons.preamble.length], [title, 0]);
    const recalling = annex('Recalling the Plan of Action, adopted in its resolution 64/293 of 30 July 2010,');
    assert.deepEqual([recalling.title?.value, recalling.preamble.map((p) => p.phrase?.value)], [title, ['Recalling']]);
    // A subtitle's colon closing a line, however narrowly the title wraps.
    const declaration =
      'Political declaration of the fourth high-level meeting on the prevention and control of noncommunicable diseases Equity and integration: transforming lives and livelihoods through leadership and action on noncommunicable diseases';
    const narrow = wrappedResolution(
      [
        ...WHOLE_PARAGRAPHS,
        '1. Adopts the political declaration annexed to the present resolution.',
        'Annex',
        declaration,
        '1. We, Heads of State and Government, reaffirm our commitment.',
      ],
      30,
    );
    assert.match(narrow, /integration:\ntransforming/);
    assert.deepEqual([parse(narrow).annexes[0].title?.value, parse(narrow).annexes[0].preamble.length], [declaration, 0]);
  });

  it("an amendment's kind wraps up to its noun: the amended draft's symbol and the title stay in the header", () => {
    const amendment = (kind: string[]) =>
      parse(
        [
          'United Nations A/C.3/80/L.62',
          'General Assembly Distr.: Limited',
          '14 November 2025',
          'Original: English',
          'Eightieth session',
          'Third Committee',
          'Agenda item 67',
          'Promotion and protection of the rights of children',
          ...kind,
          'A/C.3/80/L.20/Rev.1',
          'Rights of the child',
          'After the fourteenth preambular paragraph, insert a new preambular paragraph reading:',
          'Reaffirming that States Parties shall respect the responsibilities, rights and duties of parents,',
        ].join('\n'),
      );
    const whole = amendment(['Belarus and Russian Federation: amendment to revised draft resolution']);
    const wrapped = amendment(['Belarus and Russian Federation: amendment to', 'revised draft resolution']);
    assert.equal(wrapped.title?.text, 'Rights of the child');
    assert.deepEqual(nodes(wrapped.operative), nodes(whole.operative));
    assert.deepEqual(nodes(amendment(['Belarus and Russian Federation: amendment', 'to revised draft resolution']).operative), nodes(whole.operative));
    assert.deepEqual(nodes(amendment(['Belarus and Russian Federation:', 'amendment to revised draft resolution']).operative), nodes(whole.operative));
    assert.deepEqual(
      nodes(wrapped.operative).map((line) => line.slice(0, 28)),
      ['paragraph - After the fourte', 'paragraph - Reaffirming that'],
    );
  });

  it("a header wrapped as printed: a draft's kind cut before its noun, a submitter's phrase over lines, the adoption line before its date, a title onto the banner's words", () => {
    const body = ['The General Assembly,', 'Recalling its resolution 89/1 of 1 December 2035,', '1. Decides to remain seized of the matter.'];
    const draft = (kind: string[]) =>
      parse(
        [
          'United Nations A/90/L.5',
          'General Assembly Distr.: Limited',
          '2 October 2035',
          'Ninetieth session',
          'Agenda item 7',
          'Cooperation between the United Nations and',
          'the regional organizations',
          ...kind,
          'Cooperation between the United Nations and the',
          'regional organizations',
          ...body,
        ].join('\n'),
      );
    for (const kind of [
      ['Finland and Sweden:* draft', 'resolution'],
      ['Draft resolution submitted by the', 'President of the General', 'Assembly'],
      ['Draft resolution submitted by the President', 'of the General Assembly'],
    ]) {
      assert.equal(draft(kind).title?.text, 'Cooperation between the United Nations and the regional organizations');
    }
    assert.deepEqual(
      draft(['Finland and Sweden:* draft', 'resolution']).header.sponsors.map((s) => s.value),
      ['Finland', 'Sweden'],
    );
    const adopted = parse(
      [
        ...CONSTRUCTED_HEADER.slice(0, 5),
        'Resolution adopted by the General Assembly',
        'on',
        '1 January 2036',
        '90/1. Revitalization of the work of the',
        'General Assembly',
        ...body,
      ].join('\n'),
    );
    assert.deepEqual(
      [adopted.header.adoption?.date, adopted.title?.number, adopted.title?.text],
      ['1 January 2036', '90/1', 'Revitalization of the work of the General Assembly'],
    );
  });

  it("after a heading's title, an operative verb opens a paragraph whose sentence runs on beyond a heading's length", () => {
    const sentence =
      'Confirms that teleworking is not a right or an entitlement but a measure of flexibility that organizations have the option to provide to staff according to the organizations’ needs, and requests the Commission to introduce a common framework for adjustments to compensation-related elements after a period of 60 cumulative working days;';
    const text = wrappedResolution(
      [
        ...WHOLE_PARAGRAPHS,
        '1. Takes note of the report of the Commission;',
        'II',
        'Conditions of service of staff in the Professional and higher categories',
        sentence,
      ],
      34,
    );
    const expected = [
      'paragraph 1 Takes note of the report of the Commission;',
      'heading II Conditions of service of staff in the Professional and higher categories',
      `paragraph - ${sentence}`,
    ];
    assert.deepEqual(nodes(parse(text).operative), expected);
    // A line going on in lower case after a blank line (a line gap) is the sentence's still.
    const gap = text.replace('\nright or an entitlement', '\n\n\nright or an entitlement');
    assert.notEqual(gap, text);
    assert.deepEqual(nodes(parse(gap).operative), expected);
  });

  it("after a heading's title ending on a capitalised word, a participle by its form alone runs on in the name", () => {
    const text = [
      ...CONSTRUCTED_HEADER,
      ...WHOLE_PARAGRAPHS.flatMap((p) => wrap(p, 60)),
      ...wrap('1. Takes note of the report of the Secretary-General on the Programme of Action;', 60),
      'XI. Role of the Office of the High Representative',
      'for the Least Developed Countries, Landlocked',
      'Developing Countries and Small Island Developing',
      'States',
      ...wrap('2. Requests the Office of the High Representative to continue its work for the landlocked developing countries;', 60),
      'B.',
      'Base/floor salary scale',
      ...wrap('Recalling its resolution 44/198 of 21 December 1989, by which it established a floor net salary,', 60),
      ...wrap('3. Approves the revised base/floor salary scale.', 60),
    ].join('\n');
    assert.deepEqual(
      nodes(parse(text).operative).map((line) => line.slice(0, 60)),
      [
        'paragraph 1 Takes note of the report of the Secretary-Genera',
        'heading XI Role of the Office of the High Representative for',
        'paragraph 2 Requests the Office of the High Representative t',
        'heading B Base/floor salary scale',
        'paragraph - Recalling its resolution 44/198 of 21 December 1',
        'paragraph 3 Approves the revised base/floor salary scale.',
      ],
    );
    assert.match(nodes(parse(text).operative)[1], /Landlocked Developing Countries and Small Island Developing States$/);
  });

  it("in wrapped text, no heading opens after a numbered paragraph's comma, and a marker after closing punctuation ends a heading's wrapped line", () => {
    const text = [
      ...CONSTRUCTED_HEADER,
      ...WHOLE_PARAGRAPHS.flatMap((p) => wrap(p, 60)),
      '1. Decides to appoint 25 Member States as members of the Advisory',
      'Committee on the United Nations Programme of Assistance in the Teaching, Study,',
      'Dissemination and Wider Appreciation of International Law for a',
      'period of four years, beginning on 1 January 2024;1',
      ...wrap('2. Requests the Secretary-General to report to the General Assembly at its eighty-first session.', 60),
      '__________',
      '1 A/90/100.',
    ].join('\n');
    assert.deepEqual(nodes(parse(text).operative), [
      'paragraph 1 Decides to appoint 25 Member States as members of the Advisory Committee on the United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation of International Law for a period of four years, beginning on 1 January 2024;',
      'paragraph 2 Requests the Secretary-General to report to the General Assembly at its eighty-first session.',
    ]);
  });

  it("a list whose item carries the next item's label after its semicolon is an enumeration written inline, not subparagraphs", () => {
    const text = [
      ...CONSTRUCTED_HEADER,
      ...WHOLE_PARAGRAPHS.flatMap((p) => wrap(p, 60)),
      '1. Calls upon Member States to reduce tobacco and nicotine use by:',
      '(i) implementing health warnings on all packages; (ii) restricting',
      'advertising and sponsorship; and (iii) raising taxes;',
      '2. Encourages national plans that:',
      '(a) are focused on a set of evidence-based interventions;',
      '(b) identify the roles of government ministries; (c) are',
      'costed and budgeted;',
      '3. Requests the Secretary-General:',
      '(a) To apply the provisions of paragraph 3 (b) of the annex;',
      '(b) To include the item in the provisional agenda;',
    ].join('\n');
    assert.deepEqual(nodes(parse(text).operative), [
      'paragraph 1 Calls upon Member States to reduce tobacco and nicotine use by: (i) implementing health warnings on all packages; (ii) restricting advertising and sponsorship; and (iii) raising taxes;',
      'paragraph 2 Encourages national plans that: (a) are focused on a set of evidence-based interventions; (b) identify the roles of government ministries; (c) are costed and budgeted;',
      'paragraph 3 Requests the Secretary-General:',
      'paragraph (a) To apply the provisions of paragraph 3 (b) of the annex;',
      'paragraph (b) To include the item in the provisional agenda;',
    ]);
  });

  it("a short line is no heading when the next line's first word would not have fitted on it", () => {
    const paragraphs = [
      'Noting the outcomes of the consultations conducted by the United Nations Educational, Scientific and Cultural Organization in June 2025 and of other conferences,',
      'Recalling its resolution 89/1 of 1 December 2035 on cooperation between the United Nations and the regional organizations,',
    ];
    const text = [
      ...CONSTRUCTED_HEADER,
      ...[...WHOLE_PARAGRAPHS, ...paragraphs].flatMap((p) => wrap(p, 35)),
      '1. Decides to remain seized of the matter.',
    ].join('\n');
    assert.match(text, /\nScientific and Cultural\nOrganization in June/);
    assert.deepEqual(
      parse(text)
        .preamble.map((p) => p.text)
        .slice(WHOLE_PARAGRAPHS.length),
      paragraphs,
    );
  });
});
