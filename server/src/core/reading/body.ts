// Blocks read as a body: preamble and operative part, an adopted text embedded, the closing
// line, and annexes with their titles.
import { matchLabel } from '../labels';
import { startsWithCapital, startsWithLowerCase } from '../letters';
import { DATE_ALONE, FIRST_DATE, printedDate } from '../lexicon';
import { normalizeSpacing } from '../line-cleaning';
import { MappedText, joinMapped } from '../mapped-text';
import type { Annex, ClosingLine, Field, OperativeNode, Preambular } from '../model';
import { matchOperativePhrase, matchPreambularPhrase } from '../phrases';
import { spanRanges } from '../source';
import { isWordApart, openingPhrase } from '../split-words';
import { isHeadingText, mergeBlocks } from './block-text';
import { segment } from './blocks';
import type { Finish } from './finish';
import { opensBlock } from './layout';
import { blockRange, type Block, type Line, type Reading } from './reading';
import {
  ENDS_PARAGRAPH,
  ENDS_WITH_PUNCTUATION,
  SPEAKERS,
  opensByLexicon,
  annexLabel,
  closingMeeting,
  isAnnexLine,
  isClosingLine,
  opensWithPreambularHead,
} from './text-ends';
import { isSubItem, operativeTree } from './tree';
import { opensOperativePartUnnumbered } from './unnumbered';
import { datePlaceholders, meetingPlaceholder } from './placeholders';

/** An annex's lines, its title's and its paragraphs, segmented once for every reading of the text. */
export interface AnnexLines {
  lines: Line[];
  titleLines: MappedText[];
  blocks: Block[];
}

export function readBody(
  r: Reading,
  blocks: Block[],
  finish: Finish,
  hasOrgan: boolean,
): { preamble: Preambular[]; operative: OperativeNode[]; embedded: Annex | null } {
  // The operative part opens at the first numbered paragraph or heading; lettered items
  // before it belong to the preambular paragraph they follow ("… a contribution to: (a) …,").
  const firstOperative = blocks.findIndex((b) => b.label !== null && !isSubItem(b.label));
  let preambleEnd = firstOperative >= 0 ? firstOperative : blocks.length;
  if (!hasOrgan) preambleEnd = 0;
  // "Adopts the following outcome document:" opening the text it adopts, numbered paragraphs and all.
  const adopting = blocks
    .slice(0, preambleEnd)
    .findIndex((b) => !b.label && b.text.text.endsWith(':') && !opensWithPreambularHead(b.text.text) && matchOperativePhrase(b.text.text) > 0);
  // An operative part whose first paragraphs lack their numbers opens at the first of them.
  const unnumbered = hasOrgan ? blocks.slice(0, preambleEnd).findIndex((_, at) => opensOperativePartUnnumbered(blocks, at)) : -1;
  if (unnumbered >= 0 && (adopting < 0 || unnumbered < adopting)) preambleEnd = unnumbered;
  else if (adopting >= 0 && hasOrgan) preambleEnd = adopting;
  else if (firstOperative < 0 && hasOrgan) {
    // A single unnumbered operative paragraph ("Endorses the political declaration …").
    const operativeAt = blocks.findIndex(
      (b) => !b.label && !opensWithPreambularHead(b.text.text) && (matchOperativePhrase(b.text.text) > 0 || startsWithLowerCase(b.text.text)),
    );
    if (operativeAt >= 0) preambleEnd = operativeAt;
  }
  const preamble = preambleOf(r, blocks.slice(0, preambleEnd), finish);
  let operativeBlocks = blocks.slice(preambleEnd);
  // "Adopts the following outcome document: …": the text adopted follows in full and is read like an annex.
  let embedded: Annex | null = null;
  const opening = operativeBlocks[0];
  const next = operativeBlocks[1];
  if (opening && !opening.label && opening.text.text.endsWith(':') && next && !next.label && (adopting >= 0 || operativeBlocks.length > 2)) {
    embedded = readPart(r, 'Text', operativeBlocks.slice(1), finish);
    operativeBlocks = operativeBlocks.slice(0, 1);
  }
  return { preamble, operative: operativeTree(r, operativeBlocks, finish, true), embedded };
}

/** Preambular paragraphs, with their lettered items folded in and headings between them left out. */
function preambleOf(r: Reading, blocks: Block[], finish: Finish): Preambular[] {
  const paragraphs: Block[] = [];
  for (const block of blocks) {
    const previous = paragraphs[paragraphs.length - 1];
    if (block.label && previous) {
      paragraphs[paragraphs.length - 1] = mergeBlocks(previous, block);
    } else if (!isHeadingText(block) || opensWithPreambularHead(block.text.text)) {
      paragraphs.push(block);
    }
  }
  return paragraphs.map((block) => preambular(r, block, finish));
}

