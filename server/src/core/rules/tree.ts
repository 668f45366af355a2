// Walks over the operative trees that rules look at.
import type { OperativeNode, ResolutionDocument } from '../model';
import { bodyParts } from '../parts';
import { splittable } from '../stray-spaces';

export interface OperativeScope {
  name: string;
  nodes: OperativeNode[];
  /** The resolution's own operative part, one per part A, B, … (annexes hold declarations, rules, programmes). */
  main: boolean;
  /** An annex that amends another text ("Amend paragraph 8 to read:"): its numbers are that text's. */
  amends: boolean;
}

/** However an extractor split its words ("to re ad:"). */
const AMENDING = new RegExp(`\\b(?:${splittable('to read')}|${splittable('read as follows')})\\s*:`);

/** Whether a paragraph of an annex says the annex amends another text ("Amend paragraph 8 to read:"). */
export function amendsAnotherText(text: string): boolean {
  return AMENDING.test(text);
}

export function operativeScopes(doc: ResolutionDocument): OperativeScope[] {
  return [
    ...bodyParts(doc).map((part) => ({ name: part.label ? `part ${part.label.value}` : 'operative part', nodes: part.operative, main: true, amends: false })),
    ...doc.annexes.map((annex) => ({
      name: annex.label,
      nodes: annex.operative,
      main: false,
      amends: annex.preamble.some((p) => amendsAnotherText(p.text)) || annex.operative.some((n) => !n.label && amendsAnotherText(n.text)),
    })),
  ];
}

/** Every node in document order. */
export function* walk(nodes: OperativeNode[]): Generator<{ node: OperativeNode; parent: OperativeNode | null }> {
  const stack: Array<{ node: OperativeNode; parent: OperativeNode | null }> = nodes.map((node) => ({ node, parent: null })).reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    yield item;
    for (let i = item.node.children.length - 1; i >= 0; i--) stack.push({ node: item.node.children[i], parent: item.node });
  }
}

/** The label path of a node, "1 (a) (ii)". */
export function labelPath(ancestors: OperativeNode[]): string {
  return ancestors
    .filter((n) => n.kind === 'paragraph' && n.label)
    .map((n) => n.label!.text)
    .join(' ');
}
