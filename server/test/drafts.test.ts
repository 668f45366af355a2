// Drafts as people write them (issue 22, points 1 and 2): operative parts left unnumbered or
// half numbered, a markdown draft with its own furniture (a version line, a note, a `#` title)
// and closing placeholders, and citations typed as drafters type them. Each on a constructed
// draft in test-fixtures/drafts/, with the exact model, findings and fixes.
import { strict as assert } from 'node:assert';
import { checkDocument } from '../src/core/check';
import { fixAll, fixesFor } from '../src/core/fixes';
import { identify } from '../src/core/identity';
import type { Diagnostic, ResolutionDocument } from '../src/core/model';
import { paragraphTarget } from '../src/core/paragraph-target';
import { parse } from '../src/core/parser';
import { allRanges, applyEdits, labels, readFixture } from './helpers';

type Brief = [code: string, line: number, from: number, to: number, message: string];

function brief(diagnostics: Diagnostic[]): Brief[] {
  return diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.message]);
}

const missing = (line: number, from: number, phrase: string, number: number): Brief => [
  'numbering.missing',
  line,
  from,
  from + phrase.length,
  `Operative paragraph "${phrase} …" has no number; expected ${number}.`,
];

const NUMBER = 'Number the paragraphs and renumber the references to them';

/** The fixes offered at the first finding, with the finding in context, and the text read with its findings. */
function read(name: string) {
  const text = readFixture(name);
  const doc = parse(text);
  const { diagnostics } = checkDocument(doc);
  const at = diagnostics[0]?.range.start ?? { line: 0, character: 0 };
  return { text, doc, diagnostics, fixes: fixesFor(doc, text, diagnostics, at, identify(doc, text)) };
}

function edits(edits: Array<{ range: { start: { line: number; character: number } }; newText: string }>): Array<[number, number, string]> {
  return edits.map((e) => [e.range.start.line, e.range.start.character, e.newText]);
}

const phrases = (doc: ResolutionDocument) => doc.operative.map((n) => n.phrase?.value ?? null);

