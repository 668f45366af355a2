// The citation grammar: every way a resolution refers to another document, with the
// canonical symbol each reference resolves to. Works on plain text and returns
// character spans, so callers map them to source ranges.
import { HUMAN_RIGHTS_COUNCIL, numberedBy, organBefore, type Organ } from './citation-organs';
import type { CitationKind } from './model';
import { MONTH_WORDS, printedDate } from './lexicon';
import { listedParagraphs, PARAGRAPH_LIST } from './paragraph-list';
import { readCitedParagraphs } from './cited-paragraphs';
import { quotedTitleAt } from './quoted-title';
import { compactSymbol } from './symbol-key';
import { codeAt, isCapitalCode, isDigitCode, isLetterCode } from './letters';
import { spelledBefore, splittable } from './stray-spaces';
import { isWhitespaceCode } from './whitespace';

export interface CitationMatch {
  kind: CitationKind;
  start: number;
  end: number;
  symbol: string;
  date?: string;
  /** For internal references: "above", "below", or the whole text ("of the present resolution"). */
  direction?: 'above' | 'below' | 'document';
  /** The cited document's paragraphs it names, and the annex they are numbered in (see cited-paragraphs.ts). */
  paragraphs?: string[];
  annex?: string;
  /** The title quoted after it, where it stands in the text (see quoted-title.ts). */
  title?: { text: string; start: number; end: number };
}

const DATE = `\\d{1,2} (?:${MONTH_WORDS}) \\d{4}`;
const ROMAN_SESSION = '(?:[IVXL]+|S-[IVXL]+|ES-[IVXL]+)';
/** Words joining items and parts, each however an extractor split it ("an d"). */
const AND = splittable('and');
const PART_LETTERS = `[A-Z](?:(?: ${AND} | ${splittable('to')} |, )[A-Z])*`;

// A written-out document symbol: series, then slash-separated parts (A/C.1/75/L.4,
// A/HRC/RES/20/8, E/CN.4/2005/1, S/RES/2341 (2017), A/RES/ES-10/21).
// A part's number may be roman (CCW/CONF.VI/11); UNEP/EA.6/Res.15 is a resolution of the Environment Assembly.
const SYMBOL_PART = '(?:(?:Corr|Add|Rev|Amend|Sub|Suppl|Res)\\.\\d+|(?:ES|S)-\\d+|[A-Z]{1,8}(?:\\.(?:\\d+|[IVX]+(?![A-Za-z])))?(?![a-z])|\\d+(?:\\.\\d+)?)';
const SERIES = [
  'A',
  'S',
  'E',
  'T',
  'ST',
  'TD',
  'DP',
  'UNEP',
  'ICCD',
  'FCCC',
  'CRC',
  'CEDAW',
  'CERD',
  'CCPR',
  'CAT',
  'CRPD',
  'CMW',
  'ECE',
  'ESCAP',
  'ECA',
  'ECLAC',
  'ESCWA',
  'UNW',
  'UNICEF',
  'GC',
  'IDB',
  'PBC',
  'SG',
  'SPLOS',
  'ISBA',
  'ITLOS',
  'CTBT',
  'BWC',
  'APLC',
  'CCW',
  'NPT',
  'DDA',
  'UNODC',
  'HS',
  'UNCITRAL',
  // The Commission on the Limits of the Continental Shelf, UNCTAD's publications, the Security Council's press statements
  // (SC/13331), the Convention on Biological Diversity's bodies (CBD/COP/15/17).
  'CLCS',
  'UNCTAD',
  'SC',
  'CBD',
];
const LONGEST_SERIES = Math.max(...SERIES.map((series) => series.length));
/** Read at a given start (sticky); the start must not follow a word character or a slash. */
const SYMBOL = new RegExp(`(?:${SERIES.join('|')})(?:\\/${SYMBOL_PART})+(?: ?\\(\\d{4}\\))?`, 'y');
const SUFFIX_TAIL = new RegExp(`^(?:,? ${AND} |, )((?:Corr|Add|Rev|Amend)\\.\\d+)`);

