// Structures real resolutions use, on fixtures written from the conventions (none is in the
// corpus): a numbered list inside a paragraph closing with a colon; a declaration's numbered
// commitment lines ("Action 1. We will …") over paragraphs whose numbering runs on across them;
// a declaration adopted inline ("Adopts the following declaration:"), read as a part of its own.
import { strict as assert } from 'node:assert';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import type { OperativeNode } from '../src/core/model';
import { readFixture } from './helpers';

function outline(nodes: OperativeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.kind} ${n.label?.text ?? '-'} ${n.text.split(' ').slice(0, 3).join(' ')}`,
    ...outline(n.children, depth + 1),
  ]);
}

function findings(text: string): string[] {
  return checkDocument(parse(text))
    .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${d.code}@${d.range.start.line + 1}`);
}

describe('structures real resolutions use', () => {
  const objectives = readFixture('structures/numbered-objectives.txt');

  it("a numbered list after a colon is the paragraph's own, and the paragraphs' numbering goes on after it", () => {
    assert.deepEqual(outline(parse(objectives).operative), [
      'paragraph 1 Proclaims the period',
      'paragraph 2 Decides that the',
      '  paragraph 1 To promote cooperation',
      '  paragraph 2 To strengthen the',
      '  paragraph 3 To improve the',
      '  paragraph 4 To encourage partnerships',
      '  paragraph 5 To raise awareness',
      'paragraph 3 Invites Member States',
      'paragraph 4 Requests the Secretary-General',
    ]);
    assert.deepEqual(findings(objectives), []);
  });

  it('a number going on with the paragraphs ends the list where it opens with an operative verb, however few items came', () => {
    const short = objectives.replace(/^3\. To improve[^\n]*\n4\. To encourage[^\n]*\n5\. To raise[^\n]*\n/m, '');
    assert.deepEqual(
      outline(parse(short).operative).map((line) => line.split(' ').slice(0, -3).join(' ')),
      ['paragraph 1', 'paragraph 2', '  paragraph 1', '  paragraph 2', 'paragraph 3', 'paragraph 4'],
    );
    assert.deepEqual(findings(short), []);
  });

  it('a restart at 1 after a paragraph not closing with a colon is still a numbering error', () => {
    const restart = objectives.replace('shall be:', 'shall be decided later;');
    assert.ok(findings(restart).includes('numbering.start@15'), findings(restart).join(' '));
  });

  const actions = readFixture('structures/declaration-actions.txt');

  it("a declaration's commitment lines are headings, its paragraphs numbered on across them", () => {
    const doc = parse(actions);
    assert.equal(doc.annexes.length, 1);
    assert.deepEqual(outline(doc.annexes[0].operative), [
      'paragraph 1 We, the Heads',
      'paragraph 2 We recognize that',
      'heading - Action 1. We',
      '  paragraph 3 We commit to',
      '  paragraph 4 We will strengthen',
      'heading - Action 2. We',
      '  paragraph 5 We call upon',
      '  paragraph 6 We decide to',
    ]);
    assert.deepEqual(findings(actions), []);
  });

  it('a commitment line out of its series ("Action 2." with no "Action 1.") is no heading', () => {
    const doc = parse(actions.replace('Action 1. We will make', 'We will also make'));
    assert.deepEqual(
      doc.annexes[0].operative.filter((n) => n.kind === 'heading'),
      [],
    );
  });

  it('a declaration adopted inline keeps its reading as a part of its own', () => {
    const doc = parse(readFixture('structures/inline-declaration.txt'));
    assert.deepEqual(
      doc.operative.map((n) => n.text),
      ['Adopts the following declaration:'],
    );
    const [declaration] = doc.annexes;
    assert.equal(declaration.title?.value, 'Declaration on the Rights of Future Generations');
    assert.deepEqual(
      declaration.preamble.map((p) => p.text),
      ['We, the Heads of State and Government,'],
    );
    assert.deepEqual(outline(declaration.operative), ['paragraph 1 Affirm that present', 'paragraph 2 Commit to taking', 'paragraph 3 Decide to review']);
    assert.deepEqual(findings(readFixture('structures/inline-declaration.txt')), []);
  });
});
