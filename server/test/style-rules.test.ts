// The style rules (server/src/core/rules/style-*.ts) on constructed drafts: for each, the exact
// findings on what it is for, the quick fix's edit and the text it gives, and silence on its
// look-alikes (symbols, URLs, names, quotations, the shapes an extraction leaves).
import { strict as assert } from 'node:assert';
import { checkDocument, type SeveritySetting } from '../src/core/check';
import { fixAll, fixesFor } from '../src/core/fixes';
import { identify } from '../src/core/identity';
import type { Diagnostic, Position } from '../src/core/model';
import { joinMapped, MappedText } from '../src/core/mapped-text';
import { parse } from '../src/core/parser';
import { sourceRangeOf } from '../src/core/rules/style-text';
import { SourceText } from '../src/core/source';
import { applyEdits, readFixture } from './helpers';

/** A draft typed one paragraph a line (the clean shape), its lines 0–3 a heading and the organ. */
const draft = (...paragraphs: string[]) => ['Draft resolution', '', 'The General Assembly,', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

const at = (p: Position) => `${p.line}:${p.character}`;
const shown = (d: Diagnostic) => `${d.code} ${d.severity} ${at(d.range.start)}-${at(d.range.end)} ${d.message}`;

function styleFindings(text: string, severities: Record<string, SeveritySetting> = {}): Diagnostic[] {
  return checkDocument(parse(text), { text, severities }).diagnostics.filter((d) => d.code.startsWith('style.'));
}

/** The quick fix offered for `diagnostic`, its edits as "line:character-line:character→text", and the text it gives. */
function quickFix(text: string, diagnostic: Diagnostic) {
  const doc = parse(text);
  const fixes = fixesFor(doc, text, [diagnostic], diagnostic.range.start, identify(doc, text));
  const quick = fixes.filter((f) => f.kind === 'quickfix');
  assert.equal(quick.length, 1, fixes.map((f) => f.title).join(', '));
  const [fix] = quick;
  return {
    title: fix.title,
    safe: fix.safe,
    edits: fix.edits.map((e) => `${at(e.range.start)}-${at(e.range.end)}→${e.newText}`),
    result: applyEdits(text, fix.edits),
  };
}

describe('style rules on constructed drafts', () => {
  describe('style.date', () => {
    const text = draft(
      'Recalling its resolution 2758 (XXVI) of 25.10.1971 and resolution 47/1 of 22/09/1992,',
      'Recalling also Security Council resolution 777 (1992) of September 19, 1992,',
      '1. Decides to meet again on 10/25/2026.',
    );

    it('finds dates in figures and month first, and writes each day, month and year', () => {
      assert.deepEqual(styleFindings(text).map(shown), [
        'style.date information 4:40-4:50 Write the date "25.10.1971" as "25 October 1971".',
        'style.date information 4:74-4:84 Write the date "22/09/1992" as "22 September 1992".',
        'style.date information 6:57-6:75 Write the date "September 19, 1992" as "19 September 1992".',
        // Only month first makes a date of 10/25: read so.
        'style.date information 8:28-8:38 Write the date "10/25/2026" as "25 October 2026".',
      ]);
      assert.deepEqual(quickFix(text, styleFindings(text)[0]), {
        title: 'Change to "25 October 1971"',
        safe: false,
        edits: ['4:40-4:50→25 October 1971'],
        result: text.replace('25.10.1971', '25 October 1971'),
      });
    });

    it('leaves version numbers, symbols, URLs, quotations and numbers that are no date', () => {
      const lookalikes = draft(
        'Recalling version 1.4.1 of the draft, paragraph 1.4.2, document A/25/10/1971, https://undocs.org/25.10.1971 and [the list](https://example.org/list?from=25.10.1971),',
        'Noting the report entitled “Review of 25.10.1971”, figures 32.13.2020 and 12.5 per cent,',
        '1. Decides to meet on 25 October 2026.',
      );
      assert.deepEqual(styleFindings(lookalikes), []);
    });
  });

  describe('style.this-resolution', () => {
    it('finds "this resolution" and "this Resolution" and writes "the present resolution"', () => {
      const text = draft(
        'Recalling its resolution 47/1,',
        '1. Decides that this resolution shall be reviewed;',
        '2. Requests the Secretary-General to report on this Resolution. This resolution ends here.',
      );
      assert.deepEqual(styleFindings(text).map(shown), [
        'style.this-resolution information 6:16-6:31 "this resolution": the UN writes "the present resolution".',
        'style.this-resolution information 8:47-8:62 "this Resolution": the UN writes "the present resolution".',
        // After a full stop the sentence opens with a capital.
        'style.this-resolution information 8:64-8:79 "This resolution": the UN writes "The present resolution".',
      ]);
      const fix = quickFix(text, styleFindings(text)[1]);
      assert.deepEqual(fix.edits, ['8:47-8:62→the present resolution']);
      assert.equal(fix.result.split('\n')[8], '2. Requests the Secretary-General to report on the present resolution. This resolution ends here.');
    });

    it('in a decision finds "this decision"; in a resolution leaves it, and quotations, alone', () => {
      const decision = ['Draft decision', '', 'The General Assembly,', '', '1. Decides that this decision shall apply to resolution 47/1.', ''].join('\n');
      assert.deepEqual(styleFindings(decision).map(shown), [
        'style.this-resolution information 4:16-4:29 "this decision": the UN writes "the present decision".',
      ]);
      const resolution = draft(
        'Recalling its decision 72/512 and welcoming this decision,',
        '1. Decides to reread “this resolution”, these resolutions and this regard.',
      );
      assert.deepEqual(styleFindings(resolution), []);
    });
  });

  describe('style.resolution-case', () => {
    it('finds "Resolution" before a number inside a sentence, after an organ too', () => {
      const text = draft('Recalling General Assembly Resolution 2758 (XXVI), Security Council Resolution 777 (1992) and its Resolutions 47/1 and ES-10/21,');
      assert.deepEqual(styleFindings(text).map(shown), [
        'style.resolution-case information 4:27-4:37 "Resolution" inside a sentence: the UN writes "resolution".',
        'style.resolution-case information 4:68-4:78 "Resolution" inside a sentence: the UN writes "resolution".',
        'style.resolution-case information 4:98-4:109 "Resolutions" inside a sentence: the UN writes "resolutions".',
      ]);
      assert.deepEqual(quickFix(text, styleFindings(text)[1]), {
        title: 'Change to "resolution"',
        safe: false,
        edits: ['4:68-4:78→resolution'],
        result: text.replace('Council Resolution', 'Council resolution'),
      });
    });

    it('leaves a sentence or footnote that opens with it, and titles of publications', () => {
      const text = draft(
        'Recalling its resolution 47/1,¹',
        '1. Decides to act. Resolution 47/1 is recalled;',
        '2. Takes note of Resolutions and Decisions of the Security Council, 2017.',
        '¹ Resolution 70/1.',
      );
      const doc = parse(text);
      assert.deepEqual(
        doc.footnotes.map((f) => f.text),
        ['Resolution 70/1.'],
      );
      assert.deepEqual(styleFindings(text), []);
    });
  });

  describe('style.united-nations', () => {
    it('finds "UN" and "UN’s" as words and writes "United Nations"', () => {
      const text = draft('Noting the role of the UN and of the UN’s partners,');
      assert.deepEqual(styleFindings(text).map(shown), [
        'style.united-nations information 4:23-4:25 "UN": the text of a resolution writes "United Nations".',
        'style.united-nations information 4:37-4:41 "UN’s": the text of a resolution writes "United Nations’".',
      ]);
      assert.deepEqual(quickFix(text, styleFindings(text)[1]).result.split('\n')[4], 'Noting the role of the UN and of the United Nations’ partners,');
    });

    it('leaves names, symbols, URLs, quotations, a defined abbreviation and footnotes', () => {
      const text = draft(
        'Welcoming the work of UN-Habitat, UN-Women, UN Women, UN -Oceans, UNDP and UN/CEFACT, the “UN Global Compact” and the United Nations (UN), https://un.org/UN,¹',
        '1. Decides to act.',
        '¹ A Digital Handbook on the UN General Assembly’s Past Practice.',
      );
      assert.deepEqual(styleFindings(text), []);
    });
  });

  describe('style.secretary-general', () => {
    it('finds "Secretary General" in a typed text and writes the hyphen', () => {
      const text = draft('1. Requests the Secretary General of the United Nations and the Deputy Secretary General to report.');
      assert.deepEqual(styleFindings(text).map(shown), [
        'style.secretary-general information 4:16-4:33 "Secretary General": the UN writes "Secretary-General", with a hyphen.',
        'style.secretary-general information 4:71-4:88 "Secretary General": the UN writes "Secretary-General", with a hyphen.',
      ]);
      assert.deepEqual(quickFix(text, styleFindings(text)[0]).edits, ['4:16-4:33→Secretary-General']);
    });

    it('leaves another organization\'s head, and an extraction, where pdftotext joins a broken "Secretary-" without its hyphen', () => {
      assert.deepEqual(
        styleFindings(draft('1. Invites the Secretary General of the North Atlantic Treaty Organization and the Secretary-General to meet.')),
        [],
      );
      const extracted = readFixture('corpus/pdftotext/A_C.3_80_L.32.txt');
      assert.equal(extracted.split('\n')[238].includes('Special Envoy of the Secretary General on Myanmar'), true);
      assert.equal(parse(extracted).shape, 'pdf');
      assert.deepEqual(styleFindings(extracted), []);
    });
  });

  describe('style.repeated-verb', () => {
    const text = draft('1. Decides to act;', '2. Decides to meet;', '3. Also decides to report;', '4. Decides to remain seized of the matter.');
    const on = { 'style.repeated-verb': 'hint' } as const;

    it('is off unless a setting turns it on; then hints "Also" and "Further" on a repeated verb', () => {
      assert.deepEqual(styleFindings(text), []);
      assert.deepEqual(styleFindings(text, on).map(shown), [
        'style.repeated-verb hint 6:3-6:10 "Decides" repeats the verb of paragraph 1; house style writes "Also decides".',
        'style.repeated-verb hint 10:3-10:10 "Decides" repeats the verb of paragraph 1; house style writes "Further decides".',
      ]);
      // Its quick fix takes the place of the refactoring that offers the same edit.
      const fix = quickFix(text, styleFindings(text, on)[1]);
      assert.deepEqual(fix.edits, ['10:3-10:10→Further decides']);
      assert.equal(fix.result.split('\n')[10], '4. Further decides to remain seized of the matter.');
    });

    it('leaves qualified verbs; on A/RES/73/266, which repeats "Requests" plainly, it is why the rule is off', () => {
      assert.deepEqual(styleFindings(draft('1. Decides to act;', '2. Also decides to meet;', '3. Decides also to report;', '4. Requests a report.'), on), []);
      const adopted = readFixture('A_RES_73_266.adopted.txt');
      assert.deepEqual(styleFindings(adopted), []);
      assert.deepEqual(
        styleFindings(adopted, on).map((d) => d.message),
        [
          '"Requests" repeats the verb of paragraph 3; house style writes "Also requests".',
          '"Requests" repeats the verb of paragraph 3; house style writes "Further requests".',
        ],
      );
    });
  });

  describe('style.double-space', () => {
    it('finds two spaces between words in a typed text; its fix is safe', () => {
      const text = draft('1. Decides to act  now;', '2. Decides to   meet.');
      assert.deepEqual(styleFindings(text).map(shown), [
        'style.double-space hint 4:17-4:19 2 spaces between words; one is enough.',
        'style.double-space hint 6:13-6:16 3 spaces between words; one is enough.',
      ]);
      assert.deepEqual(quickFix(text, styleFindings(text)[0]), {
        title: 'Use one space',
        safe: true,
        edits: ['4:17-4:19→ '],
        result: text.replace('act  now', 'act now'),
      });
    });

    it('finds them in markdown, but not after a label, at a line end, in code or in an extraction', () => {
      const markdown = readFixture('A_C.1_76_L.13.draft.txt');
      const spaced = markdown.replace('*Welcomes* the consensus', '*Welcomes* the  consensus');
      assert.equal(parse(spaced).shape, 'markdown');
      assert.deepEqual(
        styleFindings(spaced).map((d) => d.message),
        ['2 spaces between words; one is enough.'],
      );
      // A label's gap, spaces at a line's end, a markdown line break within a paragraph, code.
      const lookalikes = markdown
        .replace('2. *Welcomes*', '2.  *Welcomes*')
        .replace('Security;³\n', 'Security;³  \n')
        .replace('technologies by the 2021', 'technologies  \nby the 2021')
        .replace('in this field;', 'in `this  field`;');
      const wrapped = parse(lookalikes).operative[2];
      assert.deepEqual([wrapped.label?.text, wrapped.ownRange.start.line, wrapped.ownRange.end.line], ['3', 59, 60]);
      assert.deepEqual(styleFindings(lookalikes), []);
      // pymupdf ends every line with a space and pdftotext -layout keeps the page's columns.
      const layout = readFixture('corpus/pdftotext-layout/A_RES_79_327.txt');
      assert.equal(/\S {2,}\S/.test(layout), true);
      assert.deepEqual(styleFindings(layout), []);
    });
  });

  describe('style.straight-quotes', () => {
    it('finds a pair of straight quotation marks in the clean shape; its fix curls both', () => {
      const text = draft('1. Decides to include the item entitled "Developments in the field".');
      assert.deepEqual(styleFindings(text).map(shown), ['style.straight-quotes hint 4:40-4:67 Straight quotation marks: the UN prints “ and ”.']);
      assert.deepEqual(quickFix(text, styleFindings(text)[0]), {
        title: 'Use curly quotation marks',
        safe: true,
        edits: ['4:40-4:41→“', '4:66-4:67→”'],
        result: text.replace('"Developments in the field"', '“Developments in the field”'),
      });
    });

    it('leaves marks that do not pair, and markdown, whose converters write them straight (A/RES/73/266)', () => {
      assert.deepEqual(styleFindings(draft('1. Decides to buy a 12" screen and a "b"c.', '2. Decides that "first" and "second words stand.')), []);
      const adopted = readFixture('A_RES_73_266.adopted.txt');
      assert.equal(adopted.includes('entitled "Developments'), true);
      assert.equal(parse(adopted).shape, 'markdown');
      assert.deepEqual(styleFindings(adopted), []);
    });
  });

  it('"Fix all" applies the fixes that change no word (spacing, quotation marks) and leaves the words to review', () => {
    const text = draft('1. Decides to include the UN item  entitled "Developments in the field".');
    const doc = parse(text);
    const { diagnostics } = checkDocument(doc, { text });
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['style.united-nations', 'style.double-space', 'style.straight-quotes'],
    );
    const all = fixAll(doc, text, diagnostics, identify(doc, text))!;
    assert.equal(applyEdits(text, all.edits).split('\n')[4], '1. Decides to include the UN item entitled “Developments in the field”.');
  });

  it('gives no range to words a page break parts with its furniture, which an edit would take with it', () => {
    const prose = (source: SourceText, lines: number[]) => ({
      text: joinMapped(
        lines.map((n) => MappedText.fromSource(source.text, source.lines[n].start, source.lines[n].start + source.lines[n].text.length)),
        ' ',
      ),
      literal: [],
      quoted: [],
    });
    const broken = new SourceText('recalls this\nA/RES/79/1 3/9\nresolution,');
    assert.equal(prose(broken, [0, 2]).text.text, 'recalls this resolution,');
    assert.equal(sourceRangeOf(prose(broken, [0, 2]), broken, 8, 23), null);
    const wrapped = new SourceText('recalls this \nresolution,');
    assert.deepEqual(sourceRangeOf(prose(wrapped, [0, 1]), wrapped, 8, 24), { start: { line: 0, character: 8 }, end: { line: 1, character: 10 } });
  });

  it('finds nothing without the text the model was read from', () => {
    const text = draft('1. Requests the Secretary General to report on this resolution of 25.10.1971.');
    assert.equal(styleFindings(text).length, 3);
    assert.deepEqual(
      checkDocument(parse(text)).diagnostics.filter((d) => d.code.startsWith('style.')),
      [],
    );
  });
});
