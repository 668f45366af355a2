// Renumbering: every label of the operative part (of each part A, B, … and of each annex)
// set to its place — 1, 2, 3 across headings, or from 1 again in a section that starts at 1;
// (a), (b) and (i), (ii) under each paragraph; 1.1, 1.2 under 1 —
// with every internal reference ("paragraph 3 above", "paragraph 1 (a)") moved along with
// the paragraph it was written for, all in one set of edits. Negotiation insertions ("5 bis") become ordinary numbers.
// A paragraph that lacks its number (missingNumbers) gets one, written before its opening verb.
import type { Citation, LabelStyle, OperativeNode, Position, Range, ResolutionDocument } from '../model';
import { labelText } from '../labels';
import { missingNumbers } from '../missing-numbers';
import { bodyParts, partAtLine } from '../parts';
import type { SourceLines, TextEdit } from './fix';

interface Relabel {
  node: OperativeNode;
  newPath: string;
  newText: string;
  parts: number[];
  /** The label's range, or an empty range where a paragraph without a number gets its label. */
  range: Range;
}

/** A label as renumbering writes it: a number or heading keeps the full stop it was written with; a dotted letter has its own. */
function writtenLabel(style: LabelStyle, ordinal: number, parts: number[], raw: string): string {
  const name = labelText(style, ordinal, parts);
  if (style === 'paren-alpha' || style === 'paren-roman') return name;
  if (style === 'alpha' || style === 'roman') return `${name}.`;
  return raw.trimEnd().endsWith('.') ? `${name}.` : name;
}

/**
 * Where a paragraph without a number gets one: at its line's start, before any emphasis opening
 * its verb ("*Decides*" becomes "3. *Decides*"); else where its text starts.
 */
function labelPlace(node: OperativeNode, source: SourceLines): Range {
  const { line, character } = node.ownRange.start;
  const before = source.lineText(line).slice(0, character);
  const at = /^[\s*_]*$/.test(before) ? before.length - before.trimStart().length : character;
  return { start: { line, character: at }, end: { line, character: at } };
}

function plan(nodes: OperativeNode[], source: SourceLines, missing: ReadonlyMap<OperativeNode, number>): Relabel[] {
  const out: Relabel[] = [];
  let arabic = 0;
  let roman = 0;
  let alphaHeading = 0;
  const visitChildren = (children: OperativeNode[], parentPath: string[], parentParts: number[] | null, underHeading = false) => {
    const counters = new Map<string, number>();
    // A section whose paragraphs start at 1 again numbers them on its own (as the numbering rules read it).
    const firstArabic = children.find((n) => n.kind === 'paragraph' && n.label?.style === 'arabic');
    if (underHeading && firstArabic?.label?.ordinal === 1 && !firstArabic.label.suffix) arabic = 0;
    for (const node of children) {
      const label = node.label;
      if (!label && missing.has(node)) {
        const ordinal = ++arabic;
        const newPath = [...parentPath, String(ordinal)];
        out.push({ node, newPath: newPath.join(' '), newText: `${ordinal}. `, parts: [ordinal], range: labelPlace(node, source) });
        visitChildren(node.children, newPath, [ordinal]);
        continue;
      }
      if (!label) {
        visitChildren(node.children, parentPath, parentParts);
        continue;
      }
      let ordinal: number;
      let parts: number[] = [];
      if (node.kind === 'heading') {
        if (label.style === 'heading-roman') {
          ordinal = ++roman;
          alphaHeading = 0;
        } else {
          ordinal = ++alphaHeading;
        }
      } else if (label.style === 'arabic') {
        ordinal = ++arabic;
      } else if (label.style === 'decimal' && parentParts) {
        const key = `decimal${label.parts.length}`;
        ordinal = (counters.get(key) ?? 0) + 1;
        counters.set(key, ordinal);
        parts = [...parentParts, ordinal];
      } else {
        ordinal = (counters.get(label.style) ?? 0) + 1;
        counters.set(label.style, ordinal);
      }
      if (label.style === 'arabic') parts = [ordinal];
      const raw = source.slice(label.range);
      const newText = writtenLabel(label.style, ordinal, parts, raw);
      const isHeading = node.kind === 'heading';
      const newPath = isHeading ? [] : [...parentPath, labelText(label.style, ordinal, parts)];
      out.push({ node, newPath: newPath.join(' '), newText, parts, range: label.range });
      visitChildren(node.children, newPath, label.style === 'arabic' || label.style === 'decimal' ? parts : parentParts, isHeading);
    }
  };
  visitChildren(nodes, [], null);
  return out;
}

/** A path ("1 (a)") written as the reference it replaces writes one: "1 (a)" or "1(a)". */
export function writtenPath(path: string, written: string): string {
  return /\d \(/.test(written) ? path : path.replace(/ \(/g, '(');
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Which paragraph a reference is to follow; null leaves it as written. */
export type TargetOf = (citation: Citation) => OperativeNode | null;

/** The edits that renumber the whole text; empty when every label is already in place. */
export function renumberEdits(doc: ResolutionDocument, source: SourceLines, targetOf: TargetOf): TextEdit[] {
  const edits: TextEdit[] = [];
  const within = (range: Range, at: Position) => !before(at, range.start) && !before(range.end, at);
  const inAnnex = (at: Position) => doc.annexes.some((a) => within(a.range, at));
  // Each part numbers from 1 and its references name its own paragraphs.
  const scopes = [
    ...bodyParts(doc).map((part) => ({
      nodes: part.operative,
      missing: missingNumbers(part.operative),
      holds: (at: Position) => !inAnnex(at) && partAtLine(doc, at.line).label === part.label,
    })),
    ...doc.annexes.map((a) => ({ nodes: a.operative, missing: new Map<OperativeNode, number>(), holds: (at: Position) => within(a.range, at) })),
  ];
  for (const scope of scopes) {
    const relabels = plan(scope.nodes, source, scope.missing);
    const newPathOf = new Map<OperativeNode, string>();
    for (const relabel of relabels) {
      if (relabel.newPath) newPathOf.set(relabel.node, relabel.newPath);
      if (source.slice(relabel.range) !== relabel.newText) edits.push({ range: relabel.range, newText: relabel.newText });
    }
    for (const citation of doc.citations) {
      if (citation.kind !== 'internal' || citation.symbol === 'annex') continue;
      if (!scope.holds(citation.range.start)) continue;
      const target = targetOf(citation);
      const newPath = target && newPathOf.get(target);
      const written = source.slice(citation.range);
      // Only the written items of a list; "2" inside "paragraphs 1 to 3" is not written.
      if (!newPath || newPath === citation.symbol || written.replace(/\s+/g, '') !== citation.symbol.replace(/\s+/g, '')) continue;
      edits.push({ range: citation.range, newText: writtenPath(newPath, written) });
    }
  }
  return edits;
}
