// A new version of a parsed text, re-read without parsing it whole when that provably gives
// the same model. The changed region is what the old and new texts do not share at either
// end. The fast path takes an edit inside one line of a paragraph's body — not its first or
// last line, away from its opening words, its end and any footnote marker — or, in text
// that does not wrap (a paragraph a line), strictly inside a paragraph's first or last
// line, its opening words and its last characters kept — that leaves
// every fact the parser derives from the whole text (furniture, shape, line widths, where
// paragraphs and footnote areas begin, headings, labels) as it was: only that paragraph's
// text and the citations in it change, and positions on other lines do not move. The
// paragraph is re-read from its lines with the phases' own functions (incremental/window.ts); the old version is
// read that way too and must give exactly the old model, or the full parse runs. Every
// condition below names the parser's decision it keeps from changing.
import { MARKER_CONTEXT } from './footnotes';
import { keepsEmphasis, keepsLineEnd, lineKeepsItsPlace } from './incremental/line-place';
import { mergeCitations, movedRange, replaceParagraph, type EditPlace } from './incremental/new-model';
import { paragraphsAt, rolesOf, type LineRoles, type Paragraph } from './incremental/roles';
import { shapeKeeps, widthsKept } from './incremental/whole-text-facts';
import { citationsIn, commonPrefix, commonSuffix, lineOf, lineStartsOf, plainCharacters, readParagraph, textIndexOf, Window } from './incremental/window';
import type { Citation, OperativeNode, Preambular, Range, ResolutionDocument } from './model';
import { parseWithFacts, type ParseFacts } from './parser';
import { matchOperativePhrase, matchPreambularPhrase } from './phrases';
import { countMarkdownSigns, hasMarkdownHint } from './shape';
import { openingPhrase } from './split-words';

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

/** What the fast path changed: one paragraph's text, and the citations read in it. */
export interface ParagraphEdit extends EditPlace {
  before: Preambular | OperativeNode;
  after: Preambular | OperativeNode;
  citationsBefore: Citation[];
  citationsAfter: Citation[];
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

  // The paragraph's lines as the parser groups them: its span without blank lines, furniture and footnotes.
  const lines: number[] = [];
  for (let l = firstLine; l <= lastLine; l++) {
    if (was.splits(l)) return null;
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

  if (facts.markdownHint && !keepsEmphasis(was.raw(line), now.raw(line), prefix - lineStarts[line], removed.length, inserted.length)) return null;
  const oldContent = was.content(line).text;
  const newContent = now.content(line).text;
  if (!lineKeepsItsPlace(was, now, line, lines, at, furniture, footnoteLine, doc, facts, lineStarts.length)) return null;
  const edges = widthsKept(facts, was.raw(line), now.raw(line), oldContent, newContent);
  if (!edges) return null;
  const wrappedBreaks = shapeKeeps(facts, previous.wrappedBreaks, oldContent, newContent);
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
  for (const match of [matchPreambularPhrase, matchOperativePhrase]) {
    const [oldPhrase, newPhrase] = [openingPhrase(oldText, match), openingPhrase(newText, match)];
    if (oldPhrase?.value !== newPhrase?.value || oldPhrase?.length !== newPhrase?.length || (oldPhrase?.length ?? 0) >= OPENING_REACH) return null;
  }

  const lineSet = new Set(lines);
  const citationsBefore = doc.citations.filter((c) => lineSet.has(c.range.start.line));
  const oldCitations = citationsIn(oldRead, was);
  if (JSON.stringify(oldCitations) !== JSON.stringify(citationsBefore)) return null;
  const citationsAfter = citationsIn(newRead, now);
  const citations = mergeCitations(
    doc.citations.filter((c) => !lineSet.has(c.range.start.line)),
    citationsAfter,
  );
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
