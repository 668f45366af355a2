// The facts a parse measures over the whole text that one line's edit may move: the body's
// line widths (their full width) and the shape's count of sentences run over line breaks.
import type { ParseFacts } from '../parser';
import { MEASURED_LENGTH, fullWidthOf } from '../reading/layout';
import { endsLikeSentence, wrapsOver } from '../shape';
import { skipWhitespaceBack } from '../whitespace';

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
  if (!added) next[out] = to;
  return next;
}

/** The body's line widths after the edit, when their 90th percentile (the parser's fullWidth) stays. */
export function widthsKept(facts: ParseFacts, oldRaw: string, newRaw: string, oldContent: string, newContent: string): Int32Array | null {
  if (oldContent.length < MEASURED_LENGTH || newContent.length < MEASURED_LENGTH || facts.edges.length === 0) return null;
  if (facts.edges.indexOf(edgeOf(oldRaw)) < 0) return null;
  const edges = wrappedEdges(facts, oldRaw, newRaw);
  return fullWidthOf(edges) === facts.fullWidth ? edges : null;
}

/** The shape's counts: a line ending a sentence or not moves the count of breaks run over by at most one. */
export function shapeKeeps(
  facts: ParseFacts,
  wrappedBreaks: readonly [number, number],
  oldContent: string,
  newContent: string,
): readonly [number, number] | null {
  const { breaks, wrapped } = facts.shape;
  let [low, high] = wrappedBreaks;
  if (endsLikeSentence(oldContent) !== endsLikeSentence(newContent)) {
    low -= 1;
    high += 1;
  }
  return wrapsOver(breaks, low) === wrapped && wrapsOver(breaks, high) === wrapped ? [low, high] : null;
}
