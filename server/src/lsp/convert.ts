// Model values to protocol values. The model's ranges already have the protocol's shape.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, DiagnosticTag } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../core/model';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Findings about text that could go (an unused footnote) are drawn faded. */
const UNNECESSARY = new Set(['footnote.unreferenced']);

export function toLspDiagnostic(diagnostic: Diagnostic, uri: string): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'un-resolution',
    message: diagnostic.message,
    ...(UNNECESSARY.has(diagnostic.code) ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(diagnostic.data ? { data: diagnostic.data } : {}),
    ...(diagnostic.related ? { relatedInformation: diagnostic.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) } : {}),
  };
}
