// The severity settings in package.json and the table in docs/diagnostics.md, made from the rule
// definitions (server/src/core/rules/): `npm run rules:docs` writes both after a rule changes, and
// rule-docs.test.ts fails while the committed files differ from what this makes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_SETTINGS } from '../server/src/core/check';
import { RULES } from '../server/src/core/rules';
import type { Rule } from '../server/src/core/rules/rule';

const ROOT = join(__dirname, '..');
export const MANIFEST = join(ROOT, 'package.json');
export const TABLE = join(ROOT, 'docs', 'diagnostics.md');

/** The setting whose properties are the rules' codes. */
export const SEVERITY_SETTING = 'unResolution.diagnostics.severity';

/** package.json with one property per rule in the severity setting, the rest as it was. */
export function manifestWithRules(manifestText: string, rules: readonly Rule[] = RULES): string {
  const manifest = JSON.parse(manifestText);
  manifest.contributes.configuration.properties[SEVERITY_SETTING].properties = Object.fromEntries(
    rules.map((rule) => [rule.code, { type: 'string', enum: SEVERITY_SETTINGS, description: `${rule.description} Default: ${rule.severity}.` }]),
  );
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function rulesTable(rules: readonly Rule[] = RULES): string {
  return [
    '# Diagnostics',
    '',
    '<!-- Made by `npm run rules:docs` from the rule definitions in server/src/core/rules/: edit those, not this page. -->',
    '',
    `Each rule's severity can be set, or the rule turned off, in \`${SEVERITY_SETTING}\` (see the README's settings).`,
    '',
    '| code | default | what it finds |',
    '|---|---|---|',
    ...rules.map((rule) => `| \`${rule.code}\` | ${rule.severity} | ${rule.description}${rule.example ? ` Example: ${rule.example}.` : ''} |`),
    '',
  ].join('\n');
}

if (require.main === module) {
  writeFileSync(MANIFEST, manifestWithRules(readFileSync(MANIFEST, 'utf8')));
  writeFileSync(TABLE, rulesTable());
}
