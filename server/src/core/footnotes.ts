// Footnotes: the entries at the foot of a page (after a `____` rule in PDF text, or
// `¹ A/65/201.` lines in conversions) and the markers in the body that point to them
// (`¹`, `[1]`, digits glued after a word or a year in PDF text: `2010,1`, `20132`).
import type { MappedText } from './mapped-text';
import { MONTH_WORDS, OPERATIVE_HEAD_VERBS } from './lexicon';
import { isDigitCode, isSuperscriptDigitCode } from './letters';
import { endsOnNumberAbbreviation } from './reading/text-ends';
import { splittable } from './stray-spaces';
import { isWhitespaceCode, skipWhitespaceBack } from './whitespace';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

// Patterns tested for every line or number are constants: a regular expression literal makes a
// new object each time it is evaluated.
const SUPERSCRIPT_START = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?:\s*(?=\S)|\s*$)/;
const BRACKETED_START = /^\[\^?(\d{1,3})\]:?\s+(?=\S)/;
const NUMBER_START = /^(\d{1,3}|\*{1,3})(?:\s+(?=\S)|$)/;
const HAS_DIGIT = /\d/;
// The words around a number are read however an extractor split them ("Go al 7", "5 fro m").
const LIST_GOES_ON = new RegExp(`^\\s*(?:[,;–-]|(?:${splittable('and|or|to|of')})\\b)`);
const LIST_NUMBER = /^\d{1,3}[,;]?$/;
const RANGE_WORD = /^(?:and|or|to|through|from|between)$/i;
const RANGE_OPENING = /^(?:from|between)$/i;
const RANGE_CLOSING = new RegExp(`^\\s*(?:${splittable('to|and')}|–|-)\\s`);
const OPENING_PUNCTUATION_END = /[(/-]$/;
const LOWER_CASE_PIECE = /^[a-z]+$/;
const ENDS_WITH_LETTER = /[A-Za-z]$/;
const RUNS_ON_IN_LOWER_CASE = /^\s+[a-z]/;
const THOUSANDS_GROUP_END = /\d,\d{3},$/;
const DIGIT_STOP_END = /\d\.$/;
const DIGIT_COMMA_END = /\d,$/;
const ACRONYM_END = /[A-Z]{2,}[a-z]?s?$/;
const YEAR_END = /\b(?:19|20)\d\d,?$/;
/** A sentence closing on a year ("… Decade 2014–2024.11 The …"): a number glued after it is a marker, not a decimal. */
const YEAR_STOP_END = /(?:^|[^\d.])(?:19|20)\d\d\.$/;

export function superscriptToDigits(text: string): string {
  return [...text]
    .map((c) => {
      const at = SUPERSCRIPT_DIGITS.indexOf(c);
      return at >= 0 ? String(at) : c;
    })
    .join('');
}

export interface FootnoteStart {
  label: string;
  /** Where the entry's text begins in the line (0 when the label stands alone on its line). */
  textStart: number;
  labelLength: number;
}

/** A footnote entry's first line: `¹ text`, `[^1]: text`, `1  text`, or a label alone. */
export function matchFootnoteStart(line: string, afterRule: boolean): FootnoteStart | null {
  // Asked for every line: the first character tells which patterns may match (a superscript, `[`, a digit or `*`).
  const first = line.charAt(0);
  // A superscript alone on its line is an entry still to be written.
  let match = SUPERSCRIPT_DIGITS.includes(first) ? SUPERSCRIPT_START.exec(line) : null;
  if (match) return { label: superscriptToDigits(match[1]), textStart: match[0].length, labelLength: match[1].length };
  match = first === '[' ? BRACKETED_START.exec(line) : null;
  if (match) return { label: match[1], textStart: match[0].length, labelLength: match[0].trimEnd().length };
  if (!afterRule) return null;
  match = NUMBER_START.exec(line);
  if (match) return { label: match[1], textStart: match[0].length, labelLength: match[1].length };
  return null;
}

export interface MarkerMatch {
  start: number;
  end: number;
  label: string;
}

const ABBREVIATION_BEFORE = /(?:Corr|Add|Rev|Amend|No|Nos|para|paras|chap|sect|art|arts|vol|p|pp|Part|annex|Suppl|L|C|Sub|Res|WP|CRP|Ser|Inf|fig|op)\.$/;

/** Words after which a number counts something or names a part: "paragraphs 3 and 4", "Goal 5", a drafter's "Paragraph 1 (a) of Resolution 70/1". */
const NUMBERED_BY =
  /\b(?:paragraphs?|Paragraphs?|PARAGRAPHS?|paras?\.?|subparagraphs?|resolutions?|decisions?|items?|articles?|Articles?|rules?|chapters?|chap\.|sections?|sect\.|annex(?:es)?|Nos?\.|vol\.|pp?\.|pages?|Part|parts?|Goals?|goals?|targets?|principles?|Principles?|Supplement|Protocol|Add\.|Corr\.|Rev\.)$/;
/** "… since 2020, 65 notes the adoption …": an operative verb after the number opens a clause; the number is a marker. */
const CLAUSE_VERB_AFTER = new RegExp(`^ (?:${splittable([...new Set([...OPERATIVE_HEAD_VERBS.map((verb) => verb.toLowerCase()), 'recalls'])].join('|'))})\\b`);
const QUANTITY_AFTER = new RegExp(
  `^ (?:${splittable('per')} ?${splittable('cent')}|%|${MONTH_WORDS}|[a-z]+s\\b(?<!\\b(?:was|has|is|as|its|this|thus|his)\\b)|` +
    `(?:${splittable('year|day|month|week|hour')})(?: ?s)?|${splittable('million|billion|thousand|from')}\\b)`,
);

/** Whether a number standing apart, between `before` and `after`, reads as a footnote marker rather than a quantity or a part number. */
function standsAsMarker(before: string, after: string): boolean {
  // A quantity after it ("19 December", "193 Member States") settles it whatever comes before: tested first, it spares splitting the words.
  if (QUANTITY_AFTER.test(after) && !CLAUSE_VERB_AFTER.test(after)) return false;
  const words = lastWords(before, 4);
  const previous = words[words.length - 1] ?? '';
  // A list of numbers: "paragraphs 1, 2", "items 3 and 4" (but "Agenda 21, 6" ends with a marker).
  const beforePrevious = words[words.length - 2] ?? '';
  const listGoesOn = LIST_GOES_ON.test(after);
  if (LIST_NUMBER.test(previous) && (LIST_NUMBER.test(beforePrevious) || NUMBERED_BY.test(beforePrevious)) && listGoesOn) return false;
  if (RANGE_WORD.test(previous) && words.slice(0, -1).some((word) => HAS_DIGIT.test(word))) return false;
  // A range: "from 23 to 25 January", "between 5 and 8".
  if (RANGE_CLOSING.test(after) && wordBefore(RANGE_OPENING, previous, beforePrevious)) return false;
  // Not across punctuation: "that Protocol; 126", "Declaration of Principles, 3" end with a marker.
  if (wordBefore(NUMBERED_BY, previous, beforePrevious)) return false;
  return !OPENING_PUNCTUATION_END.test(previous);
}

/** Whether the word before a number is one `words` matches, or is where a stray space split it ("Go al 7", "betw een 12 and 13"). */
function wordBefore(words: RegExp, previous: string, beforePrevious: string): boolean {
  return words.test(previous) || (LOWER_CASE_PIECE.test(previous) && ENDS_WITH_LETTER.test(beforePrevious) && words.test(beforePrevious + previous));
}

/**
 * The last `count` words of `text` (as split at whitespace), in text order; fewer when it has
 * fewer. Read from the end: splitting the whole window made a list of all its words each time.
 */
function lastWords(text: string, count: number): string[] {
  const words: string[] = [];
  let end = skipWhitespaceBack(text, 0, text.length);
  for (;;) {
    let start = end;
    while (start > 0 && !isWhitespaceCode(text.charCodeAt(start - 1))) start--;
    words.unshift(text.slice(start, end));
    if (words.length === count || start === 0) return words;
    end = skipWhitespaceBack(text, 0, start);
    if (end === 0) return words;
  }
}

// The marker patterns with a digit, sticky: each is tried only at its offset before a run of
// digits, the one place it can match (a scan of the text per pattern was most of the time spent on markers).
const BRACKETED = /\[\^?(\d{1,3})\]/y;
const GLUED = /[a-z\u00DF-\u024F’”"')\].,;:](\d{1,3})(?=[\s,;:.)”’]|$)/y;
const GLUED_TO_YEAR = /\b((?:19|20)\d\d)(\d{1,3})(?=[\s,;:.)]|$)/y;
const STANDING_APART = / (\d{1,3})(?=$|[\s;:)]|[,.](?!\d))/y;
const DIGIT_OR_SUPERSCRIPT = /[\d⁰¹²³⁴⁵⁶⁷⁸⁹]/g;
/**
 * A digit, a superscript digit, or white space other than a space: with a space before a space or
 * a hyphen (SPACE_BEFORE_SPACE_OR_HYPHEN), what normalizeSpacing changes (SPACING_TO_NORMALIZE).
 * Other white space in the class; speed-tricks.test holds the two searches equal to the pattern.
 */
