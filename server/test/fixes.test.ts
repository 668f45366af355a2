// Quick fixes on the broken variants: applying a fix must give back the real seed text
// (or a text with no remaining finding of that kind), never change another word.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { fixAll, fixesFor } from '../src/core/fixes';
import { identify } from '../src/core/identity';
import { applyEdits, readFixture } from './helpers';

function fixTitled(name: string, title: string | RegExp, at = { line: 0, character: 0 }) {
  const text = readFixture(name);
  const doc = parse(text);
  const { diagnostics } = checkDocument(doc);
  const fix = fixesFor(doc, text, diagnostics, at, identify(doc, text)).find((f) => (typeof title === 'string' ? f.title === title : title.test(f.title)));
  assert.ok(
    fix,
    `no fix "${title}" among ${fixesFor(doc, text, diagnostics, at, identify(doc, text))
      .map((f) => f.title)
      .join(', ')}`,
  );
  return { text, fix, result: applyEdits(text, fix.edits) };
}

describe('quick fixes', () => {
  it('renumbers a gap back to the real text', () => {
    const { fix, result } = fixTitled('broken/gap.txt', 'Renumber the paragraphs and the references to them');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(result, readFixture('A_RES_73_266.adopted.txt'));
  });

  it('relabels skipped letters back to the real text', () => {
    const { result } = fixTitled('broken/letter-skip.txt', 'Renumber the paragraphs and the references to them');
    assert.equal(result, readFixture('A_C.1_70_L.45.draft.txt'));
  });

  it('renumbers an insertion and moves "paragraph 3 above" with its paragraph', () => {
    const seed = readFixture('A_C.1_70_L.45.draft.txt');
    const inserted = seed.replace('3. *Considers*', '2 bis. *Decides* to remain seized of the matter;\n\n3. *Considers*');
    const doc = parse(inserted);
    const fix = fixesFor(doc, inserted, checkDocument(doc).diagnostics, { line: 0, character: 0 }, identify(doc, inserted)).find((f) =>
      f.title.startsWith('Renumber'),
    )!;
    const result = applyEdits(inserted, fix.edits);
    assert.match(result, /\n3\. \*Decides\* to remain seized of the matter;\n\n4\. \*Considers\*/);
    assert.match(result, /\n5\. \*Invites\*/);
    assert.match(result, /\n7\. \*Decides\* to include/);
    assert.equal((result.match(/paragraph 4 above/g) ?? []).length, 2);
    assert.equal((result.match(/paragraph 3 above/g) ?? []).length, 0);
    assert.deepEqual(
      checkDocument(parse(result)).diagnostics.filter((d) => d.code.startsWith('numbering.') || d.code === 'reference.paragraph'),
      [],
    );
  });

  it('renumbers decimal items with their parent', () => {
    const { result } = fixTitled('broken/decimal-parent.txt', 'Renumber the paragraphs and the references to them');
    assert.equal(result, readFixture('A_C.1_73_L.27_Rev.1.pdf-extracted.txt'));
  });

  for (const [name, seed, title] of [
    ['broken/missing-full-stop.txt', 'A_RES_73_266.adopted.txt', 'End with a full stop'],
    ['broken/preamble-comma.txt', 'A_RES_73_266.adopted.txt', 'End with a comma'],
    ['broken/operative-semicolon.txt', 'A_C.1_70_L.45.draft.txt', 'Add a semicolon'],
    ['broken/dangling-marker.txt', 'A_C.1_70_L.45.draft.txt', 'Remove the marker of footnote 5'],
    ['broken/also-without-base.txt', 'A_RES_73_266.adopted.txt', 'Change to "Decides"'],
    ['broken/label-full-stop.txt', 'A_RES_73_266.adopted.txt', 'Add the full stop after the number'],
  ] as const) {
    it(`${title}: ${name} becomes the real text again`, () => {
      const { result } = fixTitled(name, title);
      assert.equal(result, readFixture(seed));
    });
  }

  it("adds a missing footnote in the document's own style", () => {
    const { result } = fixTitled('broken/dangling-marker.txt', 'Add footnote 5');
    const doc = parse(result);
    assert.deepEqual(
      doc.footnotes.map((f) => f.label),
      ['1', '2', '3', '4', '5'],
    );
    assert.deepEqual(
      checkDocument(doc).diagnostics.map((d) => d.code),
      [],
    );
  });

  it('removes a footnote nothing refers to', () => {
    const { result } = fixTitled('broken/unreferenced-footnote.txt', 'Remove footnote 4');
    assert.deepEqual(
      parse(result).footnotes.map((f) => f.label),
      ['1', '2', '3'],
    );
  });

  it('qualifies a repeated verb as house style does: Also requests, then Further requests', () => {
    const text = readFixture('A_RES_73_266.adopted.txt');
    const doc = parse(text);
    const [, , third, fourth, fifth] = doc.operative;
    assert.equal(
      fixesFor(doc, text, [], third.phrase!.range.start, identify(doc, text)).some((f) => f.title.startsWith('Change to')),
      false,
    );
    assert.equal(
      fixesFor(doc, text, [], fourth.phrase!.range.start, identify(doc, text)).find((f) => f.title.startsWith('Change to'))?.title,
      'Change to "Also requests"',
    );
    assert.equal(
      fixesFor(doc, text, [], fifth.phrase!.range.start, identify(doc, text)).find((f) => f.title.startsWith('Change to'))?.title,
      'Change to "Further requests"',
    );
  });

  it('fixes all safe problems at once without touching words', () => {
    const broken = readFixture('A_RES_73_266.adopted.txt')
      .replace('- 3. Requests the Secretary-General', '- 3 Requests the Secretary-General')
      .replace('- 4. Requests the Office', '- 5. Requests the Office')
      .replace('means of telecommunication,\n', 'means of telecommunication\n')
      .replace('international security".', 'international security"');
    const doc = parse(broken);
    const all = fixAll(doc, broken, checkDocument(doc).diagnostics, identify(doc, broken))!;
    assert.equal(applyEdits(broken, all.edits), readFixture('A_RES_73_266.adopted.txt'));
  });

  it('offers no renumbering on a text whose numbering is right', () => {
    const text = readFixture('A_C.1_73_L.27_Rev.1.pdf-extracted.txt');
    const doc = parse(text);
    assert.equal(
      fixesFor(doc, text, [], { line: 0, character: 0 }, identify(doc, text)).some((f) => f.title.startsWith('Renumber')),
      false,
    );
  });
});
