// The diff `resolution fix` prints: hunks as `diff -u` makes them, from the edits themselves.
import { strict as assert } from 'node:assert';
import { unifiedDiff } from '../src/cli/unified-diff';

const LETTERS = 'abcdefghijklmn'.split('');

/** An edit that capitalises the letter on `line` (zero-based). */
function capital(line: number) {
  return { range: { start: { line, character: 0 }, end: { line, character: 1 } }, newText: LETTERS[line].toUpperCase() };
}

describe('unifiedDiff', () => {
  it('prints changes more than six lines apart as two hunks, and a last line without a line break as diff -u does', () => {
    assert.equal(
      unifiedDiff('t', LETTERS.join('\n'), [capital(13), capital(1)]),
      [
        '--- t',
        '+++ t',
        '@@ -1,5 +1,5 @@',
        ' a',
        '-b',
        '+B',
        ' c',
        ' d',
        ' e',
        '@@ -11,4 +11,4 @@',
        ' k',
        ' l',
        ' m',
        '-n',
        '\\ No newline at end of file',
        '+N',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
  });

  it('joins changes six lines apart into one hunk, and keeps each line its own ending', () => {
    const text = LETTERS.map((letter) => `${letter}\r\n`).join('');
    const hunk = [' a', '-b', '+B', ' c', ' d', ' e', ' f', ' g', ' h', '-i', '+I', ' j', ' k', ' l'];
    assert.equal(unifiedDiff('t', text, [capital(1), capital(8)]), `--- t\n+++ t\n@@ -1,12 +1,12 @@\n${hunk.map((line) => `${line}\r\n`).join('')}`);
  });

  it('shows a line an edit splits as the line removed and the two added', () => {
    const split = { range: { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } }, newText: '\nx' };
    assert.equal(unifiedDiff('t', 'a\nb\nc\nd\n', [split]), '--- t\n+++ t\n@@ -1,4 +1,5 @@\n a\n b\n-c\n+c\n+x\n d\n');
    assert.equal(unifiedDiff('t', 'a\n', []), '');
  });
});