// One item of a list after "resolution(s)": 73/266, 43/78 H, 31/6 A and B, ES-10/21,
// 1514 (XV), 3419 A to D (XXX), 2341 (2017), 2005/1.
const RESOLUTION_ITEM = new RegExp(
  `(?:(?:ES|S)-\\d{1,2}\\/\\d{1,3}|\\d{1,4}\\/\\d{1,4}(?: ${PART_LETTERS}(?![\\w/]))?|\\d{1,4}(?: ${PART_LETTERS})? \\((?:${ROMAN_SESSION}|\\d{4})\\))`,
  'y',
);
const DECISION_ITEM = new RegExp(`(?:(?:ES|S)-\\d{1,2}\\/\\d{1,3}|\\d{1,4}\\/\\d{1,4}(?: [A-Z](?:(?: ${AND} | ${splittable('to')} )[A-Z])?(?![\\w/]))?)`, 'y');
// A drafter's date may be in figures ("of 25.10.1971"); a markdown link's text ends after it ("[47/1 of 22.09.1992](…)").
const ITEM_DATE = new RegExp(`,? (?:${splittable('of')}|${splittable('adopted on')}) (${DATE}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})`, 'y');
const LINK_END = /\]\([^)\s]*\)/y;
/** Between two items; a markdown link opens its bracket after it ("[47/1](…) and [48/2](…)"). */
const ITEM_SEPARATOR = new RegExp(`(?:,? ${AND} |, |,? ${splittable('as well as')} (?:${splittable('its')} )?|,? ${splittable('or')} )\\[?`, 'y');
/**
 * A keyword in any case ("resolution", a footnote's "Resolution 70/1.", "RESOLUTIONS"), the
 * spaces after it and a markdown link's bracket ("resolution [47/1 of 22.09.1992](…)"): the
 * reading's reference. A text is searched for the keywords' words alone (case-blind, by a flag:
 * spelling the cases out made the search slower), and keywordLength reads the rest as this
 * pattern does (speed-tricks.test.ts holds them equal).
 */
