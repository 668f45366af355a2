// The label a new paragraph opens with: the next sibling's after a paragraph or sub-item, the
// first sub-item's below a paragraph that announces a list with a colon. Completion offers
// the next one on an empty line; Enter after a finished paragraph inserts it (enterEdit), as
// Markdown editors continue a list.
import type { TextEdit } from './fixes/fix';
import type { Label, OperativeNode, Position, ResolutionDocument } from './model';
import { labelText, LEVELS } from './labels';
import { lastCharacter } from './rules/punctuation';
import { operativeScopes, walk } from './rules/tree';

/** A decimal list keeps the form it writes its labels in: "1.1." or "1.1". */
function writtenWithFullStop(label: Label): boolean {
  return label.range.end.character - label.range.start.character > label.text.length;
}

function opening(style: Label['style'], ordinal: number, parts: number[], like: Label | null): string {
  const text = labelText(style, ordinal, parts);
  if (style.startsWith('paren') || (style === 'decimal' && like && !writtenWithFullStop(like))) return text;
  return `${text}.`;
}

/** The label after `node`'s among its siblings: "4.", "(c)", "1.3.". */
export function nextLabel(node: OperativeNode): string {
  const label = node.label!;
  const next = label.ordinal + 1;
  // After a heading the suggestion is a paragraph number, as it was.
  const style = label.style.startsWith('heading') ? 'arabic' : label.style;
  return opening(style, next, [...label.parts.slice(0, -1), next], label);
}

/** The first label below `node`: in the style of its sub-items if it has some, else the level below its own ("(a)" under "2."). */
function firstSubLabel(node: OperativeNode): string | null {
  const label = node.label!;
  const first = node.children.find((child) => child.label)?.label ?? null;
  const level = LEVELS.indexOf(label.style);
  const style = first?.style ?? (level >= 0 ? LEVELS[level + 1] : undefined);
  return style ? opening(style, 1, [...label.parts, 1], first) : null;
}

/** A list mark ("- ") written before a label, which the next item repeats. */
const LIST_MARK = /^\s*([-*+] )/;

/**
 * What Enter does at `at`, the start of the line it opened, after an operative paragraph or
 * sub-item: after one whose text ends with ";" or "." it inserts the next sibling's label, after
 * ":" the first sub-item's; after a sub-item left empty (a label Enter inserted, nothing typed)
 * it ends the list, as Markdown editors do: that label becomes the paragraph's next one ("(c)"
 * under 2. becomes "3."). Nothing after a preambular paragraph or an unfinished one (a line
 * wrapped by hand), nor where the line holds text already (Enter in the middle of a paragraph).
 * Where the document sets its paragraphs apart with blank lines, a new one is set apart too.
 * `lineText(n)` is line n of the text `doc` was read from.
 */
export function enterEdit(doc: ResolutionDocument, lineText: (line: number) => string, at: Position): TextEdit | null {
  const opened = lineText(at.line);
  if (at.line <= 0 || opened.trim() !== '' || at.character < 0 || at.character > opened.length) return null;
  let nodes: OperativeNode[] = [];
  let above: { node: OperativeNode; parent: OperativeNode | null } | undefined;
  for (const scope of operativeScopes(doc)) {
    const items = [...walk(scope.nodes)];
    nodes = items.map((item) => item.node);
    above = items.find(({ node }) => node.kind === 'paragraph' && node.label && node.label.style !== 'none' && node.ownRange.end.line === at.line - 1);
    if (above) break;
  }
  if (!above) return null;
  const { node, parent } = above;
  const start = node.label!.range.start;
  if (node.text === '') {
    if (parent?.kind !== 'paragraph' || !parent.label) return null;
    return { range: { start, end: at }, newText: `${nextLabel(parent)} ` };
  }
  const ending = lastCharacter(node.text);
  const label = ending === ';' || ending === '.' ? nextLabel(node) : ending === ':' ? firstSubLabel(node) : null;
  if (label === null) return null;
  const mark = LIST_MARK.exec(lineText(start.line).slice(0, start.character))?.[1] ?? '';
  const apart = setApart(nodes, nodes.indexOf(node), at.line, lineText) ? '\n' : '';
  return { range: { start: at, end: at }, newText: `${apart}${mark}${label} ` };
}

/**
 * Whether the paragraphs around `nodes[i]` are set apart by blank lines: as it is from the one
 * before it; for the first, from the one after it (the line Enter opened, `opened`, not counted);
 * for the only one, from the text before it.
 */
function setApart(nodes: OperativeNode[], i: number, opened: number, lineText: (line: number) => string): boolean {
  const [before, after] = i > 0 ? [nodes[i - 1], nodes[i]] : [nodes[i], nodes[i + 1]];
  if (after) {
    const between = after.ownRange.start.line - before.ownRange.end.line - 1;
    return between - (before.ownRange.end.line < opened && opened < after.ownRange.start.line ? 1 : 0) > 0;
  }
  const start = nodes[i].ownRange.start.line;
  return start > 0 && lineText(start - 1).trim() === '';
}
