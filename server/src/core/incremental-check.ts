// The rules' findings for a version the incremental parse made from the last one (see
// incremental-parse.ts), without running every rule again. Such an edit changes one
// paragraph's text away from its opening words and its closing punctuation, and the
// citations read in it; labels, phrases, ranges, footnotes and markers stay (positions after
// the edit on its line move with it). Each rule says what it reads (rules/rule.ts): a rule that
// reads only what stays finds what it found; one reading citations runs again when they
// changed; any other always runs again.
import type { Diagnostic, ResolutionDocument } from './model';
import type { ParagraphEdit } from './incremental-parse';
import { movedRange } from './incremental/new-model';
import { runRules, type CheckOptions, type CheckResult } from './check';
import type { Rule } from './rules/rule';
import { amendsAnotherText } from './rules/tree';

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
    const diagnostic =
      range === old.range && !related?.some((r, i) => r.range !== old.related![i].range) ? old : { ...old, range, ...(related ? { related } : {}) };
    const list = found.get(diagnostic.code);
    if (list) list.push(diagnostic);
    else found.set(diagnostic.code, [diagnostic]);
  }
  // A rule's findings carry over when the edit leaves what it reads (see Reads in rules/rule.ts).
  const carries = (rule: Rule) => rule.reads === 'outline' || (rule.reads === 'outline and citations' && citationsStay);
  return runRules(doc, options, (rule) => (carries(rule) ? (found.get(rule.code) ?? []) : null));
}
