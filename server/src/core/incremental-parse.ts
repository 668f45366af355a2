// A new version of a parsed text, re-read without parsing it whole when that provably gives
// the same model. The changed region is what the old and new texts do not share at either
// end. The fast path takes an edit inside one line of a paragraph's body — not its first or
// last line, away from its opening words, its end and any footnote marker — or, in text
// that does not wrap (a paragraph a line), strictly inside a paragraph's first or last
// line, its opening words and its last characters kept — that leaves
// every fact the parser derives from the whole text (furniture, shape, line widths, where
// paragraphs and footnote areas begin, headings, labels) as it was: only that paragraph's
// text and the citations in it change, and positions on other lines do not move. The
// paragraph is re-read from its lines, the same way the parser reads it; the old version is
// read that way too and must give exactly the old model, or the full parse runs. Every
// condition below names the parser's decision it keeps from changing.
import type { Citation, OperativeNode, Preambular, Range, ResolutionDocument } from './model';
import { parseWithFacts, type ParseFacts } from './parser';
import { HEADING_LENGTH } from './reading/block-text';
import { ONE_WORD, appendLine } from './reading/blocks';
import { SPEAKERS } from './reading/body';
import { citationsOf, finishedPlain } from './reading/finish';
import { MEASURED_LENGTH, fullWidthOf } from './reading/layout';
import { lineContent, splitsAtPageBreak, type LineContent } from './reading/lines';
import { CLOSES_WITH_PUNCTUATION, ENDS_PARAGRAPH, firstWord, opensPreambularParagraph } from './reading/text-ends';
import { TITLE_PIECE, comparable } from './reading/page-heads';
import { textAfterLabel } from './reading/tree';
import { startsWithCapital, startsWithLowerCase } from './letters';
import { SourceText, byStart } from './source';
import { type MappedText, joinMapped } from './mapped-text';
import { ANY_INVISIBLE, hasCellGap } from './line-cleaning';
import { matchLabel } from './labels';
import { isPreambularHead, matchOperativePhrase, matchPreambularPhrase } from './phrases';
import { MARKER_CONTEXT, matchFootnoteStart } from './footnotes';
import { countMarkdownSigns, endsLikeSentence, hasMarkdownHint, wrapsOver } from './shape';
import { isWhitespaceCode, skipWhitespaceBack } from './whitespace';

export interface ParsedVersion {
  text: string;
  doc: ResolutionDocument;
  facts: ParseFacts;
  /** Offset of each line's first character; null when the text has carriage returns (no fast path then). */
  lineStarts: Int32Array | null;
  /** Bounds on the shape's count of line breaks a sentence runs on over: a fast edit may move it by one. */
  wrappedBreaks: readonly [number, number];
  /** What the model says of its lines, made when first needed and kept over fast edits (they change none of it but one paragraph). */
  roles?: LineRoles;
}

interface LineRoles {
  furniture: Set<number>;
  footnotes: Set<number>;
  markers: Set<number>;
  /** Every paragraph with the lines its own text spans (an operative paragraph's items excluded), in text order. */
  paragraphs: ParagraphEntry[];
}

interface ParagraphEntry {
  node: Paragraph;
  operative: boolean;
  first: number;
  last: number;
}

/** What the fast path changed: one paragraph's text, and the citations read in it. */
export interface ParagraphEdit {
  before: Preambular | OperativeNode;
  after: Preambular | OperativeNode;
  citationsBefore: Citation[];
  citationsAfter: Citation[];
  /** Where: positions on `line` from `column` on moved by `delta` (positions on other lines stay). */
  line: number;
  column: number;
  delta: number;
}

/** `range` in the new text, for a range of the old one outside the edited characters. */
export function movedRange(range: Range, edit: Pick<ParagraphEdit, 'line' | 'column' | 'delta'>): Range {
  const moved = (position: Range['start']) =>
    position.line === edit.line && position.character >= edit.column ? { line: position.line, character: position.character + edit.delta } : position;
  const [start, end] = [moved(range.start), moved(range.end)];
  return start === range.start && end === range.end ? range : { start, end };
}

