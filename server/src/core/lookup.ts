// What sits at a position of a parsed document: a citation, a footnote marker, a
// footnote, a paragraph label, or the document's own symbol (in its header, or the number
// of its title). The server's hover, definition and references ask here.
import type { Citation, Footnote, FootnoteMarker, OperativeNode, Position, Range, ResolutionDocument } from './model';
import { bodyParts } from './parts';
import { titleSymbol } from './title-symbol';

export type Found =
  | { kind: 'citation'; citation: Citation }
  | { kind: 'marker'; marker: FootnoteMarker; footnote: Footnote | null }
  | { kind: 'footnote'; footnote: Footnote }
  | { kind: 'label'; node: OperativeNode; path: string; scope: OperativeNode[] }
  | { kind: 'own-symbol'; symbol: string; range: Range };

export function contains(range: Range, at: Position): boolean {
  const afterStart = at.line > range.start.line || (at.line === range.start.line && at.character >= range.start.character);
  const beforeEnd = at.line < range.end.line || (at.line === range.end.line && at.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** Every labelled paragraph with its path ("1 (a) (ii)"), in document order, per scope. */
export function labelledNodes(nodes: OperativeNode[]): Array<{ node: OperativeNode; path: string }> {
  const out: Array<{ node: OperativeNode; path: string }> = [];
  const visit = (list: OperativeNode[], prefix: string[]) => {
    for (const node of list) {
      if (node.kind === 'heading') {
        if (node.label) out.push({ node, path: node.label.text });
        visit(node.children, prefix);
        continue;
      }
      const path = node.label ? [...prefix, node.label.text] : prefix;
      if (node.label) out.push({ node, path: path.join(' ') });
      visit(node.children, path);
    }
  };
  visit(nodes, []);
  return out;
}

/** Each scope's labelled paragraphs, listed once per parsed model: hover and definition ask at every move. */
const labelledByScope = new WeakMap<OperativeNode[], Array<{ node: OperativeNode; path: string }>>();

function labelledOnce(scope: OperativeNode[]): Array<{ node: OperativeNode; path: string }> {
  let found = labelledByScope.get(scope);
  if (!found) labelledByScope.set(scope, (found = labelledNodes(scope)));
  return found;
}

export function findAt(doc: ResolutionDocument, at: Position): Found | null {
  for (const citation of doc.citations) if (contains(citation.range, at)) return { kind: 'citation', citation };
  for (const footnote of doc.footnotes) {
    for (const marker of footnote.markers) if (contains(marker.range, at)) return { kind: 'marker', marker, footnote };
  }
  for (const marker of doc.danglingMarkers) if (contains(marker.range, at)) return { kind: 'marker', marker, footnote: null };
  for (const symbol of doc.header.symbols) if (contains(symbol.range, at)) return { kind: 'own-symbol', symbol: symbol.value, range: symbol.range };
  const numberRange = doc.title?.numberRange;
  if (numberRange && contains(numberRange, at)) return { kind: 'own-symbol', symbol: titleSymbol(doc)!, range: numberRange };
  for (const scope of [...bodyParts(doc).map((p) => p.operative), ...doc.annexes.map((a) => a.operative)]) {
    for (const { node, path } of labelledOnce(scope)) {
      if (node.label && contains(node.label.range, at)) return { kind: 'label', node, path, scope };
    }
  }
  for (const footnote of doc.footnotes) if (contains(footnote.range, at)) return { kind: 'footnote', footnote };
  return null;
}
