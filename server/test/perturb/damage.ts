// The damage extractors and converters do to a clean resolution text, one function per
// kind. Each keeps what a reader of the printed page sees: no label's digits change, no
// word is dropped, page furniture is the page's own. Functions compose (apply.ts).
import type { Random } from '../../../bench/random';
import { pageTurn } from './furniture';

/** What some damage needs to know of the source, read from its model before any damage. */
export interface SourceFacts {
  /** The document's symbol and title, for the page furniture. */
  symbol: string;
  title: string;
  /** The organ line ("The General Assembly,"): pages turn and emphasis falls only below it, as in print. */
  organ: string;
  /** The opening phrases of the paragraphs ("Recalling", "Calls upon"), longest first: what print sets in italics. */
  phrases: string[];
  /** Offsets [start, end) of the footnote markers' digits in the clean text. */
  markers: Array<[number, number]>;
}

export type Damage = (text: string, random: Random, facts: SourceFacts) => string;

const chance = (random: Random, p: number) => random.next() < p;

/** Where a line's label ends ("1.", "(a)", "5 bis", "**2.**"), so that damage after a label never touches it. */
function labelEnd(line: string): number {
  return /^\s*(?:[-*+] )?\**(?:\(\w{1,6}\)|\d{1,3}(?:\.\d{1,3})*\.?(?: (?:bis|ter|quater)\b)?|[A-Za-z]{1,5}\.)?\**/.exec(line)![0].length;
}

/**
 * The first line at or below which the body starts: where the organ line stands, spaces aside, or,
 * in an amendment (which has none), its title: the header above is page 1's, where no page turns.
 */
function bodyStart(lines: string[], facts: SourceFacts): number {
  const bare = (text: string) => text.replace(/\s+/g, '');
  const organ = bare(facts.organ);
  const found = lines.findIndex((line) => bare(line).includes(organ));
  return Math.max(found >= 0 || facts.title === '' ? found : lines.findIndex((line) => bare(line) === bare(facts.title)), 0);
}

/** Indexes of the single spaces of a line from `from` on (a label and the space after it stay whole). */
function spacesOf(line: string, from: number): number[] {
  const at: number[] = [];
  for (let i = line.indexOf(' ', from); i >= 0; i = line.indexOf(' ', i + 1)) if (i > 0 && line[i - 1] !== ' ' && line[i + 1] !== ' ') at.push(i);
  return at;
}

/** About the characters of one printed line of a UN page. */
export const PRINTED_LINE = 90;

/**
 * The spaces of a line where a break between printed lines may fall: only a text longer than
 * one printed line (a paragraph, not a heading, a title's or header's line or the closing line)
 * is printed over several, and is cut; its label stays whole.
 */
function printedLineBreaks(line: string): number[] {
  return line.length > PRINTED_LINE ? spacesOf(line, labelEnd(line) + 1) : [];
}

