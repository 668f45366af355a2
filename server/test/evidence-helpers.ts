// Constructed resolutions for the reading's evidence tests: a few whole preambular paragraphs
// after a constructed header, then the lines a test gives, set as the clean shape or wrapped.
import type { OperativeNode, ResolutionDocument } from '../src/core/model';
import { CONSTRUCTED_HEADER } from './helpers';
import { wrap } from './perturb/damage';

export const WHOLE_PARAGRAPHS = [
  'Recalling its resolution 89/1 of 1 December 2035 on cooperation between the United Nations and the regional organizations,',
  'Noting the report of the Secretary-General on cooperation between the United Nations and the regional organizations,',
  'Stressing the importance of cooperation with regional organizations in the prevention of conflicts,',
  'Welcoming the work of the regional organizations in the peaceful settlement of disputes,',
];

/** A resolution of the given body lines after WHOLE_PARAGRAPHS, one a line with a blank line after each (the clean shape), and its footnotes under a rule. */
export function resolution(body: string[], footnotes: string[] = []): string {
  const lines = [...WHOLE_PARAGRAPHS, ...body];
  return [
    ...CONSTRUCTED_HEADER,
    '',
    ...lines.flatMap((line) => [line, '']),
    ...(footnotes.length > 0 ? ['__________', '', ...footnotes.flatMap((line) => [line, ''])] : []),
  ].join('\n');
}

/** A resolution of the given paragraphs wrapped at `width`, no blank line between them. */
export function wrappedResolution(paragraphs: string[], width: number): string {
  return [...CONSTRUCTED_HEADER, ...paragraphs.flatMap((p) => wrap(p, width))].join('\n');
}

export const nodes = (list: OperativeNode[]): string[] => list.flatMap((n) => [`${n.kind} ${n.label?.text ?? '-'} ${n.text}`, ...nodes(n.children)]);

/** The paragraphs and headings after WHOLE_PARAGRAPHS, in reading order. */
export const outline = (doc: ResolutionDocument) => [...doc.preamble.map((p) => `P ${p.text}`), ...nodes(doc.operative)].slice(WHOLE_PARAGRAPHS.length);
