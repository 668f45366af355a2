// Numbering sequences shared by the numbering rules: each list of sibling labels of
// one style, with the arabic paragraphs of a scope read as one list across headings
// (the UN usually numbers operative paragraphs continuously through sections), a new
// list where a section's first paragraph is numbered 1 again.
import type { OperativeNode, ResolutionDocument } from '../model';
import type { Finding } from './rule';
import { operativeScopes } from './tree';
import { toAlpha, toRoman } from '../labels';

export type SequenceCode = 'numbering.gap' | 'numbering.duplicate' | 'numbering.order' | 'numbering.start' | 'numbering.suffix';

const cache = new WeakMap<ResolutionDocument, Map<SequenceCode, Finding[]>>();

function describe(node: OperativeNode): string {
  return node.kind === 'heading' ? `heading ${node.label!.text}` : node.label!.text.startsWith('(') ? `sub-paragraph ${node.label!.text}` : `paragraph ${node.label!.text}`;
}

function expected(node: OperativeNode, ordinal: number): string {
  const label = node.label!;
  switch (label.style) {
    case 'paren-alpha':
      return `(${toAlpha(ordinal)})`;
    case 'paren-roman':
      return `(${toRoman(ordinal)})`;
    case 'alpha':
      return toAlpha(ordinal);
    case 'roman':
      return toRoman(ordinal);
    case 'heading-roman':
      return toRoman(ordinal).toUpperCase();
    case 'heading-alpha':
      return String.fromCharCode(64 + ordinal);
    case 'decimal':
      return [...label.parts.slice(0, -1), ordinal].join('.');
    default:
      return String(ordinal);
  }
}

function sequencesOf(nodes: OperativeNode[]): OperativeNode[][] {
  const sequences: OperativeNode[][] = [];
  const arabic: OperativeNode[][] = [[]];
  const visit = (siblings: OperativeNode[], collectArabic: boolean, underHeading: boolean) => {
    const byStyle = new Map<string, OperativeNode[]>();
    let firstArabic = true;
    for (const node of siblings) {
      if (!node.label) continue;
      if (collectArabic && node.label.style === 'arabic') {
        // A section whose paragraphs are numbered from 1 again (Fifth Committee texts number each section) is a list of its own.
        const restartsSection = underHeading && firstArabic && node.label.ordinal === 1 && !node.label.suffix;
        if (restartsSection && arabic[arabic.length - 1].length > 0) arabic.push([]);
        arabic[arabic.length - 1].push(node);
        firstArabic = false;
      } else {
        const key = node.label.style === 'decimal' ? `decimal${node.label.parts.length}` : node.label.style;
        if (!byStyle.has(key)) byStyle.set(key, []);
        byStyle.get(key)!.push(node);
      }
    }
    sequences.push(...byStyle.values());
    for (const node of siblings) visit(node.children, collectArabic && node.kind === 'heading', node.kind === 'heading');
  };
  visit(nodes, true, false);
  sequences.push(...arabic.filter((list) => list.length > 0));
  return sequences;
}

function analyse(doc: ResolutionDocument): Map<SequenceCode, Finding[]> {
  const findings = new Map<SequenceCode, Finding[]>([
    ['numbering.gap', []], ['numbering.duplicate', []], ['numbering.order', []], ['numbering.start', []], ['numbering.suffix', []],
  ]);
  const add = (code: SequenceCode, finding: Finding) => findings.get(code)!.push(finding);
  for (const scope of operativeScopes(doc)) {
    for (const sequence of sequencesOf(scope.nodes)) {
      const seen = new Map<string, OperativeNode>();
      const ordinals = sequence.filter((n) => !n.label!.suffix).map((n) => n.label!.ordinal);
      let previous: OperativeNode | null = null;
      let highest = 0;
      let position = -1;
      for (const node of sequence) {
        const label = node.label!;
        const key = `${label.ordinal} ${label.suffix ?? ''}`;
        if (label.suffix) {
          add('numbering.suffix', { message: `${describe(node)} is a negotiation insertion; renumber the paragraphs once the text is agreed.`, range: label.range });
          if (previous && previous.label!.ordinal !== label.ordinal) {
            add('numbering.order', { message: `${describe(node)} should follow ${expected(node, label.ordinal)}, not ${previous.label!.text}.`, range: label.range });
          }
          seen.set(key, node);
          previous = node;
          continue;
        }
        position++;
        const earlier = seen.get(key);
        if (!previous) {
          if (label.ordinal !== 1 && !scope.amends) {
            add('numbering.start', { message: `Numbering starts at ${label.text}; expected ${expected(node, 1)}.`, range: label.range });
          }
        } else if (label.ordinal === 1 && highest > 1) {
          add('numbering.start', { message: `Numbering restarts at ${label.text} after ${previous.label!.text}; expected ${expected(node, highest + 1)}.`, range: label.range });
        } else if (earlier) {
          add('numbering.duplicate', {
            message: `${describe(node)} is numbered twice.`,
            range: label.range,
            related: [{ message: `first ${describe(earlier)}`, range: earlier.label!.range }],
          });
        } else if (label.ordinal < highest) {
          add('numbering.order', { message: `${describe(node)} comes after ${previous.label!.text}; expected ${expected(node, highest + 1)}.`, range: label.range });
        } else if (label.ordinal > highest + 1) {
          // Numbers that come later are out of order, not missing.
          const later = new Set(ordinals.slice(position + 1));
          const missing: number[] = [];
          for (let n = highest + 1; n < label.ordinal; n++) if (!later.has(n)) missing.push(n);
          if (missing.length > 0) {
            const names = missing.length <= 3 ? missing.map((n) => expected(node, n)).join(', ') : `${expected(node, missing[0])} to ${expected(node, missing[missing.length - 1])}`;
            add('numbering.gap', {
              message: `${describe(node)} follows ${previous.label!.text}: ${names} ${missing.length === 1 ? 'is' : 'are'} missing.`,
              range: label.range,
            });
          }
        }
        if (!earlier) seen.set(key, node);
        highest = Math.max(highest, label.ordinal);
        previous = node;
      }
    }
  }
  return findings;
}

export function sequenceFindings(doc: ResolutionDocument, code: SequenceCode): Finding[] {
  let findings = cache.get(doc);
  if (!findings) {
    findings = analyse(doc);
    cache.set(doc, findings);
  }
  return findings.get(code)!;
}
