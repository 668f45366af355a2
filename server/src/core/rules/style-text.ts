// The words the style rules read: each paragraph of the body and the annexes (and, for the
// rules that want them, each footnote), its lines joined by a space, with what is not the
// drafter's prose marked so no rule rewrites it: URLs, markdown link targets and code, and
// words in quotation marks (titles, names and texts cited as they were written). Page
// furniture and footnotes that an extraction sets inside a paragraph's lines are left out.
import type { OperativeNode, Range, ResolutionDocument, Shape } from '../model';
import { joinMapped, MappedText } from '../mapped-text';
import { bodyParts } from '../parts';
import { linesOf, type SourceText } from '../source';
import type { Finding } from './rule';

export interface Prose {
  text: MappedText;
  /** Spans [start, end) of `text` that are not prose: URLs, link targets, code. */
  literal: Array<[number, number]>;
  /** Spans [start, end) of `text` in quotation marks, the marks included. */
  quoted: Array<[number, number]>;
}

export interface ProseOptions {
  footnotes: boolean;
}

/** The shapes a drafter types: in a text whose lines wrap (an extraction), spacing and broken words are the extractor's. */
export const TYPED_SHAPES: readonly Shape[] = ['clean', 'markdown'];

const LITERAL = /\bhttps?:\/\/\S+|\bwww\.\S+|\]\([^)\s]*\)|`[^`]*`/g;
/** A quotation: curly marks, or straight ones in a pair (an opening mark alone runs to the paragraph's end). */
const QUOTED = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;

function spans(text: string, pattern: RegExp): Array<[number, number]> {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

function paragraphRanges(nodes: OperativeNode[], into: Range[]): void {
  for (const node of nodes) {
    if (node.kind === 'paragraph') into.push(node.ownRange);
    paragraphRanges(node.children, into);
  }
}

function joined(range: Range, source: SourceText, skipped: Set<number>): MappedText {
  const pieces: MappedText[] = [];
  for (let line = range.start.line; line <= range.end.line; line++) {
    if (skipped.has(line)) continue;
    const { start, text } = source.lines[line];
    const from = line === range.start.line ? range.start.character : 0;
    const to = line === range.end.line ? Math.min(range.end.character, text.length) : text.length;
    if (to > from) pieces.push(MappedText.fromSource(source.text, start + from, start + to));
  }
  return joinMapped(pieces, ' ');
}

function prose(text: MappedText): Prose {
  return { text, literal: spans(text.text, LITERAL), quoted: spans(text.text, QUOTED) };
}

/** What proseOf made for a document and the source of one check, so the rules of the check join the prose once. */
const made = new WeakMap<ResolutionDocument, { source: SourceText; byFootnotes: Map<boolean, Prose[]> }>();

/** The paragraphs of every part and annex, headings and titles left out; then the footnotes when asked for. */
export function proseOf(doc: ResolutionDocument, source: SourceText, options: ProseOptions): Prose[] {
  let known = made.get(doc);
  if (known?.source !== source) made.set(doc, (known = { source, byFootnotes: new Map() }));
  let prose = known.byFootnotes.get(options.footnotes);
  if (!prose) known.byFootnotes.set(options.footnotes, (prose = readProse(doc, source, options)));
  return prose;
}

function readProse(doc: ResolutionDocument, source: SourceText, options: ProseOptions): Prose[] {
  const ranges: Range[] = [];
  for (const body of [...bodyParts(doc), ...doc.annexes]) {
    ranges.push(...body.preamble.map((p) => p.range));
    paragraphRanges(body.operative, ranges);
  }
  const furniture = linesOf(doc.furniture.map((f) => f.range));
  // A footnote an extraction prints at a page's foot stands among the lines of a paragraph broken there.
  const notParagraph = new Set([...furniture, ...linesOf(doc.footnotes.map((f) => f.range))]);
  const out = ranges.map((range) => prose(joined(range, source, notParagraph)));
  if (options.footnotes) out.push(...doc.footnotes.map((f) => prose(joined(f.range, source, furniture))));
  return out.filter((p) => p.text.length > 0);
}

function overlaps(spans: Array<[number, number]>, start: number, end: number): boolean {
  return spans.some(([from, to]) => from < end && start < to);
}

/** The matches of a global pattern that stand in the prose: not in a URL, link target or code, nor (unless `quotes`) in quotation marks. */
export function* proseMatches(p: Prose, pattern: RegExp, quotes = false): Generator<RegExpExecArray> {
  for (const match of p.text.text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (overlaps(p.literal, match.index, end) || (!quotes && overlaps(p.quoted, match.index, end))) continue;
    yield match;
  }
}

/**
 * The source range of prose characters [start, end); null where they do not stand together
 * in the source (a page's furniture between two words of a broken paragraph), which an edit
 * of the range would take with it.
 */
export function sourceRangeOf(p: Prose, source: SourceText, start: number, end: number): Range | null {
  const from = p.text.sourceOffset(start);
  const to = p.text.sourceOffset(end - 1) + 1;
  const same = (s: string) => s.replace(/\s+/g, ' ');
  return same(source.text.slice(from, to)) === same(p.text.text.slice(start, end)) ? source.range(from, to) : null;
}

/** What a style rule says of words it found, and what its quick fix writes over them. */
export interface Rewrite {
  message: string;
  replacement: string;
}

export interface RewriteOptions extends ProseOptions {
  /** Whether words in quotation marks are read too (by default they are cited as written). */
  quotes?: boolean;
  /** The shapes the rule reads; all by default. */
  shapes?: readonly Shape[];
}

/** The findings of a style rule: each match of `pattern` in the prose that `rewrite` rewrites at its source range; none without the source text. */
/**
 * An adopted text (a resolution or decision with its adoption line): issued as the General Assembly
 * adopted it, not a draft to edit, so house style is not asked of it (A/RES/79/327 prints
 * "The Secretary General shall be appointed").
 */
function issued(doc: ResolutionDocument): boolean {
  return doc.header.adoption !== null && (doc.header.kind === 'resolution' || doc.header.kind === 'decision');
}

export function rewrites(
  doc: ResolutionDocument,
  source: SourceText | null,
  options: RewriteOptions,
  pattern: RegExp,
  rewrite: (match: RegExpExecArray, p: Prose, range: Range) => Rewrite | null,
): Finding[] {
  if (!source || (options.shapes && !options.shapes.includes(doc.shape)) || issued(doc)) return [];
  const findings: Finding[] = [];
  for (const p of proseOf(doc, source, options)) {
    for (const match of proseMatches(p, pattern, options.quotes)) {
      const range = sourceRangeOf(p, source, match.index, match.index + match[0].length);
      if (!range) continue;
      const found = rewrite(match, p, range);
      if (found) findings.push({ message: found.message, range, data: { replacement: found.replacement } });
    }
  }
  return findings;
}

const LABEL_BEFORE = /^[\s\-*+>#_]*(?:\(?(?:\d{1,3}|[a-z]{1,4}|[A-Z]|[IVXLC]+)[.)]|\d{1,3}|[*†‡§]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?[\s*_]*$/;
const SENTENCE_END_BEFORE = /[.!?][’”"')\]*_]*\s*$/;

/** Whether only the paragraph's or footnote's label (if any) stands before prose character `index`. */
export function afterLabel(p: Prose, index: number): boolean {
  return LABEL_BEFORE.test(p.text.text.slice(0, index));
}

/** Whether prose character `index` opens a sentence: the paragraph's or footnote's first word after its label, or a word after a full stop. */
export function opensSentence(p: Prose, index: number): boolean {
  return afterLabel(p, index) || SENTENCE_END_BEFORE.test(p.text.text.slice(0, index));
}
