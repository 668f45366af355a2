// Whose numbers follow a citation's keyword: the organ named just before it ("the Security
// Council, in its resolution"), the General Assembly where none is, or another body
// ("Environment Assembly resolution 5/14"), whose numbers would resolve to another document.
import { isWordApart } from './split-words';
import { splittable } from './stray-spaces';

export interface Organ {
  resolution: (item: string) => string;
  decision: (item: string) => string;
}

export const GENERAL_ASSEMBLY: Organ = {
  resolution: (item) => `A/RES/${item}`,
  decision: (item) => `A/DEC/${item}`,
};

export const HUMAN_RIGHTS_COUNCIL: Organ = { resolution: (i) => `A/HRC/RES/${i}`, decision: (i) => `A/HRC/DEC/${i}` };

const ORGANS: Record<string, Organ> = {
  'General Assembly': GENERAL_ASSEMBLY,
  'Human Rights Council': HUMAN_RIGHTS_COUNCIL,
  'Security Council': { resolution: (i) => `S/RES/${i}`, decision: (i) => `S/DEC/${i}` },
  'Economic and Social Council': { resolution: (i) => `E/RES/${i}`, decision: (i) => `E/DEC/${i}` },
  'Commission on Human Rights': { resolution: (i) => `E/CN.4/RES/${i}`, decision: (i) => `E/CN.4/DEC/${i}` },
};
/** The organs' names, "General Assembly" … "Commission on Human Rights". */
export const ORGAN_NAMES: readonly string[] = Object.keys(ORGANS);
/** The words between a name and its keyword, however split ("in it s"). */
const NAME_JOINT = `(?:,? ${splittable('in its')}|,? ${splittable('in')}| ${splittable('of its')}| ${splittable('of')}| ${splittable('its')})?`;
/** The small words of names ("Commission on Population and Development"). */
const NAME_WORDS = 'on|of|and|for|the';
/** Capitalised words, and small words between them. */
const NAME = `[A-Z][\\w-]*(?:(?: (?:${splittable(NAME_WORDS)}))* [A-Z][\\w-]*)*`;
/**
 * The name before a keyword, with "in its", "of" or a comma between ("the Security Council, in its
 * resolution", "the adoption by the General Assembly of resolution").
 */
const NAME_BEFORE = new RegExp(`(?:^|[^\\w-])(${NAME})${NAME_JOINT} $`);
/**
 * NAME_BEFORE through words in lower case after capitalised words: pieces a stray space split off
 * ("Lat in America") or words of a name ("Parties to the Convention"); and (the second group) a word
 * after its last capitalised word, a piece split off it ("the Caribbe an of its") or the sentence's
 * verb ("the General Assembly decided, in its"), taken only where no joint can be ("in its" stays one).
 */
const NAME_THROUGH_BEFORE = new RegExp(
  `(?:^|[^\\w-])([A-Z][\\w-]*(?:(?: [a-z]+)?(?: (?:${splittable(NAME_WORDS)}))* [A-Z][\\w-]*)*)(?: ([a-z]+))??${NAME_JOINT} $`,
);
const BODY_WORDS = '(?:Assembly|Council|Commission|Sub-Commission|Conference|Committee|Board|Parties|Forum)';
/** A word that makes a name a body's: its numbers are not the Assembly's. */
const BODY_WORD = new RegExp(`\\b${BODY_WORDS}\\b`);
/** A body's word with more of its name after it ("Commission for …"). */
const BODY_WORD_WITHIN = new RegExp(`\\b${BODY_WORDS} `);
/**
 * Where NAME_BEFORE reads no organ: an organ's name before a keyword, its words however split
 * ("Human Rights Coun cil resolution 7/34"), or its resolutions singled out after its name ("Human
 * Rights Council resolutions, in particular resolutions 7/34 …", "decisions of the Human Rights
 * Council, the most recent of which being resolutions 59/2 …").
 */
const SPLIT_ORGAN_BEFORE = new RegExp(
  `(?:^|[^\\w-])(${Object.keys(ORGANS).map(splittable).join('|')})` +
    `(?:${NAME_JOINT}|(?: ${splittable('resolutions')}| ${splittable('decisions')})?, ${splittable('(?:in particular|the most recent of which (?:being|is|are))')}) $`,
);
/** The organs by their letters: a split name's key. */
const ORGANS_BY_LETTERS = new Map(Object.entries(ORGANS).map(([name, organ]) => [name.replaceAll(' ', ''), organ]));
/** A body's word however split ("Assem bly", "Commissi on"): its letters in order can be nothing else. */
const SPLIT_BODY_WORD = new RegExp(`\\b${splittable(BODY_WORDS)}\\b`, 'g');
/** A capitalised word and a word in lower case between it and the next: its rest a stray space split off ("Envi ronment Assembly"), unless a word apart. */
const CAPITALISED_AND_REST = /\b([A-Z][\w-]*) ([a-z]+)(?= [A-Z])/g;

