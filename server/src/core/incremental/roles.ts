// What the model says of its lines (furniture, footnotes, markers, each paragraph's span),
// made once and kept over fast edits.
import { firstIndex } from '../first-index';
import type { OperativeNode, Preambular, ResolutionDocument } from '../model';

export interface LineRoles {
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

export type Paragraph = Preambular | OperativeNode;

export function rolesOf(doc: ResolutionDocument): LineRoles {
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
export function paragraphsAt(paragraphs: ParagraphEntry[], line: number): ParagraphEntry[] {
  const low = firstIndex(paragraphs.length, (i) => paragraphs[i].first > line);
  // Paragraphs are disjoint but for oddities; a few steps back find any that spans the line.
  const found: ParagraphEntry[] = [];
  for (let i = low - 1; i >= 0 && i >= low - 8; i--) if (paragraphs[i].last >= line) found.push(paragraphs[i]);
  return found;
}
