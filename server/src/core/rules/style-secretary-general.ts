import type { Rule } from './rule';
import { rewrites, TYPED_SHAPES } from './style-text';

/** Not the head of another organization, whose own spelling stands ("Secretary General of the Council of Europe"). */
const UNHYPHENATED = /\bSecretary\s+General\b(?!\s+of\s+(?!the\s+United\s+Nations\b))/g;

export const styleSecretaryGeneral: Rule = {
  code: 'style.secretary-general',
  severity: 'information',
  reads: 'text',
  description:
    '"Secretary General" without its hyphen, in a typed text (clean or markdown shape: extractors join a "Secretary-" broken at the end of a line without it); the head of another organization keeps its own spelling.',
  example: '`Secretary General` → `Secretary-General`',
  check: (doc, { source }) =>
    rewrites(doc, source, { footnotes: true, shapes: TYPED_SHAPES }, UNHYPHENATED, (match) => ({
      message: `"${match[0]}": the UN writes "Secretary-General", with a hyphen.`,
      replacement: 'Secretary-General',
    })),
};