function preambular(r: Reading, block: Block, finish: Finish): Preambular {
  const text = finish(block.text);
  const phrase = openingPhrase(text.text, matchPreambularPhrase);
  return {
    phrase: phrase ? { value: phrase.value, range: text.sourceRange(r.source, 0, phrase.length) } : null,
    text: text.text,
    range: blockRange(r, block),
  };
}

/** A capitalised word, and a rest in lower case a stray space may have split off it. */
const CAPITALISED_WORD_ALONE = /^[A-Z][\p{L}-]*(?: (\p{Ll}+))?$/u;

/** How long an annex's title and subtitle may be: eight lines of a page. */
const TITLE_LENGTH = 700;

/** An annex's lines: its label line, its title's lines and its paragraphs. */
export function segmentAnnex(r: Reading, lines: Line[]): AnnexLines {
  let titleEnd = 1;
  for (let length = 0; titleEnd < lines.length;) {
    const text = lines[titleEnd].content.text;
    // A declaration speaks in the first person plural from its first paragraph ("We, Heads of State …"); no title does.
    // A title runs on into a participle of a name ("… to Combat" "Trafficking in Persons"); the lexicon's openings open the text.
    // A line closing with punctuation is a paragraph's, unless a subtitle's sentence goes on below in lower case ("… Equity and integration:" "transforming lives …").
    const runsOn = startsWithLowerCase(lines[titleEnd + 1]?.content.text ?? '');
    if (matchLabel(text, true) || (ENDS_WITH_PUNCTUATION.test(text) && !runsOn) || (titleEnd > 1 && opensByLexicon(text)) || /^We\b/.test(text)) break;
    // No title or subtitle is one word: a capitalised word standing as a block of its own after the
    // title is the text's first heading ("Programme of Action … for the Decade" "2024–2034" "Introduction"),
    // a stray space in it or not ("Intro duction": its rest no word of its own).
    const word = CAPITALISED_WORD_ALONE.exec(text);
    if (titleEnd > 1 && word && (word[1] === undefined || !isWordApart(word[1])) && opensBlock(r, lines[titleEnd - 1], lines[titleEnd])) break;
    // A title and a subtitle, each up to four lines of a page (however narrowly the text wraps).
    if ((length += text.length + 1) > TITLE_LENGTH) break;
    titleEnd++;
  }
  const titleLines = lines.slice(1, titleEnd).map((l) => l.content);
  return { lines, titleLines, blocks: segment(r, lines.slice(titleEnd)) };
}

export function readAnnex(r: Reading, { lines, titleLines, blocks }: AnnexLines, finish: Finish): Annex {
  const first = lines[0];
  const annex = readPart(r, annexLabel(first.content.text), blocks, finish, titleLines);
  const last = lines[lines.length - 1];
  annex.range = spanRanges(first.content.sourceRange(r.source, 0, first.content.length), last.content.sourceRange(r.source, 0, last.content.length));
  return annex;
}

/** An annex or an adopted text: a title, then its own preamble and operative tree. */
function readPart(r: Reading, label: string, blocks: Block[], finish: Finish, titleLines: MappedText[] = []): Annex {
  let body = blocks;
  if (titleLines.length === 0 && body.length > 0 && isHeadingText(body[0])) {
    titleLines = body[0].parts;
    body = body.slice(1);
  } else if (titleLines.length === 0 && body.length > 0) {
    // A declaration's title run into its first paragraph ("… on the Information Society" "We, the Ministers …"):
    // the lines before the speakers' "We" are the title.
    const first = body[0];
    const speaksNext = body[1] && !body[1].label && SPEAKERS.test(body[1].parts[0].text);
    const speaker = speaksNext ? first.parts.length : first.parts.findIndex((part, i) => i > 0 && SPEAKERS.test(part.text));
    const title = first.parts.slice(0, speaker);
    if (
      speaker > 0 &&
      !first.label &&
      startsWithCapital(title[0].text) &&
      title.every((part) => !ENDS_WITH_PUNCTUATION.test(part.text)) &&
      title.reduce((n, part) => n + part.length, 0) < 300
    ) {
      titleLines = title;
      const parts = first.parts.slice(speaker);
      if (parts.length === 0) body = body.slice(1);
      else {
        const from = parts[0].sourceRange(r.source, 0, 0).start.line;
        body = [
          { lines: first.lines.filter((line) => r.lines[line].at >= from), parts, text: joinMapped(parts, ' '), label: null, labelOnly: false },
          ...body.slice(1),
        ];
      }
    }
  }
  let firstLabelled = body.findIndex((b) => b.label !== null && !isSubItem(b.label));
  // Headings over the first numbered paragraph ("Introduction") head the numbered text, not the preamble.
  while (
    firstLabelled > 0 &&
    !body[firstLabelled - 1].label &&
    isHeadingText(body[firstLabelled - 1]) &&
    !opensWithPreambularHead(body[firstLabelled - 1].text.text)
  )
    firstLabelled--;
  const preambleBlocks = firstLabelled >= 0 ? body.slice(0, firstLabelled) : [];
  const operativeBlocks = firstLabelled >= 0 ? body.slice(firstLabelled) : body;
  const title = titleLines.length > 0 ? finish(normalizeSpacing(joinMapped(titleLines, ' '))) : null;
  return {
    label,
    title: title ? { value: title.text, range: title.sourceRange(r.source, 0, title.length) } : null,
    // The first block's start and the last one's end (a range made for every block in between was only thrown away).
    range: blocks.length > 0 ? spanRanges(blockRange(r, blocks[0]), blockRange(r, blocks[blocks.length - 1])) : r.source.range(0, 0),
    preamble: preambleOf(r, preambleBlocks, finish),
    operative: operativeTree(r, operativeBlocks, finish, false),
  };
}