describe('drafts: operative paragraphs without their numbers', () => {
  it('A/C.1/70/L.45 without its numbers: six paragraphs, each with its own items, and a finding on each', () => {
    const { doc, diagnostics } = read('drafts/L45-unnumbered.txt');
    assert.equal(doc.preamble.length, 16);
    assert.equal(doc.preamble[15].phrase?.value, 'Welcoming');
    assert.deepEqual(labels(doc.operative), ['¶', '¶[(a),(b)]', '¶', '¶[(a),(b),(c),(d)]', '¶', '¶']);
    assert.deepEqual(phrases(doc), ['Welcomes', 'Calls upon', 'Considers', 'Invites', 'Requests', 'Decides']);
    // No preambular, sub-item or reference alarm: "paragraph 3 above" names the paragraph that lacks the number 3.
    assert.deepEqual(brief(diagnostics), [
      missing(65, 1, 'Welcomes', 1),
      missing(67, 1, 'Calls upon', 2),
      missing(73, 1, 'Considers', 3),
      missing(75, 1, 'Invites', 4),
      missing(85, 1, 'Requests', 5),
      missing(91, 1, 'Decides', 6),
    ]);
    const reference = doc.citations.find((c) => c.kind === 'internal')!;
    assert.equal(paragraphTarget(doc, reference.symbol, reference.range.start), doc.operative[2]);
  });

  it("numbers them before the verb, the emphasis kept: the draft's own text, by the quick fix and by Fix all", () => {
    const { text, doc, diagnostics, fixes } = read('drafts/L45-unnumbered.txt');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.kind, f.safe, f.preferred, f.resolves?.length]),
      [[NUMBER, 'quickfix', true, true, 6]],
    );
    assert.deepEqual(edits(fixes[0].edits), [
      [65, 0, '1. '],
      [67, 0, '2. '],
      [73, 0, '3. '],
      [75, 0, '4. '],
      [85, 0, '5. '],
      [91, 0, '6. '],
    ]);
    const seed = readFixture('A_C.1_70_L.45.draft.txt');
    assert.equal(applyEdits(text, fixes[0].edits), seed);
    assert.equal(applyEdits(text, fixAll(doc, text, diagnostics, identify(doc, text))!.edits), seed);
    // Asked where no finding stands, it is a refactoring.
    const refactor = fixesFor(doc, text, [], { line: 25, character: 0 }, identify(doc, text));
    assert.deepEqual(
      refactor.map((f) => [f.title, f.kind]),
      [[NUMBER, 'refactor']],
    );
  });

  it('half numbered (1., 2., then two without numbers): the two are 3 and 4, the second paragraph is not taken for the last', () => {
    const { text, doc, diagnostics, fixes } = read('drafts/half-numbered.txt');
    assert.deepEqual(labels(doc.operative), ['1', '2', '¶[(a),(b)]', '¶']);
    assert.deepEqual(brief(diagnostics), [missing(12, 0, 'Invites', 3), missing(18, 0, 'Decides', 4)]);
    const reference = doc.citations.find((c) => c.kind === 'internal' && c.symbol === '3')!;
    assert.equal(paragraphTarget(doc, '3', reference.range.start), doc.operative[2]);
    assert.deepEqual(edits(fixes[0].edits), [
      [12, 0, '3. '],
      [18, 0, '4. '],
    ]);
    const numbered = applyEdits(text, fixes[0].edits);
    assert.deepEqual(labels(parse(numbered).operative), ['1', '2', '3[(a),(b)]', '4']);
    assert.deepEqual(checkDocument(parse(numbered)).diagnostics, []);
  });

  it('a paragraph lacking its number among numbered ones: no gap is told for the number it lacks, and the fix gives the seed back', () => {
    const { text, diagnostics, fixes } = read('broken/number-missing.txt');
    assert.deepEqual(brief(diagnostics), [missing(69, 2, 'Requests', 4)]);
    assert.deepEqual(edits(fixes[0].edits), [[69, 2, '4. ']]);
    assert.equal(applyEdits(text, fixes[0].edits), readFixture('A_RES_73_266.adopted.txt'));
  });

  it('a resolution with one operative paragraph is unnumbered by right: no finding, nothing to number', () => {
    const { text, doc, diagnostics } = read('drafts/one-paragraph.txt');
    assert.equal(doc.header.kind, 'draft_resolution');
    assert.deepEqual(labels(doc.operative), ['¶[(a),(b)]']);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(fixesFor(doc, text, [], doc.operative[0].ownRange.start, identify(doc, text)), []);
  });

  it('text after a colon is no paragraph of its own, whatever verb opens it', () => {
    const doc = parse(
      'The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to amend rule 3 to read:\n\nRequests the Secretary-General to report annually;\n\n2. Decides to remain seized of the matter.\n',
    );
    assert.deepEqual(labels(doc.operative), ['1', '¶', '2']);
    // A quotation without its marks stands beside its paragraph, as before: only the colon is told, no number missing.
    assert.deepEqual(brief(checkDocument(doc).diagnostics), [['punctuation.operative', 4, 34, 35, '1 should end with a semicolon, not ":".']]);
  });
});

