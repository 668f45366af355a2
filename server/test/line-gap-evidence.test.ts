// A line gap inside a paragraph, in text set one paragraph a line (PDFium, pdftotext -raw): the
// grammar decides whether the line after it goes on in the paragraph or opens another.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { ALL_TEXT_SHAPES, corpusText } from './corpus-helpers';
import { outline, resolution, WHOLE_PARAGRAPHS, wrappedResolution } from './evidence-helpers';

describe('a line gap inside a paragraph of text set one paragraph a line: the grammar decides', () => {
  it("a numbered paragraph's next sentence, or the words after its colon, go on in it; a lead-in, a run-in head and a declaration's address stand alone", () => {
    const doc = parse(
      resolution([
        '1. We recognize the critical importance of private sector investment in information and communications technology infrastructure, content and services.',
        'We also recognize that development partners, including multilateral development banks, and public funding have also played an important role in financing information and communications networks and services.',
        '2. Also expresses its appreciation for the issuance of the Recueil de droit international:',
        'Collection d’instruments, the French language equivalent of the International Law Handbook;',
        'As a follow-up to the present political declaration, we:',
        '3. Request the Secretary-General to submit a progress report;',
        'Target: at least 80 per cent of countries have an operational noncommunicable diseases and mental health surveillance and monitoring system, in line with national circumstances, by 2030.',
        'We, the Heads of State and Government, reaffirm our commitment.',
      ]),
    );
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

  it("an item's sentence runs on after its comma, and a number or an item out of sequence after a text that has not ended is the sentence's", () => {
    const doc = parse(
      resolution([
        '1. Reminds executive heads that failure to respect the decisions of the General Assembly could prejudice participation in the United Nations Joint Staff Pension Fund, as stated in article 3',
        '(b) of the Fund’s regulations;',
        '2. Recalls:',
        '(a) The reports of the Joint Investigative Mechanism, which concluded that toxic substances were released in Sarmin, Syrian Arab Republic, on 16 March 2015, and in Qmenas,',
        'Syrian Arab Republic, also on 16 March 2015;',
        '(b) The targets of the Programme of Action:',
        '• Achieve universal clean cooking access by 2030, in line with Sustainable Development Goal',
        '7.',
        '3. Decides to remain seized of the matter.',
      ]),
    );
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

  it("a heading's title runs on over a gap before the next label, and a name after a preambular paragraph's comma", () => {
    const doc = parse(
      resolution([
        'Mindful that the Democratic People’s Republic of Korea last submitted periodic reports to the Committee on Economic,',
        'Social and Cultural Rights on 20 March 2000,',
        '1. Takes note of the report of the Secretary-General;',
        'XII. Midterm review and the Fourth United Nations',
        'Conference on Landlocked Developing Countries',
        '2. Invites the Assembly to consider a comprehensive high-level midterm review of the Programme of Action in 2029;',
        'Implementation of the Programme of Action and of the Sustainable Development',
        'Goals',
        '3. Decides to remain seized of the matter.',
      ]),
    );
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

  it("a preambular paragraph's items end with commas, as it does: the next paragraph opens after them, in every shape", () => {
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
