// Typing help (issue #22): what Enter inserts on the new line after an operative paragraph of
// the draft A/C.1/70/L.45 and of constructed drafts, as the exact edit at the exact place, and
// the on-type formatting answer with the setting off.
import { strict as assert } from 'node:assert';
import { enterEdit } from '../src/core/next-label';
import { parse } from '../src/core/parser';
import { onTypeEdits } from '../src/lsp/on-type-formatting';
import { DEFAULT_SETTINGS, readSettings } from '../src/lsp/settings';
import { applyEdits, readFixture } from './helpers';

const L45 = readFixture('A_C.1_70_L.45.draft.txt');

/** The text with Enter pressed at `character` of line `line` (the end of the line when omitted). */
function pressEnter(text: string, line: number, character?: number) {
  const lines = text.split('\n');
  const at = character ?? lines[line].length;
  lines.splice(line, 1, lines[line].slice(0, at), lines[line].slice(at));
  const typed = lines.join('\n');
  const position = { line: line + 1, character: 0 };
  return { typed, position, edit: enterEdit(parse(typed), (n) => lines[n] ?? '', position) };
}

/** The edit Enter at the end of `line` makes: inserted at the start of the new line, or null. */
function insertedAfter(text: string, line: number): string | null {
  const { position, edit } = pressEnter(text, line);
  if (edit === null) return null;
  assert.deepEqual(edit.range, { start: position, end: position });
  return edit.newText;
}

describe('next label on Enter (core/next-label.ts)', () => {
  // A/C.1/70/L.45 (zero-based lines): 65 "1. *Welcomes* …;³", 67 "2. *Calls upon* Member States:", 69 "(a) …;",
  // 71 "(b) …;", 73 "3. *Considers* …;", 85 "5. *Requests* …, …States," (a line wrapped at a comma), 91 "6. *Decides* … security”.".
  it('after a paragraph ending with a semicolon: the next number, set apart by a blank line as the draft sets its paragraphs', () => {
    assert.equal(insertedAfter(L45, 65), '\n2. ');
    assert.equal(insertedAfter(L45, 73), '\n4. ');
  });

  it('after a paragraph ending with a colon: (a)', () => {
    assert.equal(insertedAfter(L45, 67), '\n(a) ');
  });

  it('after a sub-item: the next letter, also after the last sub-item of a paragraph', () => {
    assert.equal(insertedAfter(L45, 69), '\n(b) ');
    assert.equal(insertedAfter(L45, 71), '\n(c) ');
  });

  it('after the last paragraph, ending with a full stop: the next number all the same (the drafter is adding one)', () => {
    assert.equal(insertedAfter(L45, 91), '\n7. ');
  });

  it('nothing after a preambular paragraph, a heading, an unfinished line or the organ line', () => {
    assert.equal(insertedAfter(L45, 63), null); // "Welcoming … over time,"
    assert.equal(insertedAfter(L45, 85), null); // paragraph 5 goes on after its comma
    const headed = 'The General Assembly,\n\nNoting x,\n\nI\n\nGeneral.\n\n1. *Decides* to act;\n\nII\n\nFollow-up.\n\n2. *Requests* a report.';
    assert.equal(insertedAfter(headed, 12), null); // the heading "II Follow-up."
    assert.equal(insertedAfter(headed, 8), '\n2. ');
    assert.equal(insertedAfter(L45, L45.split('\n').indexOf('The General Assembly,')), null);
  });

  it('nothing where Enter splits a line: the new line holds the rest of the paragraph', () => {
    const { typed, edit } = pressEnter(L45, 73, 15);
    assert.equal(
      typed.split('\n')[74],
      'that the purpose of such measures could be served through further examination of relevant international concepts aimed at strengthening the security of global information and telecommunications systems;',
    );
    assert.equal(edit, null);
  });

  it('only the label in a markdown draft, never a verb; a list mark is repeated; a tight draft stays tight', () => {
    const tight = 'The General Assembly,\n\nRecalling its resolution 70/1,\n\n- 1. *Decides* to act:\n- (a) Now;\n2. *Requests* a report.';
    assert.equal(insertedAfter(tight, 4), '- (a) ');
    assert.equal(insertedAfter(tight, 5), '- (b) ');
    assert.equal(insertedAfter(tight, 6), '3. ');
  });

  it('a decimal list goes on in its own form: 1.2 after 1.1, 1.2. after 1.1.', () => {
    const decimals = (dot: string) => `The General Assembly,\n\n1. *Adopts* the following norms:\n1.1${dot} States should cooperate.\n`;
    assert.equal(insertedAfter(decimals(''), 3), '1.2 ');
    assert.equal(insertedAfter(decimals('.'), 3), '1.2. ');
  });

  it('Enter on a sub-item left empty ends the list: the "(c) " Enter gave after (b) becomes "3. "', () => {
    const first = pressEnter(L45, 71);
    const withC = applyEdits(first.typed, [first.edit!]);
    assert.deepEqual(
      withC
        .split('\n')
        .slice(71, 76)
        .map((l) => l.slice(0, 16)),
      ['(b) To promote f', '', '(c) ', '', '3. *Considers* t'],
    );
    const { typed, position, edit } = pressEnter(withC, 73);
    assert.deepEqual(edit, { range: { start: { line: 73, character: 0 }, end: position }, newText: '3. ' });
    const lines = applyEdits(typed, [edit!]).split('\n');
    assert.deepEqual(
      lines.slice(71, 76).map((l) => l.slice(0, 16)),
      ['(b) To promote f', '', '3. ', '', '3. *Considers* t'],
    );
  });

  it('nothing on an empty paragraph of the first level: there is no list to end', () => {
    const withThree = applyEdits(L45, [{ range: { start: { line: 74, character: 0 }, end: { line: 74, character: 0 } }, newText: '\n4. ' }]);
    assert.equal(insertedAfter(withThree, 75), null);
  });
});

describe('on-type formatting (lsp/on-type-formatting.ts)', () => {
  const { typed, position } = pressEnter(L45, 73);
  const lines = typed.split('\n');
  const params = { textDocument: { uri: 'untitled:L45' }, position, ch: '\n', options: { tabSize: 2, insertSpaces: true } };

  it('answers Enter with the label edit', () => {
    assert.deepEqual(
      onTypeEdits(parse(typed), (n) => lines[n] ?? '', params, DEFAULT_SETTINGS),
      [{ range: { start: position, end: position }, newText: '\n4. ' }],
    );
  });

  it('answers nothing with unResolution.typing.nextLabel off', () => {
    const off = readSettings({ typing: { nextLabel: false } });
    assert.equal(off.typing.nextLabel, false);
    assert.deepEqual(
      onTypeEdits(parse(typed), (n) => lines[n] ?? '', params, off),
      [],
    );
  });
});
