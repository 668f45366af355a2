// The paragraphs an identity is kept for: every numbered or lettered operative paragraph
// and sub-item, of every part and annex, with the path a reference names it by ("4 (c)")
// and the stretch of text that is its own (its label and words, not its sub-items).
import type { OperativeNode, ResolutionDocument } from '../model';
import { labelledNodes } from '../lookup';
import { bodyParts } from '../parts';
import type { Offsets } from './offsets';
import { firstIndex } from '../first-index';

export interface NumberedParagraph {
  node: OperativeNode;
  path: string;
  /** Offsets of its own text: [start, end). */
  start: number;
  end: number;
}

/** Each parsed model's numbered paragraphs, listed once: a version is followed from the last one, then the next from it. */
const listed = new WeakMap<ResolutionDocument, Array<{ node: OperativeNode; path: string }>>();

/** The numbered paragraphs with their paths, part by part and annex by annex. */
export function paragraphNodes(doc: ResolutionDocument): Array<{ node: OperativeNode; path: string }> {
  let list = listed.get(doc);
  if (!list) {
    const scopes = [...bodyParts(doc).map((p) => p.operative), ...doc.annexes.map((a) => a.operative)];
    listed.set(doc, (list = scopes.flatMap((scope) => labelledNodes(scope).filter(({ node }) => node.kind !== 'heading'))));
  }
  return list;
}

/** The numbered paragraphs in reading order, with their own stretches (which do not overlap). */
export function numberedParagraphs(doc: ResolutionDocument, offsets: Offsets): NumberedParagraph[] {
  return paragraphNodes(doc)
    .map(({ node, path }) => ({ node, path, start: offsets.of(node.ownRange.start), end: offsets.of(node.ownRange.end) }))
    .sort((a, b) => a.start - b.start);
}

/** The index of the paragraph whose own stretch holds `offset`, in a list sorted by start; -1 for none. */
export function paragraphHolding(list: readonly NumberedParagraph[], offset: number): number {
  const i = firstIndex(list.length, (k) => list[k].start > offset) - 1;
  return i >= 0 && offset < list[i].end ? i : -1;
}
