// The citation grammar: every way a resolution refers to another document, with the
// canonical symbol each reference resolves to. Works on plain text and returns
// character spans, so callers map them to source ranges.
import type { CitationKind } from './model';
import { MONTHS } from './lexicon';

export interface CitationMatch {
  kind: CitationKind;
  start: number;
  end: number;
  symbol: string;
  date?: string;
  /** For internal references: "above", "below", or the whole text ("of the present resolution"). */
  direction?: 'above' | 'below' | 'document';
}

const DATE = `\\d{1,2} (?:${MONTHS.join('|')}) \\d{4}`;
const ROMAN_SESSION = '(?:[IVXL]+|S-[IVXL]+|ES-[IVXL]+)';
const PART_LETTERS = '[A-Z](?:(?: and | to |, )[A-Z])*';

// A written-out document symbol: series, then slash-separated parts (A/C.1/75/L.4,
// A/HRC/RES/20/8, E/CN.4/2005/1, S/RES/2341 (2017), A/RES/ES-10/21).
const SYMBOL_PART = '(?:(?:Corr|Add|Rev|Amend|Sub|Suppl)\\.\\d+|(?:ES|S)-\\d+|[A-Z]{1,8}(?:\\.\\d+)?(?![a-z])|\\d+(?:\\.\\d+)?)';
const SERIES = [
  'A', 'S', 'E', 'T', 'ST', 'TD', 'DP', 'UNEP', 'ICCD', 'FCCC', 'CRC', 'CEDAW', 'CERD', 'CCPR', 'CAT', 'CRPD', 'CMW', 'ECE', 'ESCAP', 'ECA', 'ECLAC',
  'ESCWA', 'UNW', 'UNICEF', 'GC', 'IDB', 'PBC', 'SG', 'SPLOS', 'ISBA', 'ITLOS', 'CTBT', 'BWC', 'APLC', 'CCW', 'NPT', 'DDA', 'UNODC', 'HS', 'UNCITRAL',
];
const LONGEST_SERIES = Math.max(...SERIES.map((series) => series.length));
/** Read at a given start (sticky); the start must not follow a word character or a slash. */
const SYMBOL = new RegExp(`(?:${SERIES.join('|')})(?:\\/${SYMBOL_PART})+(?: ?\\(\\d{4}\\))?`, 'y');
const SUFFIX_TAIL = /^(?:,? and |, )((?:Corr|Add|Rev|Amend)\.\d+)/;

// One item of a list after "resolution(s)": 73/266, 43/78 H, 31/6 A and B, ES-10/21,
// 1514 (XV), 3419 A to D (XXX), 2341 (2017), 2005/1.
const RESOLUTION_ITEM = new RegExp(
  `(?:(?:ES|S)-\\d{1,2}\\/\\d{1,3}|\\d{1,4}\\/\\d{1,4}(?: ${PART_LETTERS}(?![\\w/]))?|\\d{1,4}(?: ${PART_LETTERS})? \\((?:${ROMAN_SESSION}|\\d{4})\\))`,
  'y',
);
const DECISION_ITEM = /(?:(?:ES|S)-\d{1,2}\/\d{1,3}|\d{1,4}\/\d{1,4}(?: [A-Z](?:(?: and | to )[A-Z])?(?![\w/]))?)/y;
const ITEM_DATE = new RegExp(`,? (?:of|adopted on) (${DATE})`, 'y');
const ITEM_SEPARATOR = /(?:,? and |, |,? as well as (?:its )?|,? or )/y;
/**
 * A keyword before a list of items ("resolutions "), or a word an internal reference needs
 * ("paragraph", "the annex"): one search finds both (no match of one can overlap the other's).
 */
const KEYWORD_OR_INTERNAL_WORD = /\b(resolutions?|decisions?)\s+|paragraph|the annex/g;
/** A keyword right at a given place (sticky: a global search would read on to the end of the text). */
const KEYWORD_AT = /\b(resolutions?|decisions?)\s+/y;

interface Organ {
  resolution: (item: string) => string;
  decision: (item: string) => string;
}

const GENERAL_ASSEMBLY: Organ = {
  resolution: (item) => `A/RES/${item}`,
  decision: (item) => `A/DEC/${item}`,
};

function organBefore(text: string, at: number): Organ {
  const before = text.slice(Math.max(0, at - 48), at);
  if (/Human Rights Council $/.test(before)) {
    return { resolution: (i) => `A/HRC/RES/${i}`, decision: (i) => `A/HRC/DEC/${i}` };
  }
  if (/Security Council $/.test(before)) {
    return { resolution: (i) => `S/RES/${i}`, decision: (i) => `S/DEC/${i}` };
  }
  if (/Economic and Social Council $/.test(before)) {
    return { resolution: (i) => `E/RES/${i}`, decision: (i) => `E/DEC/${i}` };
  }
  if (/Commission on Human Rights $/.test(before)) {
    return { resolution: (i) => `E/CN.4/RES/${i}`, decision: (i) => `E/CN.4/DEC/${i}` };
  }
  return GENERAL_ASSEMBLY;
}