const DIGIT_SUPERSCRIPT_OR_OTHER_WHITESPACE = /[\d⁰¹²³⁴⁵⁶⁷⁸⁹\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
/**
 * The pair apart: a class alone is searched at a third of the cost of the class or the pair (the
 * engine's quick test before each character serves a class, not a choice), so two searches, the
 * pair's first, take two thirds of the time of one.
 */
const SPACE_BEFORE_SPACE_OR_HYPHEN = / [ -]/;

// The characters each pattern's match starts with: a character test spares a call of the engine at most offsets.
const opensBracketed = (code: number) => code === 91; // [
const opensGlued = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 0xdf && code <= 0x24f) ||
  code === 0x2019 ||
  code === 0x201d ||
  code === 34 ||
  code === 39 ||
  code === 41 ||
  code === 93 ||
  code === 46 ||
  code === 44 ||
  code === 59 ||
  code === 58; // a-z ß-ɏ ’ ” " ' ) ] . , ; :
const opensYear = (code: number) => code === 49 || code === 50; // 1 2
const opensStandingApart = (code: number) => code === 32;

export interface DigitRuns {
  starts: number[];
  superscript: boolean;
}

/** Where each run of digits starts, and whether there is a superscript digit, in one pass. */
function digitRuns(text: string): DigitRuns {
  return readDigitRuns(text, DIGIT_OR_SUPERSCRIPT)!;
}