export interface Reparse extends ParsedVersion {
  /** Null when the text was parsed whole. */
  edit: ParagraphEdit | null;
}

/** The model of `text`, from `previous` (the same document's last parsed version) when the edit allows. */
export function reparse(previous: ParsedVersion | null, text: string): Reparse {
  // A new version with the same text (an edit and its undo sent together): the parse is a function of the text.
  if (previous && previous.text === text) return { ...previous, edit: null };
  const fast = previous ? paragraphEdit(previous, text) : null;
  return fast ?? fullParse(text);
}

export function fullParse(text: string): Reparse {
  const { doc, facts } = parseWithFacts(text);
  return { text, doc, facts, lineStarts: lineStartsOf(text), wrappedBreaks: [facts.shape.wrappedBreaks, facts.shape.wrappedBreaks], edit: null };
}

function lineStartsOf(text: string): Int32Array | null {
  if (text.includes('\r')) return null;
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return Int32Array.from(starts);
}

/** Length of the common prefix, compared a chunk at a time. */
function commonPrefix(a: string, b: string, limit: number): number {
  const CHUNK = 65536;
  let at = 0;
  while (at + CHUNK <= limit && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  const CHUNK = 65536;
  let at = 0;
  while (at + CHUNK <= limit && a.slice(a.length - at - CHUNK, a.length - at) === b.slice(b.length - at - CHUNK, b.length - at)) at += CHUNK;
  while (at < limit && a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at)) at++;
  return at;
}

/** Characters an edit may remove or insert: no line break, no other spacing than a plain space, no invisible character, no star (star notes, markdown). */
function plainCharacters(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 42 || (code !== 32 && isWhitespaceCode(code)) || ANY_INVISIBLE.test(text[at])) return false;
  }
  return true;
}

/** Where in `starts` the line holding `offset` is. */
function lineOf(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

type Paragraph = Preambular | OperativeNode;

function rolesOf(doc: ResolutionDocument): LineRoles {
  const footnotes = new Set<number>();
  for (const footnote of doc.footnotes) for (let l = footnote.range.start.line; l <= footnote.range.end.line; l++) footnotes.add(l);
  return {
    furniture: new Set(doc.furniture.map((f) => f.range.start.line)),
    footnotes,
    markers: new Set([...doc.footnotes.flatMap((f) => f.markers), ...doc.danglingMarkers].map((m) => m.range.start.line)),
    paragraphs: paragraphsOf(doc),
  };
}

function paragraphsOf(doc: ResolutionDocument): ParagraphEntry[] {
  const found: ParagraphEntry[] = [];
  const add = (node: Paragraph, operative: boolean) => {
    const range = operative ? (node as OperativeNode).ownRange : node.range;
    found.push({ node, operative, first: range.start.line, last: range.end.line });
  };
  const tree = (nodes: OperativeNode[]) => {
    for (const node of nodes) {
      add(node, true);
      tree(node.children);
    }
  };
  const seen = new Set<unknown>();
  const body = (preamble: Preambular[], operative: OperativeNode[]) => {
    if (!seen.has(preamble)) for (const node of preamble) add(node, false);
    if (!seen.has(operative)) tree(operative);
    seen.add(preamble);
    seen.add(operative);
  };
  body(doc.preamble, doc.operative);
  for (const part of doc.parts) body(part.preamble, part.operative);
  for (const annex of doc.annexes) body(annex.preamble, annex.operative);
  return found.sort((a, b) => a.first - b.first);
}

/** The paragraphs whose own lines hold `line`. */
function paragraphsAt(paragraphs: ParagraphEntry[], line: number): ParagraphEntry[] {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid].first <= line) low = mid + 1;
    else high = mid;
  }
  // Paragraphs are disjoint but for oddities; a few steps back find any that spans the line.
  const found: ParagraphEntry[] = [];
  for (let i = low - 1; i >= 0 && i >= low - 8; i--) if (paragraphs[i].last >= line) found.push(paragraphs[i]);
  return found;
}

