// Paragraph labels as written at the start of a paragraph: `1.`, `(a)`, `(iv)`,
// `a.`, `i.`, `1.13.`, `5 bis.`, headings `II.` and `B.`.
import { codeAt, isLowerCaseCode } from './letters';
import type { LabelStyle } from './model';

export interface LabelMatch {
  /** As written, without the trailing full stop. */
  text: string;
  style: LabelStyle;
  ordinal: number;
  parts: number[];
  suffix: string | null;
  /** The same label read as the other style when it is ambiguous: `(i)` is roman one or letter nine. */
  alternative: { style: LabelStyle; ordinal: number } | null;
  /** Characters the label covers, trailing full stop included. */
  length: number;
  /** A paragraph number printed without the full stop after it ("26 Condemns …"). */
  lacksFullStop?: true;
}

const SUFFIXES = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|decies';
const ARABIC = new RegExp(`^(\\d{1,3})(?: (${SUFFIXES}))?\\.(?=\\s|$)`);
const ARABIC_SUFFIX_ONLY = new RegExp(`^(\\d{1,3}) (${SUFFIXES})(?=\\s|$)`);
const BARE_NUMBER = /^(\d{1,3})(?=\s|$)/;
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|$)/;
const PARENTHESISED = new RegExp(`^\\(([a-z]{1,6})\\)(?: (${SUFFIXES}))?(?=\\s|$)`);
const DOTTED_LOWER = /^([a-z]{1,4})\.(?=\s|$)/;
const HEADING_ROMAN = /^([IVXL]{1,7})\.?(?=\s|$)/;
const HEADING_ALPHA = /^([A-Z])(?:\.(?=\s|$)|$)/;

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a roman numeral, or null when the letters are not a well-formed numeral. */
export function romanValue(numeral: string): number | null {
  const lower = numeral.toLowerCase();
  if (!/^[ivxlc]+$/.test(lower)) return null;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = ROMAN_VALUES[lower[i]];
    const next = ROMAN_VALUES[lower[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === lower ? total : null;
}

const ROMAN_TABLE: ReadonlyArray<readonly [number, string]> = [
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

export function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, letters] of ROMAN_TABLE) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** a → 1, z → 26, aa → 27 (the UN doubles letters after z). */
export function alphaValue(letters: string): number | null {
  if (!/^[a-z]+$/.test(letters)) return null;
  if (letters.length === 1) return letters.charCodeAt(0) - 96;
  if (new Set(letters).size === 1) return 26 * (letters.length - 1) + letters.charCodeAt(0) - 96;
  return null;
}

export function toAlpha(value: number): string {
  const letter = String.fromCharCode(96 + ((value - 1) % 26) + 1);
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

/** The UN's order of sub-paragraph levels, each below the one before: 1. → (a) → (i) → a. → i. */
export const LEVELS: readonly LabelStyle[] = ['arabic', 'paren-alpha', 'paren-roman', 'alpha', 'roman'];

/**
 * A label of a style at an ordinal as `Label.text` writes it, without a full stop: "4", "(b)",
 * "ii", "IV", "B"; a decimal label is its parts, "1.2". Numbering messages and renumbering name labels so.
 */
export function labelText(style: LabelStyle, ordinal: number, parts: readonly number[]): string {
  switch (style) {
    case 'paren-alpha':
      return `(${toAlpha(ordinal)})`;
    case 'paren-roman':
      return `(${toRoman(ordinal)})`;
    case 'alpha':
      return toAlpha(ordinal);
    case 'roman':
      return toRoman(ordinal);
    case 'heading-roman':
      return toRoman(ordinal).toUpperCase();
    case 'heading-alpha':
      return String.fromCharCode(64 + ordinal);
    case 'decimal':
      return parts.join('.');
    default:
      return String(ordinal);
  }
}

function lettered(letters: string, styleAlpha: LabelStyle, styleRoman: LabelStyle) {
  const roman = romanValue(letters);
  const alpha = alphaValue(letters);
  if (roman !== null && alpha !== null) {
    return { style: styleRoman, ordinal: roman, alternative: { style: styleAlpha, ordinal: alpha } };
  }
  if (roman !== null) return { style: styleRoman, ordinal: roman, alternative: null };
  if (alpha !== null) return { style: styleAlpha, ordinal: alpha, alternative: null };
  return null;
}

/** Reads a paragraph label at the start of `text` (already trimmed). */
export function matchLabel(text: string, allowHeadings: boolean): LabelMatch | null {
  // Every label opens with a digit, a bracket or a letter: the first character picks the patterns worth trying.
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return numberLabel(text);
  if (first === 40) return parenthesisedLabel(text);
  if (first >= 97 && first <= 122) return dottedLabel(text);
  if (first >= 65 && first <= 90 && allowHeadings) return headingLabel(text);
  return null;
}

function numberLabel(text: string): LabelMatch | null {
  let match = ARABIC.exec(text) ?? ARABIC_SUFFIX_ONLY.exec(text);
  if (match) {
    const ordinal = Number(match[1]);
    return {
      text: match[2] ? `${match[1]} ${match[2]}` : match[1],
      style: 'arabic',
      ordinal,
      parts: [ordinal],
      suffix: match[2] ?? null,
      alternative: null,
      length: match[0].length,
    };
  }
  match = DECIMAL.exec(text);
  if (match) {
    const parts = match[1].split('.').map(Number);
    return {
      text: match[1],
      style: 'decimal',
      ordinal: parts[parts.length - 1],
      parts,
      suffix: null,
      alternative: null,
      length: match[0].length,
    };
  }
  return null;
}

/**
 * A number at the start of `text` without the full stop a paragraph number takes ("26 Condemns …").
 * Most such numbers are text running on ("26 October 2024", "193 Member States"): the parser
 * reads one as a label only where the paragraphs around it say so.
 */
export function matchBareNumber(text: string): LabelMatch | null {
  // Asked for every line: only one opening with a digit is tried.
  const first = codeAt(text, 0);
  if (first < 48 || first > 57) return null;
  const match = BARE_NUMBER.exec(text);
  if (!match) return null;
  const ordinal = Number(match[1]);
  return { text: match[1], style: 'arabic', ordinal, parts: [ordinal], suffix: null, alternative: null, length: match[1].length, lacksFullStop: true };
}

function parenthesisedLabel(text: string): LabelMatch | null {
  const match = PARENTHESISED.exec(text);
  if (match) {
    const read = lettered(match[1], 'paren-alpha', 'paren-roman');
    if (read) {
      return {
        text: match[2] ? `(${match[1]}) ${match[2]}` : `(${match[1]})`,
        ...read,
        parts: [read.ordinal],
        suffix: match[2] ?? null,
        length: match[0].length,
      };
    }
  }
  return null;
}

/** Whether `text` opens with up to four lower-case letters and a full stop, as DOTTED_LOWER's match does: most lines opening in lower case do not. */
export function opensDotted(text: string): boolean {
  let at = 0;
  while (at < 4 && isLowerCaseCode(codeAt(text, at))) at++;
  return at > 0 && codeAt(text, at) === 46;
}

function dottedLabel(text: string): LabelMatch | null {
  const match = opensDotted(text) ? DOTTED_LOWER.exec(text) : null;
  if (match) {
    const read = lettered(match[1], 'alpha', 'roman');
    if (read) return { text: match[1], ...read, parts: [read.ordinal], suffix: null, length: match[0].length };
  }
  return null;
}

/** The capitals a roman numeral is written with (HEADING_ROMAN): I, V, X, L. */
function isRomanCapitalCode(code: number): boolean {
  return code === 73 || code === 86 || code === 88 || code === 76;
}

function headingLabel(text: string): LabelMatch | null {
  // Most capitalised lines are words: a numeral opens with one of its letters, a letter heading stands alone or before a full stop.
  let match = isRomanCapitalCode(codeAt(text, 0)) ? HEADING_ROMAN.exec(text) : null;
  if (match) {
    const value = romanValue(match[1]);
    if (value !== null) {
      const alternative = match[1].length === 1 ? { style: 'heading-alpha' as const, ordinal: match[1].charCodeAt(0) - 64 } : null;
      return { text: match[1], style: 'heading-roman', ordinal: value, parts: [value], suffix: null, alternative, length: match[0].length };
    }
  }
  match = text.length === 1 || text.charCodeAt(1) === 46 ? HEADING_ALPHA.exec(text) : null;
  if (match) {
    const value = match[1].charCodeAt(0) - 64;
    return { text: match[1], style: 'heading-alpha', ordinal: value, parts: [value], suffix: null, alternative: null, length: match[0].length };
  }
  return null;
}
