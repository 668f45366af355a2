import type { OperativeNode } from '../model';
import { missingNumbers } from '../missing-numbers';
import { bodyParts } from '../parts';
import type { Finding, Rule } from './rule';
import { endOfText, lastCharacter } from './punctuation';

const NAMES: Record<string, string> = { ';': 'a semicolon', ':': 'a colon', '.': 'a full stop' };

export const punctuationOperative: Rule = {
  code: 'punctuation.operative',
  severity: 'warning',
  reads: 'outline',
  description:
    'Operative paragraphs and sub-items end with a semicolon (a colon before sub-items), the last with a full stop; ' +
    'decimal lists of quoted norms keep their own sentences.',
  check(doc) {
    if (doc.header.kind === 'amendment') return [];
    // Each part of a resolution in parts ends with its own full stop.
    return bodyParts(doc).flatMap((part) => checkPart(part.operative));
  },
};

function checkPart(operative: OperativeNode[]): Finding[] {
  // The checked items in reading order: numbered paragraphs (and those lacking their numbers) and lettered sub-items.
  // Decimal lists quote norms as full sentences and keep their own punctuation.
  const missing = missingNumbers(operative);
  const items: OperativeNode[] = [];
  const visit = (nodes: OperativeNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'heading') {
        visit(node.children);
        continue;
      }
      if ((!node.label && !missing.has(node)) || node.label?.style === 'decimal') continue;
      items.push(node);
      visit(node.children);
    }
  };
  visit(operative);
  const findings: Finding[] = [];
  items.forEach((node, i) => {
    const last = lastCharacter(node.text);
    if (last === null) return;
    const introducesList = node.children.some((c) => c.label !== null) || node.children.some((c) => c.label === null);
    const expected = introducesList ? [':'] : i === items.length - 1 ? ['.'] : [';'];
    // A paragraph closing a quoted list ("… as follows: …") may end either way.
    if (introducesList && node.children.every((c) => c.label?.style === 'decimal')) expected.push(';', '.');
    if (expected.includes(last)) return;
    const name = node.label ? node.label.text : `"${node.phrase!.value} …"`;
    findings.push({
      message: /[.,;:!?]/.test(last)
        ? `${name} should end with ${NAMES[expected[0]]}, not "${last}".`
        : `${name} has no closing punctuation; it should end with ${NAMES[expected[0]]}.`,
      range: endOfText(node.ownRange),
      data: { expected: expected[0] },
    });
  });
  return findings;
}