describe("drafts: a draft's own shape", () => {
  const text = readFixture('drafts/restoration.md');
  const doc = parse(text);

  it('reads the markdown heading as the title and leaves the version line and the note above it unread', () => {
    assert.equal(doc.shape, 'markdown');
    assert.deepEqual(doc.title, {
      number: null,
      numberRange: null,
      text: 'Restoration of the Aral Sea basin',
      range: { start: { line: 4, character: 2 }, end: { line: 4, character: 35 } },
    });
    assert.deepEqual(doc.header.range, doc.title!.range);
    assert.deepEqual(doc.header.symbols, []);
    assert.deepEqual(
      allRanges(doc).filter((r) => r.start.line < 4),
      [],
    );
  });

  it('is a draft resolution: a resolution text with no symbol and no adoption line', () => {
    assert.equal(doc.header.kind, 'draft_resolution');
    assert.equal(parse(text.replace('# Restoration', '73/266. Restoration')).header.kind, 'unknown');
    assert.equal(parse(text.replace('...th plenary meeting,\n... October 2022', '65th plenary meeting\n22 October 2022')).header.kind, 'unknown');
    assert.equal(parse('The General Assembly, taking note of the report of the Secretary-General, decides to defer the item.\n').header.kind, 'unknown');
  });

  it('reads three unnumbered paragraphs and the placeholders as the closing, never as paragraphs', () => {
    assert.deepEqual(
      doc.preamble.map((p) => p.phrase?.value),
      ['Recalling', 'Noting'],
    );
    assert.deepEqual(labels(doc.operative), ['¶', '¶', '¶']);
    assert.deepEqual(phrases(doc), ['Decides', 'Proclaims', 'Decides']);
    assert.deepEqual(doc.closing, {
      meeting: '...th plenary meeting',
      date: '... October 2022',
      range: { start: { line: 18, character: 0 }, end: { line: 19, character: 16 } },
      placeholders: [
        { value: '...th', range: { start: { line: 18, character: 0 }, end: { line: 18, character: 5 } } },
        { value: '...', range: { start: { line: 19, character: 0 }, end: { line: 19, character: 3 } } },
      ],
    });
    assert.deepEqual(brief(checkDocument(doc).diagnostics), [
      missing(12, 1, 'Decides', 1),
      missing(14, 1, 'Proclaims', 2),
      missing(16, 1, 'Decides', 3),
      ['draft.placeholder', 18, 0, 5, 'Placeholder "...th" in the closing is to be filled in.'],
      ['draft.placeholder', 19, 0, 3, 'Placeholder "..." in the closing is to be filled in.'],
    ]);
    assert.equal(checkDocument(doc).diagnostics[3].severity, 'information');
  });

  it('reads every form of placeholder drafters type, and a real closing as before', () => {
    const closingOf = (lines: string) => parse(`The General Assembly,\n\nRecalling its resolution 70/1,\n\nDecides to act.\n\n${lines}\n`).closing;
    const values = (lines: string) => closingOf(lines)?.placeholders?.map((p) => p.value);
    assert.deepEqual(values('…th plenary meeting\nXX December 2022'), ['…th', 'XX']);
    assert.deepEqual(values('[ ]th plenary meeting\n[date]'), ['[ ]th', '[date]']);
    assert.deepEqual(closingOf('[date]'), {
      meeting: null,
      date: '[date]',
      range: { start: { line: 6, character: 0 }, end: { line: 6, character: 6 } },
      placeholders: [{ value: '[date]', range: { start: { line: 6, character: 0 }, end: { line: 6, character: 6 } } }],
    });
    assert.deepEqual(closingOf('65th plenary meeting\n22 December 2018'), {
      meeting: '65th plenary meeting',
      date: '22 December 2018',
      range: { start: { line: 6, character: 0 }, end: { line: 7, character: 16 } },
    });
    // A line of text ending the body is no closing: no placeholder in it.
    assert.equal(closingOf('October 2022'), null);
  });

  it('reads citations as drafters type them: capitals, numeric dates, a markdown link around the citation', () => {
    assert.deepEqual(
      doc.citations.map((c) => [c.kind, c.text, c.symbol, c.date ?? null, c.range.start.line, c.range.start.character, c.range.end.character]),
      [
        ['resolution', '2758 (XXVI)', 'A/RES/2758(XXVI)', '25.10.1971', 8, 40, 51],
        ['resolution', '47/1', 'A/RES/47/1', '22.09.1992', 8, 86, 90],
        ['resolution', '777 (1992)', 'S/RES/777(1992)', null, 10, 37, 47],
      ],
    );
    const shouted = parse(
      text.replace('Security Council Resolution', 'SECURITY COUNCIL RESOLUTION').replace('General Assembly Resolution', 'GENERAL ASSEMBLY RESOLUTION'),
    );
    assert.deepEqual(
      shouted.citations.map((c) => c.symbol),
      ['A/RES/2758(XXVI)', 'A/RES/47/1', 'S/RES/777(1992)'],
    );
  });
});
