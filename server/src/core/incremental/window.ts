// The text around an edit, old and new, read as the parser reads it: whole lines through the
// phases' own line reading, and the edited paragraph's text and citations through theirs.
import { matchLabel } from '../labels';
import { ANY_INVISIBLE } from '../line-cleaning';
import { joinMapped, type MappedText } from '../mapped-text';
import type { Citation, OperativeNode } from '../model';
import { appendLine } from '../reading/blocks';
import { citationsOf, finishedPlain } from '../reading/finish';
import { lineContent, splitsAtPageBreak, type LineContent } from '../reading/lines';
import { textAfterLabel } from '../reading/tree';
import { SourceText } from '../source';
import { isWhitespaceCode } from '../whitespace';
import type { Paragraph } from './roles';

export function lineStartsOf(text: string): Int32Array | null {
  if (text.includes('\r')) return null;
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return Int32Array.from(starts);
}

/** Length of the common prefix, compared a chunk at a time. */
export function commonPrefix(a: string, b: string, limit: number): number {
  const CHUNK = 65536;
  let at = 0;
  while (at + CHUNK <= limit && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

export function commonSuffix(a: string, b: string, limit: number): number {
  const CHUNK = 65536;
  let at = 0;
  while (at + CHUNK <= limit && a.slice(a.length - at - CHUNK, a.length - at) === b.slice(b.length - at - CHUNK, b.length - at)) at += CHUNK;
  while (at < limit && a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at)) at++;
  return at;
}

/** Characters an edit may remove or insert: no line break, no other spacing than a plain space, no invisible character, no star (star notes, markdown). */
export function plainCharacters(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 42 || (code !== 32 && isWhitespaceCode(code)) || ANY_INVISIBLE.test(text[at])) return false;
  }
  return true;
}

/** Where in `starts` the line holding `offset` is. */
export function lineOf(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A window of whole lines [first, last] of a text, each read as the parser reads a line (lineContent). */
export class Window {
  readonly source: SourceText;
  readonly lines: LineContent[];
  /** The lines a page break stands within, which the parser reads as two: a reading that meets one is left to the full parse. */
  private readonly split: ReadonlySet<number>;

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
    this.split = new Set(this.source.lines.filter((line) => splitsAtPageBreak(line.text)).map((line) => line.index + first));
  }

  raw(line: number): string {
    return this.source.lines[line - this.first].text;
  }

  content(line: number): MappedText {
    return this.lines[line - this.first].content;
  }

  splits(line: number): boolean {
    return this.split.has(line);
  }

  line(line: number): LineContent {
    return this.lines[line - this.first];
  }
}

/**
 * The paragraph's text as the parser reads it: its lines joined as segment joins them, the label
 * cut off as the tree cuts it, finished as a text without markers (none stands near the edit).
 */
export function readParagraph(window: Window, lines: number[], node: Paragraph, operative: boolean): MappedText | null {
  const parts = [window.content(lines[0])];
  for (const l of lines.slice(1)) appendLine(parts, window.content(l));
  const label = operative ? (node as OperativeNode).label : null;
  const match = label ? matchLabel(parts[0].text, true) : null;
  if (label && match?.text !== label.text) return null;
  return finishedPlain(textAfterLabel(joinMapped(parts, ' '), match));
}

/** Index in `text` of the first character from source offset `offset` on (offsets relative to the window). */
export function textIndexOf(text: MappedText, offset: number): number {
  for (let i = 0; i < text.length; i++) if (text.sourceOffset(i) >= offset) return i;
  return text.length;
}

export function citationsIn(text: MappedText, window: Window): Citation[] {
  const shift = (range: ReturnType<MappedText['sourceRange']>) => ({
    start: { line: range.start.line + window.first, character: range.start.character },
    end: { line: range.end.line + window.first, character: range.end.character },
  });
  return citationsOf(text, window.source, true).map((citation) => ({
    ...citation,
    ...(citation.title ? { title: { ...citation.title, range: shift(citation.title.range) } } : {}),
    range: shift(citation.range),
  }));
}
