// A reference that names another paragraph than the one it was written for (reference.moved)
// is changed to the number that paragraph has now, written as the reference writes numbers.
import type { Diagnostic } from '../model';
import type { Fix, SourceLines } from './fix';
import { writtenPath } from './renumber';

export function movedReferenceFix(diagnostic: Diagnostic, source: SourceLines): Fix | null {
  const path = diagnostic.data?.path;
  if (!path) return null;
  const newText = writtenPath(path, source.slice(diagnostic.range));
  return {
    title: `Change the reference to paragraph ${newText}`,
    kind: 'quickfix',
    edits: [{ range: diagnostic.range, newText }],
    safe: false,
    preferred: true,
    resolves: [{ code: diagnostic.code, range: diagnostic.range }],
  };
}
