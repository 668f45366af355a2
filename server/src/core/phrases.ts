// Opening phrases: the italic words that open preambular paragraphs (`Noting with
// deep concern`) and operative paragraphs (`Also requests`, `Calls upon`).
// Each matcher returns how many characters of the text the phrase covers (0: none).
import {
  FEELING_INTENSIFIERS,
  FEELING_NOUNS,
  OPERATIVE_ADVERBS,
  OPERATIVE_HEAD_VERBS,
  PREAMBULAR_ADJECTIVES,
  PREAMBULAR_CONTINUATIONS,
  REPETITION_ADVERBS,
} from './lexicon';
import { codeAt, startsWithCapital } from './letters';

const WORD = /^[A-Za-z][A-Za-z’'-]*/;
/** WORD read at `lastIndex`, without slicing the text. */
const WORD_AT = /[A-Za-z][A-Za-z’'-]*/y;

// Patterns tested for every line are constants: a regular expression literal makes a new object
// each time it is evaluated.
const PARTICIPLE = /^[A-Z][a-z]{2,}(?:ing|ed)$|^Re-[a-z]{3,}(?:ing|ed)$/;
/** "Deeply", "Also", "Further": an adverb before the head word. */
const ADVERB = /ly$|^Also$|^Further$/;
const HEAD_AFTER_ADVERB = /^[a-z]+(?:ing|ed)$|^aware$|^mindful$|^conscious$/;
/** "Decides", and a verb with its prefix hyphenated as the preamble's participles are ("Re-emphasizes"). */
const CAPITALISED_VERB = /^(?:[A-Z][a-z]+|Re-[a-z]{3,})(?:s|es)$/;
const NOT_A_VERB_ENDING = /(?:ss|ous|us|is)$/;
const VERB = /^[a-z]+(?:s|es)$/;

function wordAt(text: string, at: number): string | undefined {
  WORD_AT.lastIndex = at;
  return WORD_AT.exec(text)?.[0];
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Lower-cased words of each phrase, split once: phrases are matched for every paragraph. */
const splitPhrases = new Map<string, string[]>();

function wordsOf(phrase: string): string[] {
  let words = splitPhrases.get(phrase);
  if (!words) splitPhrases.set(phrase, (words = phrase.split(' ').map((word) => word.toLowerCase())));
  return words;
}

/** Whether `text` at `at` spells `word` (lower case), ignoring case. */
function spellsAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return text.slice(at, at + word.length).toLowerCase() === word;
  for (let i = 0; i < word.length; i++) {
    let code = text.charCodeAt(at + i);
    // Outside ASCII, lower-casing may change the length or land in ASCII (the Kelvin sign): compare as strings.
    if (code >= 128 || word.charCodeAt(i) >= 128) return text.slice(at, at + word.length).toLowerCase() === word;
    if (code >= 65 && code <= 90) code += 32;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Matches `words` (space separated, case-insensitive) at `at`; returns the end or -1. */
function matchWords(text: string, at: number, words: string): number {
  // Most alternatives fail on their first letter: told before the phrase's words are looked up.
  const code = text.charCodeAt(at);
  const first = words.charCodeAt(0);
  if (isAsciiLetter(first) && code < 128 && (code | 32) !== (first | 32)) return -1;
  let cursor = at;
  for (const word of wordsOf(words)) {
    if (cursor > at) {
      if (text[cursor] !== ' ') return -1;
      cursor++;
    }
    if (!spellsAt(text, cursor, word)) return -1;
    cursor += word.length;
    if (isAsciiLetter(text.charCodeAt(cursor))) return -1;
  }
  return cursor;
}

function firstMatch(text: string, at: number, alternatives: readonly string[]): number {
  let best = -1;
  for (const alternative of alternatives) best = Math.max(best, matchWords(text, at, alternative));
  return best;
}

/**
 * The alternatives of a lexicon list that may match where a character stands (matchWords turns
 * down the others on their first letter): a paragraph tries a few, not the whole list.
 */
function byFirstLetter(alternatives: readonly string[]): (code: number) => readonly string[] {
  const other = alternatives.filter((alternative) => !isAsciiLetter(alternative.charCodeAt(0)));
  const groups = new Map<number, string[]>();
  for (const alternative of alternatives) {
    const first = alternative.charCodeAt(0);
    if (!isAsciiLetter(first)) continue;
    const group = groups.get(first | 32) ?? [...other];
    group.push(alternative);
    groups.set(first | 32, group);
  }
  // An ASCII character other than a letter takes only `other`; any other character (or none) the whole list.
  return (code) => (code < 128 ? (groups.get(code | 32) ?? other) : alternatives);
}

const REPETITION_ADVERBS_AT = byFirstLetter(REPETITION_ADVERBS);
const FEELING_INTENSIFIERS_AT = byFirstLetter(FEELING_INTENSIFIERS);
const FEELING_NOUNS_AT = byFirstLetter(FEELING_NOUNS);

/** Optional `also`, `further`, … after a head word. */
function skipRepetition(text: string, at: number): number {
  if (text[at] !== ' ') return at;
  const end = firstMatch(text, at + 1, REPETITION_ADVERBS_AT(text.charCodeAt(at + 1)));
  return end > 0 ? end : at;
}

/** Optional `with (deep) concern`, `its appreciation`, `deep concern` after a head word. */
function skipFeeling(text: string, at: number, lead: readonly string[]): number {
  if (text[at] !== ' ') return at;
  let cursor = at + 1;
  const leadEnd = firstMatch(text, cursor, lead);
  if (leadEnd > 0) cursor = leadEnd + 1;
  const intensifier = firstMatch(text, cursor, FEELING_INTENSIFIERS_AT(text.charCodeAt(cursor)));
  if (intensifier > 0) cursor = intensifier + 1;
  const noun = firstMatch(text, cursor, FEELING_NOUNS_AT(text.charCodeAt(cursor)));
  return noun > 0 ? noun : at;
}

function isParticiple(word: string): boolean {
  // Both forms end in "ing" or "ed" (d), told before the pattern is tried.
  return word.charCodeAt(word.length - 1) === 100 || word.charCodeAt(word.length - 1) === 103 ? PARTICIPLE.test(word) : false;
}

/** Whether a line starting with `word` can open a preambular paragraph. */
export function isPreambularHead(word: string): boolean {
  // A head is capitalised, participle or adjective: most lines of wrapped text need no pattern and no look-up.
  const first = codeAt(word, 0);
  return first >= 65 && first <= 90 && (isParticiple(word) || PREAMBULAR_ADJECTIVES.has(word));
}

export function matchPreambularPhrase(text: string): number {
  const head = WORD.exec(text)?.[0];
  if (!head || !isPreambularHead(head)) return 0;
  let cursor = head.length;
  const next = wordAt(text, cursor + 1) ?? '';
  // "Deeply concerned", "Also recalling": an adverb followed by the real head word.
  if (ADVERB.test(head) && text[cursor] === ' ' && HEAD_AFTER_ADVERB.test(next)) {
    cursor += 1 + next.length;
  }
  const continuation = PREAMBULAR_CONTINUATIONS[head];
  if (continuation && text[cursor] === ' ') {
    const end = firstMatch(text, cursor + 1, continuation);
    if (end > 0) cursor = end;
  }
  cursor = skipRepetition(text, cursor);
  cursor = skipFeeling(text, cursor, ['with', 'its', 'their']);
  cursor = skipRepetition(text, cursor);
  return cursor;
}

/** An operative verb: third person singular present, `Decides`, `Calls`, `Takes`. */
function isOperativeVerb(word: string): boolean {
  return CAPITALISED_VERB.test(word) && !NOT_A_VERB_ENDING.test(word);
}

export function matchOperativePhrase(text: string): number {
  let cursor: number;
  let head = WORD.exec(text)?.[0];
  if (!head) return 0;
  const onceAgain = matchWords(text, 0, 'Once again');
  // An adverb of the lexicon, or any in -ly as the preamble reads them ("Greatly appreciates").
  if (onceAgain > 0 || ((OPERATIVE_ADVERBS.has(head) || ADVERB.test(head)) && !isOperativeVerb(head))) {
    cursor = onceAgain > 0 ? onceAgain : head.length;
    if (text[cursor] !== ' ') return 0;
    const verb = wordAt(text, cursor + 1);
    if (!verb || !VERB.test(verb)) return 0;
    head = verb;
    cursor += 1 + verb.length;
  } else {
    if (!isOperativeVerb(head)) return 0;
    cursor = head.length;
  }
  const verb = head.toLowerCase();
  cursor = skipRepetition(text, cursor);
  if (text[cursor] === ' ') {
    const particle =
      verb === 'calls'
        ? firstMatch(text, cursor + 1, ['upon', 'on'])
        : verb === 'takes'
          ? firstMatch(text, cursor + 1, ['note'])
          : verb === 'pays'
            ? firstMatch(text, cursor + 1, ['tribute'])
            : verb === 'bears' || verb === 'keeps'
              ? firstMatch(text, cursor + 1, ['in mind'])
              : -1;
    if (particle > 0) cursor = particle;
  }
  cursor = skipRepetition(text, cursor);
  cursor = skipFeeling(text, cursor, ['with', 'its', 'their']);
  return skipRepetition(text, cursor);
}

/** The head words of the lexicon's operative verbs, lower case: "decides", "calls", "takes". */
const LEXICON_VERBS = new Set(OPERATIVE_HEAD_VERBS.map((verb) => verb.toLowerCase()));

/**
 * Whether `text` opens with a capitalised operative phrase whose verb is one of the lexicon's
 * ("Condemns without reservation", "Strongly urges"): stricter than `matchOperativePhrase`,
 * which takes any capitalised word in -s ("States", "Parties") by its form.
 */
export function opensWithLexiconVerb(text: string): boolean {
  if (!startsWithCapital(text)) return false;
  const length = matchOperativePhrase(text);
  return (
    length > 0 &&
    text
      .slice(0, length)
      .split(' ')
      .some((word) => LEXICON_VERBS.has(word.toLowerCase()))
  );
}

const QUALIFIERS = /\b(?:also|further|again|once again|strongly|firmly|urgently|deeply|fully|warmly|resolutely|unequivocally)\b/gi;

/**
 * A phrase without the words that repeat or strengthen it, lower case, so that a repetition
 * matches its base: "Also decides" → "decides"; "Noting also with concern" → "noting with concern";
 * "Strongly encourages further" → "encourages".
 */
export function basePhrase(phrase: string): string {
  return phrase.replace(QUALIFIERS, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
