// The fix a finding words itself: its `replacement` written over its range.
import type { Diagnostic } from '../model';
import type { Fix } from './fix';

/** `Change to "…"`; `safe` (applied by "Fix all") only for a replacement that changes no word. */
export function replacementFix(diagnostic: Diagnostic, title?: string, safe = false): Fix | null {
  const replacement = diagnostic.data?.replacement;
  if (replacement === undefined) return null;
  return {
    title: title ?? `Change to "${replacement}"`,
    kind: 'quickfix',
    edits: [{ range: diagnostic.range, newText: replacement }],
    safe,
    resolves: [{ code: diagnostic.code, range: diagnostic.range }],
  };
}