/**
 * The digit runs findMarkers reads in a text whose spacing normalizeSpacing leaves as it is;
 * null when it would change it (the runs are then read in the text it makes).
 */
export function digitRunsUnlessSpacing(text: string): DigitRuns | null {
  return SPACE_BEFORE_SPACE_OR_HYPHEN.test(text) ? null : readDigitRuns(text, DIGIT_SUPERSCRIPT_OR_OTHER_WHITESPACE);
}

function readDigitRuns(text: string, pattern: RegExp): DigitRuns | null {
  const starts: number[] = [];
  let superscript = false;
  pattern.lastIndex = 0;
  while (pattern.test(text)) {
    // The character found: a digit, a superscript, or else white space other than a space.
    const start = pattern.lastIndex - 1;
    const code = text.charCodeAt(start);
    if (!isDigitCode(code)) {
      if (!isSuperscriptDigitCode(code)) return null;
      superscript = true;
      continue;
    }
    starts.push(start);
    let end = start + 1;
    while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
    pattern.lastIndex = end;
  }
  return { starts, superscript };
}

/**
 * Matches of a sticky `pattern` in text order, as a global search would find them: tried at
 * `offset` before each run start (at `offset` and `offset + 1` when `twoOffsets`), where the
 * character there is one that `opens` says a match can start with.
 */