/** A window of whole lines [first, last] of a text, each read as the parser reads a line (lineContent). */
class Window {
  readonly source: SourceText;
  readonly lines: LineContent[];
  /** Whether a page break stands within a line of the window: the parser would read it as two (left to the full parse). */
  readonly splitsLines: boolean;

  constructor(
    text: string,
    starts: Int32Array,
    readonly first: number,
    readonly last: number,
    delta: number,
    editLine: number,
    markdown: boolean,
  ) {
    // Lines after the edit start `delta` later in the new text.
    const at = (line: number) => starts[line] + (line > editLine ? delta : 0);
    const end = last + 1 < starts.length ? at(last + 1) - 1 : text.length;
    this.source = new SourceText(text.slice(at(first), end));
    this.lines = this.source.lines.map((line) => lineContent(this.source.text, line.start, line.text, markdown, true, true));
    this.splitsLines = this.source.lines.some((line) => splitsAtPageBreak(line.text));
  }

  raw(line: number): string {
    return this.source.lines[line - this.first].text;
  }

  content(line: number): MappedText {
    return this.lines[line - this.first].content;
  }

  line(line: number): LineContent {
    return this.lines[line - this.first];
  }
}

const LABEL_STYLES_OPENING_A_PARAGRAPH = /^(?:arabic|heading-roman|heading-alpha)$/;
/** Sub-item labels that the text before may name (" (a) " … " (b) "): inline items run on. */
const INLINE_ITEM = /(?<= )\([a-z]{1,6}\)(?= )/g;
/**
 * A marker is read from the characters around it (findMarkers' MARKER_CONTEXT): no number this near the edit
 * that a marker could be read from — a superscript or a run of digits, but for a year's four (too long to be a
 * marker, too short to carry one glued on). Before the edit, the context after a marker's digits, the digits
 * themselves (up to three) and a margin; after it, the context before a marker and a margin.
 */
const MARKER_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]|(?<!\d)(?:\d{1,3}|\d{5,})(?!\d)/;
const MARKER_CONTEXT_BEFORE = MARKER_CONTEXT.after + 12;
const MARKER_CONTEXT_AFTER = MARKER_CONTEXT.before + 8;
/** The opening words (phrases, the first words rules and the index quote) stay out of the edit's reach. */
const OPENING_REACH = 60;
/** The characters at a paragraph's end an edit on its last line leaves alone. */
const LINE_END_REACH = 30;

