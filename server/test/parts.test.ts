// Resolutions in parts (A, B, …): each part's letter alone on its line, perhaps a title,
// its own `The General Assembly,`, preamble and operative paragraphs numbered from 1.
// A/C.5/80/L.17 in every text shape and through the PDF reader, and an invented adopted
// text whose parts have titles and closing lines; rules, references, renumbering and
// every reader go part by part.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import type { OperativeNode, ResolutionDocument } from '../src/core/model';
import { bodyParts } from '../src/core/parts';
import { toJson } from '../src/core/json';
import { outlineText } from '../src/core/outline';
import { paragraphTarget } from '../src/core/paragraph-target';
import { renumberEdits } from '../src/core/fixes/renumber';
import { renumberReadings } from '../src/core/fixes/renumber-readings';
import { identify } from '../src/core/identity';
import { SourceLines } from '../src/core/fixes/fix';
import { compareDocuments } from '../src/core/compare/compare';
import { renderComparisonText } from '../src/core/compare/report-text';
import { documentSymbols } from '../src/lsp/document-symbols';
import { foldingRanges } from '../src/lsp/folding-ranges';
import { buildView } from '../src/export/view';
import { renderHtml } from '../src/export/html';
import { pdfToText } from '../src/pdf/read-pdf';
import { completions } from '../src/core/completion';
import { summaryRow } from '../src/cli/summary';
import { summarize } from '../src/core/workspace-index';
import { CORPUS, TEXT_SHAPES, corpusText, manifest } from './corpus-helpers';
import { readFixture, SEEDS } from './helpers';

const STEM = 'A_C.5_80_L.17';
const INVENTED = join('parts', 'A_RES_99_250.invented.txt');

const labels = (nodes: OperativeNode[]) => nodes.map((n) => n.label?.text ?? null);
const lineOf = (text: string, line: number) => text.split('\n')[line].trim();
const findings = (doc: ResolutionDocument) => checkDocument(doc).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');

