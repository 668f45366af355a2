// Operative blocks to a tree: labels resolved and placed under their parents, unnumbered
// headings ranked, numbered lists inside a paragraph kept as its items.
import type { LabelMatch } from '../labels';
import { startsWithCapital } from '../letters';
import type { MappedText } from '../mapped-text';
import type { Label, OperativeNode } from '../model';
import { matchOperativePhrase } from '../phrases';
import { openingPhrase } from '../split-words';
import { isHeadingText, lastPart, withinHeadingLength } from './block-text';
import type { Finish } from './finish';
import { blockRange, type Block, type Reading } from './reading';
import { COMMITMENT_HEAD } from './text-ends';
import { opensUnnumberedParagraph } from './unnumbered';

export function operativeTree(r: Reading, blocks: Block[], finish: Finish, withPhrases: boolean): OperativeNode[] {
  const roots: OperativeNode[] = [];
  // The open path from a root heading or paragraph down to the latest item.
  const path: OperativeNode[] = [];
  const levels = new Map<OperativeNode, number>();
  const headingAt = unlabelledHeadings(blocks, withPhrases);
  blocks.forEach((block, i) => {
    const label = block.label;
    const text = finish(textAfterLabel(block.text, label));
    const unlabelledHeading = headingAt[i];
    // One object for both ranges: ranges are never changed in place (extendRanges replaces `range`).
    const range = blockRange(r, block);
    const node: OperativeNode = {
      kind: unlabelledHeading || (label && label.style.startsWith('heading')) ? 'heading' : 'paragraph',
      label: null,
      phrase: null,
      text: text.text,
      range,
      ownRange: range,
      children: [],
    };
    if (node.kind === 'paragraph' && withPhrases && (!label || label.style === 'arabic')) {
      const phrase = openingPhrase(text.text, matchOperativePhrase);
      if (phrase) node.phrase = { value: phrase.value, range: text.sourceRange(r.source, 0, phrase.length) };
    }
    if (unlabelledHeading) {
      // A heading that groups numbered headings ("Priority area 2" over "I.", "II.", perhaps after
      // paragraphs of its own) ranks above them: the next numbered heading before another
      // unnumbered one starts again at I or A. Otherwise it groups paragraphs under the current one.
      // Each scan stops at the next unnumbered heading, so all of them together read the blocks once.
      let level = 1.5;
      for (let j = i + 1; j < blocks.length; j++) {
        const ahead = blocks[j];
        if (ahead.label?.style.startsWith('heading')) {
          if (ahead.label.ordinal === 1) level = -1;
          break;
        }
        if (headingAt[j]) break;
      }
      // A heading straight under another that has nothing of its own yet is its subheading ("Introduction" "In quest of …").
      const above = path[path.length - 1];
      if (headingAt[i - 1] && above?.kind === 'heading' && !above.label && above.children.length === 0 && level >= levelOf(above, levels))
        level = levelOf(above, levels) + 0.25;
      levels.set(node, level);
      while (path.length > 0 && (path[path.length - 1].kind === 'paragraph' || levelOf(path[path.length - 1], levels) >= level)) path.pop();
      (path.length > 0 ? path[path.length - 1].children : roots).push(node);
      path.push(node);
      return;
    }
    if (!label) {
      // Unnumbered text: an operative paragraph (its items follow), or quoted text after a paragraph.
      const parent = [...path].reverse().find((p) => p.kind === 'heading');
      (parent ? parent.children : roots).push(node);
      // A paragraph a draft left without its number ends the one before, items and all.
      const paragraphAt = withPhrases && opensUnnumberedParagraph(blocks, i) ? path.findIndex((p) => p.kind === 'paragraph') : -1;
      if (paragraphAt >= 0) path.length = paragraphAt;
      if (path.every((p) => p.kind === 'heading')) path.push(node);
      return;
    }
    const resolved = resolveLabel(label, path);
    node.label = {
      text: label.text,
      style: resolved.style,
      ordinal: resolved.ordinal,
      parts: resolved.style === label.style ? label.parts : [resolved.ordinal],
      suffix: label.suffix,
      ...(label.lacksFullStop ? { lacksFullStop: true as const } : {}),
      range: block.text.sourceRange(r.source, 0, label.length),
    };
    if (withPhrases && enumerates(node, path)) {
      path[path.length - 1].children.push(node);
      path.push(node);
      return;
    }
    attach(node, path, roots, levels);
  });
  for (const root of roots) extendRanges(root);
  return roots;
}

/**
 * Which blocks are unnumbered headings: short capitalised text without closing punctuation —
 * except the items of an enumeration set one a line after a lead-in closing with a colon, up to
 * the last item's full stop ("… five priority areas for action, as follows:" "Priority area 1: …"
 * … "Priority area 5: Means of implementation."): a colon's sentence goes on in its items.
 */
function unlabelledHeadings(blocks: Block[], withPhrases: boolean): boolean[] {
  // Filled by a loop: map's answer is an array of one kind from the engine's builtin and of another from optimised code,
  // and operativeTree, which reads it, was thrown out when it met the second.
  const headingAt: boolean[] = [];
  for (const b of blocks) headingAt.push(!b.label && isHeadingText(b) && !(withPhrases && matchOperativePhrase(b.text.text) > 0));
  for (const at of commitmentLines(blocks)) headingAt[at] = true;
  blocks.forEach((block, i) => {
    if (!lastPart(block).endsWith(':')) return;
    let end = i + 1;
    while (end < blocks.length && headingAt[end]) end++;
    const last = blocks[end];
    const closesList =
      last !== undefined && !last.label && startsWithCapital(last.text.text) && last.text.text.endsWith('.') && withinHeadingLength(last.text.text);
    if (end > i + 1 && closesList) headingAt.fill(false, i + 1, end);
  });
  return headingAt;
}

