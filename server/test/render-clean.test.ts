// The clean shape keeps every word: body text and footnotes compared character by
// character (whitespace aside) with the source minus its page furniture.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { renderClean } from '../src/core/render-clean';
import { checkDocument } from '../src/core/check';
import { labels, readFixture, SEEDS } from './helpers';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function squeeze(text: string): string {
  return [...text.replace(/\s+/g, '')].map((c) => (SUPERSCRIPT.includes(c) ? String(SUPERSCRIPT.indexOf(c)) : c)).join('');
}

/** The source's words in order: furniture, footnote and rule lines out, markdown markup out. */
function sourceWords(text: string, footnotes: boolean): string {
  const doc = parse(text);
  const furniture = new Set(doc.furniture.map((f) => f.range.start.line));
  const footnoteLines = new Set(
    doc.footnotes.flatMap((f) => Array.from({ length: f.range.end.line - f.range.start.line + 1 }, (_, i) => f.range.start.line + i)),
  );
  const kept = text.split(/\r\n|\r|\n/).filter((line, i) => !furniture.has(i) && !/^\s*_{5,}\s*$/.test(line) && footnoteLines.has(i) === footnotes);
  const plain = kept
    .join('\n')
    .replace(/\[([^\]\n]*)\]\([^)]*\)/g, '$1')
    .replace(/\*/g, '')
    .replace(/^\s*- /gm, '');
  return squeeze(plain);
}

describe('clean shape (formatting and PDF clean-up)', () => {
  for (const name of SEEDS) {
    it(`keeps every word and the structure of ${name}`, () => {
      const text = readFixture(name);
      const doc = parse(text);
      const clean = renderClean(text, doc);
      const [body, notes = ''] = clean.split(/\n__________\n/);
      assert.equal(squeeze(body), sourceWords(text, false));
      assert.equal(squeeze(notes), sourceWords(text, true));
      const again = parse(clean);
      assert.deepEqual(labels(again.operative), labels(doc.operative));
      assert.deepEqual(
        again.preamble.map((p) => p.text),
        doc.preamble.map((p) => p.text),
      );
      assert.deepEqual(
        again.footnotes.map((f) => [f.label, f.text, f.markers.length]),
        doc.footnotes.map((f) => [f.label, f.text, f.markers.length]),
      );
      assert.deepEqual(again.citations.map((c) => c.symbol).sort(), doc.citations.map((c) => c.symbol).sort());
      assert.deepEqual(
        checkDocument(again).diagnostics.map((d) => d.code),
        checkDocument(doc).diagnostics.map((d) => d.code),
      );
    });
  }

  it('puts each paragraph of PDF text on one line, furniture gone', () => {
    const clean = renderClean(readFixture('A_C.1_75_L.4.pdf-extracted.txt'), parse(readFixture('A_C.1_75_L.4.pdf-extracted.txt')));
    const lines = clean.split('\n').filter(Boolean);
    assert.ok(lines.includes('1. Calls upon Member States:'));
    assert.ok(
      lines.includes(
        'Noting the productive, useful and ongoing discussions within the Open-Ended Working Group, which is inclusive of all Member States, and the Group of Governmental Experts, and maintaining that these important processes should conclude before considering next steps,',
      ),
    );
    assert.ok(!/20-13029|\*2013029\*|undocs\.org|2\/3/.test(clean));
    assert.deepEqual(lines.slice(-3), ['1 A/65/201.', '2 A/68/98.', '3 A/70/174.']);
    assert.equal(renderClean(clean, parse(clean)), clean, 'the clean shape is a fixed point');
  });
});
