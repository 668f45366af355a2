// The paragraphs of a section as the comparison sees them: one flat list in reading
// order, every operative level included, so a sub-item is matched wherever it went.
import type { OperativeNode, Preambular, Range } from '../model';

export interface Paragraph {
  /** Position in its section's reading order, from 0. */
  index: number;
  kind: 'preambular' | 'paragraph' | 'heading';
  /** The operative path as cited ("5", "5 (a)", heading "II"); null in the preamble and for unnumbered paragraphs. */
  label: string | null;
  text: string;
  /** The paragraph without its sub-items, for navigation. */
  range: Range;
}

export function preambularParagraphs(preamble: Preambular[]): Paragraph[] {
  return preamble.map((p, index) => ({ index, kind: 'preambular', label: null, text: p.text, range: p.range }));
}

export function operativeParagraphs(nodes: OperativeNode[]): Paragraph[] {
  const out: Paragraph[] = [];
  // Numbering continues across headings, so a heading's label is not part of its paragraphs' paths.
  const visit = (list: OperativeNode[], parentPath: string[]) => {
    for (const node of list) {
      const heading = node.kind === 'heading';
      const path = heading || !node.label ? parentPath : [...parentPath, node.label.text];
      const label = node.label ? (heading ? node.label.text : path.join(' ')) : null;
      out.push({ index: out.length, kind: heading ? 'heading' : 'paragraph', label, text: node.text, range: node.ownRange });
      visit(node.children, path);
    }
  };
  visit(nodes, []);
  return out;
}
