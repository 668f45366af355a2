// Edits applied to a text as an editor applies a WorkspaceEdit: all at once, each range read
// in the text before any of them, insertions at one place in the order given.
import type { TextEdit } from './fixes/fix';
import type { EditTrail } from './identity';
import { Offsets } from './identity/offsets';

/** The text with the (non-overlapping) edits made; `trail`, when given, records each, so identity can follow the paragraphs through them. */
export function applyEdits(text: string, edits: readonly TextEdit[], trail?: EditTrail): string {
  const offsets = new Offsets(text);
  const placed = edits
    .map((edit) => ({ start: offsets.of(edit.range.start), end: offsets.of(edit.range.end), newText: edit.newText }))
    .sort((a, b) => a.start - b.start);
  // Recorded last first, so each offset is still one of the text the trail has.
  if (trail) for (const edit of [...placed].reverse()) trail.replace(edit.start, edit.end, edit.newText.length);
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of placed) {
    pieces.push(text.slice(cursor, edit.start), edit.newText);
    cursor = edit.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}
