// The rules' findings for a version the incremental parse made from the last one (see
// incremental-parse.ts), without running every rule again. Such an edit changes one
// paragraph's text away from its opening words and its closing punctuation, and the
// citations read in it; labels, phrases, ranges, footnotes and markers stay (positions after
// the edit on its line move with it). Rules that read only what stays find what they found; a
// rule reading citations runs again when they changed; any other rule (one added later, say)
// always runs again.
import type { Diagnostic, ResolutionDocument } from './model';
import type { ParagraphEdit } from './incremental-parse';
import { movedRange } from './incremental/new-model';
import { byPosition, type CheckOptions, type CheckResult, type RuleFailure } from './check';
import { RULES } from './rules';
import { toDiagnostic } from './rules/rule';
import { amendsAnotherText } from './rules/tree';

/** Rules that read labels, phrases, ranges, footnotes and markers, and of a paragraph's text only its opening words and its end. */
const READ_WHAT_STAYS = new Set([
  'numbering.gap',
  'numbering.duplicate',
  'numbering.order',
  'numbering.start',
  'numbering.suffix',
  'numbering.style',
  'numbering.decimal-parent',
  'numbering.label-punctuation',
  'structure.operative-phrase',
  'structure.preambular-phrase',
  'structure.repeated-phrase',
  'footnote.missing',
  'footnote.unreferenced',
  'punctuation.preamble',
  'punctuation.operative',
]);

/** Rules that read the citations besides. */
const READ_CITATIONS = new Set(['reference.paragraph']);

/** The findings on `doc`, made from `previous` (the last version's, with the same options); null when every rule must run. */
export function recheck(doc: ResolutionDocument, previous: CheckResult, edit: ParagraphEdit, options: CheckOptions = {}): CheckResult | null {
  if (previous.failures.length > 0) return null;
  // The numbering rules read an annex's paragraphs whole for "to read:".
  if (amendsAnotherText(edit.before.text) !== amendsAnotherText(edit.after.text)) return null;
  const citationsStay = JSON.stringify(edit.citationsBefore) === JSON.stringify(edit.citationsAfter);
  const found = new Map<string, Diagnostic[]>();
  // On the edited line, what stands after the edit moved (a paragraph's end, on its last line).
  for (const old of previous.diagnostics) {
    const range = movedRange(old.range, edit);
    const related = old.related?.map((r) => ({ ...r, range: movedRange(r.range, edit) }));
    const diagnostic = range === old.range && !related?.some((r, i) => r.range !== old.related![i].range) ? old : { ...old, range, ...(related ? { related } : {}) };
    const list = found.get(diagnostic.code);
    if (list) list.push(diagnostic);
    else found.set(diagnostic.code, [diagnostic]);
  }
  const diagnostics: Diagnostic[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.rules ?? RULES) {
    const severity = options.severities?.[rule.code] ?? rule.severity;
    if (severity === 'off') continue;
    const shipped = RULES.includes(rule);
    if (shipped && (READ_WHAT_STAYS.has(rule.code) || (citationsStay && READ_CITATIONS.has(rule.code)))) {
      diagnostics.push(...(found.get(rule.code) ?? []));
      continue;
    }
    try {
      for (const finding of rule.check(doc)) diagnostics.push(toDiagnostic(rule, finding, severity));
    } catch (error) {
      failures.push({ code: rule.code, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { diagnostics: byPosition(diagnostics), failures };
}
