// Opening words an extractor split with a stray space ("Recall ing", "Decide s", "Also
// w elcomes", "Noting with satisfactio n": pypdf writes a space where the PDF set two glyphs
// apart). A paragraph's opening phrase is read from its first words (after its label, "26" without
// its full stop too), so there the pieces are joined again: only into a word of the drafting
// lexicon, and never when every piece is a word of its own ("Further more" stays two words).
import { codeAt, isCapitalCode, isDigitCode, isLetterCode, isLowerCaseCode } from './letters';
import { MappedText } from './mapped-text';
import {
  FEELING_INTENSIFIERS,
  FEELING_NOUNS,
  MORE_OPENING_WORDS,
  OPERATIVE_ADVERBS,
  OPERATIVE_HEAD_VERBS,
  OPERATIVE_VERBS,
  PREAMBULAR_ADJECTIVES,
  PREAMBULAR_CONTINUATIONS,
  PREAMBULAR_PHRASES,
  REPETITION_ADVERBS,
  SHORT_WORDS,
} from './lexicon';

/**
 * The participle of an operative verb of the lexicon, which opens preambular paragraphs as the verb
 * opens operative ones ("Confirms" → "confirming", "Notes" → "noting", "Agrees" → "agreeing").
 * Where English doubles the last consonant ("regretting") the form made is no word and never matches.
 */
function participle(verb: string): string {
  const base = verb.slice(0, -1);
  return `${base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base}ing`;
}

/** Every word of the lexicon's opening phrases, lower case, and its verbs' participles: what split pieces may be joined into. */
const OPENING_WORDS = new Set(
  [
    ...PREAMBULAR_PHRASES,
    ...PREAMBULAR_ADJECTIVES,
    ...Object.keys(PREAMBULAR_CONTINUATIONS),
    ...Object.values(PREAMBULAR_CONTINUATIONS).flat(),
    ...OPERATIVE_VERBS,
    ...OPERATIVE_ADVERBS,
    ...REPETITION_ADVERBS,
    ...FEELING_NOUNS,
    ...FEELING_INTENSIFIERS,
    ...MORE_OPENING_WORDS,
  ].flatMap((phrase) => phrase.toLowerCase().split(' ')),
);
for (const word of [...OPERATIVE_HEAD_VERBS, ...MORE_OPENING_WORDS]) {
  if (word.endsWith('s')) OPENING_WORDS.add(participle(word.toLowerCase()));
}
// A declaration's speakers open its paragraphs ("W e, the Ministers …": SPEAKERS in reading/text-ends.ts).
OPENING_WORDS.add('we');

/**
 * OPENING_WORDS as a tree of letters in one typed array: node n's child for letter l (a–z: 0–25)
 * is at n * NODE + l (0: none), and n * NODE + WORD_ENDS holds 1 where a word ends. A line's
 * pieces are followed down it by character code, without a string made (and a typed array read
 * is a third of the time of nested arrays').
 */
const NODE = 27;
const WORD_ENDS = 26;
/** The root; node 0 stands for "no node". */
const ROOT = 1;

function letterTree(words: Iterable<string>): Int32Array {
  const cells: number[] = new Array(2 * NODE).fill(0);
  for (const word of words) {
    let node = ROOT;
    for (let at = 0; at < word.length; at++) {
      const letter = word.charCodeAt(at) - 97;
      if (letter < 0 || letter >= WORD_ENDS) break;
      if (cells[node * NODE + letter] === 0) {
        cells[node * NODE + letter] = cells.length / NODE;
        for (let k = 0; k < NODE; k++) cells.push(0);
      }
      node = cells[node * NODE + letter];
    }
    cells[node * NODE + WORD_ENDS] = 1;
  }
  return Int32Array.from(cells);
}

const OPENING_TREE = letterTree(OPENING_WORDS);

