// Folding: header, each part of a resolution in parts, preamble, operative part, each
// paragraph with sub-items, annexes, footnote blocks, and runs of page furniture in PDF text.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { OperativeNode, Range, ResolutionDocument } from '../core/model';
import { bodyParts } from '../core/parts';

export function foldingRanges(doc: ResolutionDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (range: Range | null, kind?: FoldingRangeKind) => {
    if (range && range.end.line > range.start.line) out.push({ startLine: range.start.line, endLine: range.end.line, ...(kind ? { kind } : {}) });
  };
  add(doc.header.range);
  const operative = (nodes: OperativeNode[]) => {
    for (const node of nodes) {
      add(node.range);
      operative(node.children);
    }
  };
  for (const part of bodyParts(doc)) {
    if (part.label) add(part.range);
    if (part.preamble.length > 0) add({ start: (part.organ ?? part.preamble[0]).range.start, end: part.preamble[part.preamble.length - 1].range.end });
    if (part.operative.length > 0) add({ start: part.operative[0].range.start, end: part.operative[part.operative.length - 1].range.end });
    operative(part.operative);
    for (const p of part.preamble) add(p.range);
  }
  for (const annex of doc.annexes) {
    add(annex.range);
    operative(annex.operative);
  }
  for (const footnote of doc.footnotes) add(footnote.range, FoldingRangeKind.Comment);
  // Consecutive furniture lines (a page break) fold as one comment.
  const lines = doc.furniture.map((f) => f.range.start.line).sort((a, b) => a - b);
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] - lines[j] <= 2) j++;
    if (lines[j] > lines[i]) out.push({ startLine: lines[i], endLine: lines[j], kind: FoldingRangeKind.Comment });
    i = j + 1;
  }
  return out;
}
