// What a diagnostic rule is: a stable code, a default severity, and a check over
// the model. Rules never throw on purpose; the runner still guards each one.
import type { Diagnostic, Range, RelatedInformation, ResolutionDocument, Severity } from '../model';

export interface Finding {
  message: string;
  range: Range;
  related?: RelatedInformation[];
  data?: Record<string, string>;
}

export interface Rule {
  code: string;
  severity: Severity;
  /** One line for documentation and settings. */
  description: string;
  check(doc: ResolutionDocument): Finding[];
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
