// Tests of the TextMate grammar syntaxes/un-resolution.tmLanguage.json, run with
// the real engine of VS Code (vscode-textmate + vscode-oniguruma).
//
//   npx mocha --require tsx/cjs syntaxes/test/grammar.test.ts
//   UPDATE_SNAPSHOTS=1 npx mocha --require tsx/cjs syntaxes/test/grammar-documents.test.ts   (rewrite snapshots)
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { GRAMMAR_PATH, REPO_DIR, SCOPE_NAME, SUFFIX, SYNTAXES_DIR, onigLib } from './tokenize';
import {
  S,
  PREAMBULAR,
  OPERATIVE,
  SYMBOL,
  CITATION,
  CITATION_WORD,
  DATE,
  FOOTNOTE_REF,
  FOOTNOTE_DEF,
  FOOTNOTE_LINE,
  LABEL_PARAGRAPH,
  LABEL_SUB,
  LABEL_HEADING,
  HEADING,
  ORGAN,
  COMMITTEE,
  QUOTED,
  ITALIC,
  BOLD,
  LINK,
  LINK_TARGET,
  LIST_MARKER,
  COMMENT,
  expectNoScope,
  expectPlain,
  cases,
  useGrammar,
} from './grammar-helpers';

describe('un-resolution grammar: build', () => {
  useGrammar();
  it('the generated JSON is up to date with the YAML source', () => {
    const out = execFileSync(process.execPath, [path.join(SYNTAXES_DIR, 'build-grammar.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.match(out, /up to date/);
  });

  it('package.json contributes this grammar for the un-resolution language', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'package.json'), 'utf8')) as {
      contributes: { grammars: { language: string; scopeName: string; path: string }[] };
    };
    const g = pkg.contributes.grammars.find((x) => x.language === 'un-resolution');
    assert.ok(g, 'no grammar contributed for un-resolution');
    assert.equal(g.scopeName, SCOPE_NAME);
    assert.equal(path.resolve(REPO_DIR, g.path), GRAMMAR_PATH);
  });

  it('every regex compiles with Oniguruma and every scope ends with .un-resolution', async () => {
    await onigLib();
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as unknown;
    const regexes: string[] = [];
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        if (typeof v === 'string' && ['match', 'begin', 'end', 'while'].includes(k)) regexes.push(v);
        else if (typeof v === 'string' && (k === 'name' || k === 'contentName')) names.push(...v.split(/\s+/));
        else walk(v);
      }
    };
    const grammarJson = raw as { patterns: unknown; repository: unknown };
    walk(grammarJson.patterns);
    walk(grammarJson.repository);
    assert.ok(regexes.length > 50, `only ${regexes.length} regexes found`);
    for (const re of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([re]).dispose(), `does not compile: ${re}`);
    }
    for (const n of names) assert.ok(n.endsWith(SUFFIX), `scope ${n} does not end with ${SUFFIX}`);
    // a capture with `patterns` is re-scanned by vscode-textmate on a copy of the line up to the
    // capture: quadratic on long lines full of such matches. The grammar uses begin/end instead.
    const capturesWithPatterns = JSON.stringify(grammarJson.repository).match(/"\d+":\{[^{}]*"patterns"/g) ?? [];
    assert.deepEqual(capturesWithPatterns, [], 'captures with patterns');
    assert.equal((raw as { scopeName: string }).scopeName, SCOPE_NAME);
  });
});

