// Content lines grouped into blocks (paragraphs, headings, labels standing alone): where a
// label opens a block, lines an extractor moved put back, and wrapped lines joined.
import { matchBareNumber, matchLabel, toAlpha, toRoman, type LabelMatch } from '../labels';
import { codeAt, isCapitalCode, isLowerCaseCode, startsWithCapital, startsWithLetter, startsWithLowerCase } from '../letters';
import { MappedText, joinMapped } from '../mapped-text';
import { opensWithLexiconVerb } from '../phrases';
import { closesTail, isHeadingText, lastPart, tailOf } from './block-text';
import { blankLinesSeparateParagraphs, breakEndsParagraph, isMarkerAlone } from './layout';
import { startsParagraph } from './paragraph-starts';
import type { Block, Line, Reading } from './reading';
import { skipWhitespace } from '../whitespace';
import { BULLET, CLOSES_WITH_PUNCTUATION, ENDS_PARAGRAPH, ENDS_SENTENCE, opensWithPreambularHead } from './text-ends';

const ENDS_WITH_STOP_OR_COMMA = /[.;,]$/;

/** "* * *" between groups of paragraphs. */
const SEPARATOR_STARS = /^(?:\*\s*){3}$/;

/** "Secretary -" ending a line: a compound split by the extractor. */
const SPLIT_COMPOUND_END = /[A-Za-z] -$/;

const HYPHEN_END = /[A-Za-z]-$/;

/** "…; and" ending a paragraph of a list. */
const LIST_CONJUNCTION_END = /[;:]\s*(?:and|or)$/;

export const ONE_WORD = /^\S+$/;

const CAPITALISED_WORD = /^[A-Z][a-z]/;

const OPENS_QUOTE_OR_NOTE = /^[(*“"‘]/;

/** Groups content lines into paragraphs. */
export function segment(r: Reading, input: Line[]): Block[] {
  const lines = restoreSetAsideWords(r, restoreOpeningLine(input));
  const blocks: Block[] = [];
  let afterSeparator = false;
  // The number of the latest numbered paragraph: a number printed without its full stop may only be the next one.
  let lastNumber = 0;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at];
    const text = line.content;
    // "* * *" between groups of paragraphs ends the paragraph before it and is not text.
    if (codeAt(text.text, 0) === 42 && SEPARATOR_STARS.test(text.text)) {
      afterSeparator = true;
      continue;
    }
    const previous = afterSeparator ? undefined : blocks[blocks.length - 1];
    afterSeparator = false;
    const label: LabelMatch | null = matchLabel(text.text, true) ?? unpunctuatedNumber(text.text, lastNumber, lines[at + 1]);
    const headingLabel = label && (label.style === 'heading-roman' || label.style === 'heading-alpha');
    // "(b)" running on after "… there are: (a) …;" continues the paragraph, however short the line before.
    const runsOnInline = label !== null && previous !== undefined && continuesInlineItems(label, previous);
    const labelIsPlausible =
      label &&
      (labelPlausible(r, label, text.text, previous, line, lastNumber, runsOnInline) || opensNextParagraph(label, text.text, lastNumber, lines[at + 1]));
    if (
      !previous ||
      (labelIsPlausible && !(previous.labelOnly && headingLabel)) ||
      (!runsOnInline && startsParagraph(r, text.text, previous, line, lines, at, lastNumber > 0))
    ) {
      blocks.push({
        lines: [line.index],
        parts: [text],
        text,
        label: labelIsPlausible ? label : null,
        // A bullet alone on its line waits for its item's text as a label does.
        labelOnly: labelIsPlausible ? text.text.length === label.length : text.length === 1 && BULLET.test(text.text),
      });
      if (labelIsPlausible && label.style === 'arabic') lastNumber = label.ordinal;
      continue;
    }
    previous.lines.push(line.index);
    // A marker alone on its line was raised at the end of the text before it: glued there, it reads as one.
    if (isMarkerAlone(r, line)) previous.parts[previous.parts.length - 1] = previous.parts[previous.parts.length - 1].concat(text);
    else appendLine(previous.parts, text);
    previous.text = previous.parts[previous.parts.length - 1];
    previous.labelOnly = false;
  }
  const read = rejoinInlineLists(blocks);
  for (const block of read) block.text = joinMapped(block.parts, ' ');
  return read;
}

/**
 * An enumeration written inline ("… by: (i) implementing …; (ii) restricting …") whose items a wrap
 * set at lines' starts: where an item carries the next one's label after its semicolon, the list
 * is the paragraph's own words, not subparagraphs, and its items run on in the paragraph.
 */
function rejoinInlineLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let at = 0; at < blocks.length; at++) {
    const previous = out[out.length - 1];
    const end = previous ? inlineListEnd(blocks, at, previous) : at;
    if (end === at) {
      out.push(blocks[at]);
      continue;
    }
    for (const item of blocks.slice(at, end)) {
      previous.lines.push(...item.lines);
      previous.parts.push(...item.parts);
    }
    at = end - 1;
  }
  return out;
}