function matchesBeforeRuns(
  text: string,
  runStarts: readonly number[],
  pattern: RegExp,
  offset: number,
  twoOffsets: boolean,
  opens: (code: number) => boolean,
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let searchedTo = 0;
  for (const runStart of runStarts) {
    for (let at = runStart + offset; at <= runStart + offset + (twoOffsets ? 1 : 0); at++) {
      if (at < searchedTo) continue;
      // A negative lastIndex reads as 0.
      if (!opens(text.charCodeAt(at < 0 ? 0 : at))) continue;
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match) {
        matches.push(match);
        searchedTo = at + match[0].length;
      }
    }
  }
  return matches;
}

/** How far findMarkers reads around a number standing apart to tell a marker: characters before it and after its digits. */
export const MARKER_CONTEXT = { before: 40, after: 20 } as const;

/**
 * Markers in a paragraph's text. `labels` are the document's footnote labels;
 * `sequence.highest` is the highest label referenced so far, so ambiguous digits are
 * accepted only when they continue the sequence; `passed(from, to)` says whether the
 * footnotes numbered from..to all stand before this text, so that a marker the text
 * lacks does not hold back every later one.
 *
 * `rescue` names footnotes that no marker reached on a first reading. For them a number
 * read as a quantity or a part number ("1974, 13 ships", "Goals 13 and", "2008,140 in")
 * is a marker after all when everything else says so: it is exactly the next label, the
 * sentence runs on after it in lower case, and the footnote stands at the foot of its page.
 * Every number so turned down is added to `turnedDown`, when given: a text none of whose
 * turned-down numbers is to be rescued reads the same with the rescue as without.
 *
 * `runs`, when given, are the text's digit runs as digitRunsUnlessSpacing read them.
 */
export function findMarkers(
  text: string,
  labels: ReadonlySet<string>,
  sequence: { highest: number },
  passed: (from: number, to: number) => boolean = () => false,
  rescue?: Rescue,
  runs: DigitRuns = digitRuns(text),
): MarkerMatch[] {
  // Every marker has a digit or a superscript: most sentences are done after one quick test, before
  // anything else is made for them. The patterns with a digit are tried only before runs of digits (see matchesBeforeRuns).
  return runs.starts.length === 0 && !runs.superscript ? [] : markersIn(text, runs, labels, sequence, passed, rescue);
}

/** What the reading that rescues footnotes brings (see findMarkers). */
interface Rescue {
  labels: ReadonlySet<string>;
  onPage: (label: string, start: number) => boolean;
  turnedDown?: string[];
}