/** What must hold for A/C.5/80/L.17 in any shape: two parts, A of four preambular paragraphs and 15 paragraphs with sections I and II, B of one and two. */
function assertCommonSystemParts(doc: ResolutionDocument, text: string, shape: string): void {
  assert.deepEqual(
    doc.parts.map((p) => p.label?.value),
    ['A', 'B'],
    shape,
  );
  for (const part of doc.parts) {
    assert.equal(lineOf(text, part.label!.range.start.line), part.label!.value, `${shape}: the letter stands alone on its line`);
    assert.equal(part.title, null, shape);
    assert.equal(part.organ?.value, 'The General Assembly,', shape);
    assert.ok(part.organ!.range.start.line > part.label!.range.start.line, shape);
  }
  const [a, b] = doc.parts;
  assert.equal(doc.title?.text, 'United Nations common system', `${shape}: the letter A is no part of the title`);
  assert.deepEqual(
    a.preamble.map((p) => p.phrase?.value),
    ['Recalling', 'Having considered', 'Reaffirming its commitment', 'Emphasizing'],
    shape,
  );
  assert.deepEqual(labels(a.operative), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', 'I', 'II'], shape);
  const sectionB = a.operative[16].children.find((n) => n.label?.text === 'B')!;
  assert.match(sectionB.text, /^Evolution of the United Nations\/United States net remuneration margin$/, shape);
  assert.deepEqual(labels(sectionB.children.filter((n) => n.label)), ['1', '2', '3', '4'], shape);
  assert.deepEqual(
    b.preamble.map((p) => p.phrase?.value),
    ['Having considered'],
    shape,
  );
  assert.deepEqual(
    b.operative.map((n) => [n.label?.text, n.phrase?.value]),
    [
      ['1', 'Takes note'],
      ['2', 'Endorses'],
    ],
    shape,
  );
  assert.match(b.operative[1].text, /Advisory Committee on Administrative and Budgetary Questions\.$/, shape);
  assert.ok(a.range.end.line < b.range.start.line, shape);
  // Readers that know no parts read part A, the same paragraphs.
  assert.equal(doc.preamble, a.preamble, shape);
  assert.equal(doc.operative, a.operative, shape);
  assert.equal(doc.organ, a.organ, shape);
}

describe('resolutions in parts', () => {
  describe('A/C.5/80/L.17 (Fifth Committee, United Nations common system, parts A and B)', () => {
    for (const shape of TEXT_SHAPES) {
      it(`${shape}: parts A and B with their own organ line, preamble and paragraphs; no finding`, () => {
        const text = corpusText(shape, STEM);
        const doc = parse(text);
        assertCommonSystemParts(doc, text, shape);
        // Part B's "1." is no restart of part A, section II.B's "1." to "4." no duplicates, and part A ends with its own full stop.
        assert.deepEqual(findings(doc), [], shape);
      });
    }

    it('the PDF reader: the same parts', async function () {
      this.timeout(60_000);
      const result = await pdfToText(readFileSync(join(CORPUS, 'pdf', `${STEM}.pdf`)));
      assert.ok(result.ok);
      const doc = parse(result.text);
      assertCommonSystemParts(doc, result.text, 'pdf');
      assert.deepEqual(findings(doc), []);
    });

    it('a numbering error inside part B is still found, and part A ends with a full stop of its own (broken/part-b-gap.txt)', () => {
      const doc = parse(readFixture(join('broken', 'part-b-gap.txt')));
      const found = findings(doc).map((d) => [d.code, d.range.start.line + 1, d.message]);
      assert.deepEqual(found, [
        ['punctuation.operative', 213, '4 should end with a full stop, not ";".'],
        ['numbering.gap', 224, 'paragraph 3 follows 1: 2 is missing.'],
      ]);
    });

    it('renumbering touches part B alone: "3." becomes "2.", section II.B keeps its own 1 to 4', () => {
      const source = readFixture(join('broken', 'part-b-gap.txt'));
      const doc = parse(source);
      const edits = renumberEdits(doc, new SourceLines(source), renumberReadings(identify(doc, source))[0].targetOf);
      assert.deepEqual(
        edits.map((e) => [e.range.start.line + 1, e.newText]),
        [[224, '2.']],
      );
    });

    it('no other document of the corpus or seed is read in parts', () => {
      const parted = [
        ...manifest().flatMap((e) => TEXT_SHAPES.filter((shape) => parse(corpusText(shape, e.stem)).parts.length > 0).map((shape) => `${shape}/${e.stem}`)),
        ...SEEDS.filter((name) => parse(readFixture(name)).parts.length > 0),
      ];
      assert.deepEqual(
        parted,
        TEXT_SHAPES.map((shape) => `${shape}/${STEM}`),
      );
    });

    it('the outline, the folding ranges, the JSON and the HTML export show part B', () => {
      const text = corpusText('pdftotext', STEM);
      const doc = parse(text);
      const partB = doc.parts[1];

      const outline = outlineText(doc, null);
      const at = outline.indexOf('  Part B');
      assert.ok(at > outline.indexOf('  Part A'));
      assert.match(outline.slice(at).join('\n'), /Operative \(2\)\n.*1\. Takes note — of the report of the Secretary-General;/);

      const symbols = documentSymbols(doc);
      const b = symbols.find((s) => s.name === 'Part B')!;
      assert.deepEqual(
        symbols.filter((s) => s.name.startsWith('Part ')).map((s) => s.name),
        ['Part A', 'Part B'],
      );
      assert.deepEqual(
        b.children!.map((s) => [s.name, s.detail]),
        [
          ['Preamble', '1 paragraphs'],
          ['Operative part', '2 paragraphs'],
        ],
      );
      assert.equal(b.selectionRange.start.line, partB.label!.range.start.line);

      const folds = foldingRanges(doc);
      assert.ok(folds.some((f) => f.startLine === partB.label!.range.start.line && f.endLine === partB.range.end.line));
      assert.ok(folds.some((f) => f.startLine === partB.operative[0].range.start.line && f.endLine === partB.operative[1].range.end.line));

      const json = toJson('x.txt', doc, []);
      assert.deepEqual(
        json.parts!.map((p) => [p.label, p.title, p.preamble.length, p.operative.map((n) => n.label)]),
        [
          ['A', null, 4, labels(doc.operative)],
          ['B', null, 1, ['1', '2']],
        ],
      );
      assert.deepEqual(json.operative, json.parts![0].operative);
      assert.ok(!('parts' in toJson('y.txt', parse(readFixture(SEEDS[0])), [])), 'a text in one part keeps the JSON it had');

      const html = renderHtml(buildView(doc, text, 'x.txt'));
      assert.equal((html.match(/<p class="organ-line"/g) ?? []).length, 2);
      assert.match(
        html,
        /<p class="part-label" data-line="\d+">B<\/p>\n<p class="organ-line"[^>]*><i>The General Assembly<\/i>,<\/p>\n<p class="preambular"[^>]*><i class="phrase">Having considered<\/i>/,
      );
      assert.match(html, /Endorses<\/i> the conclusions and recommendations/);
    });
  });

  describe('an invented adopted resolution in parts, each with a title and a closing line', () => {
    const source = readFixture(INVENTED);
    const doc = parse(source);

    it('reads each part with its title and closing; the section heading "A. Travel" is no part', () => {
      assert.equal(doc.title?.text, 'Questions relating to the proposed programme budget for 2045');
      assert.deepEqual(
        doc.parts.map((p) => [p.label?.value, p.title?.value, p.preamble.length, labels(p.operative), p.closing?.meeting, p.closing?.date]),
        [
          ['A', 'Special subjects', 2, ['A'], '65th plenary meeting', '23 December 2044'],
          ['B', 'Construction projects', 2, ['1', '2', '3'], '66th plenary meeting', '24 December 2044'],
        ],
      );
      assert.equal(doc.closing, doc.parts[0].closing);
      assert.deepEqual(findings(doc), []);
    });

    it("the workspace index names every part's paragraphs, with the part's letter", () => {
      const entry = summarize('file:///parts/A_RES_99_250.txt', doc, 'print');
      assert.deepEqual(entry.paragraphs, ['A 1. Takes note', 'A 2. Requests', 'B 1. Requests', 'B 2. Also requests', 'B 3. Decides']);
    });

    it('"paragraph 1 above" names the paragraph 1 of its own part', () => {
      const references = doc.citations.filter((c) => c.kind === 'internal');
      assert.equal(references.length, 2);
      const [inA, inB] = references.map((c) => paragraphTarget(doc, c.symbol, c.range.start));
      assert.match(inA!.text, /^Takes note of the report of the Secretary-General;$/);
      assert.match(inB!.text, /^Requests the Secretary-General to continue the renovation/);
    });

    it("the HTML export links a reference in part B to part B's paragraph", () => {
      const html = renderHtml(buildView(doc, source, 'x.txt'));
      assert.match(html, /<p class="part-label" data-line="35">B<\/p>\n<h2 class="part-title">Construction projects<\/h2>/);
      assert.match(html, /id="part-B-para-1"><span class="label">1\.<\/span><i class="phrase">Requests<\/i>/);
      assert.match(html, /Also requests<\/i> the Secretary-General to ensure the full implementation of paragraph <a class="citation" href="#part-B-para-1"/);
      assert.match(html, /report on the implementation of paragraph <a class="citation" href="#para-1"/);
      assert.equal((html.match(/<p class="closing"/g) ?? []).length, 2);
    });

    it("completion in part B's preamble offers preambular phrases (part A's paragraphs are above, not part B's)", () => {
      const line = doc.parts[1].preamble[1].range.start.line;
      assert.ok(completions(doc, 'Not', { line, character: 3 }, []).some((c) => c.kind === 'phrase' && c.label === 'Noting'));
    });

    it('the summary counts the paragraphs of every part', () => {
      const row = summaryRow('x.txt', doc, []);
      assert.deepEqual([row.preamble, row.operative], [4, 5]);
    });

    it('comparing with a version that changes part B reports part B', () => {
      const changed = parse(
        source.replace('Decides to consider the question at its hundredth session.', 'Decides to consider the question at its hundred and first session.'),
      );
      const comparison = compareDocuments(doc, changed);
      assert.deepEqual(
        comparison.parts!.map((p) => [p.label, p.status]),
        [['B', 'changed']],
      );
      assert.equal(comparison.counts.changed, 1);
      assert.match(renderComparisonText(comparison, { before: 'a', after: 'b' }), /^Part B \(changed\)$/m);
      assert.ok(!('parts' in compareDocuments(parse(readFixture(SEEDS[0])), parse(readFixture(SEEDS[0])))));
    });

    it('every body of a text in one part is the text itself', () => {
      const seed = parse(readFixture(SEEDS[0]));
      const [only] = bodyParts(seed);
      assert.equal(bodyParts(seed).length, 1);
      assert.equal(only.label, null);
      assert.equal(only.operative, seed.operative);
    });
  });
});