/** A letter's place in the alphabet (a–z, A–Z: 0–25), or -1 for any other character: one test where isLetterCode and a subtraction took two. */
function letterIndex(code: number): number {
  const letter = (code | 32) - 97;
  return letter >= 0 && letter < 26 ? letter : -1;
}

/** How many pieces of a line's opening are looked at: the longest phrase ("Noting with grave concern also") with a split in it. */
const OPENING_PIECES = 7;
/** A word split twice ("Rec all ing") is three pieces. */
const MOST_PIECES = 3;
/**
 * The opening's pieces read so far, where each starts and ends, the node of OPENING_TREE its
 * letters alone lead to (0: none), and where the next may start: one state for every line (a
 * line is read at a time, and to the end), kept outside a closure.
 */
const starts = new Int32Array(OPENING_PIECES);
const ends = new Int32Array(OPENING_PIECES);
const nodes = new Int32Array(OPENING_PIECES);
let count = 0;
let next = 0;

/** Reads the next piece of text[next, to), if there is one more to read, following its letters down the tree as it goes. */
function readPiece(text: string, to: number): boolean {
  if (count === OPENING_PIECES || next >= to) return false;
  let code = text.charCodeAt(next);
  if (!isLetterCode(code)) return false;
  starts[count] = next;
  let node = ROOT;
  do {
    if (node !== 0) node = OPENING_TREE[node * NODE + ((code | 32) - 97)];
    next++;
  } while (next < to && isLetterCode((code = text.charCodeAt(next))));
  ends[count] = next;
  nodes[count++] = node;
  while (next < to && text.charCodeAt(next) === 32) next++;
  return true;
}

function digitsOnly(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isDigitCode(text.charCodeAt(at))) return false;
  return true;
}

/** Where the words of text[from, to) start after a label ("10.", "(a)", "(iv)", "A.", or a number without its full stop: "26"), or `from`. */
function afterLabel(text: string, from: number, to: number): number {
  let at = codeAt(text, from) === 40 ? from + 1 : from; // (
  const first = at;
  while (at < to && at - first < 6 && (isLetterCode(text.charCodeAt(at)) || isDigitCode(text.charCodeAt(at)))) at++;
  const close = codeAt(text, at);
  if (close === 32 && first === from && at > first && digitsOnly(text, first, at))
    at--; // "26 Condemns"
  else if (at === first || (close !== 46 && close !== 41) || codeAt(text, at + 1) !== 32) return from; // "." or ")", then a space
  at++;
  while (at < to && text.charCodeAt(at) === 32) at++;
  return at;
}

/** Whether a piece a stray space may have split off (lower case) is a word of its own: one of the lexicon's or a short word of English. */
export function isWordApart(piece: string): boolean {
  return OPENING_WORDS.has(piece) || SHORT_WORDS.has(piece);
}

/** Whether each of the opening's pieces text[starts[k], ends[k]) for k in [from, to] is a word of its own. */
function allWords(text: string, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (!isWordApart(text.slice(starts[k], ends[k]).toLowerCase())) return false;
  }
  return true;
}

/**
 * Whether the reading below may join pieces of text[from, to): only where a piece it reaches (each
 * piece before it a word of its own) goes on down the letter tree with the first letter of the next
 * piece, in lower case. Most lines are done here, each piece read once, as far as the tree goes.
 */
function mayJoin(text: string, from: number, to: number): boolean {
  let at = from;
  for (let pieces = 1; ; pieces++) {
    // A piece whose letters leave the tree is no word, and no join starts with it: the reading stops there.
    let node = ROOT;
    for (; at < to; at++) {
      const letter = letterIndex(text.charCodeAt(at));
      if (letter < 0) break;
      node = OPENING_TREE[node * NODE + letter];
      if (node === 0) return false;
    }
    let next = at;
    while (next < to && text.charCodeAt(next) === 32) next++;
    if (pieces === OPENING_PIECES || next >= to) return false;
    const code = text.charCodeAt(next);
    const letter = letterIndex(code);
    if (letter < 0) return false;
    if (isLowerCaseCode(code) && OPENING_TREE[node * NODE + letter] !== 0) return true;
    if (OPENING_TREE[node * NODE + WORD_ENDS] !== 1) return false;
    at = next;
  }
}