/** A body's lines after its organ line: the text up to the closing line, the closing, then annexes. */
export function splitBody(r: Reading, bodyLines: Line[]): { mainLines: Line[]; closing: ClosingLine | null; annexLineGroups: Line[][] } {
  let closingAt = bodyLines.findIndex((l) => isClosingLine(l.content.text) || meetingPlaceholder(l.content.text) !== null);
  const annexStarts: number[] = [];
  for (let i = 0; i < bodyLines.length; i++) {
    if (!isAnnexLine(bodyLines[i].content.text)) continue;
    const previous = bodyLines[i - 1]?.content.text ?? '';
    if (i === 0 || ENDS_PARAGRAPH.test(previous) || isClosingLine(previous) || DATE_ALONE.test(previous) || datePlaceholders(previous)) annexStarts.push(i);
  }
  // A draft's closing may be its date alone, left to fill in ("[date]"), ending the text before any annex.
  const textEnd = annexStarts[0] ?? bodyLines.length;
  if (closingAt < 0 && textEnd > 0 && datePlaceholders(bodyLines[textEnd - 1].content.text)) closingAt = textEnd - 1;
  const mainEnd = Math.min(closingAt >= 0 ? closingAt : bodyLines.length, textEnd);
  const closing = closingAt >= 0 ? readClosing(r, bodyLines, closingAt) : null;
  const annexLineGroups = annexStarts.map((start, i) => bodyLines.slice(start, annexStarts[i + 1] ?? bodyLines.length));
  return { mainLines: bodyLines.slice(0, mainEnd), closing, annexLineGroups };
}

/** The closing: the meeting and its date (on the line or the next), or a draft's date alone; with what a draft left to fill in. */
function readClosing(r: Reading, lines: Line[], at: number): ClosingLine {
  const line = lines[at];
  const placeholders: Field[] = [];
  // A date left to fill in, its text read with the spacing collapsed: null when the text is no such date.
  const dateToFill = (text: MappedText): string | null => {
    const spots = datePlaceholders(text.text);
    for (const [from, to] of spots ?? []) placeholders.push({ value: text.text.slice(from, to), range: text.sourceRange(r.source, from, to) });
    return spots && text.text;
  };
  // Read with its spacing collapsed ("81st  plenary meeting", "30 June  2025" in pypdf).
  const content = normalizeSpacing(line.content);
  const text = content.text;
  const numberToFill = meetingPlaceholder(text);
  if (numberToFill) placeholders.push({ value: numberToFill, range: content.sourceRange(r.source, 0, numberToFill.length) });
  const meeting = numberToFill ? `${numberToFill} plenary meeting` : isClosingLine(text) ? closingMeeting(text) : null;
  const found = FIRST_DATE.exec(text)?.[0];
  let date = found ? printedDate(found) : meeting ? null : dateToFill(content);
  let last = line;
  const next = lines[at + 1];
  const nextDate = !date && next ? (DATE_ALONE.test(next.content.text) ? printedDate(next.content.text) : dateToFill(normalizeSpacing(next.content))) : null;
  if (nextDate) {
    date = nextDate;
    last = next;
    r.footnoteLines.add(next.index);
  }
  return {
    meeting,
    date,
    range: spanRanges(line.content.sourceRange(r.source, 0, line.content.length), last.content.sourceRange(r.source, 0, last.content.length)),
    ...(placeholders.length > 0 ? { placeholders } : {}),
  };
}