/** Splits "3419 A to D (XXX)" or "31/6 A and B" into one canonical item per lettered part. */
function expandParts(item: string): string[] {
  const match = /^([\d/]+) ([A-Z](?:(?: and | to |, )[A-Z])*)(?: (\(.*\)))?$/.exec(item);
  if (!match) return [compact(item)];
  const [, number, letters, session = ''] = match;
  const parts: string[] = [];
  const range = /^([A-Z]) to ([A-Z])$/.exec(letters);
  if (range) {
    for (let c = range[1].charCodeAt(0); c <= range[2].charCodeAt(0); c++) parts.push(String.fromCharCode(c));
  } else {
    parts.push(...letters.split(/ and |, /));
  }
  return parts.map((letter) => compact(`${number}${letter}${session}`));
}

function compact(item: string): string {
  return item.replace(/\s+/g, '');
}

function isSecurityCouncilStyle(item: string): boolean {
  return /^\d{1,4} \(\d{4}\)$/.test(item);
}

function readItems(
  text: string,
  at: number,
  itemPattern: RegExp,
  kind: 'resolution' | 'decision',
  organ: Organ,
  out: CitationMatch[],
): void {
  let cursor = at;
  for (;;) {
    itemPattern.lastIndex = cursor;
    const item = itemPattern.exec(text);
    if (!item) return;
    const written = item[0];
    const itemEnd = cursor + written.length;
    ITEM_DATE.lastIndex = itemEnd;
    const date = ITEM_DATE.exec(text);
    const symbols =
      kind === 'resolution' && isSecurityCouncilStyle(written) && organ === GENERAL_ASSEMBLY
        ? [`S/RES/${compact(written)}`]
        : expandParts(written).map((one) => (kind === 'resolution' ? organ.resolution(one) : organ.decision(one)));
    for (const symbol of symbols) {
      out.push({ kind, start: cursor, end: itemEnd, symbol, ...(date ? { date: date[1] } : {}) });
    }
    cursor = date ? date.index + date[0].length : itemEnd;
    ITEM_SEPARATOR.lastIndex = cursor;
    const separator = ITEM_SEPARATOR.exec(text);
    if (!separator) return;
    const afterSeparator = cursor + separator[0].length;
    // "as well as its decision 72/512": the list goes on with another keyword.
    KEYWORD_AT.lastIndex = afterSeparator;
    const keyword = KEYWORD_AT.exec(text);
    if (keyword) {
      const nextKind = keyword[1].startsWith('resolution') ? 'resolution' : 'decision';
      readItems(text, afterSeparator + keyword[0].length, nextKind === 'resolution' ? RESOLUTION_ITEM : DECISION_ITEM, nextKind, organ, out);
      return;
    }
    cursor = afterSeparator;
  }
}

/** A character a symbol cannot follow: a letter, digit, `_` or `/`. */
function continuesWord(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 47;
}

/**
 * Written symbols, in text order. A symbol's series ends just before a slash, so starts
 * are tried only within reach of each slash (trying every position was costly).
 */
function findSymbols(text: string, out: CitationMatch[]): void {
  // Positions below `next` are tried or inside a symbol found.
  let next = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    for (let at = Math.max(next, slash - LONGEST_SERIES); at < slash; at++) {
      next = at + 1;
      if (at > 0 && continuesWord(text.charCodeAt(at - 1))) continue;
      SYMBOL.lastIndex = at;
      const match = SYMBOL.exec(text);
      if (!match) continue;
      addSymbol(text, at, match[0], out);
      next = at + match[0].length;
      at = next - 1;
    }
  }
}

function addSymbol(text: string, start: number, written: string, out: CitationMatch[]): void {
  if (!/\d/.test(written) || !written.includes('/')) return;
  const base = compact(written);
  out.push({ kind: 'symbol', start, end: start + written.length, symbol: base });
  // "A/55/140 and Corr.1 and Add.1": the suffixes are symbols of their own.
  let cursor = start + written.length;
  for (;;) {
    const tail = SUFFIX_TAIL.exec(text.slice(cursor, cursor + 24));
    if (!tail) break;
    const suffixStart = cursor + tail[0].length - tail[1].length;
    out.push({ kind: 'symbol', start: suffixStart, end: suffixStart + tail[1].length, symbol: `${base}/${tail[1]}` });
    cursor = suffixStart + tail[1].length;
  }
}

