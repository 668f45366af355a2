// The language configuration's wordPattern decides what double-click selects and what
// VS Code sends as "the word" under the cursor: a document symbol must be one word.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const configuration = JSON.parse(readFileSync(join(__dirname, '..', '..', 'language-configuration.json'), 'utf8')) as { wordPattern: string };

/** The word around `column`, found as VS Code finds it: the match of the pattern that spans it. */
function wordAt(line: string, column: number): string | undefined {
  for (const match of line.matchAll(new RegExp(configuration.wordPattern, 'g'))) {
    if (match.index <= column && column <= match.index + match[0].length) return match[0];
  }
  return undefined;
}

describe('language configuration: wordPattern', () => {
  const cases: Array<[line: string, inside: string, word: string]> = [
    ['Recalling its resolution A/RES/73/266 of 22 December 2018,', 'RES/73', 'A/RES/73/266'],
    ['Recalling its resolution A/RES/73/266 of 22 December 2018,', '266', 'A/RES/73/266'],
    ['amendments to draft resolution A/C.1/75/L.4, as orally revised', 'C.1', 'A/C.1/75/L.4'],
    ['amendments to draft resolution A/C.1/75/L.4, as orally revised', 'L.4', 'A/C.1/75/L.4'],
    ['its resolutions 53/70 of 4 December 1998', '/70', '53/70'],
    ['6. Decides to include in the provisional agenda', 'cides', 'Decides'],
  ];
  for (const [line, inside, word] of cases) {
    it(`selects "${word}" from inside "${inside}"`, () => {
      assert.equal(wordAt(line, line.indexOf(inside) + 1), word);
    });
  }
});
