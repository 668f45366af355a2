import { LEVELS } from '../labels';
import type { LabelStyle } from '../model';
import type { Finding, Rule } from './rule';
import { operativeScopes, walk } from './tree';

const DEPTH = new Map(LEVELS.map((style, i) => [style, i + 1]));

const NAMES: Partial<Record<LabelStyle, string>> = {
  arabic: '1.',
  'paren-alpha': '(a)',
  'paren-roman': '(i)',
  alpha: 'a.',
  roman: 'i.',
};

const NEXT: Partial<Record<LabelStyle, string>> = {
  arabic: '(a), (b), …',
  'paren-alpha': '(i), (ii), …',
  'paren-roman': 'a., b., …',
  alpha: 'i., ii., …',
};

export const numberingStyle: Rule = {
  code: 'numbering.style',
  severity: 'warning',
  reads: 'outline',
  description: 'A sub-paragraph label of the wrong style for its level, such as (a) under (i).',
  check(doc) {
    const findings: Finding[] = [];
    for (const scope of operativeScopes(doc)) {
      for (const { node, parent } of walk(scope.nodes)) {
        const style = node.label?.style;
        const parentStyle = parent?.label?.style;
        if (!style || !parentStyle || parent.kind === 'heading') continue;
        // A numbered list announced by a colon ("… shall be:" "1. To promote …") is the paragraph's own enumeration.
        if (style === 'arabic' && parentStyle === 'arabic' && parent.text.endsWith(':')) continue;
        const depth = DEPTH.get(style);
        const parentDepth = DEPTH.get(parentStyle);
        if (depth === undefined || parentDepth === undefined) continue;
        if (depth <= parentDepth) {
          findings.push({
            message: `${node.label!.text} is the wrong style one level below ${parent.label!.text}: below ${NAMES[parentStyle]} items the labels are ${NEXT[parentStyle] ?? 'not nested further'}.`,
            range: node.label!.range,
          });
        }
      }
    }
    return findings;
  },
};