export const KEYWORD = /\b(resolutions?|decisions?)\s+\[?/gi;
/**
 * A keyword's word, or a word an internal reference needs ("paragraph", "the annex";
 * findInternal reads those in their own case): one search finds both (no match of one can
 * overlap the other's). Words alone make the fastest search of a text.
 */
const KEYWORD_OR_INTERNAL_WORD = /resolution|decision|paragraph|the annex/gi;
/**
 * A keyword right at a given place (sticky: a global search would read on to the end of the text),
 * however split ("as well as its decis ion 72/512"). The search above reads keywords whole: those
 * split are found back from their first item (splitKeywordBefore).
 */
const KEYWORD_AT = new RegExp(`\\b(${splittable('resolution')}(?: ?s)?|${splittable('decision')}(?: ?s)?)\\s+\\[?`, 'iy');

/**
 * The length of the keyword whose word ("resolution", "decision", any case) KEYWORD_OR_INTERNAL_WORD
 * found at `at`, as KEYWORD reads it (a word's start, a plural's "s", spaces, a link's bracket), or 0.
 */
function keywordLength(text: string, at: number, word: string): number {
  if (isWordCode(codeAt(text, at - 1))) return 0;
  let end = at + word.length;
  if ((codeAt(text, end) | 32) === 115) end++; // s
  if (!isWhitespaceCode(codeAt(text, end))) return 0;
  while (isWhitespaceCode(codeAt(text, end))) end++;
  return codeAt(text, end) === 91 ? end + 1 - at : end - at; // [
}

function kindOf(keyword: string): 'resolution' | 'decision' {
  return keyword[0] === 'r' || keyword[0] === 'R' ? 'resolution' : 'decision';
}

const PARTED_ITEM = new RegExp(`^([\\d/]+) (${PART_LETTERS})(?: (\\(.*\\)))?$`);
const PART_RANGE = new RegExp(`^([A-Z]) ${splittable('to')} ([A-Z])$`);
const PART_JOINT = new RegExp(` ${AND} |, `);

/** Splits "3419 A to D (XXX)" or "31/6 A and B" (their joints however split) into one canonical item per lettered part. */
function expandParts(item: string): string[] {
  const match = PARTED_ITEM.exec(item);
  if (!match) return [compactSymbol(item)];
  const [, number, letters, session = ''] = match;
  const parts: string[] = [];
  const range = PART_RANGE.exec(letters);
  if (range) {
    for (let c = range[1].charCodeAt(0); c <= range[2].charCodeAt(0); c++) parts.push(String.fromCharCode(c));
  } else {
    parts.push(...letters.split(PART_JOINT));
  }
  const symbols: string[] = [];
  for (const letter of parts) symbols.push(compactSymbol(`${number}${letter}${session}`));
  return symbols;
}

function isSecurityCouncilStyle(item: string): boolean {
  return /^\d{1,4} \(\d{4}\)$/.test(item);
}

/**
 * An item's citation of `symbol`, with its date (as ITEM_DATE matched it) printed. Items are added one
 * by one: a list of an item's symbols, a literal here and map's answer there, came in arrays of two
 * kinds, and the optimised reading met the second one after it was compiled for the first.
 */
function addItem(out: CitationMatch[], kind: 'resolution' | 'decision', start: number, end: number, symbol: string, date: RegExpExecArray | null): void {
  out.push({ kind, start, end, symbol, ...(date ? { date: printedDate(date[1]) } : {}) });
}

function readItems(text: string, at: number, itemPattern: RegExp, kind: 'resolution' | 'decision', organ: Organ | null, out: CitationMatch[]): void {
  let cursor = at;
  for (;;) {
    itemPattern.lastIndex = cursor;
    const item = itemPattern.exec(text);
    if (!item) return;
    const written = item[0];
    const itemEnd = cursor + written.length;
    ITEM_DATE.lastIndex = itemEnd;
    const date = ITEM_DATE.exec(text);
    // "2231 (2015)" is the Security Council's whoever is named ("the Council in its resolution").
    const owner = numberedBy(organ, written);
    if (kind === 'resolution' && isSecurityCouncilStyle(written) && organ !== HUMAN_RIGHTS_COUNCIL) {
      addItem(out, kind, cursor, itemEnd, `S/RES/${compactSymbol(written)}`, date);
    } else if (owner) {
      for (const one of expandParts(written)) addItem(out, kind, cursor, itemEnd, kind === 'resolution' ? owner.resolution(one) : owner.decision(one), date);
    }
    cursor = date ? date.index + date[0].length : itemEnd;
    LINK_END.lastIndex = cursor;
    if (LINK_END.test(text)) cursor = LINK_END.lastIndex;
    ITEM_SEPARATOR.lastIndex = cursor;
    const separator = ITEM_SEPARATOR.exec(text);
    if (!separator) return;
    const afterSeparator = cursor + separator[0].length;
    // "as well as its decision 72/512": the list goes on with another keyword.
    KEYWORD_AT.lastIndex = afterSeparator;
    const keyword = KEYWORD_AT.exec(text);
    if (keyword) {
      const nextKind = kindOf(keyword[1]);
      readItems(text, afterSeparator + keyword[0].length, nextKind === 'resolution' ? RESOLUTION_ITEM : DECISION_ITEM, nextKind, organ, out);
      return;
    }
    cursor = afterSeparator;
  }
}

/** A character a symbol cannot follow: a word's character or `/`. */
function continuesWord(code: number): boolean {
  return isWordCode(code) || code === 47;
}

/**
 * Written symbols, in text order. A symbol's series ends just before a slash, so starts
 * are tried only within reach of each slash (trying every position was costly).
 */
function findSymbols(text: string, out: CitationMatch[], keywords: Keyword[]): void {
  // Positions below `next` are tried or inside a symbol found.
  let next = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    if (isDigitCode(codeAt(text, slash - 1))) splitKeywordBeforeSlash(text, slash, keywords);
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
  const base = compactSymbol(written);
  out.push({ kind: 'symbol', start, end: start + written.length, symbol: base });
  readCitedParagraphs(text, out, out.length - 1);
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
// The words naming the text itself may carry an extractor's stray space inside ("of th e present
// resolution", pypdf): each letter of them may be followed by one.
const OWN_TEXT = splittable('(?:the present|this) (?:resolution|decision)');
const INTERNAL = new RegExp(
  `\\b(?:sub)?paragraphs? (${PARAGRAPH_LIST})(?= (?:${splittable('above')}|${splittable('below')}|${splittable('of')} ${OWN_TEXT}))`,
  'g',
);
const ANNEX = new RegExp(`\\bthe annex(?:es)? (?:to|of) ${OWN_TEXT}\\b`, 'g');

/** The words an internal reference needs that a text holds, in their own case: bits of wholeKeywords' answer. */
const PARAGRAPH = 1;
const THE_ANNEX = 2;

/** Internal references of a text that holds "paragraph" or "the annex" (`words`, bits; most sentences hold neither). */
function findInternal(text: string, out: CitationMatch[], words: number): void {
  INTERNAL.lastIndex = 0;
  let match: RegExpExecArray | null;
  // The pattern needs a word most sentences lack.
  const mentionsParagraph = (words & PARAGRAPH) !== 0;
  while (mentionsParagraph && (match = INTERNAL.exec(text)) !== null) {
    const listStart = match.index + match[0].length - match[1].length;
    const after = text.slice(match.index + match[0].length + 1, match.index + match[0].length + 7);
    const direction = after.startsWith('above') ? 'above' : after.startsWith('below') ? 'below' : 'document';
    for (const item of listedParagraphs(match[1])) {
      out.push({ kind: 'internal', start: listStart + item.start, end: listStart + item.end, symbol: item.path, direction });
    }
  }
  if ((words & THE_ANNEX) !== 0) findAnnexReferences(text, out);
}

/** "the annex to the present resolution": the one reference without a number. */
function findAnnexReferences(text: string, out: CitationMatch[]): void {
  ANNEX.lastIndex = 0;
  for (let match = ANNEX.exec(text); match; match = ANNEX.exec(text)) {
    out.push({ kind: 'internal', start: match.index, end: match.index + match[0].length, symbol: 'annex', direction: 'document' });
  }
}

/** A character of \\w: a letter A–Z or a–z, a digit or `_`. */
function isWordCode(code: number): boolean {
  return isDigitCode(code) || isLetterCode(code) || code === 95;
}

export interface Keyword {
  index: number;
  /** To where its item starts: the spaces and a link's bracket after it go with it. */
  length: number;
  kind: 'resolution' | 'decision';
}

/** Where an item "2231 (2015)", "1514 (XV)" or "3419 A to D (XXX)" starts, read back from its bracket. */
const ITEM_BEFORE_BRACKET = new RegExp(`\\d{1,4}(?: ${PART_LETTERS})? $`);
/** How far back from its bracket such an item starts, at most. */
const ITEM_REACH = 40;

/** A split keyword before the item whose first slash (after a digit) is at `slash` ("70/1", "ES-10/21"). */
function splitKeywordBeforeSlash(text: string, slash: number, keywords: Keyword[]): void {
  let start = slash - 1;
  while (isDigitCode(codeAt(text, start - 1))) start--;
  // "ES-10/21", "S-1/3"
  if (codeAt(text, start - 1) === 45 && codeAt(text, start - 2) === 83) start -= codeAt(text, start - 3) === 69 ? 3 : 2;
  splitKeywordBefore(text, start, keywords);
}

/** Split keywords before the items whose bracket follows a number or a part's letter ("2231 (2015)", "3419 A to D (XXX)"). */
function splitKeywordsBeforeBrackets(text: string, keywords: Keyword[]): void {
  for (let bracket = text.indexOf('('); bracket >= 0; bracket = text.indexOf('(', bracket + 1)) {
    if (codeAt(text, bracket - 1) !== 32) continue;
    const last = codeAt(text, bracket - 2);
    if (isDigitCode(last)) {
      let start = bracket - 2;
      while (isDigitCode(codeAt(text, start - 1))) start--;
      splitKeywordBefore(text, start, keywords);
    } else if (isCapitalCode(last)) {
      const item = ITEM_BEFORE_BRACKET.exec(text.slice(Math.max(0, bracket - ITEM_REACH), bracket));
      if (item) splitKeywordBefore(text, bracket - item[0].length, keywords);
    }
  }
}

/**
 * A keyword a stray space split ("resolut ion 70/1", "decision s 72/512"), which the search for whole
 * keywords misses, ending (with the spaces and a link's bracket after it) where an item starts at
 * `itemStart`: read back from each item's first slash after a digit or its bracket, one of which
 * every item holds.
 */
function splitKeywordBefore(text: string, itemStart: number, keywords: Keyword[]): void {
  let end = itemStart;
  if (codeAt(text, end - 1) === 91) end--; // [
  if (!isWhitespaceCode(codeAt(text, end - 1))) return;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  // A keyword ends with "n", or "s" of a plural, perhaps split off too ("resolution s"); most items follow a date or a word that does not.
  const last = codeAt(text, end - 1) | 32;
  const wordEnd = last === 110 ? end : last === 115 ? (codeAt(text, end - 2) === 32 ? end - 2 : end - 1) : -1;
  if (wordEnd >= 0 && !splitKeyword(text, wordEnd, end, itemStart, 'resolution', keywords)) splitKeyword(text, wordEnd, end, itemStart, 'decision', keywords);
}

/** Adds `word` ending at `wordEnd` as a keyword up to `itemStart` if it stands at a word's start (as \b reads it) and is split (a whole one the search found). */
function splitKeyword(text: string, wordEnd: number, end: number, itemStart: number, word: 'resolution' | 'decision', keywords: Keyword[]): boolean {
  const start = spelledBefore(text, wordEnd, word);
  if (start < 0 || isWordCode(codeAt(text, start - 1)) || text.lastIndexOf(' ', end - 1) < start) return false;
  keywords.push({ index: start, length: itemStart - start, kind: word });
  return true;
}

/**
 * Adds the whole keywords of `text` (as KEYWORD finds them) to `keywords`; which words an internal
 * reference needs it holds in their own case ("paragraph", "the annex": bits PARAGRAPH, THE_ANNEX,
 * as a search for them would tell, since no match of the search overlaps another).
 */
export function wholeKeywords(text: string, keywords: Keyword[]): number {
  KEYWORD_OR_INTERNAL_WORD.lastIndex = 0;
  let internalWords = 0;
  for (let match = KEYWORD_OR_INTERNAL_WORD.exec(text); match; match = KEYWORD_OR_INTERNAL_WORD.exec(text)) {
    const word = match[0];
    if (word === 'paragraph') internalWords |= PARAGRAPH;
    else if (word === 'the annex') internalWords |= THE_ANNEX;
    const first = word.charCodeAt(0) | 32;
    if (first === 112 || first === 116) continue; // "paragraph", "the annex" in another case
    const length = keywordLength(text, match.index, word);
    if (length > 0) keywords.push({ index: match.index, length, kind: kindOf(word) });
  }
  return internalWords;
}

/** Gives each citation (but internal references) the title quoted right after its item and date ('entitled "…"'). */
function readQuotedTitles(text: string, out: CitationMatch[]): void {
  for (const match of out) {
    if (match.kind === 'internal') continue;
    ITEM_DATE.lastIndex = match.end;
    const date = ITEM_DATE.exec(text);
    let end = date ? date.index + date[0].length : match.end;
    LINK_END.lastIndex = end;
    if (LINK_END.test(text)) end = LINK_END.lastIndex;
    const title = quotedTitleAt(text, end);
    if (title) match.title = title;
  }
}

/**
 * Every citation in `text`, in text order. `digits` false says the text holds no digit 0–9: every
 * reference but the annex's has one (a symbol, an item, a paragraph's number), so only that is
 * looked for (two thirds of a parse's characters stand in texts without a digit).
 */
export function findCitations(text: string, digits = true): CitationMatch[] {
  const out: CitationMatch[] = [];
  if (!digits) {
    // An "x" is rare in English: a search for one character (the fastest there is) tells most texts apart first.
    if (text.includes('x') && text.includes('the annex')) findAnnexReferences(text, out);
    return out;
  }
  const keywords: Keyword[] = [];
  findSymbols(text, out, keywords);
  splitKeywordsBeforeBrackets(text, keywords);
  const split = keywords.length;
  const internalWords = wholeKeywords(text, keywords);
  if (split > 0) keywords.sort((a, b) => a.index - b.index);
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
    const itemPattern = keyword.kind === 'resolution' ? RESOLUTION_ITEM : DECISION_ITEM;
    // Most keywords have no number after them ("Resolution adopted by", "decisions of the"): the organ is not looked for.
    itemPattern.lastIndex = at;
    if (!itemPattern.test(text)) continue;
    const first = out.length;
    readItems(text, at, itemPattern, keyword.kind, organBefore(text, keyword.index), out);
    readCitedParagraphs(text, out, first);
  }
  if (internalWords !== 0) findInternal(text, out, internalWords);
  readQuotedTitles(text, out);
  // Most texts cite nothing or once: nothing to order or to tell apart.
  if (out.length < 2) return out;
  // A written symbol inside a resolution item (never in practice) must not double count.
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out.filter((c, i) => i === 0 || !(c.start === out[i - 1].start && c.symbol === out[i - 1].symbol));
}
