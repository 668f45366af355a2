// How a text opens and closes: the patterns and tests every phase reads a line's or a
// paragraph's ends by (organ, closing line, annex line, closing punctuation, opening words).
import { isClosingQuoteCode, isDigitCode, isSuperscriptDigitCode, startsWithCapital, startsWithDigit, startsWithLetter } from '../letters';
import { isWhitespaceCode } from '../whitespace';
import { MONTHS, MORE_OPENING_WORDS, OPERATIVE_VERBS, organNames, PREAMBULAR_ADJECTIVES, PREAMBULAR_PHRASES } from '../lexicon';
import { isPreambularHead, matchPreambularPhrase, opensWithLexiconVerb } from '../phrases';
import { splittable } from '../stray-spaces';

/** The organ line, however the extractor spaced its words ("The General  Assembly,", "T he General Assembly,", "The Security Council,"). */
export const ORGAN = new RegExp(`^${splittable('The')}\\s+(?:${organNames(splittable)})\\b,?`);

/**
 * The closing line ("81st plenary meeting", "55th (resumed) plenary meeting"), its words however
 * spaced; a council's meeting (group 2: "31st meeting", the Human Rights Council's) only as a line alone.
 */
export const CLOSING = new RegExp(
  `^(\\d{1,3}(?:${splittable('st|nd|rd|th')}))\\s+(?:\\(${splittable('resumed')}\\)\\s+)?(?:${splittable('plenary')}\\s+${splittable('meeting')}\\b|(${splittable('meeting')})$)`,
);

// Tested for most lines: each line is told first by its first character, the one the pattern
// opens with (speed-tricks.test holds them equal to the patterns).
/** Whether a line opens with the organ line. */
export function isOrganLine(text: string): boolean {
  return text.charCodeAt(0) === 84 && ORGAN.test(text); // T
}

/** The organ line's words of a line that opens with them ("The General  Assembly,"). */
export function organLineWords(text: string): string {
  return ORGAN.exec(text)![0];
}

/** Whether a line opens with a closing line. */
export function isClosingLine(text: string): boolean {
  return startsWithDigit(text) && CLOSING.test(text);
}

/** Whether a line is an annex's label line. */
export function isAnnexLine(text: string): boolean {
  return text.charCodeAt(0) === 65 && ANNEX_LINE.test(text); // A
}

/** The meeting a closing line names, as printed: "81st plenary meeting", "31st meeting". */
export function closingMeeting(text: string): string {
  const match = CLOSING.exec(text)!;
  return `${match[1].replace(' ', '')} ${match[0].includes('(') ? '(resumed) ' : ''}${match[2] ? 'meeting' : 'plenary meeting'}`;
}

export const ANNEX_LINE = new RegExp(`^(${splittable('Annex')}|${splittable('Appendix')})(?: ([IVXL]{1,6}|\\d{1,2}|[A-Z]))?\\*?$`);

/** The label of an annex line, as printed: "Annex II" for "Ann ex II". */
export function annexLabel(text: string): string {
  const match = ANNEX_LINE.exec(text)!;
  return match[2] ? `${match[1].replaceAll(' ', '')} ${match[2]}` : match[1].replaceAll(' ', '');
}

/** A paragraph's closing mark: . , ; : */
export function isClosingMarkCode(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58;
}

/** Where a closing mark stands before text[…, at), closing quotes and brackets between, or -1; nothing before `from` is read. */
function markBefore(text: string, at: number, from: number): number {
  let end = at;
  while (end > from && isClosingQuoteCode(text.charCodeAt(end - 1))) end--;
  return end > from && isClosingMarkCode(text.charCodeAt(end - 1)) ? end - 1 : -1;
}

/** Where the footnote marker ending text[from, …) starts (up to three digits or superscripts, or a number in brackets), or -1. */
function markerStart(text: string, from: number): number {
  const end = text.length;
  const last = text.charCodeAt(end - 1);
  let at = end - 1;
  if (last === 93) {
    // "[3]"
    while (at > from && end - 1 - at < 4 && isDigitCode(text.charCodeAt(at - 1))) at--;
    const digits = end - 1 - at;
    return digits >= 1 && digits <= 3 && at > from && text.charCodeAt(at - 1) === 91 ? at - 1 : -1;
  }
  const superscript = isSuperscriptDigitCode(last);
  if (!superscript && !isDigitCode(last)) return -1;
  while (at > from && (superscript ? isSuperscriptDigitCode(text.charCodeAt(at - 1)) : isDigitCode(text.charCodeAt(at - 1)))) at--;
  return end - at <= 3 ? at : -1;
}

