// Helpers of the grammar's tests: the scopes asserted, the seed fixtures, the grammar loaded
// once per suite and the assertions on a token's scopes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { REPO_DIR, SCOPE_NAME, SUFFIX, SYNTAXES_DIR, Token, findIn, hasScope, loadGrammar, scopesAt, shortScopes, splitLines, tokenizeText } from './tokenize';

export const S = (name: string): string => name + SUFFIX;

// scopes under test (prefixes: a token passes when one of its scopes equals or extends them)
export const PREAMBULAR = S('keyword.other.preambular');
export const OPERATIVE = S('entity.name.function.operative');
export const SYMBOL = S('constant.other.symbol.document');
export const CITATION = S('constant.other.reference.link.citation');
export const CITATION_WORD = S('storage.type.citation');
export const DATE = S('constant.numeric.date');
export const FOOTNOTE_REF = S('constant.other.footnote.reference');
export const FOOTNOTE_DEF = S('constant.other.footnote.definition');
export const FOOTNOTE_LINE = S('meta.footnote.definition');
export const LABEL_PARAGRAPH = S('entity.name.section.label.paragraph');
export const LABEL_SUB = S('entity.name.section.label.subparagraph');
export const LABEL_HEADING = S('entity.name.section.label.heading');
export const HEADING = S('markup.heading');
export const ORGAN = S('entity.name.type.organ');
export const COMMITTEE = S('entity.name.type.committee');
export const QUOTED = S('string.quoted.double');
export const ITALIC = S('markup.italic');
export const BOLD = S('markup.bold');
export const LINK = S('meta.link.inline');
export const LINK_TARGET = S('markup.underline.link');
export const LIST_MARKER = S('punctuation.definition.list.begin');
export const COMMENT = 'comment.line';

export const FIXTURES_DIR = path.join(REPO_DIR, 'test-fixtures');
export const FIXTURES = [
  'A_RES_73_266.adopted.txt',
  'A_C.1_76_L.13.draft.txt',
  'A_C.1_70_L.45.draft.txt',
  'A_C.1_75_L.4.pdf-extracted.txt',
  'A_C.1_73_L.27_Rev.1.pdf-extracted.txt',
];
export const SNAPSHOT_DIR = path.join(SYNTAXES_DIR, 'test', 'snapshots');
export const CORPUS_DIR = path.resolve(REPO_DIR, 'test-fixtures', 'corpus');
export const SHAPES = ['pymupdf', 'pdftotext', 'pdftotext-layout'];

let loaded: IGrammar;

/** The loaded useGrammar loaded for the suite. */
export function theGrammar(): IGrammar {
  return loaded;
}

/** Tokenizes `text` (one or more lines); returns the tokens of its last line. */
export function lastLineTokens(text: string): { tokens: Token[]; line: string } {
  const lines = splitLines(text);
  const all = tokenizeText(loaded, text);
  return { tokens: all[all.length - 1] ?? [], line: lines[lines.length - 1] ?? '' };
}

export function describeTokens(tokens: Token[]): string {
  return tokens.map((t) => `[${t.text}] ${shortScopes(t.scopes).join(' ')}`).join('\n    ');
}

export interface Where {
  /** which occurrence of the substring (0-based), counted after `after` */
  nth?: number;
  /** look for the substring after this text of the line */
  after?: string;
  /** the substring must be a whole token run (default true) */
  exact?: boolean;
}

/** Asserts every token of `substring` (in the last line of `text`) carries `scope`. */
export function expectScope(text: string, substring: string, scope: string, where: Where = {}): void {
  const { tokens, line } = lastLineTokens(text);
  const at = findIn(line, substring, where.nth ?? 0, where.after ?? '');
  const stacks = scopesAt(tokens, line, substring, at, where.exact ?? true);
  for (const stack of stacks) {
    assert.ok(hasScope(stack, scope), `"${substring}" in ${JSON.stringify(line)} lacks ${scope}\n    ${describeTokens(tokens)}`);
  }
}

/** Asserts no token overlapping `substring` carries `scope`. */
export function expectNoScope(text: string, substring: string, scope: string): void {
  const { tokens, line } = lastLineTokens(text);
  const at = line.indexOf(substring);
  assert.ok(at >= 0, `"${substring}" not in ${line}`);
  const end = at + substring.length;
  for (const t of tokens.filter((x) => x.end > at && x.start < end)) {
    assert.ok(!hasScope(t.scopes, scope), `"${t.text}" in ${JSON.stringify(line)} should not have ${scope}\n    ${describeTokens(tokens)}`);
  }
}

/** Asserts the whole line is one token run with nothing but the root scope. */
export function expectPlain(text: string): void {
  const { tokens } = lastLineTokens(text);
  for (const t of tokens) {
    assert.deepEqual(t.scopes, [SCOPE_NAME], `expected plain text, got\n    ${describeTokens(tokens)}`);
  }
}

export interface Case extends Where {
  text: string;
  sub: string;
  scope: string;
}

/** One test per case; `exact` (default true) can be overridden for a whole group. */
export function cases(title: string, list: Case[], group: { exact?: boolean } = {}): void {
  describe(title, () => {
    for (const c of list) {
      const label = c.text.length > 70 ? c.text.slice(0, 67) + '...' : c.text;
      it(`${JSON.stringify(c.sub)} is ${c.scope.replace(SUFFIX, '')} in ${JSON.stringify(label)}`, () => {
        expectScope(c.text, c.sub, c.scope, { exact: group.exact, ...c });
      });
    }
  });
}

/** Loads the loaded before the suite it is called in (no root-level hook: other spec files are left alone). */
export function useGrammar(): void {
  before(async function () {
    this.timeout(30000);
    loaded = await loadGrammar();
  });
}

// ---------------------------------------------------------------------------
// the five seed fixtures
// ---------------------------------------------------------------------------

const fixtureCache = new Map<string, { lines: string[]; tokens: Token[][] }>();
export function fixture(name: string): { lines: string[]; tokens: Token[][] } {
  let f = fixtureCache.get(name);
  if (!f) {
    const text = fs.readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
    f = { lines: splitLines(text), tokens: tokenizeText(theGrammar(), text) };
    fixtureCache.set(name, f);
  }
  return f;
}

/** Asserts `sub` on the first line of fixture `name` that contains `lineContains` carries `scope`. */
export function expectInFixture(name: string, lineContains: string, sub: string, scope: string, where: Where = {}): void {
  const f = fixture(name);
  const i = f.lines.findIndex((l) => l.includes(lineContains));
  assert.ok(i >= 0, `no line of ${name} contains ${JSON.stringify(lineContains)}`);
  const line = f.lines[i] ?? '';
  const tokens = f.tokens[i] ?? [];
  const at = findIn(line, sub, where.nth ?? 0, where.after ?? '');
  for (const stack of scopesAt(tokens, line, sub, at, where.exact ?? true)) {
    assert.ok(hasScope(stack, scope), `${name}:${i + 1} "${sub}" lacks ${scope}\n    ${describeTokens(tokens)}`);
  }
}
