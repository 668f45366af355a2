// A paragraph number printed without its full stop ("26 Condemns …"): the full stop goes
// right after the number, and no word changes.
import type { Diagnostic } from '../model';
import type { Fix } from './fix';

export function labelFullStopFix(diagnostic: Diagnostic): Fix {
  const after = diagnostic.range.end;
  return {
    title: 'Add the full stop after the number',
    kind: 'quickfix',
    edits: [{ range: { start: after, end: after }, newText: '.' }],
    safe: true,
    preferred: true,
    resolves: [{ code: diagnostic.code, range: diagnostic.range }],
  };
}
