// Completion while drafting: the opening phrase a paragraph needs where it starts, the
// next label when a new paragraph begins, and cited symbols from the workspace after
// "resolution" or "decision".
import type { OperativeNode, Position, ResolutionDocument } from './model';
import { OPERATIVE_VERBS, PREAMBULAR_PHRASES } from './lexicon';
import { nextLabel } from './next-label';
import { basePhrase } from './phrases';
import { partAtLine } from './parts';

export interface CompletionCandidate {
  label: string;
  kind: 'phrase' | 'label' | 'symbol';
  detail?: string;
  /** Text that replaces what was typed of the word. */
  insertText: string;
  /** Characters before the cursor the completion replaces. */
  replaceLength: number;
  sortText: string;
}

export interface KnownDocument {
  symbol: string;
  title: string | null;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** Repeated forms come right after their base phrase, in house-style order. */
function withRepetitions(phrases: string[], used: Set<string>, operative: boolean): string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    const base = phrase.toLowerCase();
    if (used.has(base)) {
      const lower = phrase[0].toLowerCase() + phrase.slice(1);
      const [head, ...rest] = phrase.split(' ');
      if (operative) out.push(`Also ${lower}`, `Further ${lower}`);
      else out.push([head, 'also', ...rest].join(' '), [head, 'further', ...rest].join(' '));
    }
    out.push(phrase);
  }
  return out;
}

function topParagraphs(nodes: OperativeNode[]): OperativeNode[] {
  return nodes.flatMap((n) => (n.kind === 'heading' ? topParagraphs(n.children) : [n]));
}

function lastLabelled(nodes: OperativeNode[], at: Position): OperativeNode | null {
  let found: OperativeNode | null = null;
  const visit = (list: OperativeNode[]) => {
    for (const node of list) {
      if (node.label && before(node.label.range.start, at)) found = node;
      visit(node.children);
    }
  };
  visit(nodes);
  return found;
}

export function completions(doc: ResolutionDocument, lineText: string, at: Position, known: KnownDocument[]): CompletionCandidate[] {
  const typed = lineText.slice(0, at.character);
  // After "resolution 7" or "decision ": symbols from the workspace.
  const citing = /\b(resolutions?|decisions?)\s+(?:[\w/()-]+(?:,| and) )*([\w/.-]*)$/.exec(typed);
  if (citing) {
    const series = citing[1].startsWith('resolution') ? 'A/RES/' : 'A/DEC/';
    const prefix = citing[2];
    return known
      .filter((k) => k.symbol.startsWith(series) && k.symbol.slice(series.length).startsWith(prefix))
      .map((k, i) => {
        const short = k.symbol.slice(series.length);
        return {
          label: short,
          kind: 'symbol' as const,
          detail: k.title ? `${short} — ${k.title}` : undefined,
          insertText: short,
          replaceLength: prefix.length,
          sortText: String(i).padStart(5, '0'),
        };
      });
  }
  // In a resolution in parts, the part being typed in: its own phrases and numbering.
  const { organ, preamble, operative } = partAtLine(doc, at.line);
  const organLine = organ?.range.start.line ?? -1;
  const firstOperative = topParagraphs(operative)[0];
  const inOperative = firstOperative ? before(firstOperative.range.start, at) : false;
  const labelled = /^\s*(?:[-*] )?(\d{1,3}\.|\([a-z]{1,4}\)|\d+(?:\.\d+)+\.?)\s+(\w*)$/.exec(typed);
  const bare = /^\s*(\w*)$/.exec(typed);
  const candidates: CompletionCandidate[] = [];
  const phrase = (list: string[], prefix: string) =>
    list
      .filter((p) => p.toLowerCase().startsWith(prefix.toLowerCase()))
      .forEach((p, i) => candidates.push({ label: p, kind: 'phrase', insertText: p, replaceLength: prefix.length, sortText: String(i).padStart(5, '0') }));
  if (labelled && /^\d{1,3}\.$/.test(labelled[1])) {
    const used = new Set(
      topParagraphs(operative)
        .filter((p) => p.phrase && before(p.range.start, at))
        .map((p) => basePhrase(p.phrase!.value)),
    );
    phrase(withRepetitions(OPERATIVE_VERBS, used, true), labelled[2]);
    return candidates;
  }
  if (!bare) return candidates;
  if (inOperative) {
    const last = lastLabelled(operative, at);
    if (last && bare[1] === '') {
      const siblingLabel = nextLabel(last);
      candidates.push({
        label: siblingLabel,
        kind: 'label',
        detail: `next label after ${last.label!.text}`,
        insertText: `${siblingLabel} `,
        replaceLength: 0,
        sortText: '00000',
      });
      const parent = topParagraphs(operative)
        .filter((p) => p.label && before(p.label.range.start, at))
        .pop();
      if (parent && parent !== last)
        candidates.push({
          label: `${parent.label!.ordinal + 1}.`,
          kind: 'label',
          detail: 'next operative paragraph',
          insertText: `${parent.label!.ordinal + 1}. `,
          replaceLength: 0,
          sortText: '00001',
        });
    }
    return candidates;
  }
  if (organLine >= 0 && at.line > organLine) {
    const used = new Set(preamble.filter((p) => p.phrase && before(p.range.start, at)).map((p) => basePhrase(p.phrase!.value)));
    phrase(withRepetitions(PREAMBULAR_PHRASES, used, false), bare[1]);
    if (bare[1] === '')
      candidates.push({ label: '1.', kind: 'label', detail: 'first operative paragraph', insertText: '1. ', replaceLength: 0, sortText: '99999' });
  }
  return candidates;
}
