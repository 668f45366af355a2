// The fixes the editor offers for a document and the diagnostics at a place.
import type { Diagnostic, Position, ResolutionDocument } from '../model';
import { SourceLines, type Fix } from './fix';
import { punctuationFix } from './punctuation';
import { missingFootnoteFixes, unreferencedFootnoteFix } from './footnotes';
import { renumberEdits } from './renumber';
import { renumberReadings } from './renumber-readings';
import { movedReferenceFix } from './moved-reference';
import type { DocumentIdentity } from '../identity';
import { repeatedVerbFix } from './repeated-verb';
import { labelFullStopFix } from './label-full-stop';
import { replacementFix } from './replacement';
import { safeStyleFixes, styleFix } from './style';
import { styleRepeatedVerb } from '../rules/style-repeated-verb';
import { missingNumbers } from '../missing-numbers';
import { bodyParts } from '../parts';

const NUMBERING = /^numbering\./;
/** A number's missing full stop is a numbering finding that renumbering leaves alone: its own fix adds the stop. */
const LABEL_PUNCTUATION = 'numbering.label-punctuation';

export function fixesFor(doc: ResolutionDocument, text: string, diagnostics: Diagnostic[], at: Position, identity: DocumentIdentity): Fix[] {
  const source = new SourceLines(text);
  const fixes: Fix[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.code.startsWith('punctuation.')) {
      const fix = punctuationFix(diagnostic, source);
      if (fix) fixes.push(fix);
    } else if (diagnostic.code === 'footnote.missing') {
      fixes.push(...missingFootnoteFixes(diagnostic, doc, source));
    } else if (diagnostic.code === 'footnote.unreferenced') {
      const fix = unreferencedFootnoteFix(diagnostic, doc);
      if (fix) fixes.push(fix);
    } else if (diagnostic.code === LABEL_PUNCTUATION) {
      fixes.push(labelFullStopFix(diagnostic));
    } else if (diagnostic.code === 'structure.repeated-phrase') {
      const fix = replacementFix(diagnostic);
      if (fix) fixes.push(fix);
    } else if (diagnostic.code.startsWith('style.')) {
      const fix = styleFix(diagnostic);
      if (fix) fixes.push(fix);
    } else if (diagnostic.code === 'reference.moved') {
      const fix = movedReferenceFix(diagnostic, source);
      if (fix) fixes.push(fix);
    }
  }
  const numbering = diagnostics.filter((d) => (NUMBERING.test(d.code) && d.code !== LABEL_PUNCTUATION) || d.code === 'reference.moved');
  const readings = renumberReadings(identity);
  // Paragraphs without their numbers get them (numbering.missing).
  const unnumbered = bodyParts(doc).some((part) => missingNumbers(part.operative).size > 0);
  for (const reading of readings) {
    const renumber = renumberEdits(doc, source, reading.targetOf);
    if (renumber.length === 0) continue;
    fixes.push({
      title: reading.choice
        ? `Renumber: ${reading.choice}`
        : unnumbered
          ? 'Number the paragraphs and renumber the references to them'
          : 'Renumber the paragraphs and the references to them',
      kind: numbering.length > 0 ? 'quickfix' : 'refactor',
      edits: renumber,
      // A reading chosen among several is the user's to review.
      safe: readings.length === 1,
      preferred: numbering.length > 0 && readings.length === 1,
      resolves: numbering.map((d) => ({ code: d.code, range: d.range })),
    });
  }
  // Where style.repeated-verb found the repetition, its quick fix makes the same edit.
  const verb = diagnostics.some((d) => d.code === styleRepeatedVerb.code) ? null : repeatedVerbFix(doc, at);
  if (verb) fixes.push(verb);
  return fixes;
}

/** Whether "Fix all" renumbers: a numbering finding other than a "5 bis" (kept while negotiating) or a missing full stop (its own fix). */
export function needsRenumbering(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => NUMBERING.test(d.code) && d.code !== 'numbering.suffix' && d.code !== LABEL_PUNCTUATION);
}

/** "Fix all": the safe fixes of every diagnostic, merged into one set of edits; renumbering only where no reference's paragraph is open to choice. */
export function fixAll(doc: ResolutionDocument, text: string, diagnostics: Diagnostic[], identity: DocumentIdentity): Fix | null {
  const source = new SourceLines(text);
  const edits = diagnostics
    .filter((d) => d.code.startsWith('punctuation.'))
    .map((d) => punctuationFix(d, source))
    .filter((f): f is Fix => f !== null)
    .flatMap((f) => f.edits);
  edits.push(...diagnostics.filter((d) => d.code === LABEL_PUNCTUATION).flatMap((d) => labelFullStopFix(d).edits));
  edits.push(...safeStyleFixes(diagnostics).flatMap((f) => f.edits));
  const readings = renumberReadings(identity);
  if (readings.length === 1 && needsRenumbering(diagnostics)) edits.push(...renumberEdits(doc, source, readings[0].targetOf));
  return edits.length > 0 ? { title: 'Fix all safe problems', kind: 'quickfix', edits, safe: true } : null;
}
