// What a diagnostic rule is: a stable code, a default severity, what it reads, one sentence
// of documentation, and a check over the model that words its own findings. The settings
// schema in package.json and docs/diagnostics.md are generated from these definitions
// (`npm run rules:docs`). Rules never throw on purpose; the runner still guards each one.
import type { Diagnostic, Range, RelatedInformation, ResolutionDocument, Severity } from '../model';
import type { DocumentIdentity } from '../identity';
import type { CitedDocuments } from '../cited';
import type { SourceText } from '../source';
import type { SeveritySetting } from '../check';

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

/**
 * What a check may know besides the model: the paragraphs' identity across the versions an
 * editor has seen (null for a text read once), the documents it cites, and the text the model was read from (null
 * when the caller gave none: the rules that read words then find nothing).
 */
export interface RuleContext {
  /** The paragraphs' identity across the versions an editor has seen (null for a text read once). */
  identity: DocumentIdentity | null;
  /** The documents it cites, as far as they are at hand (null: none is; the rules that need them are silent). */
  cited: CitedDocuments | null;
  source: SourceText | null;
}

export interface Rule {
  code: string;
  /** 'off' for a house style the UN's own texts do not keep: the rule runs where a setting gives it a severity. */
  severity: SeveritySetting;
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