describe('un-resolution grammar: constructs', () => {
  useGrammar();
  cases('header lines', [
    { text: 'United Nations A/RES/73/266', sub: 'United Nations', scope: ORGAN },
    { text: 'United Nations A/RES/73/266', sub: 'A/RES/73/266', scope: SYMBOL },
    { text: ' United Nations  A/C.1/75/L.4 ', sub: 'A/C.1/75/L.4', scope: SYMBOL },
    { text: '                United Nations                         A/C.2/80/L.62', sub: 'United Nations', scope: ORGAN },
    { text: 'General Assembly  Distr.: Limited ', sub: 'General Assembly', scope: ORGAN },
    { text: 'General Assembly  Distr.: Limited ', sub: 'Distr.:', scope: S('keyword.other.header.distribution') },
    { text: 'General Assembly  Distr.: Limited ', sub: 'Limited', scope: S('constant.language.distribution') },
    { text: 'Distr.: General 2 January 2019', sub: 'General', scope: S('constant.language.distribution') },
    { text: 'Distr.: General 2 January 2019', sub: '2 January 2019', scope: DATE },
    { text: '22 December 2018', sub: '22 December 2018', scope: DATE },
    { text: 'Original: English', sub: 'Original:', scope: S('keyword.other.header.original') },
    { text: 'Original: English', sub: 'English', scope: S('constant.language.original-language') },
    { text: 'Original: English and Russian', sub: 'English and Russian', scope: S('constant.language.original-language') },
    { text: 'English', sub: 'English', scope: S('constant.language.original-language') },
    { text: 'Seventy-third session', sub: 'Seventy-third', scope: S('constant.numeric.session') },
    { text: 'Seventy-third session', sub: 'session', scope: S('keyword.other.header.session') },
    { text: 'Eightieth session', sub: 'Eightieth', scope: S('constant.numeric.session') },
    { text: 'Tenth emergency special session', sub: 'Tenth emergency special', scope: S('constant.numeric.session') },
    { text: 'First Committee', sub: 'First Committee', scope: COMMITTEE },
    {
      text: 'Special Political and Decolonization Committee (Fourth Committee)',
      sub: 'Special Political and Decolonization Committee (Fourth Committee)',
      scope: COMMITTEE,
    },
    { text: '(Fourth Committee)', sub: '(Fourth Committee)', scope: COMMITTEE },
    { text: 'Agenda item 96', sub: 'Agenda item', scope: S('keyword.other.header.agenda-item') },
    { text: 'Agenda item 96', sub: '96', scope: S('constant.numeric.agenda-item') },
    { text: 'Agenda items 13 and 117', sub: '13', scope: S('constant.numeric.agenda-item') },
    { text: 'Agenda items 13 and 117', sub: '117', scope: S('constant.numeric.agenda-item') },
    { text: 'Agenda item 16 (a)', sub: '16 (a)', scope: S('constant.numeric.agenda-item') },
    {
      text: 'Resolution adopted by the General Assembly on 22 December 2018',
      sub: 'Resolution adopted by the General Assembly on',
      scope: S('keyword.other.header.adopted'),
    },
    { text: 'Resolution adopted by the General Assembly on 22 December 2018', sub: '22 December 2018', scope: DATE },
    { text: 'on 17 December 2024', sub: 'on', scope: S('keyword.other.header.adopted') },
    { text: '[on the report of the First Committee (A/73/505)]', sub: 'on the report of', scope: S('keyword.other.header.report') },
    { text: '[on the report of the First Committee (A/73/505)]', sub: 'First Committee', scope: COMMITTEE },
    { text: '[on the report of the First Committee (A/73/505)]', sub: 'A/73/505', scope: SYMBOL },
    { text: '[on the report of the First Committee (A/73/505)]', sub: ']', scope: S('meta.header.report') },
    { text: '[without reference to a Main Committee (A/78/L.2)]', sub: 'A/78/L.2', scope: SYMBOL },
    { text: '73/266. Advancing responsible State behaviour in cyberspace', sub: '73/266.', scope: S('constant.numeric.resolution-number') },
    {
      text: '73/266. Advancing responsible State behaviour in cyberspace',
      sub: 'Advancing responsible State behaviour in cyberspace',
      scope: S('markup.heading.title'),
      exact: false,
    },
    { text: ' 79/168. Promotion of a democratic and equitable international order', sub: '79/168.', scope: S('constant.numeric.resolution-number') },
    { text: 'The General Assembly,', sub: 'The General Assembly', scope: ORGAN },
    { text: 'The General Assembly,', sub: 'The General Assembly', scope: S('meta.organ-name') },
    { text: '65th plenary meeting', sub: '65th plenary meeting', scope: S('keyword.other.plenary-meeting') },
    { text: '65th plenary meeting 22 December 2018', sub: '22 December 2018', scope: DATE },
    { text: '50th (resumed) plenary meeting', sub: '50th (resumed) plenary meeting', scope: S('keyword.other.plenary-meeting') },
    { text: 'Draft resolution submitted by the President of the General Assembly', sub: 'Draft resolution', scope: S('keyword.other.document-type') },
  ]);

  cases('sponsors line', [
    { text: 'Armenia, Belarus, Brazil and Uzbekistan: draft resolution', sub: 'Armenia, Belarus, Brazil and Uzbekistan', scope: S('variable.other.sponsors') },
    { text: 'Armenia, Belarus, Brazil and Uzbekistan: draft resolution', sub: 'draft resolution', scope: S('keyword.other.document-type') },
    { text: '(Bolivarian Republic of) and Zimbabwe: revised draft resolution ', sub: 'revised draft resolution', scope: S('keyword.other.document-type') },
    { text: 'Austria, Gambia, Germany and Spain: draft decision', sub: 'draft decision', scope: S('keyword.other.document-type') },
    {
      text: 'Belarus and Russian Federation: amendment to draft resolution A/C.3/80/L.20/Rev.1',
      sub: 'amendment to draft resolution',
      scope: S('keyword.other.document-type'),
    },
    { text: 'Belarus and Russian Federation: amendment to draft resolution A/C.3/80/L.20/Rev.1', sub: 'A/C.3/80/L.20/Rev.1', scope: SYMBOL },
    { text: 'Denmark:* amendment to draft resolution A/C.2/80/L.13/Rev.1', sub: '*', scope: FOOTNOTE_REF },
    { text: 'Denmark:* amendment to draft resolution A/C.2/80/L.13/Rev.1', sub: 'Denmark', scope: S('variable.other.sponsors') },
    { text: 'Romania, Saudi Arabia,* Slovakia, Slovenia, Spain, Sweden and Ukraine:', sub: '*', scope: FOOTNOTE_REF },
    { text: 'draft resolution', sub: 'draft resolution', scope: S('keyword.other.document-type') },
    { text: 'amendment to revised draft resolution', sub: 'amendment to revised draft resolution', scope: S('keyword.other.document-type') },
  ]);

  cases('preambular opening phrases', [
    { text: 'Recalling its resolution 73/266,', sub: 'Recalling', scope: PREAMBULAR },
    { text: 'Recalling also its resolutions', sub: 'Recalling also', scope: PREAMBULAR },
    { text: 'Noting with deep concern that', sub: 'Noting with deep concern', scope: PREAMBULAR },
    { text: 'Bearing in mind the results of the World Summit', sub: 'Bearing in mind', scope: PREAMBULAR },
    { text: 'Deeply concerned about the uneven access', sub: 'Deeply concerned', scope: PREAMBULAR },
    { text: 'Having considered the report of the Secretary-General', sub: 'Having considered', scope: PREAMBULAR },
    { text: 'Mindful that', sub: 'Mindful', scope: PREAMBULAR },
    { text: 'Convinced that', sub: 'Convinced', scope: PREAMBULAR },
    { text: 'Taking note of the reports', sub: 'Taking note of', scope: PREAMBULAR },
    { text: 'Expressing its appreciation to the African Union', sub: 'Expressing its appreciation', scope: PREAMBULAR },
    { text: 'Guided by the purposes and principles', sub: 'Guided by', scope: PREAMBULAR },
    { text: 'Gravely alarmed by the', sub: 'Gravely alarmed by', scope: PREAMBULAR },
    { text: 'Harnessing the potential of digital technologies', sub: 'Harnessing', scope: PREAMBULAR },
    { text: ' Recalling its resolutions 53/70 of 4 December 1998,', sub: 'Recalling', scope: PREAMBULAR },
    { text: '                      Reaffirming the commitment of all States', sub: 'Reaffirming', scope: PREAMBULAR },
    { text: '*Recalling* its resolutions', sub: 'Recalling', scope: ITALIC },
    { text: 'Recalling its resolution 73/266,', sub: 'Recalling', scope: S('meta.paragraph.preambular') },
    { text: 'Recalling its resolution 73/266,', sub: '73/266', scope: S('meta.paragraph.preambular') },
  ]);

  cases('operative phrases', [
    { text: '1. Decides to include in the provisional agenda', sub: 'Decides', scope: OPERATIVE },
    { text: '2. Also requests the Secretary-General', sub: 'Also requests', scope: OPERATIVE },
    { text: '3. Calls upon all Member States', sub: 'Calls upon', scope: OPERATIVE },
    { text: '4. Further decides to', sub: 'Further decides', scope: OPERATIVE },
    { text: '5. Takes note of the report', sub: 'Takes note of', scope: OPERATIVE },
    { text: '6. Expresses its appreciation to', sub: 'Expresses its appreciation', scope: OPERATIVE },
    { text: '7. Decides also that', sub: 'Decides also', scope: OPERATIVE },
    { text: '8. Notes with concern the', sub: 'Notes with concern', scope: OPERATIVE },
    { text: '9. Commends the work', sub: 'Commends', scope: OPERATIVE },
    { text: '10. Strongly condemns all acts', sub: 'Strongly condemns', scope: OPERATIVE },
    { text: ' 1. Calls upon Member States:  ', sub: 'Calls upon', scope: OPERATIVE },
    { text: '                 4. Also welcomes the productive and ongoing work', sub: 'Also welcomes', scope: OPERATIVE },
    { text: '- 1. Calls upon Member States:', sub: 'Calls upon', scope: OPERATIVE },
    { text: '- 2. *Invites* all Member States', sub: 'Invites', scope: OPERATIVE },
    { text: '- 2. *Invites* all Member States', sub: 'Invites', scope: ITALIC },
    { text: '- 2. *Invites* all Member States', sub: '*', scope: S('punctuation.definition.italic') },
    { text: '1. **Decides** to', sub: 'Decides', scope: BOLD },
    { text: '1. **Decides** to', sub: 'Decides', scope: OPERATIVE },
    { text: '5. *Underlines further* that', sub: 'Underlines further', scope: OPERATIVE },
    { text: 'Adopts the political declaration of the General Assembly', sub: 'Adopts', scope: OPERATIVE },
    { text: 'Calls upon Member States: ', sub: 'Calls upon', scope: OPERATIVE },
    { text: 'Also requests the Secretary-General to', sub: 'Also requests', scope: OPERATIVE },
    { text: '26 Condemns without reservation any denial', sub: 'Condemns', scope: OPERATIVE },
    { text: '26 Condemns without reservation any denial', sub: '26', scope: LABEL_PARAGRAPH },
    { text: '5 bis. Also requests the Secretary-General', sub: 'Also requests', scope: OPERATIVE },
    { text: '3. Requests the Secretary-General', sub: 'Requests', scope: S('meta.paragraph.operative') },
  ]);

  cases('paragraph labels and headings', [
    { text: '1. Decides to', sub: '1.', scope: LABEL_PARAGRAPH },
    { text: '12. Requests', sub: '12.', scope: LABEL_PARAGRAPH },
    { text: '1. ', sub: '1.', scope: LABEL_PARAGRAPH },
    { text: '1.13. States should encourage the private sector', sub: '1.13.', scope: LABEL_PARAGRAPH },
    { text: '5 bis Decides to', sub: '5 bis', scope: LABEL_PARAGRAPH },
    { text: '5 bis. Also requests', sub: '5 bis.', scope: LABEL_PARAGRAPH },
    { text: '1. We recognize that', sub: '1.', scope: LABEL_PARAGRAPH },
    { text: '(a) To be guided in their use', sub: '(a)', scope: LABEL_SUB },
    { text: '(iv) the right to', sub: '(iv)', scope: LABEL_SUB },
    { text: '(aa) Ensure', sub: '(aa)', scope: LABEL_SUB },
    { text: 'a. first item', sub: 'a.', scope: LABEL_SUB },
    { text: 'i. first item', sub: 'i.', scope: LABEL_SUB },
    { text: 'a) premier alinéa', sub: 'a)', scope: LABEL_SUB },
    { text: ' (a) ', sub: '(a)', scope: LABEL_SUB },
    { text: '- (a) To be guided', sub: '(a)', scope: LABEL_SUB },
    { text: '- (a) To be guided', sub: '-', scope: LIST_MARKER },
    { text: '- 1. Calls upon', sub: '-', scope: LIST_MARKER },
    { text: '- 1. Calls upon', sub: '1.', scope: LABEL_PARAGRAPH },
    { text: 'I', sub: 'I', scope: LABEL_HEADING },
    { text: 'II', sub: 'II', scope: HEADING },
    { text: 'II. Oceans and the law of the sea', sub: 'II.', scope: LABEL_HEADING },
    { text: 'II. Oceans and the law of the sea', sub: 'Oceans and the law of the sea', scope: HEADING },
    { text: 'A.', sub: 'A.', scope: LABEL_HEADING },
    { text: 'A. Build resilient economies', sub: 'A.', scope: LABEL_HEADING },
    { text: 'A. Build resilient economies', sub: 'Build resilient economies', scope: HEADING },
    { text: 'Annex', sub: 'Annex', scope: S('markup.heading.annex') },
    { text: 'Annex II', sub: 'Annex II', scope: S('entity.name.section.annex') },
    { text: '## Annex', sub: 'Annex', scope: HEADING },
  ]);

  cases('footnotes', [
    { text: 'by the 2010,¹ 2013² and 2015³ reports', sub: '¹', scope: FOOTNOTE_REF },
    { text: 'by the 2010,¹ 2013² and 2015³ reports', sub: '²', scope: FOOTNOTE_REF },
    { text: 'the 2015 report⁴ that international law', sub: '⁴', scope: FOOTNOTE_REF },
    { text: 'the reports [1] of the Group', sub: '[1]', scope: FOOTNOTE_REF },
    { text: 'International Security and the 2010,1 20132 and 20153 reports', sub: '1', scope: FOOTNOTE_REF, after: '2010,' },
    { text: 'Taking note of the reports,3 of the Group', sub: '3', scope: FOOTNOTE_REF },
    { text: 'the Universal Declaration of Human Rights7 and', sub: '7', scope: FOOTNOTE_REF },
    { text: 'ethnically “pure” nations;14 ', sub: '14', scope: FOOTNOTE_REF },
    { text: 'resolutions 18/6 of 29 September 2011,1 33/3 of 29 September', sub: '1', scope: FOOTNOTE_REF, after: '2011,' },
    { text: '¹ A/65/201.', sub: '¹', scope: FOOTNOTE_DEF },
    { text: '¹ A/65/201.', sub: 'A/65/201', scope: SYMBOL },
    { text: '¹ A/65/201.', sub: 'A/65/201', scope: FOOTNOTE_LINE },
    { text: ' 1  A/65/201. ', sub: '1', scope: FOOTNOTE_DEF },
    { text: ' 1  A/65/201. ', sub: 'A/65/201', scope: FOOTNOTE_LINE },
    { text: '1 See Official Records of the General Assembly, Sixty-sixth Session', sub: '1', scope: FOOTNOTE_DEF },
    { text: '10 Ibid., Seventy-ninth Session, Supplement No. 53A (A/79/53/Add.1), chap. III.', sub: 'A/79/53/Add.1', scope: SYMBOL },
    { text: '11 Resolution 217 A (III). ', sub: '217 A (III)', scope: CITATION },
    { text: '            12', sub: '12', scope: FOOTNOTE_DEF },
    { text: '* On behalf of the States Members of the United Nations', sub: '*', scope: FOOTNOTE_DEF },
    { text: '[^1]: A/65/201.', sub: '[^1]:', scope: FOOTNOTE_DEF },
    { text: '__________________ ', sub: '__________________', scope: S('meta.separator.footnote-rule') },
    { text: '        __________________', sub: '__________________', scope: S('comment.line.footnote-rule') },
  ]);

  cases('document symbols', [
    { text: 'see A/RES/73/266 and', sub: 'A/RES/73/266', scope: SYMBOL },
    { text: 'draft resolution A/C.1/75/L.4,', sub: 'A/C.1/75/L.4', scope: SYMBOL },
    { text: 'A/55/140 and Corr.1 and Add.1, A/56/164', sub: 'A/55/140', scope: SYMBOL },
    { text: 'A/55/140 and Corr.1 and Add.1, A/56/164', sub: 'Corr.1', scope: SYMBOL },
    { text: 'A/55/140 and Corr.1 and Add.1, A/56/164', sub: 'Add.1', scope: SYMBOL },
    { text: '(A/67/53/Corr.1), chap. V', sub: 'A/67/53/Corr.1', scope: SYMBOL },
    { text: 'see S/RES/2341 (2017).', sub: 'S/RES/2341 (2017)', scope: SYMBOL },
    { text: 'document E/CN.4/2005/1, annex', sub: 'E/CN.4/2005/1', scope: SYMBOL },
    { text: 'Council resolution A/HRC/RES/20/8 of', sub: 'A/HRC/RES/20/8', scope: SYMBOL },
    { text: 'resolution A/RES/ES-10/21 of', sub: 'A/RES/ES-10/21', scope: SYMBOL },
    { text: '(A/79/458/Add.2, para. 99)', sub: 'A/79/458/Add.2', scope: SYMBOL },
    { text: 'CCW/MSP/2022/7. ', sub: 'CCW/MSP/2022/7', scope: SYMBOL },
    { text: 'UNEP/EA.6/Res.15 and UNEP/EA.6/Res.9.', sub: 'UNEP/EA.6/Res.9', scope: SYMBOL },
    { text: 'A/AC.109/2024/2', sub: 'A/AC.109/2024/2', scope: SYMBOL },
  ]);

  cases('short citations', [
    { text: 'pursuant to resolution 73/266, on the basis', sub: '73/266', scope: CITATION },
    { text: 'pursuant to resolution 73/266, on the basis', sub: 'resolution', scope: CITATION_WORD },
    { text: 'resolutions 53/70, 54/49 and 69/28,', sub: '53/70', scope: CITATION },
    { text: 'resolutions 53/70, 54/49 and 69/28,', sub: '54/49', scope: CITATION },
    { text: 'resolutions 53/70, 54/49 and 69/28,', sub: '69/28', scope: CITATION },
    { text: 'as well as its decision 72/512 of 4 December 2017', sub: '72/512', scope: CITATION },
    { text: 'as well as its decision 72/512 of 4 December 2017', sub: 'decision', scope: CITATION_WORD },
    { text: 'in its resolution 1514 (XV) of 14 December 1960', sub: '1514 (XV)', scope: CITATION },
    { text: 'resolution 3367 A (XXX) of', sub: '3367 A (XXX)', scope: CITATION },
    { text: 'resolutions 3411 A and B (XXX)', sub: '3411 A and B (XXX)', scope: CITATION },
    { text: 'resolution 3362 (S-VII)', sub: '3362 (S-VII)', scope: CITATION },
    { text: 'resolution ES-10/21 of', sub: 'ES-10/21', scope: CITATION },
    { text: 'resolution S-8/1 of', sub: 'S-8/1', scope: CITATION },
    { text: 'Security Council resolution 2341 (2017) of 13 February 2017', sub: '2341 (2017)', scope: CITATION },
    { text: 'Security Council resolutions 2341 (2017) and 2396 (2017)', sub: '2396 (2017)', scope: CITATION },
    { text: 'Recalling its resolutions 43/78 H of 7 December 1988', sub: '43/78 H', scope: CITATION },
    { text: 'Recalling its resolutions 43/78 H of 7 December 1988', sub: '7 December 1988', scope: DATE },
  ]);

  cases('quoted titles and markdown artefacts', [
    { text: 'the item entitled “Developments in the field of information”.', sub: 'Developments in the field of information', scope: QUOTED },
    { text: 'the item entitled “Developments in the field of information”.', sub: '“', scope: S('punctuation.definition.string.begin') },
    { text: 'the item entitled “Developments in the field of information”.', sub: '”', scope: S('punctuation.definition.string.end') },
    { text: 'session the item entitled “Developments in the field of information and ', sub: 'Developments in the field of information and ', scope: QUOTED },
    { text: 'the item entitled "Developments in the field".', sub: 'Developments in the field', scope: QUOTED },
    { text: 'Recalling its resolutions [73/266](#) of 22 December 2018', sub: '73/266', scope: CITATION },
    { text: 'Recalling its resolutions [73/266](#) of 22 December 2018', sub: '73/266', scope: LINK },
    { text: 'Recalling its resolutions [73/266](#) of 22 December 2018', sub: '#', scope: LINK_TARGET },
    { text: '³ [A/70/174](#).', sub: 'A/70/174', scope: SYMBOL },
    { text: 'the text *in italics* here', sub: 'in italics', scope: ITALIC },
    { text: 'page **3** of', sub: '3', scope: BOLD },
    { text: 'Available at https://www.un.org/Depts/los/index.htm.', sub: 'https://www.un.org/Depts/los/index.htm', scope: LINK_TARGET },
  ]);

  cases(
    'PDF page furniture as comments',
    [
      { text: '20-13029 2/3 ', sub: '20-13029 2/3', scope: COMMENT },
      { text: '3/3 20-13029 ', sub: '3/3 20-13029', scope: COMMENT },
      { text: '2/3', sub: '2/3', scope: S('comment.line.page-number') },
      { text: '2/7                                                    24-24208', sub: '24-24208', scope: COMMENT },
      { text: '25-20757 (E)  161025', sub: '25-20757 (E)  161025', scope: S('comment.line.job-number') },
      { text: ' 24-24208 (E)', sub: '24-24208 (E)', scope: COMMENT },
      { text: '18-22650 3/**3**', sub: '18-22650 3/**3**', scope: COMMENT },
      { text: '*2013029* ', sub: '*2013029*', scope: S('comment.line.barcode'), exact: false },
      { text: 'https://undocs.org/en/A/RES/53/70', sub: 'https://undocs.org/en/A/RES/53/70', scope: S('comment.line.url') },
      { text: 'Please recycle ', sub: 'Please recycle', scope: COMMENT },
      {
        text: 'A/RES/79/168                                   Promotion of a democratic and equitable international order',
        sub: 'Promotion of a democratic',
        scope: S('comment.line.running-header'),
      },
      {
        text: 'Promotion of a democratic and equitable international order                 A/RES/79/168',
        sub: 'A/RES/79/168',
        scope: S('comment.line.running-header'),
      },
    ],
    { exact: false },
  );

  describe('preambular and operative phrases get different scopes', () => {
    it('a preambular phrase has no operative scope and vice versa', () => {
      expectNoScope('Recalling its resolutions', 'Recalling', OPERATIVE);
      expectNoScope('Noting with concern that', 'Noting with concern', OPERATIVE);
      expectNoScope('1. Decides to', 'Decides', PREAMBULAR);
      expectNoScope('Also requests the Secretary-General', 'Also requests', PREAMBULAR);
      expectNoScope('2. Recalls its resolution', 'Recalls', PREAMBULAR);
      expectNoScope('Recalling also its', 'Recalling also', OPERATIVE);
    });
  });

  describe('conservative: what must stay plain', () => {
    it('wrapped PDF lines that begin with a capitalised word are not phrases', () => {
      expectNoScope('United Nations, including the effective promotion', 'United', PREAMBULAR);
      expectNoScope('Developing countries, in particular the least', 'Developing', PREAMBULAR);
      expectNoScope('Beijing Declaration and Platform for Action', 'Beijing', PREAMBULAR);
      expectNoScope('Addressing the Special Needs of Landlocked Developing Countries', 'Addressing', PREAMBULAR);
      expectNoScope('Observing System, sponsored by the Intergovernmental', 'Observing', PREAMBULAR);
      expectNoScope('States Parties shall respect the responsibilities', 'States', OPERATIVE);
      expectNoScope('(a) States should consider', 'States', OPERATIVE);
      expectNoScope('1. Address the root causes', 'Address', OPERATIVE);
    });

    it('numbers that are not footnote markers are not marked', () => {
      expectNoScope('A/55/140 and Corr.1 and Add.1', '1 and Add.1', FOOTNOTE_REF);
      expectNoScope('more than 1,000 experts', '1,000', FOOTNOTE_REF);
      expectNoScope('chap. III, sect. A, para. 8.1', '8.1', FOOTNOTE_REF);
      expectNoScope('an area of 50 km2 of seabed', 'km2', FOOTNOTE_REF);
      expectNoScope('the COVID-19 pandemic', 'COVID-19', FOOTNOTE_REF);
      expectNoScope('the 2010, 1 2013 and 2015 reports', '1 2013', FOOTNOTE_REF);
      expectNoScope('5 October 2020 ', '5', FOOTNOTE_DEF);
      expectNoScope('20 November 2000, 56/19 of 29 November 2001', '20', FOOTNOTE_DEF);
      expectNoScope('162  following the comprehensive 10-year review of the', '162', FOOTNOTE_DEF);
      expectNoScope('217 A (III) of 10 December 1948', '217', FOOTNOTE_DEF);
    });

    it('other slash-separated words are not document symbols or citations', () => {
      expectNoScope('the UNDP/UNFPA/UNOPS Executive Board', 'UNDP/UNFPA/UNOPS', SYMBOL);
      expectNoScope('and/or', 'and/or', SYMBOL);
      expectNoScope('decision 1/CP.21', '1/CP.21', CITATION);
      expectNoScope('see A/65/201.', '.', SYMBOL);
      expectNoScope('The Gambia v. Myanmar, Rohingya Muslims', 'v.', LABEL_SUB);
    });

    it('plain lines stay plain', () => {
      expectPlain('conclude before considering next steps,  ');
      expectPlain('telecommunications in the context of international security  ');
      expectPlain('Developments in the field of information and ');
    });
  });
});
