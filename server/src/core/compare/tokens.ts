// Word tokens of a paragraph, the unit of the word-level diff. A word keeps its inner
// apostrophes, slashes and points ("People’s", "73/266", "1.5"); every other mark,
// hyphens and dashes included, is a token of its own. So a changed final ";" shows as
// one mark, and "2015–2030" reads the same as "2015– 2030", which is how a line break
// after a dash in a PDF comes back: spacing is never a change.

export interface Token {
  /** As written. */
  text: string;
  /** What the diff compares: typographic variants read alike (see `comparisonKey`). */
  key: string;
  /** The whitespace before the token in the paragraph text ("" or " " once the parser has normalised spacing). */
  gap: string;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’./][\p{L}\p{N}\p{M}]+)*|\S/gu;

// The adopted text of a draft is re-typeset: "non-governmental" comes back with a
// non-breaking hyphen, quotes may change from straight to curly. Those are not word changes.
const TYPOGRAPHIC_VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/[‐‑]/g, '-'],
  [/[‘’]/g, "'"],
  [/[“”]/g, '"'],
];

export function comparisonKey(text: string): string {
  let key = text;
  for (const [variant, plain] of TYPOGRAPHIC_VARIANTS) key = key.replace(variant, plain);
  return key;
}

export function tokenize(text: string): Token[] {
  // Every variant is one UTF-16 unit standing for one, so offsets in the key are offsets in the text.
  const keyed = comparisonKey(text);
  const tokens: Token[] = [];
  let end = 0;
  for (const match of keyed.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ text: text.slice(start, start + match[0].length), key: match[0], gap: text.slice(end, start) });
    end = start + match[0].length;
  }
  return tokens;
}

/** True for tokens that are words or numbers rather than punctuation marks. */
export function isWord(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.key);
}
