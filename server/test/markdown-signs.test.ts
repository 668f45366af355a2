// The markdown signs that decide a text's shape are counted, and the parser's markdown
// hint found, with patterns that search only from a sign's first character: the same
// answers as the straightforward global search of every offset, on every fixture and on
// random texts of the characters around a sign (white space a previous sign consumed included).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { hasEmphasisAroundWords } from '../src/core/emphasis';
import { countMarkdownSigns, hasMarkdownHint } from '../src/core/shape';
import { FIXTURES } from './helpers';

const SIGNS = /\[[^\]\n]{1,80}\]\([^)\n]*\)|(?:^|\s)\*{1,2}[A-Z][^*\n]{0,60}\*{1,2}|^\s*[-*+] (?:\d{1,3}\.|\([a-z]{1,4}\)) |[¹²³⁴⁵⁶⁷⁸⁹⁰]/gm;
const HINT = /\]\(#?[^)\s]*\)|^\s*- \d{1,3}\. |^\s*#{1,6} \S/m;

const signsEverywhere = (text: string) => (text.slice(0, 200_000).match(SIGNS) ?? []).length;
const hintEverywhere = (text: string) => HINT.test(text.slice(0, 200_000)) || hasEmphasisAroundWords(text.slice(0, 200_000));

function texts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return texts(path);
    return /\.(?:txt|md)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const PIECES = [
  '[',
  ']',
  '(',
  ')',
  '#',
  '*',
  '**',
  '-',
  '+',
  ' ',
  '\n',
  '\r',
  '\t',
  '\u2028',
  '\u00a0',
  'A',
  'a',
  'b',
  '1',
  '12',
  '.',
  '¹',
  '⁰',
  '(ab)',
  '- 1. ',
  '* (a) ',
  '[x](y)',
  '](#x)',
  '*Ab*',
  '*Ab cd*',
];
const randomText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('markdown signs searched from their first character', () => {
  const fixtures = texts(FIXTURES);

  it('counts what the search of every offset counts, on every fixture', () => {
    assert.ok(fixtures.length > 100);
    assert.ok(
      fixtures.some((text) => signsEverywhere(text) >= 3),
      'some fixture is markdown',
    );
    for (const text of fixtures) assert.equal(countMarkdownSigns(text), signsEverywhere(text));
  });

  it('finds a hint where the search of every offset does, on every fixture', () => {
    assert.ok(fixtures.some(hintEverywhere) && !fixtures.every(hintEverywhere));
    for (const text of fixtures) assert.equal(hasMarkdownHint(text), hintEverywhere(text));
  });

  it('agrees on random texts of the characters around signs', () => {
    fc.assert(
      fc.property(randomText, (text) => countMarkdownSigns(text) === signsEverywhere(text) && hasMarkdownHint(text) === hintEverywhere(text)),
      { numRuns: 20_000 },
    );
  });
});
