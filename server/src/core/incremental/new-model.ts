// The new model after a fast edit: the paragraph replaced where it stands, positions after the
// edit on its line moved, the citations merged in text order.
import type { Citation, OperativeNode, Preambular, Range, ResolutionDocument } from '../model';
import { byStart } from '../source';
import type { Paragraph } from './roles';

/** `range` in the new text, for a range of the old one outside the edited characters. */
/** Where an edit moved positions: on `line` from `column` on, by `delta` (positions on other lines stay). */
export interface EditPlace {
  line: number;
  column: number;
  delta: number;
}

export function movedRange(range: Range, edit: EditPlace): Range {
  const moved = (position: Range['start']) =>
    position.line === edit.line && position.character >= edit.column ? { line: position.line, character: position.character + edit.delta } : position;
  const [start, end] = [moved(range.start), moved(range.end)];
  return start === range.start && end === range.end ? range : { start, end };
}

/** The document's citations with the paragraph's new ones in place, in the parser's order (by start); null when they do not come in text order. */
export function mergeCitations(others: Citation[], own: Citation[]): Citation[] | null {
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
export function replaceParagraph(
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