/** findMarkers in a text with digits, `runs` as digitRuns read them. */
function markersIn(
  text: string,
  { starts: runStarts, superscript }: DigitRuns,
  labels: ReadonlySet<string>,
  sequence: { highest: number },
  passed: (from: number, to: number) => boolean,
  rescue: Rescue | undefined,
): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  const accept = (start: number, end: number, label: string, certain: boolean, next: boolean, doubtful: boolean) => {
    const value = Number(label);
    if (doubtful && (value !== sequence.highest + 1 || !rescue!.onPage(label, start))) return;
    if (!certain) {
      if (!labels.has(label)) return;
      const continues = value === sequence.highest + 1 || (value > sequence.highest + 1 && passed(sequence.highest + 1, value - 1));
      if (next ? !continues : value > sequence.highest + 1 && !continues) return;
    }
    // Candidates come in text order, so only the last accepted marker can overlap.
    const last = found[found.length - 1];
    if (last && start < last.end) return;
    found.push({ start, end, label });
    if (Number.isFinite(value)) sequence.highest = Math.max(sequence.highest, value);
  };
  const candidates: Array<{ start: number; end: number; label: string; certain: boolean; next?: boolean; doubtful?: boolean }> = [];
  // A number turned down below, kept when its footnote is to be rescued and the sentence runs on after it.
  // The sentence runs on after it in lower case, or it closes the paragraph ("… of 19 December 2018,157"); never the
  // last group of a number written with two commas ("2,018,100").
  const doubtful = (start: number, label: string) => {
    rescue?.turnedDown?.push(label);
    return (
      rescue?.labels.has(label) === true &&
      (RUNS_ON_IN_LOWER_CASE.test(text.slice(start + label.length, start + label.length + 3)) || start + label.length === text.length) &&
      !THOUSANDS_GROUP_END.test(text.slice(Math.max(0, start - 6), start)) &&
      candidates.push({ start, end: start + label.length, label, certain: false, next: true, doubtful: true })
    );
  };
  for (const match of superscript ? text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/g) : []) {
    candidates.push({ start: match.index, end: match.index + match[0].length, label: superscriptToDigits(match[0]), certain: true });
  }
  for (const match of matchesBeforeRuns(text, runStarts, BRACKETED, -2, true, opensBracketed)) {
    candidates.push({ start: match.index, end: match.index + match[0].length, label: match[1], certain: true });
  }
  // Glued after a lower-case letter, closing bracket, quote or punctuation: "reports,3", "(2023)1".
  // (The character before is matched, not looked behind at: a lookbehind makes V8 try every position.)
  for (const match of matchesBeforeRuns(text, runStarts, GLUED, -1, false, opensGlued)) {
    const start = match.index + 1;
    const before = text.slice(Math.max(0, start - 4), start);
    if (
      ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
      (DIGIT_STOP_END.test(before) && !YEAR_STOP_END.test(text.slice(Math.max(0, start - 6), start))) ||
      (DIGIT_COMMA_END.test(before) && match[1].length === 3) ||
      ACRONYM_END.test(text.slice(Math.max(0, start - 6), start))
    ) {
      doubtful(start, match[1]);
      continue;
    }
    candidates.push({ start, end: start + match[1].length, label: match[1], certain: labels.has(match[1]) && text[start - 1] !== '.' });
  }
  // Glued to a year: "20132" is 2013 and marker 2.
  for (const match of matchesBeforeRuns(text, runStarts, GLUED_TO_YEAR, 0, false, opensYear)) {
    const start = match.index + match[1].length;
    candidates.push({ start, end: start + match[2].length, label: match[2], certain: false });
  }
  // Standing apart after a word ("Peoples 3 and", "United Nations, 5", "1993, 4"):
  // never where a number is read as a quantity; after a word only as the very next
  // label, after a year ("reports of 2013 3 and 2015") also as a label seen before.
  // Not the first group of a longer number: "32,000 people", "1.3 billion".
  for (const match of matchesBeforeRuns(text, runStarts, STANDING_APART, -1, false, opensStandingApart)) {
    if (match.index === 0 || isWhitespaceCode(text.charCodeAt(match.index - 1))) continue;
    const start = match.index + 1;
    if (
      !standsAsMarker(
        text.slice(Math.max(0, start - MARKER_CONTEXT.before), start),
        text.slice(start + match[1].length, start + match[1].length + MARKER_CONTEXT.after),
      )
    ) {
      doubtful(start, match[1]);
      continue;
    }
    const afterYear = YEAR_END.test(text.slice(Math.max(0, start - 7), start - 1));
    candidates.push({ start, end: start + match[1].length, label: match[1], certain: false, next: !afterYear });
  }
  candidates.sort((a, b) => a.start - b.start);
  for (const candidate of candidates)
    accept(candidate.start, candidate.end, candidate.label, candidate.certain, candidate.next === true, candidate.doubtful === true);
  return found.sort((a, b) => a.start - b.start);
}

/** A line of a footnote area (below a `____` rule), furniture and blanks left out. */
export interface AreaLine {
  index: number;
  text: MappedText;
  /** Page furniture stood between this line and the previous area line. */
  afterFurniture: boolean;
}

export interface FootnoteEntry {
  label: string;
  parts: MappedText[];
  first: number;
  last: number;
}