/** Replaces each marker (and the spacing before it) by what `render` makes of its plain digits. */
function rewriteMarkers(text: string, facts: SourceFacts, render: (digits: string, atLineEnd: boolean) => string, eatSpaceAfter: boolean): string {
  let out = text;
  for (const [start, end] of [...facts.markers].sort((a, b) => b[0] - a[0])) {
    let from = start;
    while (from > 0 && (out[from - 1] === ' ' || out[from - 1] === '\t')) from--;
    let to = end;
    if (eatSpaceAfter && out[to] === ' ') to++;
    const digits = [...out.slice(start, end)].map((c) => String(SUPERSCRIPTS.indexOf(c) >= 0 ? SUPERSCRIPTS.indexOf(c) : c)).join('');
    out = out.slice(0, from) + render(digits, to >= out.length || out[to] === '\n') + out.slice(to);
  }
  return out;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (digits: string) => [...digits].map((d) => SUPERSCRIPTS[Number(d)]).join('');

/** Footnote markers as superscript digits glued to the word before (a markdown conversion: "Secretary-General¹"). */
export const markerSuperscript: Damage = (text, _random, facts) => rewriteMarkers(text, facts, superscript, false);

/** Footnote markers as plain digits glued to the word before (pdfium: "Secretary-General1", "2023,3"). */
export const markerGlued: Damage = (text, _random, facts) => rewriteMarkers(text, facts, (digits) => digits, false);

/** Footnote markers alone on their own line, the text going on below (Chromium's PDF copy). */
export const markerOwnLine: Damage = (text, _random, facts) => rewriteMarkers(text, facts, (digits, atLineEnd) => `\n${digits}${atLineEnd ? '' : '\n'}`, true);

/** Wraps the paragraphs' opening phrases (and a few other words) in `mark`, as converters write italics. */
function emphasize(text: string, random: Random, facts: SourceFacts, mark: string): string {
  const lines = text.split('\n');
  const start = bodyStart(lines, facts) + 1;
  return lines
    .map((line, index) => {
      if (index < start) return line;
      const from = labelEnd(line) + /^\s*/.exec(line.slice(labelEnd(line)))![0].length;
      const phrase = facts.phrases.find((p) => line.startsWith(p, from) && !/\p{L}/u.test(line[from + p.length] ?? ''));
      const opening = phrase && chance(random, 0.7) ? `${mark}${phrase}${mark}` : (phrase ?? '');
      const rest = line
        .slice(from + opening.replaceAll(mark, '').length)
        .replace(/(?<= )\p{Ll}{3,}(?= )/gu, (word) => (chance(random, 0.02) ? `${mark}${word}${mark}` : word));
      return line.slice(0, from) + opening + rest;
    })
    .join('\n');
}

/** Italics as `*…*` (pandoc, markitdown). */
export const emphasis: Damage = (text, random, facts) => emphasize(text, random, facts, '*');

/** Italics as `_…_` (html2text). */
export const emphasisUnderscore: Damage = (text, random, facts) => emphasize(text, random, facts, '_');

/** A letters-only word, not touching a slash, digit or `.1` (so symbols like `Corr.1` and labels keep their characters). */
const WORD = /(?<![\p{L}\d/.(])\p{L}\p{Ll}+(?:-\p{L}+)*(?![\p{L}\d/]|\.\d)/gu;

/** A space inside some words, never at their start (pypdf: "o f", "th e", "long -term"). */
export const splitWords: Damage = (text, random) => {
  const p = 0.02 + random.next() * 0.13;
  return text
    .split('\n')
    .map((line) => {
      const from = labelEnd(line);
      return (
        line.slice(0, from) +
        line.slice(from).replace(WORD, (word) => {
          if (!chance(random, p)) return word;
          const hyphen = word.indexOf('-');
          if (hyphen > 0 && chance(random, 0.5)) return `${word.slice(0, hyphen)} ${word.slice(hyphen)}`;
          const letters = hyphen > 0 ? hyphen : word.length;
          const at = 1 + random.int(letters - 1);
          return `${word.slice(0, at)} ${word.slice(at)}`;
        })
      );
    })
    .join('\n');
};

/** A space before some of the `, ; : . )` that close a word (pypdf: "Assembly ,", "(A/78/23 )"), never inside a label. */
export const spaceBeforePunctuation: Damage = (text, random) => {
  const p = 0.2 + random.next() * 0.6;
  return text
    .split('\n')
    .map((line) => {
      const from = labelEnd(line);
      return line.slice(0, from) + line.slice(from).replace(/(?<=[^\s#(])[,;:.)](?=\s|$)/g, (mark) => (chance(random, p) ? ` ${mark}` : mark));
    })
    .join('\n');
};

/** Paragraph labels alone on their line, the text below (PyMuPDF: "1." then "Decides …"). */
export const labelOwnLine: Damage = (text, _random, facts) => {
  const lines = text.split('\n');
  const start = bodyStart(lines, facts) + 1;
  return lines.map((line, index) => (index < start ? line : line.replace(/^(\s*(?:\d{1,3}\.|\([a-z]{1,5}\)|[a-z]\.)) +(?=\S)/, '$1\n'))).join('\n');
};

/** Breaks a line at spaces into lines of at most `width` characters (a longer word stands alone). */
export function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let at = rest.lastIndexOf(' ', width);
    if (at <= 0) at = rest.indexOf(' ', width);
    if (at <= 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

/** Re-wraps every line at a random width (30–110), in half the variants with a space left at each line end (PyMuPDF). */
export const rewrap: Damage = (text, random) => {
  const width = 30 + random.int(81);
  const end = chance(random, 0.5) ? ' \n' : '\n';
  return text
    .split('\n')
    .map((line) => wrap(line, width).join(end))
    .join('\n');
};

/**
 * One to three blank lines inside some paragraphs, at a random space (a PDF line gap read as a
 * paragraph break): a gap falls between printed lines, so only a text longer than one is cut.
 */
export const blankLinesInside: Damage = (text, random) =>
  text
    .split('\n')
    .map((line) => {
      const spaces = printedLineBreaks(line);
      if (spaces.length < 4 || !chance(random, 0.3)) return line;
      const at = random.pick(spaces);
      return `${line.slice(0, at)}${'\n'.repeat(2 + random.int(3))}${line.slice(at + 1)}`;
    })
    .join('\n');

/** No blank line anywhere: paragraphs follow each other line on line (pdfium, `pdftotext -raw`). */
export const noBlankLines: Damage = (text) =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');

/** Page turns at one to four random lines below the organ line, between paragraphs or mid-sentence, each with its furniture. */
export const pageBreaks: Damage = (text, random, facts) => {
  const lines = text.split('\n');
  const start = bodyStart(lines, facts) + 1;
  if (start >= lines.length) return text;
  const turns = 1 + random.int(4);
  const pages = turns + 1 + random.int(3);
  const job = `${10 + random.int(16)}-${String(random.int(100000)).padStart(5, '0')}`;
  const at = [...new Set(Array.from({ length: turns }, () => start + random.int(lines.length - start)))].sort((a, b) => b - a);
  at.forEach((index, k) => {
    const page = at.length - k + 1;
    const block = pageTurn({ symbol: facts.symbol, title: facts.title, job, page, pages }, random);
    // A page turns between printed lines.
    const spaces = printedLineBreaks(lines[index]);
    if (spaces.length > 0 && chance(random, 0.6)) {
      const cut = random.pick(spaces);
      lines.splice(index, 1, ...glue(lines[index].slice(0, cut), block), lines[index].slice(cut + 1));
    } else {
      lines.splice(index, 0, ...glue(null, block));
    }
  });
  return lines.join('\n');
};

/** The furniture lines after `before`; a form feed opening them is glued to `before`, as pdfium writes it. */
function glue(before: string | null, block: string[]): string[] {
  if (before === null) return block;
  if (block[0].startsWith('\f') && block[0].length > 1) return [before + block[0], ...block.slice(1)];
  return [before, ...block];
}

/** Some single spaces doubled or more (two to four). */
export const doubleSpaces: Damage = (text, random) => {
  const p = 0.05 + random.next() * 0.3;
  return text.replace(/(?<=\S) (?=\S)/g, () => (chance(random, p) ? ' '.repeat(2 + random.int(3)) : ' '));
};

/** Tabs for some spaces, and some lines indented by a tab. */
export const tabs: Damage = (text, random) =>
  text
    .split('\n')
    .map((line) => {
      const from = labelEnd(line);
      const body = line.slice(0, from) + line.slice(from).replace(/(?<=\S) (?=\S)/g, () => (chance(random, 0.1) ? '\t' : ' '));
      return line.trim() !== '' && chance(random, 0.2) ? `\t${body}` : body;
    })
    .join('\n');

/** One to four form feeds at line breaks: alone on a line, opening a line or closing one. */
export const formFeeds: Damage = (text, random) => {
  const lines = text.split('\n');
  for (let n = 1 + random.int(4); n > 0; n--) {
    const index = random.int(lines.length);
    const form = random.int(3);
    if (form === 0) lines.splice(index, 0, '\f');
    else if (form === 1) lines[index] = `\f${lines[index]}`;
    else lines[index] = `${lines[index]}\f`;
  }
  return lines.join('\n');
};

/** Windows line ends. */
export const crlf: Damage = (text) => text.replace(/\n/g, '\r\n');