/** `before` with the words of names a stray space split joined: a body's word, then a capitalised word and its rest ("Lat in" stays: "in" is a word apart). */
function wholeNames(before: string): string {
  return before
    .replace(SPLIT_BODY_WORD, (word) => word.replaceAll(' ', ''))
    .replace(CAPITALISED_AND_REST, (pair, word: string, rest: string) => (isWordApart(rest) ? pair : `${word}${rest}`));
}

/**
 * The capitals of the organs' and bodies' last words: A(ssembly), B(oard), C(ouncil, Commission,
 * Conference, Committee), F(orum), P(arties). Without one of them, the patterns below, which try
 * every position of the words before a keyword, find the General Assembly's numbers.
 */
const ORGAN_CAPITAL = /[ABCFP]/;

/**
 * The organ whose numbers follow the keyword at `at`: the one named, the General Assembly when
 * none is; null for another body ("Environment Assembly resolution 5/14", "Council resolution
 * 52/28" of the Human Rights Council), whose numbers would resolve to another document.
 */
export function organBefore(text: string, at: number): Organ | null {
  const before = text.slice(Math.max(0, at - 80), at);
  // A name needs one of these to be an organ's or another body's (speed-tricks.test holds it): most keywords follow none.
  return ORGAN_CAPITAL.test(before) ? organNamedBefore(before) : GENERAL_ASSEMBLY;
}

/** organBefore on the words before the keyword. */
export function organNamedBefore(before: string): Organ | null {
  const plain = NAME_BEFORE.exec(before);
  const named = plain ? organNamed(plain[1]) : undefined;
  if (named) return named;
  const split = SPLIT_ORGAN_BEFORE.exec(before);
  if (split) return ORGANS_BY_LETTERS.get(split[1].replaceAll(' ', ''))!;
  // The name read with its split words whole ("United Nations Envi ronment Assembly").
  const whole = wholeNames(before);
  const read = whole === before ? plain : NAME_BEFORE.exec(whole);
  const organ = organOf(read?.[1]);
  if (organ !== GENERAL_ASSEMBLY) return organ;
  // A body's name goes on over a word apart after a capitalised word, a piece a stray space split
  // off ("Economic Commission for Lat in America") or a word of its own ("Conference of the Parties
  // to the Convention"): a body's word before it makes the numbers the body's, not a bare "Assembly"
  // after it ("Adopted in Assembly resolution"). A word after the name's last capitalised word, a
  // piece or a verb, leaves the name before it to tell ("the Caribbe an", "the Assembly decided").
  const through = NAME_THROUGH_BEFORE.exec(whole);
  if (!through) return organ;
  if (through[2] !== undefined) return organOf(through[1]);
  return BODY_WORD_WITHIN.test(through[1]) ? null : organ;
}

/** The organ a name before a keyword ends with ("… General Assembly"), if any. */
function organNamed(name: string): Organ | undefined {
  for (const organ of Object.keys(ORGANS)) {
    if (name === organ || name.endsWith(` ${organ}`)) return ORGANS[organ];
  }
  return undefined;
}

/** The organ whose numbers follow a name (or none), as organBefore tells. */
function organOf(name: string | undefined): Organ | null {
  if (name === undefined) return GENERAL_ASSEMBLY;
  const named = organNamed(name);
  if (named) return named;
  // "in Assembly resolution 1541 (XV)", "the Assembly in its resolution": the General Assembly's own.
  if (name === 'Assembly') return GENERAL_ASSEMBLY;
  return BODY_WORD.test(name) ? null : GENERAL_ASSEMBLY;
}

/** A year's number ("2006/2"): no session of the Assembly runs to four digits. */
const YEAR_NUMBERED = /^\d{4}\//;

/**
 * The organ whose number an item after a keyword is, read as `organ`'s (organBefore): the General
 * Assembly numbers by session ("78/217"), never by year, so that "2006/2" after no organ's name is
 * another body's (a commission's, the Economic and Social Council's).
 */
export function numberedBy(organ: Organ | null, item: string): Organ | null {
  return organ === GENERAL_ASSEMBLY && YEAR_NUMBERED.test(item) ? null : organ;
}
