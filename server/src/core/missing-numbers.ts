// Operative paragraphs a draft left without their numbers. House style numbers the operative
// paragraphs when there is more than one: among two or more at one level (the part's, or a
// section's under a heading), an unnumbered paragraph opening with an operative verb of the
// lexicon lacks its number. A single one is legitimately unnumbered, as is a Fifth Committee
// section's one paragraph. Its number is the next after the paragraph before it in the
// numbering, as the numbering rules and renumbering read it: across headings, from 1 again in a
// section whose first paragraph is 1. The numbering.missing rule reports these, renumbering gives
// them their numbers, and a reference ("paragraph 3 above") names them by it meanwhile.
import type { OperativeNode } from './model';
import { opensWithLexiconVerb } from './phrases';

const cache = new WeakMap<OperativeNode[], ReadonlyMap<OperativeNode, number>>();

/** A paragraph's or item's end after which the next opens a paragraph: a semicolon or a full stop (after a colon come its items or a quotation). */
const ENDS_PARAGRAPH_OR_ITEM = /[;.]['’”")\]]*$/;

/**
 * The unnumbered paragraphs of a tree that open with an operative verb of the lexicon, each first
 * in its list or after a paragraph, item or heading that ended.
 */
function unnumberedParagraphs(nodes: OperativeNode[]): Set<OperativeNode> {
  const found = new Set<OperativeNode>();
  let before: OperativeNode | null = null;
  const visit = (list: OperativeNode[]) => {
    for (const node of list) {
      const opens = before === null || before.kind === 'heading' || ENDS_PARAGRAPH_OR_ITEM.test(before.text);
      if (node.kind === 'paragraph' && !node.label && opens && opensWithLexiconVerb(node.text)) found.add(node);
      before = node;
      visit(node.children);
    }
  };
  visit(nodes);
  return found;
}

/** Each paragraph of a part's operative tree that lacks its number, with the number it lacks, in reading order. */
export function missingNumbers(nodes: OperativeNode[]): ReadonlyMap<OperativeNode, number> {
  let found = cache.get(nodes);
  if (found) return found;
  const unnumbered = unnumberedParagraphs(nodes);
  const missing = new Map<OperativeNode, number>();
  let number = 0;
  const visit = (siblings: OperativeNode[], underHeading: boolean) => {
    const paragraphs = siblings.filter((n) => n.kind === 'paragraph' && (n.label?.style === 'arabic' || unnumbered.has(n)));
    const numbered = paragraphs.length > 1;
    const first = paragraphs.find((n) => n.label)?.label;
    if (underHeading && first?.ordinal === 1 && !first.suffix) number = 0;
    for (const node of siblings) {
      if (node.kind === 'heading') visit(node.children, true);
      else if (node.label?.style === 'arabic') number = node.label.ordinal;
      else if (numbered && unnumbered.has(node)) missing.set(node, ++number);
    }
  };
  visit(nodes, false);
  cache.set(nodes, (found = missing));
  return found;
}
