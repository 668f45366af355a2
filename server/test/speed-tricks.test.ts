// Each speed trick of the reading that stands for a pattern — a character test for a regular
// expression's class, a test on a text's last characters for one on its whole, a pretest before
// a pattern — gives what the pattern gives, over every character of the Basic Multilingual Plane
// and every line of the corpus in all six shapes (with random variants of their ends).
import { strict as assert } from 'node:assert';
import {
  SPACING_TO_NORMALIZE,
  cleanLine,
  dropCandidates,
  hasCandidateIn,
  hasCellGap,
  mayDropCharacters,
  normalizeSpacing,
  splitCells,
} from '../src/core/line-cleaning';
import { startsWithCapital, startsWithDigit, startsWithLetter, startsWithLowerCase } from '../src/core/letters';
import { MappedText } from '../src/core/mapped-text';
import { digitRunsUnlessSpacing } from '../src/core/footnotes';
import { isWhitespaceCode } from '../src/core/whitespace';
import { closesTail, spacedLength, tailOf } from '../src/core/reading/block-text';
import { comparable, spellOn } from '../src/core/reading/page-heads';
import type { Block } from '../src/core/reading/reading';
import {
  ANNEX_LINE,
  CLOSING,
  DAY_END,
  ENDS_PARAGRAPH,
  ENDS_SENTENCE,
  ENDS_WITH_FULL_STOP,
  ENDS_WITH_SEMICOLON,
  ENDS_WITH_PUNCTUATION,
  LINKING_WORD_END,
  NUMBER_ABBREVIATION_END,
  ORGAN,
  endsOnDay,
  endsOnLinkingWord,
  endsOnNumberAbbreviation,
  endsParagraph,
  firstWord,
  isAnnexLine,
  isClosingLine,
  isOrganLine,
} from '../src/core/reading/text-ends';
import { ALL_TEXT_SHAPES, corpusText, manifest } from './corpus-helpers';
import { endsLikeSentence } from '../src/core/shape';
import { opensDotted } from '../src/core/labels';
import { organNamedBefore } from '../src/core/citation-organs';
import { furnitureKind } from '../src/core/furniture';
import { KEYWORD, findCitations, wholeKeywords, type Keyword } from '../src/core/citations';
import { splittable } from '../src/core/stray-spaces';
import { PARAGRAPHS_BEFORE, PARAGRAPH_NUMBER, REACH, asRead } from '../src/core/cited-paragraphs';
import { variant } from './perturb/apply';
import { cleanSources } from './perturb/sources';

/** What the closing tests stand for: a mark, then closing quotes and brackets and a footnote's marker ("…;5", "… 2024.¹", "…: [3]"). */
const AFTER_CLOSING_MARK = String.raw`['’”"*)\]]*(?:\s?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\d{1,3}\]))?$`;
const CLOSING_TESTS = [
  [ENDS_PARAGRAPH, new RegExp(`[.,;:]${AFTER_CLOSING_MARK}`)],
  [ENDS_SENTENCE, new RegExp(`[.;:]${AFTER_CLOSING_MARK}`)],
  [ENDS_WITH_FULL_STOP, new RegExp(`\\.${AFTER_CLOSING_MARK}`)],
  [ENDS_WITH_SEMICOLON, new RegExp(`;${AFTER_CLOSING_MARK}`)],
] as const;

const BMP = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

/** Every line of the corpus in every shape, and each with its end cut at random (ends are what the tricks read). */
function corpusLines(): string[] {
  const lines = new Set<string>();
  for (const shape of ALL_TEXT_SHAPES) for (const { stem } of manifest()) for (const line of corpusText(shape, stem).split('\n')) lines.add(line);
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (const line of [...lines]) if (line.length > 2) lines.add(line.slice(0, 1 + random(line.length - 1)));
  return [...lines];
}

