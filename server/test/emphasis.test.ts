// Emphasis in markdown conversions (`*x*`, `**x**`, `_x_`, `__x__`): one pair of words set in
// emphasis makes a text markdown; the marks of pairs (and of a pair a line break split) are
// dropped, each kept character mapped to the source; a mark inside a word or symbol, a
// footnote star after punctuation and a footnote rule stay.
import { strict as assert } from 'node:assert';
import { checkDocument } from '../src/core/check';
import { hasEmphasisAroundWords } from '../src/core/emphasis';
import { fullParse, reparse } from '../src/core/incremental-parse';
import { cleanLine } from '../src/core/line-cleaning';
import { parse } from '../src/core/parser';
import { hasMarkdownHint } from '../src/core/shape';
import { textAt } from './helpers';

const clean = (line: string) => cleanLine(line, 0, line.length, true).text;

describe('emphasis in markdown conversions', () => {
  it('drops the marks of a pair of stars or underscores, one to three of them', () => {
    assert.equal(clean('*Recalling* its resolution 70/1,'), 'Recalling its resolution 70/1,');
    assert.equal(clean('_Bearing in mind_ the Charter,'), 'Bearing in mind the Charter,');
    assert.equal(clean('**2.** __Decides__ to include'), '2. Decides to include');
    assert.equal(clean('***Notes*** the ___report___;'), 'Notes the report;');
    assert.equal(clean('legally *responsible* for the _child_.'), 'legally responsible for the child.');
    assert.equal(clean('(*a*) the **Group** of _Experts_ (*A/70/174*)'), '(a) the Group of Experts (A/70/174)');
  });

  it('keeps each kept character mapped to its place in the source', () => {
    const line = '1. _Calls upon_ **Member States**:';
    const cleaned = cleanLine(line, 0, line.length, true);
    assert.equal(cleaned.text, '1. Calls upon Member States:');
    for (const word of ['Calls', 'upon', 'Member', 'States', ':']) assert.equal(cleaned.sourceOffset(cleaned.text.indexOf(word)), line.indexOf(word), word);
  });

  it('keeps a mark inside a word or symbol, a footnote star after punctuation, an escaped mark and a footnote rule', () => {
    for (const line of [
      'snake_case and A_RES_73_266 and A/RES/73/266_',
      'Denmark:* amendment to draft resolution A/C.2/80/L.13/Rev.1',
      'Austria,* Belgium,* Bulgaria',
      '* On behalf of the States Members of the European Union.',
      '* * *',
      '__________',
      'Non-Self_______________',
      'a rate of 2*3*4',
      'www.itlos.org/cases/31/Advisory_Opinion/C31_Adv_ Op_21.05.2024_orig.pdf',
    ]) {
      assert.equal(clean(line), line);
    }
    assert.equal(clean('Denmark:* *amendment* to draft resolution'), 'Denmark:* amendment to draft resolution');
    assert.equal(clean('a \\*literal\\* star and \\_one\\_'), 'a *literal* star and _one_');
  });

  it('drops the marks of a pair a line break split, beside a word of letters', () => {
    assert.equal(clean('3. *Expresses its'), '3. Expresses its');
    assert.equal(clean('gratitude* to the Government of Nepal;'), 'gratitude to the Government of Nepal;');
    assert.equal(clean('_Expressing grave'), 'Expressing grave');
    assert.equal(clean('concern_ at the continuing use of *force*'), 'concern at the continuing use of force');
    // An open run before a number and a closing one after a token of other characters are no emphasis.
    for (const line of ['see *2013029', 'C31_Adv_ Op_21', 'of 2024* and']) assert.equal(clean(line), line);
  });

  it('reads one pair of words in emphasis as a sign of markdown, and no other pair of marks', () => {
    for (const text of [
      'legally *responsible* for',
      '_Recalling_ its resolution',
      'the **Group** met',
      'a\n__Decides__ to',
      'x *Expressing grave concern* y',
    ]) {
      assert.equal(hasEmphasisAroundWords(text), true, text);
      assert.equal(hasMarkdownHint(`The General Assembly,\n\n${text}\n`), true, text);
    }
    const notMarkdown = [
      'snake_case_name and A_RES_73_266',
      '*2013029*',
      '__________\n* On behalf of',
      'Denmark:* draft *',
      'Spain*, Italy*',
      '*legally\nresponsible*',
      '_ word _',
      '\\*Recalling\\*',
    ];
    for (const text of notMarkdown) {
      assert.equal(hasEmphasisAroundWords(text), false, text);
      assert.equal(hasMarkdownHint(text), false, text);
    }
  });

  it('reads a resolution with its phrases in underscores or stars as the same resolution without them', () => {
    const plain = [
      'General Assembly',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolution 79/1 of 1 January 2024,',
      '',
      'Bearing in mind the Charter of the United Nations,',
      '',
      '1. Decides to remain seized of the matter;',
      '',
      '2. Requests the Secretary-General to report on the implementation of the present resolution.',
      '',
    ].join('\n');
    const marked = plain
      .replace('Recalling', '_Recalling_')
      .replace('Bearing in mind', '_Bearing in\nmind_')
      .replace('Decides', '__Decides__')
      .replace('Requests', '*Requests*');
    const [before, after] = [parse(plain), parse(marked)];
    assert.equal(after.shape, 'markdown');
    assert.deepEqual(
      after.preamble.map((p) => p.text),
      ['Recalling its resolution 79/1 of 1 January 2024,', 'Bearing in mind the Charter of the United Nations,'],
    );
    assert.deepEqual(
      after.operative.map((p) => p.text),
      before.operative.map((p) => p.text),
    );
    assert.deepEqual(checkDocument(after).diagnostics, []);
    assert.deepEqual(
      after.citations.map((c) => [c.symbol, textAt(marked, c.range)]),
      [['A/RES/79/1', '79/1']],
    );
    // The range runs from the first character kept to the last.
    assert.equal(textAt(marked, after.preamble[1].range), 'Bearing in\nmind_ the Charter of the United Nations,');
  });

  it('re-reads an edited line whole when the edit pairs its runs otherwise, its last characters among them', () => {
    const preamble = ['Recalling', 'Reaffirming', 'Welcoming', 'Noting', 'Bearing in mind', 'Stressing'].map(
      (phrase) =>
        `_${phrase}_ its resolution 79/1 of 1 January 2024 on the matter, and all its earlier resolutions on the promotion of synergies across the global energy agenda for sustainable development in all its dimensions,`,
    );
    const edited =
      '_Noting that the need for a coherent and integrated approach to energy issues is great _and_ the promotion of synergies across the global energy agenda for development,_';
    const text = ['General Assembly', 'The General Assembly,', ...preamble, edited, '1. _Decides_ to remain seized of the matter.', ''].join('\n\n');
    // The space taken out glues the run before "and" to "great": the last run now closes the first one's pair.
    const next = text.replace('great _and_', 'great_and_');
    const fresh = parse(next);
    assert.equal(
      fresh.preamble[6].text,
      'Noting that the need for a coherent and integrated approach to energy issues is great_and the promotion of synergies across the global energy agenda for development,_',
    );
    assert.deepEqual(reparse(fullParse(text), next).doc, fresh);
  });
});