function paragraphEdit(previous: ParsedVersion, text: string): Reparse | null {
  const { doc, facts, lineStarts } = previous;
  const old = previous.text;
  if (!lineStarts || !doc.organ) return null;
  const limit = Math.min(old.length, text.length);
  const prefix = commonPrefix(old, text, limit);
  const suffix = commonSuffix(old, text, limit - prefix);
  const removed = old.slice(prefix, old.length - suffix);
  const inserted = text.slice(prefix, text.length - suffix);
  if (!plainCharacters(removed) || !plainCharacters(inserted)) return null;
  const delta = inserted.length - removed.length;
  const line = lineOf(lineStarts, prefix);
  // The parser's header, organ and part openings stand before the organ line.
  if (line <= doc.organ.range.start.line) return null;

  const roles = (previous.roles ??= rolesOf(doc));
  const holding = paragraphsAt(roles.paragraphs, line);
  if (holding.length !== 1) return null;
  const { node: before, operative, first: firstLine, last: lastLine } = holding[0];
  if (operative && ((before as OperativeNode).kind !== 'paragraph' || (before as OperativeNode).label?.style.startsWith('heading'))) return null;
  // readPart may take the first paragraph of an annex for its title.
  if (doc.annexes.some((annex) => annex.preamble[0] === before || annex.operative[0] === before)) return null;
  // Lines the model gives other roles: furniture, footnotes, markers.
  const { furniture, markers: markerLines } = roles;
  const footnoteLine = (l: number) => roles.footnotes.has(l);

  const reach = 40;
  const first = Math.max(0, Math.min(firstLine, line - reach));
  const last = Math.min(lineStarts.length - 1, Math.max(lastLine, line + reach));
  const was = new Window(old, lineStarts, first, last, 0, line, facts.markdownHint);
  const now = new Window(text, lineStarts, first, last, delta, line, facts.markdownHint);
  if (was.splitsLines || now.splitsLines) return null;

  // The paragraph's lines as the parser groups them: its span without blank lines, furniture and footnotes.
  const lines: number[] = [];
  for (let l = firstLine; l <= lastLine; l++) {
    if (furniture.has(l) || footnoteLine(l)) continue;
    const { content, furniture: kind, ruleAfter } = was.line(l);
    // The rule above a page's footnotes is furniture the model does not list.
    if (content.length === 0 || kind === 'rule') continue;
    // A page number read as text, a rule glued to the line: left to the full parse.
    if (kind || ruleAfter) return null;
    if (markerLines.has(l)) return null;
    lines.push(l);
  }
  // Not the last line: its end is the paragraph's end, which the next paragraph's opening is judged by — but in text
  // that does not wrap, where a line opens a paragraph whatever the line before ends with (startsParagraph,
  // labelPlausible), an edit that keeps the line's last characters keeps every reading of its end.
  const at = lines.indexOf(line);
  if (at < 0) return null;
  if (at === lines.length - 1 && (facts.shape.wrapped || !keepsLineEnd(old, lineStarts, line, prefix + removed.length))) return null;
  // The first line with a label, or a preambular paragraph's opening participle: it opens its paragraph whatever it ends with (see lineKeepsItsPlace).
  const label = operative ? (before as OperativeNode).label : null;
  if (at === 0 && !(label && label.range.start.line === line) && operative) return null;
  // The end of the paragraph's text, which rules read (closing punctuation), stays on its last line.
  if (!/[^\s’”"')\]*]/.test(was.content(lines[lines.length - 1]).text)) return null;

  const oldContent = was.content(line).text;
  const newContent = now.content(line).text;
  if (!lineKeepsItsPlace(was, now, line, lines, at, furniture, footnoteLine, doc, facts, lineStarts.length)) return null;
  const edges = widthsKept(facts, was.raw(line), now.raw(line), oldContent, newContent);
  if (!edges) return null;
  const wrappedBreaks = shapeKeeps(previous, oldContent, newContent);
  if (!wrappedBreaks) return null;
  let markdownSigns = facts.shape.markdownSigns;
  if (prefix < 200_000) {
    markdownSigns = countMarkdownSigns(text);
    if (hasMarkdownHint(text) !== facts.markdownHint || markdownSigns >= 3 !== facts.shape.markdownSigns >= 3) return null;
  }

  const oldRead = readParagraph(was, lines, before, operative);
  if (!oldRead || oldRead.text !== before.text) return null;
  const newRead = readParagraph(now, lines, before, operative);
  if (!newRead) return null;
  const editAt = prefix - lineStarts[first];
  const oldAt = textIndexOf(oldRead, editAt);
  const newAt = textIndexOf(newRead, editAt);
  const oldText = oldRead.text;
  const newText = newRead.text;
  // Away from the opening words and the closing punctuation; no number a marker could be read from nearby.
  if (Math.min(oldAt, newAt) < OPENING_REACH) return null;
  if (MARKER_DIGITS.test(oldText.slice(oldAt - MARKER_CONTEXT_BEFORE, oldAt + removed.length + MARKER_CONTEXT_AFTER))) return null;
  if (MARKER_DIGITS.test(newText.slice(newAt - MARKER_CONTEXT_BEFORE, newAt + inserted.length + MARKER_CONTEXT_AFTER))) return null;
  for (const phrase of [matchPreambularPhrase, matchOperativePhrase]) {
    const length = phrase(oldText);
    if (length !== phrase(newText) || length >= OPENING_REACH) return null;
  }

  const lineSet = new Set(lines);
  const citationsBefore = doc.citations.filter((c) => lineSet.has(c.range.start.line));
  const oldCitations = citationsIn(oldRead, was);
  if (JSON.stringify(oldCitations) !== JSON.stringify(citationsBefore)) return null;
  const citationsAfter = citationsIn(newRead, now);
  const citations = mergeCitations(doc.citations.filter((c) => !lineSet.has(c.range.start.line)), citationsAfter);
  if (!citations) return null;

  // On a paragraph's last line the paragraph's range ends after the edit, and so may its operative ancestors' (a part's
  // or an annex's range too: left to the full parse).
  // Positions in the old text from the end of the removed characters on.
  const where = { line, column: prefix + removed.length - lineStarts[line], delta };
  const shift = (range: Range) => movedRange(range, where);
  if ([...doc.parts, ...doc.annexes].some((part) => part.range.end.line === line)) return null;
  const after: Paragraph = operative
    ? { ...(before as OperativeNode), text: newText, range: shift(before.range), ownRange: shift((before as OperativeNode).ownRange) }
    : { ...before, text: newText, range: shift(before.range) };
  const replaced = new Map<Paragraph, Paragraph>();
  const nextDoc = replaceParagraph(doc, before, after, citations, replaced, shift);
  if (!replaced.has(before)) return null;
  const nextFacts: ParseFacts = { ...facts, shape: { ...facts.shape, markdownSigns }, edges };
  // The paragraph and the operative paragraphs above it are new objects.
  const paragraphs = roles.paragraphs.map((entry) => (replaced.has(entry.node) ? { ...entry, node: replaced.get(entry.node)! } : entry));
  const starts = lineStarts.slice();
  for (let l = line + 1; l < starts.length; l++) starts[l] += delta;
  return {
    text,
    doc: nextDoc,
    facts: nextFacts,
    lineStarts: starts,
    wrappedBreaks,
    roles: { ...roles, paragraphs },
    edit: { before, after, citationsBefore, citationsAfter, ...where },
  };
}

/**
 * Whether the edited line is read as before wherever the parser looks at a line on its own or
 * beside its neighbours: it keeps its opening words, stays a content line of its paragraph, and
 * its new ending decides nothing a neighbour depends on.
 */
function lineKeepsItsPlace(
  was: Window,
  now: Window,
  line: number,
  lines: number[],
  at: number,
  furniture: ReadonlySet<number>,
  footnoteLine: (l: number) => boolean,
  doc: ResolutionDocument,
  facts: ParseFacts,
  lineCount: number,
): boolean {
  const oldContent = was.content(line).text;
  const newContent = now.content(line).text;
  for (const { content: { text: content }, furniture: kind, ruleAfter } of [was.line(line), now.line(line)]) {
    // Long enough to count in the widths and the shape; no furniture, footnote start, cells, hyphen join or speakers' "We".
    if (content.length < MEASURED_LENGTH + 5 || kind || ruleAfter || matchFootnoteStart(content, false)) return false;
    if (hasCellGap(content) || content.endsWith('-') || SPEAKERS.test(content)) return false;
    // A label opens a paragraph only on its first line.
    if (at > 0 && (matchLabel(content, true) || matchLabel(content, false))) return false;
  }
  if (at === 0 && matchLabel(oldContent, true)?.style.startsWith('heading')) return false;
  const previousText = before0(was, line, furniture, footnoteLine);
  // A preambular paragraph's first line opens it after a paragraph's end (startsParagraph's opening words) whatever
  // the line ends with, when its participle opens it (isPreambularHead: never a heading, never a sentence running on)
  // and the line before does not end in a colon (a name may run on after one).
  if (at === 0 && facts.shape.wrapped && !matchLabel(oldContent, true)) {
    const opens = isPreambularHead(firstWord(oldContent)) && opensPreambularParagraph(oldContent);
    if (!opens || previousText === null || previousText.length < 8 || !ENDS_PARAGRAPH.test(previousText) || /:$/.test(previousText)) return false;
    if (matchLabel(oldContent, false)) return false;
  }
  // The opening words stay: at least six words and forty characters stand before the edit on the line.
  const opening = sharedOpening(oldContent, newContent);
  if (opening.length < 40 || (opening.match(/ /g) ?? []).length < 6) return false;
  for (const phrase of [matchPreambularPhrase, matchOperativePhrase]) if (phrase(oldContent) !== phrase(newContent)) return false;
  // A line the title could be read from, near a page head, is the running title's business.
  const wanted = comparable(doc.title?.text ?? '');
  if (wanted.length >= TITLE_PIECE && (wanted.includes(comparable(oldContent)) || wanted.includes(comparable(newContent)))) return false;
  // "(b)" at a line's start runs on after " (a) " inside the paragraph (continuesInlineItems).
  const items = (content: string) => ` ${content} `.match(INLINE_ITEM)?.join() ?? '';
  if (items(oldContent) !== items(newContent)) return false;

  const content = (l: number) => was.content(l).text;
  const previousLine = at > 0 ? content(lines[at - 1]) : '';
  const tail = `${at >= 2 ? content(lines[at - 2]) : ''} ${previousLine}`;
  // A line opening in lower case continues its paragraph whatever it ends with; another one,
  // after a paragraph's text that does not end, continues it too (startsParagraph's first tests).
  if (at > 0 && !startsWithLowerCase(oldContent) && ENDS_PARAGRAPH.test(tail)) return false;
  // The next line of the paragraph: opening in lower case it continues whatever this line ends
  // with; otherwise this line must not end a sentence, before or after the edit.
  // (None on a paragraph's last line: text that does not wrap opens the next paragraph whatever this line ends with.)
  const next = at + 1 < lines.length ? content(lines[at + 1]) : null;
  if (next !== null && matchLabel(next, true)) return false;
  if (next !== null && !startsWithLowerCase(next) && (ENDS_PARAGRAPH.test(`${previousLine} ${oldContent}`) || ENDS_PARAGRAPH.test(`${previousLine} ${newContent}`))) return false;

  // Neighbours in the parser's sequence of content lines (over-approximated: blank lines, furniture and footnotes skipped).
  // The window must hold them all, unless the text ends first.
  const neighbours = (step: 1 | -1, count: number) => {
    const found: Array<{ line: number; text: string }> = [];
    let l = line + step;
    for (; l >= was.first && l <= was.last && found.length < count; l += step) {
      if (furniture.has(l) || footnoteLine(l)) continue;
      const text = content(l);
      if (text.length > 0) found.push({ line: l, text });
    }
    const complete = found.length === count || l < 0 || l >= lineCount;
    return complete ? found : null;
  };
  const before = neighbours(-1, 14);
  const after = neighbours(1, 8);
  if (!before || !after) return false;
  const labelOf = (text: string) => matchLabel(text, true);
  const labelAlone = (text: string) => matchLabel(text, false)?.length === text.length;
  // restoreOpeningLine swaps the two lines after a label standing alone when the second follows a blank line:
  // this line and the next are such a pair only with a blank line before one of them.
  const blankBefore = (l: number) => l - 1 >= was.first && content(l - 1).length === 0;
  if (before.slice(0, 3).some((l) => labelAlone(l.text)) && (blankBefore(line) || (after.length > 0 && blankBefore(after[0].line)))) return false;
  // A heading's title and the sentence opening after it are read over the lines that follow (continuesHeadingTitle, opensOperativeSentence).
  if (before.some((l) => labelOf(l.text)?.style.startsWith('heading'))) return false;
  // headsNumberedParagraph reads on from a capitalised line without closing punctuation, after a paragraph's end, over up to two lines to a numbered paragraph.
  const mayHead = (k: number) =>
    k < before.length && startsWithCapital(before[k].text) && !CLOSES_WITH_PUNCTUATION.test(before[k].text) && (k + 1 >= before.length || ENDS_PARAGRAPH.test(`${before[k + 2]?.text ?? ''} ${before[k + 1].text}`));
  if ((mayHead(0) || mayHead(1)) && after.slice(0, 3).some((l) => LABEL_STYLES_OPENING_A_PARAGRAPH.test(labelOf(l.text)?.style ?? ''))) return false;
  // restoreSetAsideWords gives a word set apart below back to a line that stops short.
  if (facts.restoresSetAsideWords) for (const { line: l, text } of after) if (ONE_WORD.test(text) && blankBefore(l)) return false;
  // A paragraph this short may read as a heading's text (isHeadingText, asked before a labelled line): the lines up
  // to the next one are long (on its last line, the whole paragraph: closesList's bound too). (A label or a lower-case
  // letter opening the paragraph rules that out.)
  const upTo = (edited: string) => lines.slice(0, at).reduce((sum, l) => sum + content(l).length + 1, 0) + edited.length + 1 + (next === null ? 0 : next.length + 1);
  if (startsWithCapital(content(lines[0])) && (upTo(oldContent) < HEADING_LENGTH || upTo(newContent) < HEADING_LENGTH)) return false;
  return true;
}

/**
 * Whether the edit, ending at `editEnd` in the old text, leaves the line's last characters as they were: its closing
 * punctuation, a hyphen join, its last word whole (the space before it kept) and what ENDS_PARAGRAPH, endsLikeSentence
 * and the rules read of a paragraph's end.
 */
function keepsLineEnd(old: string, starts: Int32Array, line: number, editEnd: number): boolean {
  const end = line + 1 < starts.length ? starts[line + 1] - 1 : old.length;
  const tail = old.slice(editEnd, end).trimEnd();
  return tail.length >= LINE_END_REACH && tail.lastIndexOf(' ') > 0;
}

/** The content line before `line` (blank lines, furniture and footnotes skipped), or null when the window holds none. */
function before0(window: Window, line: number, furniture: ReadonlySet<number>, footnoteLine: (l: number) => boolean): string | null {
  for (let l = line - 1; l >= window.first; l--) {
    if (furniture.has(l) || footnoteLine(l)) continue;
    const { content, furniture: kind } = window.line(l);
    if (content.length > 0 && kind !== 'rule') return content.text;
  }
  return null;
}

function sharedOpening(a: string, b: string): string {
  return a.slice(0, commonPrefix(a, b, Math.min(a.length, b.length)));
}

/** The line's right edge: the widths' 90th percentile (fullWidth) must stay. */
function edgeOf(raw: string): number {
  return skipWhitespaceBack(raw, 0, raw.length);
}

function wrappedEdges(facts: ParseFacts, oldRaw: string, newRaw: string): Int32Array {
  const edges = facts.edges;
  const [from, to] = [edgeOf(oldRaw), edgeOf(newRaw)];
  if (from === to) return edges;
  const next = new Int32Array(edges.length);
  let out = 0;
  let dropped = false;
  let added = false;
  for (let i = 0; i < edges.length; i++) {
    if (!dropped && edges[i] === from) {
      dropped = true;
      continue;
    }
    if (!added && to <= edges[i]) {
      next[out++] = to;
      added = true;
    }
    next[out++] = edges[i];
  }
  if (!added) next[out++] = to;
  return next;
}

/** The body's line widths after the edit, when their 90th percentile (the parser's fullWidth) stays. */
function widthsKept(facts: ParseFacts, oldRaw: string, newRaw: string, oldContent: string, newContent: string): Int32Array | null {
  if (oldContent.length < MEASURED_LENGTH || newContent.length < MEASURED_LENGTH || facts.edges.length === 0) return null;
  if (facts.edges.indexOf(edgeOf(oldRaw)) < 0) return null;
  const edges = wrappedEdges(facts, oldRaw, newRaw);
  return fullWidthOf(edges) === facts.fullWidth ? edges : null;
}

/** The shape's counts: a line ending a sentence or not moves the count of breaks run over by at most one. */
function shapeKeeps(previous: ParsedVersion, oldContent: string, newContent: string): readonly [number, number] | null {
  const { breaks, wrapped } = previous.facts.shape;
  let [low, high] = previous.wrappedBreaks;
  if (endsLikeSentence(oldContent) !== endsLikeSentence(newContent)) {
    low -= 1;
    high += 1;
  }
  return wrapsOver(breaks, low) === wrapped && wrapsOver(breaks, high) === wrapped ? [low, high] : null;
}

/**
 * The paragraph's text as the parser reads it: its lines joined as segment joins them, the label
 * cut off as the tree cuts it, finished as a text without markers (none stands near the edit).
 */
function readParagraph(window: Window, lines: number[], node: Paragraph, operative: boolean): MappedText | null {
  const parts = [window.content(lines[0])];
  for (const l of lines.slice(1)) appendLine(parts, window.content(l));
  const label = operative ? (node as OperativeNode).label : null;
  const match = label ? matchLabel(parts[0].text, true) : null;
  if (label && match?.text !== label.text) return null;
  return finishedPlain(textAfterLabel(joinMapped(parts, ' '), match));
}

/** Index in `text` of the first character from source offset `offset` on (offsets relative to the window). */
function textIndexOf(text: MappedText, offset: number): number {
  for (let i = 0; i < text.length; i++) if (text.sourceOffset(i) >= offset) return i;
  return text.length;
}

function citationsIn(text: MappedText, window: Window): Citation[] {
  const shift = (range: ReturnType<MappedText['sourceRange']>) => ({
    start: { line: range.start.line + window.first, character: range.start.character },
    end: { line: range.end.line + window.first, character: range.end.character },
  });
  return citationsOf(text, window.source, true).map((citation) => ({ ...citation, range: shift(citation.range) }));
}

/** The document's citations with the paragraph's new ones in place, in the parser's order (by start); null when they do not come in text order. */
function mergeCitations(others: Citation[], own: Citation[]): Citation[] | null {
  for (let i = 1; i < own.length; i++) if (byStart(own[i - 1], own[i]) > 0) return null;
  const merged: Citation[] = [];
  let j = 0;
  for (const citation of others) {
    while (j < own.length && byStart(own[j], citation) < 0) merged.push(own[j++]);
    merged.push(citation);
  }
  while (j < own.length) merged.push(own[j++]);
  return merged;
}

/** The document with `before` replaced by `after` wherever it stands; arrays shared between the document and its parts stay shared. */
function replaceParagraph(
  doc: ResolutionDocument,
  before: Paragraph,
  after: Paragraph,
  citations: Citation[],
  replaced: Map<Paragraph, Paragraph>,
  shift: (range: Range) => Range,
): ResolutionDocument {
  const copies = new Map<unknown[], unknown[]>();
  const preamble = (list: Preambular[]): Preambular[] => {
    if (!copies.has(list)) copies.set(list, list.includes(before as Preambular) ? list.map((p) => (p === before ? (after as Preambular) : p)) : list);
    if (list.includes(before as Preambular)) replaced.set(before, after);
    return copies.get(list) as Preambular[];
  };
  // Only the nodes on the path down to the paragraph are copied.
  const swapped = (nodes: OperativeNode[]): OperativeNode[] | null => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node === before) replaced.set(before, after);
      const replacement = node === before ? (after as OperativeNode) : node.children.length > 0 ? withChildren(node, swapped(node.children)) : null;
      if (replacement) return [...nodes.slice(0, i), replacement, ...nodes.slice(i + 1)];
    }
    return null;
  };
  const withChildren = (node: OperativeNode, children: OperativeNode[] | null) => {
    if (!children) return null;
    const copy = { ...node, children, range: shift(node.range) };
    replaced.set(node, copy);
    return copy;
  };
  const tree = (nodes: OperativeNode[]): OperativeNode[] => {
    if (!copies.has(nodes)) copies.set(nodes, swapped(nodes) ?? nodes);
    return copies.get(nodes) as OperativeNode[];
  };
  return {
    ...doc,
    preamble: preamble(doc.preamble),
    operative: tree(doc.operative),
    parts: doc.parts.map((part) => {
      const [p, o] = [preamble(part.preamble), tree(part.operative)];
      return p === part.preamble && o === part.operative ? part : { ...part, preamble: p, operative: o };
    }),
    annexes: doc.annexes.map((annex) => {
      const [p, o] = [preamble(annex.preamble), tree(annex.operative)];
      return p === annex.preamble && o === annex.operative ? annex : { ...annex, preamble: p, operative: o };
    }),
    citations,
  };
}