/**
 * Where the closing mark (. , ; :) of text[from, …) stands, or -1 where it ends otherwise: what may
 * follow the mark is closing quotes and brackets, then a footnote's marker, one white space before
 * it ("…;5", "… 2024.¹", "…: [3]"), as /['’”"*)\]]*(?:\s?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\d{1,3}\]))?$/
 * reads it. Read back from the end by character code: these tests run for every line and paragraph,
 * and a pattern ending in `$` is tried from each character (speed-tricks.test holds them equal).
 */
export function closingMarkAt(text: string, from = 0): number {
  if (text.length <= from) return -1;
  const bare = markBefore(text, text.length, from);
  if (bare >= 0) return bare;
  const marker = markerStart(text, from);
  if (marker < 0) return -1;
  return markBefore(text, marker > from && isWhitespaceCode(text.charCodeAt(marker - 1)) ? marker - 1 : marker, from);
}

/** A test of how a text closes, as a pattern's `test` (closingMarkAt): on text[from, …). */
export interface ClosingTest {
  test(text: string, from?: number): boolean;
}

/** Whether a text closes with one of `marks` (closingMarkAt). */
function closingWith(marks: string): ClosingTest {
  return {
    test(text: string, from = 0): boolean {
      const at = closingMarkAt(text, from);
      return at >= 0 && marks.includes(text.charAt(at));
    },
  };
}

export const ENDS_PARAGRAPH = closingWith('.,;:');

/** As ENDS_PARAGRAPH, without the comma: what a sentence cannot run on after. */
export const ENDS_SENTENCE = closingWith('.;:');

/** As ENDS_SENTENCE, a full stop only: a sentence after which the next may open in the same paragraph. */
export const ENDS_WITH_FULL_STOP = closingWith('.');

/** A semicolon closing an operative paragraph or item: the next sentence is another's. */
export const ENDS_WITH_SEMICOLON = closingWith(';');

/** A line opening with an operative verb ("Approves, with effect from …"): no sentence runs on into one. */
export const OPERATIVE_OPENING = new RegExp(`^(?:${OPERATIVE_VERBS.join('|')})[ ,]`);

/**
 * A capitalised participle coordinated with a capitalised noun ("Stockpiling and Use of Chemical
 * Weapons"): a name in title case running on after "…Production,", not a preambular head.
 */
export const TITLE_CASE_RUN_ON = /^[A-Z][a-z]+(?:,| and| or) [A-Z][a-z]/;

/** An abbreviation a number follows ("(No." "105)", "para." "3"): its full stop ends no sentence. */
export const NUMBER_ABBREVIATION_END = /\b(?:No|Nos|para|paras|vol|p|pp|chap|sect|art|arts|Corr|Add|Rev)\.$/;

/** A day's number ending a text, which a month with its year may follow on the next line ("from 1" "July 2025"). */
export const DAY_END = /(?:^|\s)\d{1,2}$/;
const MONTH_AND_YEAR = new RegExp(`^(?:${MONTHS.join('|')}) \\d{4}\\b`);

/** Whether a text ends with an abbreviation a number follows ("Sales No."): read on its last characters. */
export function endsOnNumberAbbreviation(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 46 && NUMBER_ABBREVIATION_END.test(text.slice(-8));
}

/** Whether a text ends with a day's number: read on its last characters. */
export function endsOnDay(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57 && DAY_END.test(text.slice(-3));
}

/** Whether a text goes on in a line by a number that cannot stand apart from the text before it: after an abbreviation, or a date's day. */
export function continuesNumber(before: string, text: string): boolean {
  return (startsWithDigit(text) && endsOnNumberAbbreviation(before)) || (endsOnDay(before) && MONTH_AND_YEAR.test(text));
}

