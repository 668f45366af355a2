// Paragraph identity across versions (core/identity): what an editor's changes kept, which
// paragraph each paragraph after an edit is, and what the references were written for,
// through splits, joins, retyped numbers, a whole text replaced and a version from elsewhere.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { fixesFor } from '../src/core/fixes';
import { EditTrail, follow, identify, type DocumentIdentity } from '../src/core/identity';
import type { ResolutionDocument } from '../src/core/model';
import { applyEdits, readFixture } from './helpers';

interface Version {
  doc: ResolutionDocument;
  text: string;
  identity: DocumentIdentity;
}

function first(text: string): Version {
  const doc = parse(text);
  return { doc, text, identity: identify(doc, text) };
}

/** `before` with [start, end) replaced by `typed`, followed through the trail (or by words, without one; or by place, told the edit stays in one paragraph). */
function edit(before: Version, start: number, end: number, typed: string, how: 'trail' | 'words' | 'in place' = 'trail'): Version {
  const text = before.text.slice(0, start) + typed + before.text.slice(end);
  const trail = new EditTrail(before.text.length);
  trail.replace(start, end, typed.length);
  const doc = parse(text);
  return { doc, text, identity: follow(before, how === 'words' ? null : trail, doc, text, how === 'in place') };
}

/** Each reference as [line, written number, what it is bound to: the label of the paragraph now, or the binding's kind]. */
function references(version: Version): Array<[number, string, string]> {
  return [...version.identity.bindingOf].map(([c, b]) => [
    c.range.start.line,
    c.symbol,
    b.kind === 'bound' ? `${version.identity.pathOf.get(b.id)} @${version.identity.nodeOf.get(b.id)!.ownRange.start.line}` : b.kind,
  ]);
}

function findings(version: Version): Array<[string, number, string]> {
  return checkDocument(version.doc, { identity: version.identity }).diagnostics.map((d) => [d.code, d.range.start.line, d.message]);
}