/** Where the items of a list whose first item opens blocks[at] after a colon end, when the list is written inline; `at` otherwise. */
function inlineListEnd(blocks: Block[], at: number, previous: Block): number {
  const first = blocks[at].label;
  if (!first || first.ordinal !== 1 || (first.style !== 'paren-alpha' && first.style !== 'paren-roman') || !lastPart(previous).endsWith(':')) return at;
  let end = at;
  let inline = false;
  for (; end < blocks.length && blocks[end].label?.style === first.style && blocks[end].label!.ordinal === end - at + 1; end++)
    inline ||= carriesNextItem(blocks[end]);
  return inline ? end : at;
}

/** "…; (ii)", "…; and (iii)": a list's separator before an item's label. */
const ITEM_SEPARATOR_END = /;\s(?:and\s|or\s)?$/;

/** A sub-item's label as written: "(c)", "(iii)". */
function itemLabel(style: string, ordinal: number): string {
  return `(${style === 'paren-alpha' ? toAlpha(ordinal) : toRoman(ordinal)})`;
}

/** A label's readings: "(i)" is the ninth letter or the first roman numeral. */
function readingsOf(label: LabelMatch): Array<{ style: LabelMatch['style']; ordinal: number }> {
  return label.alternative ? [label, label.alternative] : [label];
}

/** Whether an item's text carries the next item's label after a separator ("(i) implementing …; (ii) restricting"). */
function carriesNextItem(item: Block): boolean {
  const { style, ordinal } = item.label!;
  const next = itemLabel(style, ordinal + 1);
  return item.parts.some(({ text }) => {
    for (let at = text.indexOf(next); at >= 0; at = text.indexOf(next, at + 1)) if (ITEM_SEPARATOR_END.test(text.slice(Math.max(0, at - 6), at))) return true;
    return false;
  });
}

/**
 * `pdftotext` may set the words that end a justified line apart, each alone between blank
 * lines after the paragraph ("62. Notes the adoption by the Council of decisions" …
 * "ISBA/28/C/9,"). Such words go back, in order, to the end of the nearest line above that
 * stops short, without closing punctuation, by room enough for them; that line was full.
 */
function restoreSetAsideWords(r: Reading, lines: Line[]): Line[] {
  // Blank lines tell nothing where they follow most lines (double-spaced text).
  if (!r.wrapped || blankLinesSeparateParagraphs(r) || lines.filter((l) => l.blanksBefore > 0).length > lines.length / 2) return lines;
  const out: Line[] = [];
  let receiver: Line | undefined;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at];
    const text = line.content.text;
    const alone = line.blanksBefore > 0 && (lines[at + 1]?.blanksBefore ?? 1) > 0;
    const setAside = alone && ONE_WORD.test(text) && !CAPITALISED_WORD.test(text) && !OPENS_QUOTE_OR_NOTE.test(text) && matchLabel(text, true) === null;
    if (!setAside) receiver = undefined;
    for (let back = out.length - 1; setAside && !receiver && back >= 0 && back >= out.length - 6; back--) {
      const candidate = out[back];
      if (!CLOSES_WITH_PUNCTUATION.test(candidate.content.text) && candidate.edge + 1 + text.length <= r.fullWidth) receiver = candidate;
      else if (matchLabel(candidate.content.text, false) || opensWithPreambularHead(candidate.content.text)) break;
    }
    if (!receiver) {
      out.push(line);
      continue;
    }
    receiver.content = receiver.content.concat(line.content, ' ');
    receiver.edge = Math.max(receiver.edge, r.fullWidth);
  }
  return out;
}

/** `runsOnInline`: the label continues items written inline in `previous` (continuesInlineItems). */
function labelPlausible(
  r: Reading,
  label: LabelMatch,
  text: string,
  previous: Block | undefined,
  line: Line,
  lastNumber: number,
  runsOnInline: boolean,
): boolean {
  // The text after the label, read in place (a line of clean text is a whole paragraph): `text` is trimmed.
  const rest = skipWhitespace(text, label.length, text.length);
  const first = text.charCodeAt(rest);
  if (label.style === 'heading-roman' || label.style === 'heading-alpha') {
    // A heading stands alone or carries a title without closing punctuation.
    if (rest < text.length && (!isCapitalCode(first) || ENDS_WITH_STOP_OR_COMMA.test(text) || text.charCodeAt(label.length - 1) !== 46)) return false;
  } else if (rest < text.length && isLowerCaseCode(first) && (label.style === 'arabic' || label.style === 'decimal')) {
    return false;
  }
  if (!previous) return true;
  if (runsOnInline) return false;
  if (previous.labelOnly && label.style !== 'heading-roman' && label.style !== 'heading-alpha') return true;
  if (!r.wrapped && (label.style === 'heading-roman' || label.style === 'heading-alpha')) return true;
  if (
    closesTail(previous, ENDS_PARAGRAPH) ||
    LIST_CONJUNCTION_END.test(tailOf(previous)) ||
    previous.label?.style.startsWith('heading') === true ||
    isHeadingText(previous)
  )
    return true;
  return r.wrapped ? breakEndsParagraph(r, previous, line) : goesOnWithSequence(label, previous, lastNumber);
}

