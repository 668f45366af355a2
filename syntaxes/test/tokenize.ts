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

/** True when some scope of the stack equals `scope` or starts with `scope.`. */
export function hasScope(scopes: string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(scope + '.'));
}

/**
 * Scope stacks of the tokens covering `substring` (its `occurrence`-th match in the line).
 * Throws if the substring is absent or does not start and end on token boundaries.
 */
export function scopesOf(tokens: Token[], lineText: string, substring: string, occurrence = 0): string[][] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = lineText.indexOf(substring, at + 1);
    if (at < 0) throw new Error(`"${substring}" (occurrence ${occurrence}) not found in: ${lineText}`);
  }
  const end = at + substring.length;
  const covering = tokens.filter((t) => t.end > at && t.start < end);
  const first = covering[0];
  const last = covering[covering.length - 1];
  if (!first || !last || first.start !== at || last.end !== end) {
    const dump = covering.map((t) => `[${t.text}]`).join('');
    throw new Error(`"${substring}" is not a whole token run in: ${lineText}\n  tokens: ${dump}`);
  }
  return covering.map((t) => t.scopes);
}