/**
 * The numbered commitment lines a declaration groups its paragraphs under ("Action 1. We will …"
 * … "Action 2. We will …"), the paragraphs' own numbering running on across them: unlabelled
 * blocks opening with one word and the numbers 1, 2, … in order, each beside a numbered paragraph.
 */
function commitmentLines(blocks: Block[]): number[] {
  const series = new Map<string, number[]>();
  blocks.forEach((block, at) => {
    const head = block.label ? null : COMMITMENT_HEAD.exec(block.text.text);
    if (!head) return;
    const numbered = (b: Block | undefined) => b?.label?.style === 'arabic';
    if (!numbered(blocks[at - 1]) && !numbered(blocks[at + 1])) return;
    const found = series.get(head[1]) ?? [];
    if (Number(head[2]) === found.length + 1) series.set(head[1], [...found, at]);
  });
  return [...series.values()].flat();
}

/** A paragraph's own text: its block's after the label. */
export function textAfterLabel(text: MappedText, label: LabelMatch | null): MappedText {
  return label ? text.trim(label.length) : text;
}

/** Lettered and roman items ((a), (i), a., i.) hang under a paragraph; numbers and headings open one. */
export function isSubItem(label: LabelMatch): boolean {
  return label.style !== 'arabic' && label.style !== 'decimal' && !label.style.startsWith('heading');
}

function levelOf(node: OperativeNode, levels: ReadonlyMap<OperativeNode, number>): number {
  return levels.get(node) ?? (node.label ? LEVEL_OF_STYLE[node.label.style] : 2);
}

const LEVEL_OF_STYLE: Record<string, number> = {
  'heading-roman': 0,
  'heading-alpha': 1,
  arabic: 2,
  'paren-alpha': 3,
  'paren-roman': 4,
  alpha: 5,
  roman: 6,
  decimal: 3,
};

/** `(i)` after `(h)` is the ninth letter; elsewhere it is roman one. */
function resolveLabel(label: LabelMatch, path: OperativeNode[]): { style: Label['style']; ordinal: number } {
  if (!label.alternative) return { style: label.style, ordinal: label.ordinal };
  const alternative = label.alternative;
  const sibling = [...path].reverse().find((n) => n.label?.style === alternative.style);
  if (sibling && sibling.label!.ordinal === alternative.ordinal - 1) return alternative;
  return { style: label.style, ordinal: label.ordinal };
}

/** Places a labelled node in the tree: beside the nearest node of its style, or under the deepest one. */
function attach(node: OperativeNode, path: OperativeNode[], roots: OperativeNode[], levels: ReadonlyMap<OperativeNode, number>): void {
  const style = node.label!.style;
  const depthOfDecimal = style === 'decimal' ? node.label!.parts.length : 0;
  let at = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    const other = path[i].label;
    if (!other) continue;
    if (other.style === style && (style !== 'decimal' || other.parts.length === depthOfDecimal)) {
      at = i;
      break;
    }
  }
  if (at < 0 && node.kind === 'paragraph' && style === 'arabic') {
    at = path.findIndex((p) => p.kind === 'paragraph');
    if (at < 0) at = path.length;
  }
  if (at < 0 && style.startsWith('heading')) {
    // A sub-heading (B.) goes under a heading of a higher level (II), else at the root.
    const level = LEVEL_OF_STYLE[style];
    at = path.findIndex((p) => p.kind !== 'heading' || levelOf(p, levels) >= level);
    if (at < 0) at = path.length;
  }
  if (at < 0) at = path.length;
  path.length = at;
  const parent = path[path.length - 1];
  (parent ? parent.children : roots).push(node);
  path.push(node);
}

/**
 * Whether a numbered paragraph is an item of a numbered list inside the paragraph before it
 * ("2. Decides that the objectives … shall be:" "1. To promote …;" … "5. To raise …;"), and
 * leaves `path` ending at the node it goes under: a list opens at 1 after a paragraph closing
 * with a colon and goes on in sequence, until a number that goes on with the paragraphs'
 * sequence opens with an operative verb ("3. Invites …").
 */
function enumerates(node: OperativeNode, path: OperativeNode[]): boolean {
  const label = node.label!;
  if (label.style !== 'arabic') return false;
  const last = path[path.length - 1];
  if (last?.label?.style === 'arabic' && label.ordinal === 1 && last.text.endsWith(':')) return true;
  const isNumbered = (p: OperativeNode) => p.kind === 'paragraph' && p.label?.style === 'arabic';
  const at = path.findIndex(isNumbered);
  let deepest = path.length - 1;
  while (deepest > at && !isNumbered(path[deepest])) deepest--;
  if (at < 0 || deepest === at) return false;
  const resumes = label.ordinal === path[at].label!.ordinal + 1 && node.phrase !== null;
  if (label.ordinal !== path[deepest].label!.ordinal + 1 || resumes) {
    path.length = at + 1;
    return false;
  }
  path.length = deepest;
  return true;
}

function extendRanges(node: OperativeNode): void {
  for (const child of node.children) {
    extendRanges(child);
    const end = child.range.end;
    if (end.line > node.range.end.line || (end.line === node.range.end.line && end.character > node.range.end.character)) {
      node.range = { start: node.range.start, end };
    }
  }
}