/**
 * Where every paragraph is a line of its own, a paragraph's or item's label after a text that has
 * not ended opens one only in sequence (the next number, the first item, or the item after the
 * one before): elsewhere a line gap set a number of the sentence apart ("… Sustainable
 * Development Goal" "7.", "… as stated in article 3" "(b) of the Fund’s regulations;").
 */
function goesOnWithSequence(label: LabelMatch, previous: Block, lastNumber: number): boolean {
  if (label.style === 'arabic') return label.ordinal === lastNumber + 1;
  if (label.style === 'decimal') return true;
  return readingsOf(label).some(({ style, ordinal }) => ordinal === 1 || (previous.label?.style === style && previous.label.ordinal === ordinal - 1));
}

/**
 * A paragraph number printed without its full stop ("26 Condemns …", or "26" alone above
 * "Condemns …"): a label only where it is the very next number after the latest numbered
 * paragraph (0 before the first) and an operative verb of the lexicon opens the paragraph,
 * so that a line of text that begins with a number ("26 October 2024", "193 Member States") runs on.
 */
function unpunctuatedNumber(text: string, lastNumber: number, next: Line | undefined): LabelMatch | null {
  const number = matchBareNumber(text);
  return number && opensNextParagraph(number, text, lastNumber, next) ? number : null;
}

/**
 * Whether a number opens the next numbered paragraph whatever the text before it: it goes on
 * with the paragraphs' sequence and an operative verb of the lexicon follows, on its line or
 * the next ("… State of Palestine and" "2." "Urges …").
 */
function opensNextParagraph(label: LabelMatch, text: string, lastNumber: number, next: Line | undefined): boolean {
  if (label.style !== 'arabic' || label.ordinal !== lastNumber + 1) return false;
  const rest = text.slice(label.length).trim();
  return opensWithLexiconVerb(rest.length > 0 ? rest : (next?.content.text ?? ''));
}

/**
 * A paragraph does not open in lower case after its number: where `pdftotext` wrote the end
 * of a paragraph's last line before its opening line ("30." "to:" blank "Small island
 * developing States seek the support of the international community"), the opening goes first.
 */
function restoreOpeningLine(lines: Line[]): Line[] {
  const out = [...lines];
  for (let at = 0; at + 2 < out.length; at++) {
    const label = out[at];
    const end = out[at + 1];
    const opening = out[at + 2];
    // The blank lines first: they rule out most lines before a label is read.
    if (end.blanksBefore > 0 || opening.blanksBefore === 0) continue;
    const number = matchLabel(label.content.text, false);
    if (!number || number.length !== label.content.length) continue;
    if (
      startsWithLowerCase(end.content.text) &&
      ENDS_SENTENCE.test(end.content.text) &&
      startsWithCapital(opening.content.text) &&
      !ENDS_PARAGRAPH.test(opening.content.text)
    ) {
      out[at + 1] = opening;
      out[at + 2] = end;
    }
  }
  return out;
}

/**
 * `(b)` at the start of a line that continues a paragraph whose `(a)` stands inside it
 * ("there are: (a) 1.3 billion …; (b) 2.6 million …"): the items run on in the text.
 */
function continuesInlineItems(label: LabelMatch, previous: Block): boolean {
  const { parts } = previous;
  for (const { style, ordinal } of readingsOf(label)) {
    if (ordinal < 2 || (style !== 'paren-alpha' && style !== 'paren-roman')) continue;
    if (previous.label?.style === style && previous.label.ordinal === ordinal - 1) return false;
    const before = itemLabel(style, ordinal - 1);
    // Anywhere in the paragraph after its own label: the item before may have run on over several
    // lines (at a line's start or end too).
    if (parts.some((part, at) => standsApart(part.text, at === 0 ? (previous.label?.length ?? 0) : 0, before))) return true;
  }
  return false;
}

/** Whether `item` stands in text[from, …) with a space or an end of that piece on each side. */
function standsApart(text: string, from: number, item: string): boolean {
  for (let at = text.indexOf(item, from); at >= 0; at = text.indexOf(item, at + 1)) {
    if ((at === from || text.charCodeAt(at - 1) === 32) && (at + item.length === text.length || text.charCodeAt(at + item.length) === 32)) return true;
  }
  return false;
}

/**
 * Adds a wrapped line to a paragraph's parts. A line ending in "-" is glued to the next
 * ("confidence-" + "building"); one ending in " -" was a split compound ("Secretary -").
 */
export function appendLine(parts: MappedText[], line: MappedText): void {
  const last = parts[parts.length - 1];
  const text = last.text;
  // Both patterns end with a hyphen: most lines end otherwise, told without a search of the line.
  const hyphen = codeAt(text, text.length - 1) === 45;
  if (hyphen && SPLIT_COMPOUND_END.test(text) && startsWithLetter(line.text)) {
    parts[parts.length - 1] = last
      .slice(0, text.length - 2)
      .concat(last.slice(text.length - 1))
      .concat(line);
  } else if (hyphen && HYPHEN_END.test(text) && startsWithLetter(line.text)) {
    parts[parts.length - 1] = last.concat(line);
  } else {
    parts.push(line);
  }
}
