// The change a set of edits makes to a text, printed as `diff -u` prints it: hunks headed
// `@@ -start,count +start,count @@`, each changed line with three lines of context. The
// edits say which lines change, so no search for them is needed; each line keeps its own
// line ending, so the output applies with `patch` to a CRLF file too.
import type { Position } from '../core/model';
import type { TextEdit } from '../core/fixes/fix';
import { applyEdits } from '../core/text-edits';

const CONTEXT = 3;

interface Line {
  text: string;
  /** "" on a last line that has none. */
  eol: string;
}

function linesOf(text: string): Line[] {
  const parts = text.split(/(\r\n|\r|\n)/);
  const lines: Line[] = [];
  for (let i = 0; i < parts.length; i += 2) lines.push({ text: parts[i], eol: parts[i + 1] ?? '' });
  // A text ending with a line break has no line after it.
  if (lines.at(-1)?.text === '' && lines.at(-1)?.eol === '') lines.pop();
  return lines;
}

/** Old lines `first` to `last` replaced by `added`. */
interface Block {
  first: number;
  last: number;
  added: Line[];
}

function blocksOf(lines: Line[], edits: readonly TextEdit[]): Block[] {
  const groups: Array<{ first: number; last: number; edits: TextEdit[] }> = [];
  const byStart = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const edit of byStart) {
    const group = groups.at(-1);
    if (group && edit.range.start.line <= group.last) {
      group.last = Math.max(group.last, edit.range.end.line);
      group.edits.push(edit);
    } else groups.push({ first: edit.range.start.line, last: edit.range.end.line, edits: [edit] });
  }
  return groups.map(({ first, last, edits: own }) => {
    const old = lines
      .slice(first, last + 1)
      .map((line) => line.text + line.eol)
      .join('');
    const shift = (p: Position) => ({ line: p.line - first, character: p.character });
    const shifted = own.map((edit) => ({ range: { start: shift(edit.range.start), end: shift(edit.range.end) }, newText: edit.newText }));
    return { first, last: Math.min(last, lines.length - 1), added: linesOf(applyEdits(old, shifted)) };
  });
}

function printed(prefix: string, line: Line): string {
  return line.eol ? `${prefix}${line.text}${line.eol}` : `${prefix}${line.text}\n\\ No newline at end of file\n`;
}

/** `diff -u`'s count of lines from a zero-based start: ",1" left out, an empty side named by the line before it. */
function span(start: number, count: number): string {
  if (count === 1) return `${start + 1}`;
  return count === 0 ? `${start},0` : `${start + 1},${count}`;
}

/** The unified diff of `text` and the text the edits make of it, headed by the file's name; "" without edits. */
export function unifiedDiff(file: string, text: string, edits: readonly TextEdit[]): string {
  const lines = linesOf(text);
  const blocks = blocksOf(lines, edits);
  if (blocks.length === 0) return '';
  // Blocks closer than twice the context share a hunk.
  const hunks: Block[][] = [];
  for (const block of blocks) {
    const hunk = hunks.at(-1);
    if (hunk && block.first - hunk.at(-1)!.last - 1 <= 2 * CONTEXT) hunk.push(block);
    else hunks.push([block]);
  }
  const out = [`--- ${file}\n`, `+++ ${file}\n`];
  let shift = 0;
  for (const hunk of hunks) {
    const from = Math.max(0, hunk[0].first - CONTEXT);
    const to = Math.min(lines.length, hunk.at(-1)!.last + 1 + CONTEXT);
    const body: string[] = [];
    let at = from;
    let added = 0;
    for (const block of hunk) {
      for (; at < block.first; at++) body.push(printed(' ', lines[at]));
      for (; at <= block.last; at++) body.push(printed('-', lines[at]));
      body.push(...block.added.map((line) => printed('+', line)));
      added += block.added.length - (block.last + 1 - block.first);
    }
    for (; at < to; at++) body.push(printed(' ', lines[at]));
    out.push(`@@ -${span(from, to - from)} +${span(from + shift, to - from + added)} @@\n`, ...body);
    shift += added;
  }
  return out.join('');
}