/** Whether a line ends with closing punctuation, perhaps a marker after it (ENDS_PARAGRAPH): read on its last 24 characters. */
export function endsParagraph(text: string): boolean {
  return ENDS_PARAGRAPH.test(text, Math.max(0, text.length - 24));
}

/** The speakers' "We" opening a declaration's first paragraph ("We, the Ministers …"). */
export const SPEAKERS = /^We,? /;

/** A declaration's numbered commitment line ("Action 1. We will …"), a heading over its numbered paragraphs. */
export const COMMITMENT_HEAD = /^([A-Z][a-z]+) (\d{1,2})\. \S/;

/** A bullet opening a list item, perhaps alone on its line with the item's text below (a converter's). */
export const BULLET = /^[•●▪◦](?:\s|$)/;

export const LINKING_WORD_END = /\b(?:of|and|the|in|on|for|to|a|an|with|by|at|its|their)$/;

// Patterns tested on every line or paragraph are constants: a regular expression literal makes a
// new object each time it is evaluated (much of what a parse allocated).
/** Closing punctuation, perhaps before quotes or brackets, ending a line. */
export const CLOSES_WITH_PUNCTUATION = /[.,;:]['’”"*)\]]*$/;

export const ENDS_WITH_PUNCTUATION = /[.,;:]$/;

/** Whether a text opens a paragraph by its words: a preambular or operative opening, a bullet, an annex. */
export function opensByItsWords(text: string): boolean {
  return opensPreambularParagraph(text) || OPERATIVE_OPENING.test(text) || opensByLayoutWords(text);
}

/** The first words of the lexicon's preambular openings ("Recalling", "Deeply", "Mindful", "Commending"). */
const PREAMBULAR_HEADS = new Set([...PREAMBULAR_PHRASES.map((phrase) => phrase.split(' ')[0]), ...PREAMBULAR_ADJECTIVES, ...MORE_OPENING_WORDS]);

/**
 * Whether a text opens by the lexicon's words, not by a word's form alone: a capitalised participle may be a
 * name's word ("Contracting Parties", "Working Group"), a preambular or operative opening of the lexicon is not.
 */
export function opensByLexicon(text: string): boolean {
  return PREAMBULAR_HEADS.has(firstWord(text)) || opensWithLexiconVerb(text) || opensByLayoutWords(text);
}

/** Whether a text ends on a linking word ("… behaviour of"): no sentence, paragraph or heading does. Read on its last characters. */
export function endsOnLinkingWord(text: string): boolean {
  return LINKING_WORD_END.test(text.slice(-6));
}

/** A bullet or an annex's line opens a block of its own. */
function opensByLayoutWords(text: string): boolean {
  return BULLET.test(text) || isAnnexLine(text);
}

/** An adjective of the preamble's openings before a capitalised word is a name's first word ("United Nations …"). */
const ADJECTIVE_IN_A_NAME = /^[A-Z][a-z]+(?<!ing) [A-Z]/;

/**
 * Whether a text opens a preambular paragraph: its opening phrase, not a name in title case
 * running on ("Stockpiling and Use …", "United Nations Convention …").
 */
export function opensPreambularParagraph(text: string): boolean {
  return (opensWithPreambularHead(text) || matchPreambularPhrase(text) > 0) && !TITLE_CASE_RUN_ON.test(text) && !ADJECTIVE_IN_A_NAME.test(text);
}

/** Whether a text opens with a preambular head (isPreambularHead), told first by its capital: most lines of wrapped text run on in lower case. */
export function opensWithPreambularHead(text: string): boolean {
  return startsWithCapital(text) && isPreambularHead(firstWord(text));
}

/** The text's first word (letters, apostrophes and hyphens after a letter), '' when it opens otherwise. */
export function firstWord(text: string): string {
  // Read by character codes: it runs for most lines, and a match makes an array each time.
  if (!startsWithLetter(text)) return '';
  let end = 1;
  while (end < text.length && continuesWord(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

/** A letter, an apostrophe (’ or ') or a hyphen: what a word goes on with after its first letter. */
function continuesWord(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x2019 || code === 39 || code === 45;
}
