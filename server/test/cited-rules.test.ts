// The rules that hold a citation against the cited text (citation.paragraph, citation.date,
// citation.title): each positive and negative on constructed texts citing the seeds and corpus
// documents, silent without the cited documents, and on the whole corpus — every document in every
// text shape, each cited document of the corpus at hand — no finding at all.
import { strict as assert } from 'node:assert';
import { checkDocument } from '../src/core/check';
import { documentSymbol } from '../src/core/json';
import type { CitedDocuments } from '../src/core/cited';
import type { ResolutionDocument } from '../src/core/model';
import { parse } from '../src/core/parser';
import { RULES } from '../src/core/rules';
import { symbolKey } from '../src/core/symbol-key';
import { ALL_TEXT_SHAPES, manifest, model, readExpected } from './corpus-helpers';
import { resolution } from './evidence-helpers';
import { parseFixture, SEEDS, textAt } from './helpers';

const CITATION_RULES = RULES.filter((rule) => rule.code.startsWith('citation.'));

/** The documents given, each by its own symbol (its header's, else its file name's). */
function provider(docs: Array<[string, ResolutionDocument]>): CitedDocuments {
  const bySymbol = new Map(docs.map(([name, doc]) => [symbolKey(documentSymbol(doc, name)!), { doc, uri: name }]));
  return (symbol) => bySymbol.get(symbolKey(symbol)) ?? null;
}

/** The seeds and the workspace's stand-in for A/RES/71/28, with A/RES/78/317 of the corpus. */
const atHand = provider([
  ...SEEDS.map((name): [string, ResolutionDocument] => [name, parseFixture(name)]),
  ['A_RES_71_28.res.txt', parseFixture('workspace/A_RES_71_28.res.txt')],
  ['A_RES_78_317', model('pymupdf', 'A_RES_78_317')],
]);

/** The findings of the three rules on a constructed resolution of `body`: message and the text they stand on. */
function findings(body: string[], cited: CitedDocuments | null = atHand): Array<[string, string, string]> {
  const text = resolution(body);
  return checkDocument(parse(text), { rules: CITATION_RULES, cited }).diagnostics.map((d) => [d.code, d.message, textAt(text, d.range)]);
}

describe('citation.paragraph', () => {
  it('finds a paragraph, a sub-item or an annex the cited document does not have', () => {
    assert.deepEqual(
      findings([
        '1. Recalls paragraph 9 of resolution 73/266;',
        '2. Recalls paragraphs 5 to 7 of resolution 73/266;',
        '3. Recalls paragraph 2 (c) of resolution 73/266;',
        '4. Recalls paragraph 3 of annex I to resolution 73/266;',
        '5. Recalls paragraph 43 of the annex to resolution 78/317;',
        '6. Recalls operative paragraph 8 of draft resolution A/C.1/75/L.4.',
      ]),
      [
        ['citation.paragraph', 'A/RES/73/266 has no paragraph 9.', '73/266'],
        ['citation.paragraph', 'A/RES/73/266 has no paragraph 7.', '73/266'],
        ['citation.paragraph', 'A/RES/73/266 has no paragraph 2 (c).', '73/266'],
        ['citation.paragraph', 'A/RES/73/266 has no annex I.', '73/266'],
        ['citation.paragraph', 'The annex to A/RES/78/317 has no paragraph 43.', '78/317'],
        ['citation.paragraph', 'A/C.1/75/L.4 has no paragraph 8.', 'A/C.1/75/L.4'],
      ],
    );
  });

  it('lists every paragraph missing', () => {
    assert.deepEqual(findings(['1. Recalls paragraphs 6 to 9 of resolution 73/266.']), [
      ['citation.paragraph', 'A/RES/73/266 has no paragraphs 7, 8 and 9.', '73/266'],
    ]);
  });

  it('is silent where the paragraphs exist: sub-items, an annex numbered through its headings, a draft', () => {
    assert.deepEqual(
      findings([
        '1. Recalls paragraphs 1 to 6 of resolution 73/266;',
        '2. Recalls paragraph 2 (b) of resolution 73/266;',
        '3. Recalls paragraphs 30 and 42 of the annex to resolution 78/317 and paragraph 2 of resolution 78/317;',
        '4. Recalls operative paragraph 7 of draft resolution A/C.1/75/L.4.',
      ]),
      [],
    );
  });

  it('is silent where the cited document is not at hand, or no document is', () => {
    assert.deepEqual(findings(['1. Recalls paragraph 9 of resolution 70/1.']), []);
    assert.deepEqual(findings(['1. Recalls paragraph 9 of resolution 73/266.'], null), []);
  });
});