describe('speed tricks equal the patterns they stand for', function () {
  this.timeout(120000);
  let lines: string[] = [];
  before(() => {
    lines = corpusLines();
  });

  it('reads the corpus lines it checks against', () => {
    assert.ok(lines.length > 100000, `${lines.length} lines`);
  });

  it('isWhitespaceCode is \\s, character by character', () => {
    const differ = BMP.filter((ch) => isWhitespaceCode(ch.charCodeAt(0)) !== /\s/.test(ch));
    assert.deepEqual(differ, []);
  });

  it('the first-character tests are [A-Z], [a-z], [A-Za-z] and [0-9]', () => {
    for (const [test, pattern] of [
      [startsWithCapital, /^[A-Z]/],
      [startsWithLowerCase, /^[a-z]/],
      [startsWithLetter, /^[A-Za-z]/],
      [startsWithDigit, /^[0-9]/],
    ] as const) {
      const differ = ['', ...BMP].filter((ch) => test(`${ch}x`) !== pattern.test(`${ch}x`) || test(ch) !== pattern.test(ch));
      assert.deepEqual(differ, [], pattern.source);
    }
  });

  it('firstWord reads a letter, then letters, apostrophes and hyphens', () => {
    const pattern = /^[A-Za-z][A-Za-z’'-]*/;
    const texts = [...lines, ...BMP.map((ch) => `Re${ch}calling`), ...BMP.map((ch) => `${ch}Noting`)];
    const differ = texts.filter((text) => firstWord(text) !== (pattern.exec(text)?.[0] ?? ''));
    assert.deepEqual(differ.slice(0, 5), []);
  });

  it('endsLikeSentence is a closing mark, closing quotes and a marker of up to three digits at the end', () => {
    const pattern = /[.,;:]['’”"*)\]]*(?:\s*[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?$/;
    const ends = ['', '.', ';', ')', '.)', '. ', '1', '12', '1234', ' 3', '.3', '. 3', '.” 12', '.)  ¹²', '.1234', ',)]'];
    const texts = [...lines, ...BMP.flatMap((ch) => ends.map((end) => `a${ch}${end}`)), ...BMP.flatMap((ch) => ends.map((end) => `a.${end}${ch}`))];
    const differ = texts.filter((text) => endsLikeSentence(text) !== pattern.test(text));
    assert.deepEqual(differ.slice(0, 5), []);
  });

  it('opensDotted is up to four lower-case letters and a full stop at the start (/^[a-z]{1,4}\\./)', () => {
    const texts = [...lines, ...BMP.flatMap((ch) => [`${ch}.`, `a${ch}.`, `abc${ch}. x`, `abcd${ch}`, `abcd.${ch}`, ch])];
    const differ = texts.filter((text) => opensDotted(text) !== /^[a-z]{1,4}\./.test(text));
    assert.deepEqual(differ.slice(0, 5), []);
  });

  it('a line furnitureKind turns down by its second letter is neither an address nor "Please recycle"', () => {
    const texts = [...lines, ...BMP.flatMap((ch) => [`h${ch}tps://undocs.org/A/1`, `p${ch}ease recycle`, `P${ch}`, `h${ch}`])].map((line) => line.trim());
    const letterFurniture = (text: string) => {
      const plain = text.replace(/\*\*/g, '').replace(/\s{2,}/g, ' ');
      return /^<?https?:\/\//.test(plain) || /^Please recycle/i.test(plain);
    };
    const turnedDown = texts.filter((text) => /^[hpP]/.test(text) && !/^(?:ht|[pP][lL]|.\*)/.test(text));
    assert.deepEqual(turnedDown.filter(letterFurniture).slice(0, 5), []);
    assert.deepEqual(turnedDown.filter((text) => furnitureKind(text) !== null).slice(0, 5), []);
    assert.deepEqual(
      ['https://undocs.org/en/A/RES/53/70', 'h**ttps://undocs.org/en/A/RES/53/70', 'Please recycle', 'PLEASE RECYCLE', 'paragraph 3'].map(furnitureKind),
      ['url', 'url', 'recycle', 'recycle', null],
    );
  });

  it('hasCellGap is two white space characters in a row (\\s\\s)', () => {
    const texts = [...lines, ...BMP.map((ch) => `a${ch} b`), ...BMP.map((ch) => `a ${ch}b`)];
    const differ = texts.filter((text) => hasCellGap(text) !== /\s\s/.test(text));
    assert.deepEqual(differ.slice(0, 5), []);
  });

  it('splitCells cuts where /\\s{2,}/ or /\\s{5,}/ does, and spacedLength is the length with every \\s+ as one', () => {
    const texts = [...lines, ...BMP.map((ch) => `a${ch} b  ${ch}${ch}${ch}c`), ...BMP.map((ch) => ` ${ch}a${ch}${ch}   b`)];
    const cut = (text: string, gap: number) =>
      text
        .split(new RegExp(`\\s{${gap},}`))
        .map((cell) => cell.trim())
        .filter((cell) => cell.length > 0);
    const differ = texts.filter((text) =>
      [2, 5].some(
        (gap) =>
          splitCells(MappedText.verbatim(text, 0), gap)
            .map((cell) => cell.text)
            .join('|') !== cut(text, gap).join('|'),
      ),
    );
    assert.deepEqual(differ.slice(0, 5), []);
    assert.deepEqual(texts.filter((text) => spacedLength(text) !== text.replace(/\s+/g, ' ').length).slice(0, 5), []);
  });

  it('isOrganLine, isClosingLine and isAnnexLine are ORGAN, CLOSING and ANNEX_LINE, told first by the character each opens with', () => {
    const texts = [
      ...lines,
      ...lines.map((line) => line.trim()),
      ...BMP.flatMap((ch) => [`${ch}he General Assembly,`, `${ch}3rd plenary meeting`, `${ch}nnex`, ch]),
    ];
    for (const [test, pattern] of [
      [isOrganLine, ORGAN],
      [isClosingLine, CLOSING],
      [isAnnexLine, ANNEX_LINE],
    ] as const) {
      assert.deepEqual(texts.filter((text) => test(text) !== pattern.test(text)).slice(0, 5), [], pattern.source);
    }
  });

  it('ENDS_WITH_PUNCTUATION reads its one character: a text and its last character are told alike (isHeadingText)', () => {
    assert.deepEqual(lines.filter((text) => ENDS_WITH_PUNCTUATION.test(text) !== ENDS_WITH_PUNCTUATION.test(text.slice(-1))).slice(0, 5), []);
  });

  it("endsOnLinkingWord reads a text's last six characters as LINKING_WORD_END reads the whole", () => {
    const words = ['of', 'and', 'the', 'in', 'on', 'for', 'to', 'a', 'an', 'with', 'by', 'at', 'its', 'their', 'theirs', 'tothe'];
    const texts = [...lines, ...words.flatMap((word) => [word, ` ${word}`, `x${word}`, `…${word}`, `(${word}`, `é${word}`, `1${word}`, `_${word}`])];
    const differ = texts.filter((text) => endsOnLinkingWord(text) !== LINKING_WORD_END.test(text));
    assert.deepEqual(differ.slice(0, 5), []);
  });

  it('the closing tests are the patterns of a closing mark, closing quotes and brackets, and a footnote marker', () => {
    const ends = [
      '',
      '.',
      ',',
      ';',
      ':',
      '.)',
      ';”]',
      '. 12',
      ',3',
      '.1234',
      ' 4',
      '.¹²',
      '.¹²³⁴',
      '; [7]',
      '.[1234]',
      '[7]',
      '.[]',
      '.]',
      '2.',
      '.\t5',
      '.  5',
      ').',
    ];
    const texts = [
      ...lines,
      ...BMP.flatMap((ch) => [`a${ch}`, `a.${ch}`, `a${ch}1`, `a.${ch}1`, `a;${ch}[2]`, `a.[${ch}]`, `a,${ch} 3`]),
      ...ends.map((end) => `text${end}`),
    ];
    for (const [test, pattern] of CLOSING_TESTS) {
      const differ = texts.filter((text) => test.test(text) !== pattern.test(text) || test.test(text, 1) !== pattern.test(text.slice(1)));
      assert.deepEqual(differ.slice(0, 5), [], pattern.source);
    }
  });

  it("endsParagraph, endsOnNumberAbbreviation and endsOnDay read a line's last characters as their patterns read the whole", () => {
    const ends = ['', '.', ';1', ',”', '.) 12', ' No.', 'Nos.', 'xNo.', ' para.', 'paras.', ' p.', 'Corr.', ' 25', '2025', 'x1', '\t7', ' 123'];
    const texts = [
      ...lines.flatMap((line) => ends.map((end) => line + end)),
      ...ends,
      ...BMP.map((ch) => `${ch}No.`),
      ...BMP.map((ch) => `${ch}25`),
      ...BMP.map((ch) => `x.${ch}`),
    ];
    for (const [test, pattern] of [
      [endsParagraph, CLOSING_TESTS[0][1]],
      [endsOnNumberAbbreviation, NUMBER_ABBREVIATION_END],
      [endsOnDay, DAY_END],
    ] as const) {
      const differ = texts.filter((text) => test(text) !== pattern.test(text));
      assert.deepEqual(differ.slice(0, 5), [], pattern.source);
    }
  });

  it("closesTail reads a block's last line where the closing pattern cannot reach further back", () => {
    const block = (parts: string[]): Block => ({
      lines: [],
      parts: parts.map((p) => MappedText.verbatim(p, 0)),
      text: MappedText.empty(),
      label: null,
      labelOnly: false,
    });
    const ends = ['', '.', ',', ';', ':', '.”', ';)', '. 12', ',3', ' 4', '¹²', '[7]', '"', '*', ' ', '.]', '2.'];
    let checked = 0;
    for (let at = 1; at < lines.length; at += 3) {
      for (const end of ends) {
        for (const parts of [[lines[at - 1], lines[at] + end], [lines[at] + end], [lines[at - 1], end]]) {
          if (parts[parts.length - 1] === '') continue;
          const b = block(parts);
          for (const [test, pattern] of CLOSING_TESTS)
            assert.equal(closesTail(b, test), pattern.test(tailOf(b)), `${pattern.source} on ${JSON.stringify(parts)}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 100000);
  });

  it('the whole keywords are those KEYWORD finds, and "paragraph" and "the annex" where a search finds them: a search for the words, the rest read by character', () => {
    const around = ['', ' ', 's ', 'S\t', ' [', 's[', '_ ', 'x ', '\u00a0', 'the annex', 'Paragraph'];
    const texts = [
      ...lines,
      ...BMP.map((ch) => `${ch}resolution ${ch}decisions${ch} ${ch}Resolutions${ch}paragraph`),
      ...around.flatMap((a) => around.map((b) => `${a}RESOLUTION${b}decision${a}paragraph${b}the annex`)),
    ];
    const differ = texts.filter((text) => {
      const keywords: Keyword[] = [];
      const words = wholeKeywords(text, keywords);
      const expected = (text.includes('paragraph') ? 1 : 0) | (text.includes('the annex') ? 2 : 0);
      return (
        words !== expected ||
        JSON.stringify(keywords.map((k) => [k.index, k.length])) !== JSON.stringify([...text.matchAll(KEYWORD)].map((m) => [m.index, m[0].length]))
      );
    });
    assert.deepEqual(differ.slice(0, 5), []);
  });

  it('a text without a digit cites what findCitations finds when told so: the annex alone', () => {
    const annex = [
      'the annex to the present resolution',
      'the annexes to this decision',
      'the annex of th e present resolution',
      'The annex to the present resolution',
    ];
    const texts = [...lines, ...lines.flatMap((line, at) => (at % 50 === 0 ? annex.map((a) => `${line} ${a}`) : []))].filter((text) => !/[0-9]/.test(text));
    const differ = texts.filter((text) => JSON.stringify(findCitations(text, false)) !== JSON.stringify(findCitations(text)));
    assert.deepEqual(differ.slice(0, 5), []);
    assert.equal(texts.filter((text) => findCitations(text, false).length > 0).length, 5124);
  });

  it('the words before a keyword without A, B, C, F or P name the General Assembly (organBefore reads no further)', () => {
    const windows = lines.flatMap((line) => [...line.matchAll(/\b(?:resolutions?|decisions?)\s/gi)].map((m) => line.slice(Math.max(0, m.index - 80), m.index)));
    const without = windows.filter((before) => !/[ABCFP]/.test(before));
    assert.deepEqual(without.filter((before) => organNamedBefore(before)?.resolution('1/1') !== 'A/RES/1/1').slice(0, 5), []);
    assert.equal(without.length, 3012);
  });

  it('a split keyword found back from its first item is one a search for the keyword however split finds', () => {
    // The search the reading stands for: "resolution(s)" and "decision(s)" at a word's start, one space at most between letters.
    const SPLIT_KEYWORD = new RegExp(`\\b(?:${splittable('resolution')}(?: ?s)?|${splittable('decision')}(?: ?s)?)(?=\\s)`, 'gi');
    const cited = (text: string) =>
      findCitations(text)
        .map((c) => `${c.kind} ${c.symbol}`)
        .join('|');
    // Lines of the clean sources with words split as pypdf splits them, and keywords split at every letter.
    const facts = { symbol: '', title: '', organ: '', phrases: [], markers: [] };
    const seeds = Array.from({ length: 16 }, (_, i) => i + 1);
    const variants = cleanSources().flatMap((source) => seeds.flatMap((seed) => variant(source.text, facts, ['split-words'], seed).split('\n')));
    const everywhere = [
      'resolution 70/1',
      'decisions 72/512 and 73/1',
      'resolution 2231 (2015)',
      'resolutions 3419 A to D (XXX)',
      'resolution ES-10/21',
    ].flatMap((cite) => [...cite.matchAll(/(?<=[a-z])(?=[a-z])/gi)].map((m) => `Recalling its ${cite.slice(0, m.index)} ${cite.slice(m.index)};`));
    const texts = [...lines, ...variants, ...everywhere];
    const joined = texts.map((text) => text.replace(SPLIT_KEYWORD, (keyword) => keyword.replaceAll(' ', '')));
    const differ = texts.filter((text, i) => cited(text) !== cited(joined[i]));
    assert.deepEqual(differ.slice(0, 5), []);
    // Split keywords, most before an item, were there to find.
    assert.ok(texts.filter((text, i) => joined[i] !== text && cited(text) !== '').length > 600);
  });

  it('the text before an item that PARAGRAPHS_BEFORE reads holds PARAGRAPH_NUMBER as written: paragraphs looked for only there', () => {
    // Before each citation of the corpus in every shape, and paragraph citations split at every letter, with every kind of white space.
    const windows: string[] = [];
    for (const shape of ALL_TEXT_SHAPES)
      for (const { stem } of manifest()) {
        const text = corpusText(shape, stem);
        for (const c of findCitations(text)) if (c.kind !== 'internal') windows.push(text.slice(Math.max(0, c.start - REACH), c.start));
      }
    const phrases = [
      'paragraph 11 of its resolution ',
      'paragraphs 5 to 7 of resolution ',
      'operative paragraph 3 of Security Council resolution ',
      'Paragraph 1 (a) of ',
      'subparagraphs 2 and 3 of annex I to resolution ',
    ];
    for (const phrase of phrases)
      for (const space of [' ', '\n', '\t', '  ', '\u00a0', ' \n '])
        for (const m of [...phrase.matchAll(/(?<=[a-z])(?=[a-z])/gi), { index: 0 }])
          windows.push(`Recalling ${phrase.slice(0, m.index)} ${phrase.slice(m.index)}`.replaceAll(' ', space));
    const read = windows.filter((before) => PARAGRAPHS_BEFORE.test(asRead(before)));
    assert.deepEqual(read.filter((before) => !PARAGRAPH_NUMBER.test(before)).slice(0, 5), []);
    assert.equal(read.length, 816);
  });

  it('spellOn spells a piece as comparable leaves it, in place', () => {
    const wanted = comparable('Effects of atomic radiation on the environment and Non-Self-Governing Territories');
    let checked = 0;
    for (const piece of [...lines.slice(0, 40000), 'Effects of', 'atomic  radi ation', 'on the\tenvironment', '', '   ']) {
      for (const at of [0, 9, 15, wanted.length - 3, wanted.length]) {
        const spelled = comparable(piece);
        const expected = wanted.startsWith(spelled, at) ? at + spelled.length : -1;
        assert.equal(spellOn(wanted, piece, at), expected, JSON.stringify([piece, at]));
        checked++;
      }
    }
    assert.ok(checked > 100000);
  });

  it('digitRunsUnlessSpacing finds every run of digits, and is null exactly where the spacing is to be normalised', () => {
    // The pair searched apart from the class: before, after and between digits, at either end.
    const pairs = ['12  3', '1 -2', ' -1', '1  ', 'a -b 7', '¹ -', '2021,\u00a03', '4\t5'];
    assert.deepEqual(
      pairs.map((text) => digitRunsUnlessSpacing(text)),
      pairs.map(() => null),
    );
    assert.deepEqual(digitRunsUnlessSpacing('resolution 70/1 of 2015¹'), { starts: [11, 14, 19], superscript: true });
    for (const text of lines) {
      const runs = digitRunsUnlessSpacing(text);
      const spaced = normalizeSpacing(MappedText.verbatim(text, 0)).text;
      // Null exactly where normalizeSpacing has something to change (SPACING_TO_NORMALIZE).
      assert.equal(runs === null, SPACING_TO_NORMALIZE.test(text), JSON.stringify(text));
      if (runs === null) continue;
      assert.equal(spaced, text, JSON.stringify(text));
      assert.deepEqual(
        runs.starts,
        [...text.matchAll(/\d+/g)].map((m) => m.index),
        JSON.stringify(text),
      );
      assert.equal(runs.superscript, /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text), JSON.stringify(text));
    }
  });

  it('digitRunsUnlessSpacing tells every character of the plane as SPACING_TO_NORMALIZE and the digit classes do', () => {
    const differ = BMP.filter((ch) => {
      const runs = digitRunsUnlessSpacing(`a${ch}b`);
      const expected = SPACING_TO_NORMALIZE.test(`a${ch}b`) ? null : { starts: /\d/.test(ch) ? [1] : [], superscript: /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(ch) };
      return JSON.stringify(runs) !== JSON.stringify(expected);
    });
    assert.deepEqual(differ, []);
  });

  it('a line without a drop candidate, or where mayDropCharacters finds none, cleans as it would with every drop looked for', () => {
    for (const shape of ALL_TEXT_SHAPES) {
      for (const { stem } of manifest()) {
        const source = corpusText(shape, stem);
        const candidates = dropCandidates(source);
        let start = 0;
        for (const line of source.split('\n')) {
          const end = start + line.length;
          const looked = cleanLine(source, start, end, false, true).text;
          const guarded = cleanLine(source, start, end, false, hasCandidateIn(candidates, start, end)).text;
          assert.equal(guarded, looked, `${shape}/${stem}: ${JSON.stringify(line)}`);
          if (!mayDropCharacters(source, start, end))
            assert.equal(cleanLine(source, start, end, false, false).text, looked, `${shape}/${stem}: ${JSON.stringify(line)}`);
          start = end + 1;
        }
      }
    }
  });
});
