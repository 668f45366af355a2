// The quick fixes of the style rules. Each writes the form the finding names; only those
// that change no word (spacing, the shape of quotation marks) are safe for "Fix all".
import type { Diagnostic } from '../model';
import { styleDoubleSpace } from '../rules/style-double-space';
import { styleStraightQuotes } from '../rules/style-straight-quotes';
import type { Fix } from './fix';
import { replacementFix } from './replacement';

export function styleFix(diagnostic: Diagnostic): Fix | null {
  if (diagnostic.code === styleDoubleSpace.code) return replacementFix(diagnostic, 'Use one space', true);
  if (diagnostic.code === styleStraightQuotes.code) {
    const { start, end } = diagnostic.range;
    return {
      title: 'Use curly quotation marks',
      kind: 'quickfix',
      edits: [
        { range: { start, end: { line: start.line, character: start.character + 1 } }, newText: '“' },
        { range: { start: { line: end.line, character: end.character - 1 }, end }, newText: '”' },
      ],
      safe: true,
      resolves: [{ code: diagnostic.code, range: diagnostic.range }],
    };
  }
  return replacementFix(diagnostic);
}

/** The style findings whose fixes "Fix all" applies. */
export function safeStyleFixes(diagnostics: Diagnostic[]): Fix[] {
  return diagnostics
    .filter((d) => d.code.startsWith('style.'))
    .map(styleFix)
    .filter((fix): fix is Fix => fix !== null && fix.safe);
}
