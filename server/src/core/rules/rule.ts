// What a diagnostic rule is: a stable code, a default severity, what it reads, one sentence
// of documentation, and a check over the model that words its own findings. The settings
// schema in package.json and docs/diagnostics.md are generated from these definitions
// (`npm run rules:docs`). Rules never throw on purpose; the runner still guards each one.
import type { Diagnostic, Range, RelatedInformation, ResolutionDocument, Severity } from '../model';
import type { DocumentIdentity } from '../identity';

export interface Finding {
  message: string;
  range: Range;
  related?: RelatedInformation[];
  data?: Record<string, string>;
}

/**
 * What a rule's findings depend on, so that the incremental check (incremental-check.ts) knows
 * when they carry over an edit inside one paragraph:
 * - `outline`: labels, phrases, ranges, footnotes and markers, and of a paragraph's text only its opening words and its end;
 * - `outline and citations`: the outline and the citations read in the text;
 * - `text`: anything else; the rule runs again after every edit.
 */
export type Reads = 'outline' | 'outline and citations' | 'text';

/** What a check may know besides the model: the paragraphs' identity across the versions an editor has seen (null for a text read once). */
export interface RuleContext {
  identity: DocumentIdentity | null;
}

export interface Rule {
  code: string;
  severity: Severity;
  reads: Reads;
  /** One sentence for the settings and the documentation. */
  description: string;
  /** What the rule finds and what its fix writes, for the documentation: "`25.10.1971` → `25 October 1971`". */
  example?: string;
  check(doc: ResolutionDocument, context: RuleContext): Finding[];
}

export function toDiagnostic(rule: Rule, finding: Finding, severity: Severity): Diagnostic {
  return {
    code: rule.code,
    severity,
    message: finding.message,
    range: finding.range,
    ...(finding.related && finding.related.length > 0 ? { related: finding.related } : {}),
    ...(finding.data ? { data: finding.data } : {}),
  };
}