/**
 * The line with the spaces inside its opening words dropped, where an opening word was split.
 * `text` holds the line's characters from `offset` on: the source itself for a line taken
 * verbatim (a flat string, read faster than the line's own slice of it).
 */
export function joinSplitOpening(line: MappedText, text = line.text, offset = 0): MappedText {
  const to = offset + line.length;
  // Most lines run on in lower case, or open with a word (a capital, then lower case) not a label.
  const opening = to > offset ? text.charCodeAt(offset) : -1;
  if (isLowerCaseCode(opening)) return line;
  const from = isCapitalCode(opening) && isLowerCaseCode(codeAt(text, offset + 1)) ? offset : afterLabel(text, offset, to);
  // An opening phrase starts with a capital.
  if ((from === offset ? !isCapitalCode(opening) : !isCapitalCode(codeAt(text, from))) || !mayJoin(text, from, to)) return line;
  // The opening's pieces, runs of letters one space or more apart, are read as far as they are
  // words of the lexicon or join into one: the phrase ends before the first that does neither.
  count = 0;
  next = from;
  let spans: Array<[number, number]> | null = null;
  for (let i = 0; i < count || readPiece(text, to); i++) {
    const wordAlone = nodes[i] !== 0 && OPENING_TREE[nodes[i] * NODE + WORD_ENDS] === 1;
    // Follow the letters of pieces i + 1, i + 2 on down the tree from piece i's node: a word ending with a later piece is a join.
    let node = nodes[i];
    let joinedTo = -1;
    for (let k = i + 1; k < i + MOST_PIECES && node !== 0 && (k < count || readPiece(text, to)); k++) {
      // A word split inside goes on in lower case.
      if (!isLowerCaseCode(text.charCodeAt(starts[k]))) break;
      for (let c = starts[k]; c < ends[k] && node !== 0; c++) node = OPENING_TREE[node * NODE + ((text.charCodeAt(c) | 32) - 97)];
      if (node !== 0 && OPENING_TREE[node * NODE + WORD_ENDS] === 1) joinedTo = k;
    }
    if (joinedTo >= 0 && !allWords(text, i, joinedTo)) {
      spans ??= [];
      for (let k = i; k < joinedTo; k++) spans.push([ends[k] - offset, starts[k + 1] - offset]);
      i = joinedTo;
    } else if (!wordAlone) {
      break;
    }
  }
  return spans ? line.without(spans) : line;
}

/** A paragraph's first word and the piece after it, one space apart, in lower case: "Understan ds", "R e-emphasizing", "Re -emphasizing". */
const FIRST_WORD_AND_PIECE = /^([A-Z][a-z]*) (-?[a-z][a-z-]*)/;

/**
 * A paragraph's opening phrase, as `match` (preambular or operative) reads it from `text`: its
 * words and their length there. Where it reads none, the first word may be one the lexicon does
 * not know, split ("Understan ds", "Continuin g", "R e-emphasizing"): its pieces are read joined
 * where together they take the phrase's form (a participle, a verb in -s) and neither is a word
 * apart ("Under stands" was written so). The text keeps the space; the phrase's words are joined.
 */
export function openingPhrase(text: string, match: (text: string) => number): { value: string; length: number } | null {
  const length = match(text);
  if (length > 0) return { value: text.slice(0, length), length };
  const split = FIRST_WORD_AND_PIECE.exec(text);
  if (!split || isWordApart(split[1].toLowerCase()) || isWordApart(split[2])) return null;
  const joined = split[1] + text.slice(split[1].length + 1);
  const joinedLength = match(joined);
  return joinedLength > split[1].length ? { value: joined.slice(0, joinedLength), length: joinedLength + 1 } : null;
}