describe('citation.date', () => {
  it("finds a date that is not the cited resolution's adoption date, in words or figures", () => {
    assert.deepEqual(
      findings([
        'Recalling its resolution 73/266 of 21 December 2018,',
        'Recalling also its resolution 78/317 of 15 July 2024,',
        '1. Recalls resolution [73/266 of 22.11.2018](https://undocs.org/A/RES/73/266).',
      ]),
      [
        ['citation.date', 'A/RES/73/266 was adopted on 22 December 2018, not 21 December 2018.', '73/266'],
        ['citation.date', 'A/RES/78/317 was adopted on 16 July 2024, not 15 July 2024.', '78/317'],
        ['citation.date', 'A/RES/73/266 was adopted on 22 December 2018, not 22.11.2018.', '73/266'],
      ],
    );
  });

  it('is silent on the right date, on a document not at hand, and without the cited documents', () => {
    assert.deepEqual(
      findings([
        'Recalling its resolutions 73/266 of 22 December 2018 and 71/28 of 5 December 2016,',
        'Recalling also its resolution 78/317 of 16 July 2024 and resolution 70/1 of 1 January 2015,',
        '1. Recalls resolution [73/266 of 22.12.2018](https://undocs.org/A/RES/73/266).',
      ]),
      [],
    );
    assert.deepEqual(findings(['Recalling its resolution 73/266 of 21 December 2018,'], null), []);
  });
});

describe('citation.title', () => {
  const title = 'Advancing responsible State behaviour in cyberspace in the context of international security';

  it('finds a title quoted otherwise than the cited document has it, and says what differs', () => {
    assert.deepEqual(
      findings([
        `Recalling its resolution 73/266, entitled “${title.replace('behaviour', 'conduct')}”,`,
        `Recalling also its resolution 73/266 of 22 December 2018, entitled "Advancing responsible State behaviour in cyberspace",`,
        `Recalling further its resolution 71/28 entitled "Developments in the field of information and telecommunications in the context of international peace and security",`,
      ]),
      [
        ['citation.title', 'The title quoted differs: “conduct” where the title of A/RES/73/266 has “behaviour”.', title.replace('behaviour', 'conduct')],
        [
          'citation.title',
          'The title quoted differs: it lacks “in the context of international security”.',
          'Advancing responsible State behaviour in cyberspace',
        ],
        [
          'citation.title',
          'The title quoted differs: “peace and” is not in the title of A/RES/71/28.',
          'Developments in the field of information and telecommunications in the context of international peace and security',
        ],
      ],
    );
  });

  it('is silent on the case of the first letter, quotes, spacing, hyphens and a final full stop', () => {
    assert.deepEqual(
      findings([
        `Recalling its resolution 73/266, entitled “${title.toLowerCase().replace('state', 'State')}.”,`,
        `Recalling also its resolution 73/266 of 22 December 2018, entitled "Advancing responsible State beha viour in cyber-space  in the context of international security",`,
        `Recalling further its resolution 70/1, entitled "Transforming our world",`,
      ]),
      [],
    );
    assert.deepEqual(findings([`Recalling its resolution 73/266, entitled “Advancing”,`], null), []);
  });
});

describe('the rules on the seeds, their cited documents at hand', () => {
  it('find nothing: A/C.1/75/L.4 dates 73/266 right, A/C.1/73/L.27/Rev.1 quotes the title of 71/28 right', () => {
    const checked = (name: string) => checkDocument(parseFixture(name), { rules: CITATION_RULES, cited: atHand });
    const l4 = parseFixture('A_C.1_75_L.4.pdf-extracted.txt').citations.filter((c) => c.symbol === 'A/RES/73/266' && c.date);
    assert.deepEqual(
      l4.map((c) => c.date),
      ['22 December 2018'],
    );
    assert.equal(atHand('A/RES/71/28')?.uri, 'A_RES_71_28.res.txt');
    assert.deepEqual(
      [...SEEDS, 'workspace/amendment-L4.res.txt'].map((name) => [name, checked(name).diagnostics]),
      [...SEEDS, 'workspace/amendment-L4.res.txt'].map((name) => [name, []]),
    );
  });
});

describe('corpus: the rules with every cited document of the corpus at hand', () => {
  const entries = manifest();
  const diagnostics = readExpected<Record<string, Record<string, string[]>>>('diagnostics.json');

  for (const shape of ALL_TEXT_SHAPES) {
    it(`${shape}: no finding but the ones reviewed (the two true findings on adopted resolutions)`, () => {
      const cited = provider(entries.map((entry) => [entry.stem, model(shape, entry.stem)]));
      // What the rules have to check at hand: one citation, A/RES/79/144's of 78/317 "of 16 July 2024", the date it was adopted.
      const checkable = entries.flatMap((entry) =>
        model(shape, entry.stem)
          .citations.filter((c) => c.kind !== 'internal' && (c.paragraphs || c.date || c.title) && cited(c.symbol))
          .map((c) => `${entry.stem} ${c.symbol} ${c.date}`),
      );
      assert.deepEqual(checkable, ['A_RES_79_144 A/RES/78/317 16 July 2024']);
      for (const entry of entries) {
        const found = checkDocument(model(shape, entry.stem), { cited }).diagnostics;
        assert.deepEqual(
          found.filter((d) => d.code.startsWith('citation.')),
          [],
          entry.stem,
        );
        assert.deepEqual(
          found.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.code}@${d.range.start.line + 1}`),
          diagnostics[entry.stem][shape],
          entry.stem,
        );
      }
    });
  }
});