describe('paragraph identity across versions', () => {
  const seed = readFixture('A_C.1_70_L.45.draft.txt');
  const at = (text: string, needle: string) => {
    const index = text.indexOf(needle);
    assert.ok(index >= 0, needle);
    return index;
  };

  describe('the edit trail', () => {
    it('keeps the copied stretches through insertions, deletions and replacements, typed text left out', () => {
      const trail = new EditTrail(100);
      trail.replace(10, 10, 5); // 0-10 copied, 5 typed, 10-100 copied
      trail.replace(30, 40, 0); // deletes old 25-35
      trail.replace(0, 2, 3); // retypes old 0-2
      assert.deepEqual(trail.copiedRuns(), [
        { at: 3, from: 2, length: 8 },
        { at: 16, from: 10, length: 15 },
        { at: 31, from: 35, length: 65 },
      ]);
    });

    it('keeps nothing of a text replaced whole', () => {
      const trail = new EditTrail(100);
      trail.replace(0, 100, 120);
      assert.deepEqual(trail.copiedRuns(), []);
    });
  });

  describe('references through edits of A/C.1/70/L.45', () => {
    it('a text read once binds each reference to the paragraph its number names', () => {
      assert.deepEqual(references(first(seed)), [
        [81, '3', '3 @73'],
        [89, '3', '3 @73'],
      ]);
    });

    it('numbers retyped by hand after an insertion: the references stay with their paragraph, are told, and are mended', () => {
      let version = first(seed);
      // A paragraph typed above 3, and 3 → 4, 4 → 5, 5 → 6, 6 → 7 retyped, the references forgotten.
      for (const [from, to] of [
        ['6. *Decides*', '7'],
        ['5. *Requests*', '6'],
        ['4. *Invites*', '5'],
        ['3. *Considers*', '4'],
      ]) {
        const start = at(version.text, from);
        version = edit(version, start, start + 1, to);
      }
      const start = at(version.text, '4. *Considers*');
      version = edit(version, start, start, '3. *Decides* to remain seized of the matter;\n\n');
      assert.deepEqual(references(version), [
        [83, '3', '4 @75'],
        [91, '3', '4 @75'],
      ]);
      assert.deepEqual(findings(version), [
        ['reference.moved', 83, '"paragraph 3 above" was written for the paragraph now numbered 4.'],
        ['reference.moved', 91, '"paragraph 3 above" was written for the paragraph now numbered 4.'],
      ]);
      const diagnostics = checkDocument(version.doc, { identity: version.identity }).diagnostics;
      const fixes = fixesFor(version.doc, version.text, [diagnostics[0]], diagnostics[0].range.start, version.identity);
      assert.deepEqual(
        fixes.map((f) => [f.title, f.kind, f.edits.map((e) => [e.range.start.line, e.range.start.character, e.newText])]),
        [
          ['Change the reference to paragraph 4', 'quickfix', [[83, 55, '4']]],
          [
            'Renumber the paragraphs and the references to them',
            'quickfix',
            [
              [83, 55, '4'],
              [91, 94, '4'],
            ],
          ],
        ],
      );
      // Edited by hand, a reference is bound anew to what it now names.
      const written = at(version.text, 'paragraph 3 above;') + 'paragraph '.length;
      const mended = edit(version, written, written + 1, '4');
      assert.deepEqual(references(mended), [
        [83, '4', '4 @75'],
        [91, '3', '4 @75'],
      ]);
      assert.deepEqual(findings(mended), [['reference.moved', 91, '"paragraph 3 above" was written for the paragraph now numbered 4.']]);
    });

    it('a paragraph split in two: the references follow the part that keeps most of it', () => {
      const version = first(seed);
      const split = at(version.text, ' through further examination');
      // The second part, most of the text, gets a number of its own.
      const after = edit(version, split, split + ' through'.length, ';\n\n3 bis. *Encourages*');
      assert.deepEqual(references(after), [
        [83, '3', '3 bis @75'],
        [91, '3', '3 bis @75'],
      ]);
      const tail = at(seed, ' aimed at strengthening the security of global information and telecommunications systems;');
      const small = edit(version, tail, tail + ' aimed at'.length, ';\n\n3 bis. *Aims* at');
      assert.deepEqual(references(small), [
        [83, '3', '3 @73'],
        [91, '3', '3 @73'],
      ]);
    });

    it('two paragraphs joined: a reference to the second follows the joined paragraph', () => {
      const text = seed.replace('referred to in paragraph 3 above', 'referred to in paragraph 4 above');
      const version = first(text);
      const join = at(text, '\n\n4. *Invites*');
      const after = edit(version, join, join + '\n\n4. '.length, ' ');
      assert.deepEqual(references(after), [
        [79, '3', '3 @73'],
        [87, '4', '3 @73'],
      ]);
      assert.deepEqual(
        findings(after).filter(([code]) => code.startsWith('reference.')),
        [['reference.moved', 87, '"paragraph 4 above" was written for the paragraph now numbered 3.']],
      );
    });

    it('an edit inside one paragraph: references carried by place, and one whose number is retyped bound anew', () => {
      let version = first(seed);
      // Renumbered by hand first, so the references are bound elsewhere than their text says.
      const label = at(version.text, '3. *Considers*');
      version = edit(version, label, label + 1, '9');
      assert.deepEqual(references(version), [
        [81, '3', '9 @73'],
        [89, '3', '9 @73'],
      ]);
      const word = at(version.text, 'The content of the concepts');
      const reworded = edit(version, word, word + 3, 'Our', 'in place');
      assert.deepEqual(references(reworded), [
        [81, '3', '9 @73'],
        [89, '3', '9 @73'],
      ]);
      const written = at(reworded.text, 'paragraph 3 above;') + 'paragraph '.length;
      const retyped = edit(reworded, written, written + 1, '2', 'in place');
      assert.deepEqual(references(retyped), [
        [81, '2', '2 @67'],
        [89, '3', '9 @73'],
      ]);
    });

    it('a whole text replaced (a file reloaded from disk): paragraphs are known again by their words', () => {
      const version = first(seed);
      const inserted = seed.replace('3. *Considers*', '3. *Decides* to remain seized of the matter;\n\n3. *Considers*');
      const after = edit(version, 0, seed.length, inserted);
      assert.deepEqual(references(after), [
        [83, '3', '3 @75'],
        [91, '3', '3 @75'],
      ]);
    });

    it('a version from elsewhere (no trail): the comparison pairs the paragraphs, and deleted ones are told', () => {
      const version = first(seed);
      const start = at(seed, '3. *Considers*');
      const end = at(seed, '4. *Invites*');
      const deleted = edit(version, start, end, '', 'words');
      assert.deepEqual(references(deleted), [
        [79, '3', 'deleted'],
        [87, '3', 'deleted'],
      ]);
      assert.deepEqual(findings(deleted), [
        ['numbering.gap', 73, 'paragraph 4 follows 2: 3 is missing.'],
        ['reference.deleted', 79, '"paragraph 3 above" referred to a paragraph that has been deleted.'],
        ['reference.deleted', 87, '"paragraph 3 above" referred to a paragraph that has been deleted.'],
      ]);
      // Renumbering leaves them as written rather than have them name the paragraph now 3.
      const renumber = fixesFor(deleted.doc, deleted.text, [], { line: 0, character: 0 }, deleted.identity).find((f) => f.title.startsWith('Renumber'))!;
      assert.equal(applyEdits(deleted.text, renumber.edits).split('\n')[79], '(c) The content of the concepts mentioned in paragraph 3 above;');
    });
  });
});
