// Edits a drafter makes, as LSP content changes of an open document: typing and
// deleting characters, splitting and joining lines, pasting paragraphs, renumbering a
// label, deleting a footnote block. Random but realistic; the property test and the
// protocol fuzzer apply long sequences of them to the seed documents.
import type { TextDocument } from 'vscode-languageserver-textdocument';

export type Random = () => number;

/** A seeded PRNG (mulberry32) in [0, 1): the same seed gives the same run. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export const EDIT_KINDS = ['type', 'delete', 'split', 'join', 'paste', 'renumber', 'delete-footnotes'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface RangeChange {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

export interface RealisticEdit {
  kind: EditKind;
  change: RangeChange;
}

const TYPED = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:()[]-*_/¹²³\t éçñ’”«» ع 中 Ж 𠀀';

const PASTES = [
  'Recalling its resolution 70/237 of 23 December 2015,',
  'Noting with deep concern paragraph 3 above,',
  '3 bis. Requests the Secretary-General to submit a report on the implementation of the present resolution;',
  '(c) To promote cooperation among Member States, as recalled in paragraph 1 (a) of the present resolution;',
  '(ii) The outcome of the Conference;',
  '1.1. States should cooperate in developing and applying measures.',
  '__________\n¹ A/70/174.\n² A/68/98.',
  '2 See A/65/201 and Corr.1 and Add.1.',
  '20-13029 3/4\n\n*2013029*\n',
  'Annex\n\nDeclaration on cooperation\n\n1. Decides to act;',
  '65th plenary meeting\n22 December 2018',
  '- 4. *Invites* all States, taking into account resolution [73/27](#), to continue;',
  'Human Rights Council resolution 20/8 and Security Council resolution 2341 (2017), 1514 (XV) and 3419 A to D (XXX),',
  'II. Oceans and the law of the sea',
  'A/C.1/75/L.4\nDistr.: Limited\n16 October 2020\n',
  'Генеральная Ассамблея,\n\n1. просит Генерального секретаря представить доклад;',
  'إن الجمعية العامة،\n\n١ - تطلب إلى الأمين العام أن يقدم تقريرا؛',
  '大会，\n\n1. 请秘书长提交报告；',
];

/** One random edit of `document`'s current text. */
export function randomEdit(document: TextDocument, random: Random): RealisticEdit {
  const text = document.getText();
  const kind = pick(random, EDIT_KINDS);
  const at = between(random, 0, text.length);
  const replace = (start: number, end: number, newText: string): RealisticEdit => ({
    kind,
    change: { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: newText },
  });
  switch (kind) {
    case 'type': {
      let typed = '';
      for (let n = between(random, 1, 12); n > 0; n--) typed += pick(random, [...TYPED]);
      return replace(at, at, typed);
    }
    case 'delete':
      return replace(at, Math.min(text.length, at + between(random, 1, 40)), '');
    case 'split':
      return replace(at, at, pick(random, ['\n', '\n', '\n\n', '\r\n', '\r']));
    case 'join': {
      const breaks = [...text.matchAll(/\r\n|\r|\n/g)];
      if (breaks.length === 0) return replace(at, at, '\n');
      const chosen = pick(random, breaks);
      return replace(chosen.index, chosen.index + chosen[0].length, pick(random, ['', ' ']));
    }
    case 'paste': {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      return replace(lineStart, lineStart, `${pick(random, PASTES)}\n\n`);
    }
    case 'renumber': {
      const labels = [...text.matchAll(/^[ \t]*(?:[-*] )?\(?(\d{1,3}|[a-z]{1,4})(?=[.)]|\s+bis)/gm)];
      if (labels.length === 0) return replace(at, at, '1. ');
      const label = pick(random, labels);
      const start = label.index + label[0].length - label[1].length;
      const renumbered = /\d/.test(label[1])
        ? String(Math.max(1, Number(label[1]) + between(random, -2, 2)))
        : pick(random, ['a', 'b', 'c', 'i', 'ii', 'iv', 'x', 'aa']);
      return replace(start, start + label[1].length, renumbered);
    }
    case 'delete-footnotes': {
      const block = footnoteBlock(text, random);
      return block ? replace(block[0], block[1], '') : replace(at, Math.min(text.length, at + 80), '');
    }
  }
}

const FOOTNOTE_LINE = /^[ \t]*(?:_{5,}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+ ?\S|\[\^?\d{1,3}\]:?|\d{1,3} {1,2}(?:[A-Z(]|See\b))/;

/** Offsets of a run of footnote lines (a rule and the entries after it), or null. */
function footnoteBlock(text: string, random: Random): [number, number] | null {
  const lines = [...text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)].filter((m) => m[0].length > 0);
  const starts = lines.map((line, i) => (FOOTNOTE_LINE.test(line[0]) && !(i > 0 && FOOTNOTE_LINE.test(lines[i - 1][0])) ? i : -1)).filter((i) => i >= 0);
  if (starts.length === 0) return null;
  const first = pick(random, starts);
  let last = first;
  while (last + 1 < lines.length && FOOTNOTE_LINE.test(lines[last + 1][0])) last++;
  return [lines[first].index, lines[last].index + lines[last][0].length];
}