// "paragraph 3 above", "paragraphs 1 to 3 above", "paragraph 1 (a) of the present resolution".
const INTERNAL = /\b(?:sub)?paragraphs? (\d{1,3}(?: ?\([a-z]{1,4}\))*(?:(?:,? and |, | to | - | – |–|-)\d{1,3}(?: ?\([a-z]{1,4}\))*)*)(?= (?:above|below|of (?:the present|this) (?:resolution|decision)))/g;
const ANNEX = /\bthe annex(?:es)? (?:to|of) (?:the present|this) (?:resolution|decision)\b/g;
const INTERNAL_ITEM = /(\d{1,3})((?: ?\([a-z]{1,4}\))*)/g;

/** Internal references of a text that holds "paragraph" or "the annex" (most sentences lack both). */
function findInternal(text: string, out: CitationMatch[]): void {
  INTERNAL.lastIndex = 0;
  let match: RegExpExecArray | null;
  // The pattern needs a word most sentences lack: a quick search skips it.
  const mentionsParagraph = text.includes('paragraph');
  while (mentionsParagraph && (match = INTERNAL.exec(text)) !== null) {
    const listStart = match.index + match[0].length - match[1].length;
    const list = match[1];
    const items = [...list.matchAll(INTERNAL_ITEM)];
    const after = text.slice(match.index + match[0].length + 1, match.index + match[0].length + 7);
    const direction = after.startsWith('above') ? 'above' : after.startsWith('below') ? 'below' : 'document';
    const isRange = /\d(?:\s*\([a-z]+\))* ?(?:to|-|–) ?\d/.test(list) && items.length === 2;
    if (isRange) {
      const from = Number(items[0][1]);
      const to = Number(items[1][1]);
      for (let n = from; n <= to && n - from < 200; n++) {
        const written = n === from ? items[0] : n === to ? items[1] : null;
        const start = listStart + (written ? written.index : 0);
        const end = written ? start + written[0].length : listStart + list.length;
        out.push({ kind: 'internal', start, end, symbol: String(n), direction });
      }
      continue;
    }
    for (const item of items) {
      const start = listStart + item.index;
      const path = [item[1], ...[...item[2].matchAll(/\(([a-z]+)\)/g)].map((p) => `(${p[1]})`)].join(' ');
      out.push({ kind: 'internal', start, end: start + item[0].length, symbol: path, direction });
    }
  }
  ANNEX.lastIndex = 0;
  // Most texts lack its words: a substring search costs less than the pattern's.
  const mentionsAnnex = text.includes('the annex');
  while (mentionsAnnex && (match = ANNEX.exec(text)) !== null) {
    out.push({ kind: 'internal', start: match.index, end: match.index + match[0].length, symbol: 'annex', direction: 'document' });
  }
}

/** Every citation in `text`, in text order. */
export function findCitations(text: string): CitationMatch[] {
  const out: CitationMatch[] = [];
  findSymbols(text, out);
  KEYWORD_OR_INTERNAL_WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  const keywords: Array<{ index: number; length: number; kind: 'resolution' | 'decision' }> = [];
  let mentionsInternal = false;
  while ((match = KEYWORD_OR_INTERNAL_WORD.exec(text)) !== null) {
    if (match[1] === undefined) {
      mentionsInternal = true;
      continue;
    }
    keywords.push({ index: match.index, length: match[0].length, kind: match[1].startsWith('resolution') ? 'resolution' : 'decision' });
  }
  // Items are appended in text order; `reach` is the furthest end of those starting
  // at or before the position asked, so each check costs amortised constant time.
  let scanned = 0;
  let reach = -1;
  const covered = (at: number) => {
    while (scanned < out.length && (out[scanned].kind === 'symbol' || out[scanned].start <= at)) {
      if (out[scanned].kind !== 'symbol') reach = Math.max(reach, out[scanned].end);
      scanned++;
    }
    return at < reach;
  };
  for (const keyword of keywords) {
    const at = keyword.index + keyword.length;
    if (covered(at)) continue;
    const organ = organBefore(text, keyword.index);
    readItems(text, at, keyword.kind === 'resolution' ? RESOLUTION_ITEM : DECISION_ITEM, keyword.kind, organ, out);
  }
  if (mentionsInternal) findInternal(text, out);
  // Most texts cite nothing or once: nothing to order or to tell apart.
  if (out.length < 2) return out;
  // A written symbol inside a resolution item (never in practice) must not double count.
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out.filter((c, i) => i === 0 || !(c.start === out[i - 1].start && c.symbol === out[i - 1].symbol));
}
