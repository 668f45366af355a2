// Runs the rules over a parsed document. A rule that throws is reported once as a
// failure and the others still report: one bad rule never silences the rest.
import type { Diagnostic, ResolutionDocument, Severity } from './model';
import { RULES } from './rules';
import { byStart } from './source';
import { toDiagnostic, type Rule } from './rules/rule';
import type { DocumentIdentity } from './identity';
import type { CitedDocuments } from './cited';
import { SourceText } from './source';

export type SeveritySetting = Severity | 'off';

/** What a rule's severity may be set to, in the settings and their schema. */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface CheckOptions {
  /** Per-rule severity overrides by code; 'off' disables a rule. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  rules?: readonly Rule[];
  /** The paragraphs' identity across the versions an editor has seen, for the rules on references that outlived their paragraph. */
  identity?: DocumentIdentity;
  /** The documents the text cites, for the rules that hold a citation against the cited text. */
  cited?: CitedDocuments | null;
  /** The text the model was read from: the style rules read its words, and find nothing without it. */
  text?: string;
}

export interface RuleFailure {
  code: string;
  error: string;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  failures: RuleFailure[];
}

export function checkDocument(doc: ResolutionDocument, options: CheckOptions = {}): CheckResult {
  return runRules(doc, options, () => null);
}

/**
 * Runs each rule that is not off, unless `carried` gives its findings (the incremental check
 * carries those of the last version over an edit that leaves what the rule reads).
 */
export function runRules(doc: ResolutionDocument, options: CheckOptions, carried: (rule: Rule) => readonly Diagnostic[] | null): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const failures: RuleFailure[] = [];
  const context = {
    identity: options.identity ?? null,
    cited: options.cited ?? null,
    source: options.text === undefined ? null : new SourceText(options.text),
  };
  for (const rule of options.rules ?? RULES) {
    const severity = options.severities?.[rule.code] ?? rule.severity;
    if (severity === 'off') continue;
    const kept = carried(rule);
    if (kept) {
      diagnostics.push(...kept);
      continue;
    }
    try {
      for (const finding of rule.check(doc, context)) diagnostics.push(toDiagnostic(rule, finding, severity));
    } catch (error) {
      failures.push({ code: rule.code, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { diagnostics: byPosition(diagnostics), failures };
}

/** Sorts by where each finding starts; findings at one place keep the rules' order. */
export function byPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(byStart);
}