const LABEL_ALONE = /^(?:\d{1,3}|\*{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$/;

/** Whether a line of a footnote area is a label alone, its entry's text on another line (pdftotext may print it after the texts). */
export function isLabelAlone(text: string): boolean {
  return LABEL_ALONE.test(text);
}

function labelOrder(label: string): number {
  return /^\*+$/.test(label) ? label.length - 10 : Number(label);
}

/**
 * The entries of one footnote area. Extractors keep the entries' texts in reading
 * order but not always their labels: `pdftotext` may print a label after the texts
 * ("text 1, text 2, 3 text 3, 1, 2") or several labels before theirs. A label
 * directly followed by text anchors it; the other labels go, in numeric order, to
 * the texts left without one, whose starts are the lines opening a new sentence.
 */
const RUNS_ON = new RegExp(`^(?:[–—-]\\s|(?:${MONTH_WORDS})\\b|(?:and|to|or)\\s)`);

export function readFootnoteArea(lines: readonly AreaLine[], highest: number): FootnoteEntry[] {
  type Token = { line: AreaLine; label: string | null; text: MappedText | null };
  // Labels go up within an area too: the clean shape gathers every entry after one rule.
  let running = highest;
  const tokens: Token[] = lines.map((line, at) => {
    const value = line.text.text;
    if (isLabelAlone(value)) return { line, label: superscriptToDigits(value), text: null };
    const start = matchFootnoteStart(value, true);
    // A number opening a line of an entry's text is no label when a range or a date goes on from it
    // ("Rio de Janeiro, 3 – 14 June 1992", "… 3 June 1992", "… 3 and 4 June"), or an abbreviation
    // before it asks for it ("… Supplement No." "12 (A/73/12)").
    const runsOn =
      start !== null &&
      /^\d+$/.test(start.label) &&
      (RUNS_ON.test(value.slice(start.textStart)) || (at > 0 && endsOnNumberAbbreviation(lines[at - 1].text.text)));
    // Footnotes are numbered through the document: a number not above the last is a wrapped line's
    // ("… Supplement No." "5 (E/2009/25), chap. I").
    const plausible = start && !runsOn && (!/^\d+$/.test(start.label) || (Number(start.label) > running && Number(start.label) <= running + 12));
    if (start && plausible) {
      if (/^\d+$/.test(start.label)) running = Math.max(running, Number(start.label));
      return { line, label: start.label, text: line.text.slice(start.textStart) };
    }
    return { line, label: null, text: line.text };
  });
  const labels = tokens.filter((t) => t.label !== null).map((t) => t.label!);
  const texts = tokens.filter((t) => t.text !== null);
  if (texts.length === 0) return [];
  // Starts: texts with their own label, and texts right after a label standing alone.
  const startLabel = new Map<Token, string | null>();
  tokens.forEach((token, i) => {
    if (token.label === null) return;
    if (token.text) startLabel.set(token, token.label);
    else {
      // Labels standing alone one after another ("1", "2", then both texts): the first text is the first label's.
      const previous = tokens[i - 1];
      if (previous && previous.label !== null && !previous.text) return;
      let j = i + 1;
      while (j < tokens.length && tokens[j].label !== null && !tokens[j].text) j++;
      const next = tokens[j];
      if (next && next.label === null && !next.line.afterFurniture) startLabel.set(next, token.label);
    }
  });
  if (!startLabel.has(texts[0])) startLabel.set(texts[0], null);
  let needed = new Set(labels).size - startLabel.size;
  for (let i = 1; i < texts.length && needed > 0; i++) {
    if (startLabel.has(texts[i])) continue;
    const before = texts[i - 1].text!.text;
    if (/[.)]$/.test(before) && /^[^a-z]/.test(texts[i].text!.text)) {
      startLabel.set(texts[i], null);
      needed--;
    }
  }
  const anchored = new Set([...startLabel.values()].filter((l): l is string => l !== null));
  const floating = [...new Set(labels)].filter((l) => !anchored.has(l)).sort((a, b) => labelOrder(a) - labelOrder(b));
  const entries: FootnoteEntry[] = [];
  // The highest label so far, for a text left without one.
  let highestEntry = highest;
  for (const token of texts) {
    if (startLabel.has(token)) {
      const label = startLabel.get(token) ?? floating.shift() ?? String(highestEntry + 1);
      highestEntry = Math.max(highestEntry, labelOrder(label));
      entries.push({ label, parts: [token.text!], first: token.line.index, last: token.line.index });
    } else {
      const entry = entries[entries.length - 1];
      entry.parts.push(token.text!);
      entry.last = token.line.index;
    }
  }
  return entries;
}
