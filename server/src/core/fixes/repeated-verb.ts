// House style qualifies a repeated operative verb: Decides, Also decides, Further
// decides. These fixes offer the qualified form on a repeated verb, and the plain
// form on a qualified one that repeats nothing.
import type { Diagnostic, Field, OperativeNode, Position, ResolutionDocument } from '../model';
import { contains } from '../lookup';
import { partAtLine } from '../parts';
import type { Fix } from './fix';

function topParagraphs(nodes: OperativeNode[]): OperativeNode[] {
  return nodes.flatMap((n) => (n.kind === 'heading' ? topParagraphs(n.children) : [n]));
}

const QUALIFIER = /^(?:also|further|again|once again)\s+|\s+(?:also|further|again)\b/gi;

function verbOf(phrase: string): string {
  return phrase.replace(QUALIFIER, ' ').trim().split(/\s+/)[0].toLowerCase();
}

export function repeatedVerbFix(doc: ResolutionDocument, at: Position): Fix | null {
  // A verb repeats within its own part of a resolution in parts.
  const paragraphs = topParagraphs(partAtLine(doc, at.line).operative).filter((p) => p.phrase);
  const index = paragraphs.findIndex((p) => contains(p.phrase!.range, at) || contains(p.ownRange, at));
  if (index < 0) return null;
  const phrase = paragraphs[index].phrase as Field;
  if (/^(?:also|further|again|once)\b/i.test(phrase.value) || /\b(?:also|further)\b/i.test(phrase.value)) return null;
  const verb = verbOf(phrase.value);
  const earlier = paragraphs.slice(0, index).filter((p) => verbOf(p.phrase!.value) === verb).length;
  if (earlier === 0) return null;
  const qualifier = earlier === 1 ? 'Also' : 'Further';
  const replacement = `${qualifier} ${phrase.value[0].toLowerCase()}${phrase.value.slice(1)}`;
  return { title: `Change to "${replacement}"`, kind: 'refactor', edits: [{ range: phrase.range, newText: replacement }], safe: false };
}

export function unqualifyFix(diagnostic: Diagnostic): Fix | null {
  const replacement = diagnostic.data?.replacement;
  if (!replacement) return null;
  return {
    title: `Change to "${replacement}"`,
    kind: 'quickfix',
    edits: [{ range: diagnostic.range, newText: replacement }],
    safe: false,
    resolves: [{ code: diagnostic.code, range: diagnostic.range }],
  };
}
