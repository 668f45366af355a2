// Numbering sequences shared by the numbering rules: each list of sibling labels of
// one style, with the arabic paragraphs of a scope read as one list across headings
// (the UN usually numbers operative paragraphs continuously through sections), a new
// list where a section's first paragraph is numbered 1 again. The walk finds every rule's
// issues at once; each rule picks its own kinds and words them.
import type { OperativeNode, ResolutionDocument } from '../model';
import { labelText } from '../labels';
import { missingNumbers } from '../missing-numbers';
import { byStart } from '../source';
import { operativeScopes } from './tree';

export type SequenceIssue =
  /** A negotiation insertion ("5 bis"). */
  | { kind: 'insertion'; node: OperativeNode }
  /** An insertion that does not follow its base ("5 bis" after 6). */
  | { kind: 'misplaced-insertion'; node: OperativeNode; previous: OperativeNode }
  /** A list's first label is not 1 or (a). */
  | { kind: 'late-start'; node: OperativeNode }
  /** A 1 or (a) after higher labels, where `next` was due. */
  | { kind: 'restart'; node: OperativeNode; previous: OperativeNode; next: number }
  | { kind: 'duplicate'; node: OperativeNode; earlier: OperativeNode }
  /** A label below the highest so far, where `next` was due. */
  | { kind: 'out-of-order'; node: OperativeNode; previous: OperativeNode; next: number }
  /** Ordinals skipped that no later label of the list has. */
  | { kind: 'gap'; node: OperativeNode; previous: OperativeNode; missing: number[] };

type Kind = SequenceIssue['kind'];

const cache = new WeakMap<ResolutionDocument, SequenceIssue[]>();

/** How numbering messages name a node: "paragraph 5", "sub-paragraph (b)", "heading II". */
export function nodeName(node: OperativeNode): string {
  const text = node.label!.text;
  return node.kind === 'heading' ? `heading ${text}` : text.startsWith('(') ? `sub-paragraph ${text}` : `paragraph ${text}`;
}

/** The label a node's list has at an ordinal: "(d)" for 4 in a list of (a), (b), …; "1.4" under 1. */
export function labelAt(node: OperativeNode, ordinal: number): string {
  const label = node.label!;
  return labelText(label.style, ordinal, [...label.parts.slice(0, -1), ordinal]);
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

function analyse(doc: ResolutionDocument): SequenceIssue[] {
  const issues: SequenceIssue[] = [];
  for (const scope of operativeScopes(doc)) {
    const lacking = scope.main ? missingNumbers(scope.nodes) : new Map<OperativeNode, number>();
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
          issues.push({ kind: 'insertion', node });
          if (previous && previous.label!.ordinal !== label.ordinal) issues.push({ kind: 'misplaced-insertion', node, previous });
          seen.set(key, node);
          previous = node;
          continue;
        }
        position++;
        const earlier = seen.get(key);
        if (!previous) {
          if (label.ordinal !== 1 && !scope.amends) issues.push({ kind: 'late-start', node });
        } else if (label.ordinal === 1 && highest > 1) {
          issues.push({ kind: 'restart', node, previous, next: highest + 1 });
        } else if (earlier) {
          issues.push({ kind: 'duplicate', node, earlier });
        } else if (label.ordinal < highest) {
          issues.push({ kind: 'out-of-order', node, previous, next: highest + 1 });
        } else if (label.ordinal > highest + 1) {
          // Numbers that come later are out of order, not missing; those a paragraph between lacks (numbering.missing) are told there.
          const later = new Set(ordinals.slice(position + 1));
          for (const [between, number] of lacking) if (byStart(previous, between) < 0 && byStart(between, node) < 0) later.add(number);
          const missing: number[] = [];
          for (let n = highest + 1; n < label.ordinal; n++) if (!later.has(n)) missing.push(n);
          if (missing.length > 0) issues.push({ kind: 'gap', node, previous, missing });
        }
        if (!earlier) seen.set(key, node);
        highest = Math.max(highest, label.ordinal);
        previous = node;
      }
    }
  }
  return issues;
}

/** The issues of the kinds asked for, in the order the walk met them. */
export function sequenceIssues<K extends Kind>(doc: ResolutionDocument, ...kinds: K[]): Array<Extract<SequenceIssue, { kind: K }>> {
  let issues = cache.get(doc);
  if (!issues) {
    issues = analyse(doc);
    cache.set(doc, issues);
  }
  return issues.filter((issue): issue is Extract<SequenceIssue, { kind: K }> => (kinds as Kind[]).includes(issue.kind));
}
