// Test helper: tokenizes text with the real TextMate engine used by VS Code
// (vscode-textmate + the Oniguruma WASM build from vscode-oniguruma).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const SYNTAXES_DIR = path.resolve(__dirname, '..');
export const REPO_DIR = path.resolve(SYNTAXES_DIR, '..');
export const GRAMMAR_PATH = path.join(SYNTAXES_DIR, 'un-resolution.tmLanguage.json');
export const SCOPE_NAME = 'text.un-resolution';
export const SUFFIX = '.un-resolution';

export interface Token {
  /** 0-based line number */
  line: number;
  start: number;
  end: number;
  text: string;
  /** scope stack, outermost first; always starts with text.un-resolution */
  scopes: string[];
}

let onigReady: Promise<vsctm.IOnigLib> | undefined;

/** Loads the Oniguruma WASM once per process. */
export function onigLib(): Promise<vsctm.IOnigLib> {
  if (!onigReady) {
    const wasmPath = require.resolve('vscode-oniguruma/release/onig.wasm');
    const wasm = fs.readFileSync(wasmPath);
    const bytes = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
    onigReady = oniguruma.loadWASM(bytes).then(() => ({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }));
  }
  return onigReady;
}

let grammarReady: Promise<vsctm.IGrammar> | undefined;

/** Loads syntaxes/un-resolution.tmLanguage.json (the generated grammar, as shipped). */
export function loadGrammar(): Promise<vsctm.IGrammar> {
  if (!grammarReady) {
    const registry = new vsctm.Registry({
      onigLib: onigLib(),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== SCOPE_NAME) return null;
        const content = fs.readFileSync(GRAMMAR_PATH, 'utf8');
        return vsctm.parseRawGrammar(content, GRAMMAR_PATH);
      },
    });
    grammarReady = registry.loadGrammar(SCOPE_NAME).then((g) => {
      if (!g) throw new Error(`grammar ${SCOPE_NAME} not found`);
      return g;
    });
  }
  return grammarReady;
}

/** Splits like VS Code does (\r\n, \r or \n). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Tokenizes a whole document, carrying the rule stack from line to line. */
export function tokenizeText(grammar: vsctm.IGrammar, text: string): Token[][] {
  let ruleStack: vsctm.StateStack = vsctm.INITIAL;
  return splitLines(text).map((lineText, line) => {
    const r = grammar.tokenizeLine(lineText, ruleStack);
    ruleStack = r.ruleStack;
    return r.tokens
      .map((t) => ({
        line,
        start: t.startIndex,
        end: Math.min(t.endIndex, lineText.length),
        text: lineText.slice(t.startIndex, Math.min(t.endIndex, lineText.length)),
        scopes: t.scopes,
      }))
      .filter((t) => t.end > t.start);
  });
}

/** Drops the root scope and the `.un-resolution` suffix: compact scopes for dumps. */
export function shortScopes(scopes: string[]): string[] {
  return scopes.filter((s) => s !== SCOPE_NAME).map((s) => (s.endsWith(SUFFIX) ? s.slice(0, -SUFFIX.length) : s));
}

/**
 * True when some scope of the stack equals `scope` or extends it: `markup.heading.un-resolution`
 * is matched by `markup.heading.annex.un-resolution` (the `.un-resolution` suffix is ignored).
 */
export function hasScope(scopes: string[], scope: string): boolean {
  const want = scope.endsWith(SUFFIX) ? scope.slice(0, -SUFFIX.length) : scope;
  return scopes.some((s) => {
    const have = s.endsWith(SUFFIX) ? s.slice(0, -SUFFIX.length) : s;
    return have === want || have.startsWith(want + '.');
  });
}

/** Where `substring` starts in `lineText`: its `occurrence`-th match, counted after `after` when given. */
export function findIn(lineText: string, substring: string, occurrence = 0, after = ''): number {
  let from = 0;
  if (after) {
    const a = lineText.indexOf(after);
    if (a < 0) throw new Error(`"${after}" not found in: ${lineText}`);
    from = a + after.length;
  }
  let at = from - 1;
  for (let i = 0; i <= occurrence; i++) {
    at = lineText.indexOf(substring, at + 1);
    if (at < 0) throw new Error(`"${substring}" (occurrence ${occurrence}) not found in: ${lineText}`);
  }
  return at;
}

/**
 * Scope stacks of the tokens overlapping `substring` found at `at` in the line. With `exact`,
 * throws unless the substring starts and ends on token boundaries (a phrase must be its own token).
 */
export function scopesAt(tokens: Token[], lineText: string, substring: string, at: number, exact: boolean): string[][] {
  const end = at + substring.length;
  const covering = tokens.filter((t) => t.end > at && t.start < end);
  const first = covering[0];
  const last = covering[covering.length - 1];
  if (!first || !last) throw new Error(`no token covers "${substring}" in: ${lineText}`);
  if (exact && (first.start !== at || last.end !== end)) {
    const dump = covering.map((t) => `[${t.text}]`).join('');
    throw new Error(`"${substring}" is not a whole token run in: ${lineText}\n  tokens: ${dump}`);
  }
  return covering.map((t) => t.scopes);
}
