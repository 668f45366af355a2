// Word-level changes inside a changed paragraph, as runs a reader can follow:
// "[-encourages-]{+calls upon+}".
import { editScript, type EditOp } from './edit-script';
import { tokenize, type Token } from './tokens';

/**
 * A stretch of the paragraph. `text` keeps the whitespace before its first word, so the
 * equal and inserted runs put together give the newer text, and the equal and deleted
 * runs the older one, up to spacing (equal runs are written as the newer text writes them).
 */
export interface WordRun {
  op: EditOp;
  text: string;
}

export function diffWords(before: string, after: string): WordRun[] {
  return diffTokens(tokenize(before), tokenize(after));
}

export function diffTokens(a: Token[], b: Token[]): WordRun[] {
  return editScript(
    a.map((t) => t.key),
    b.map((t) => t.key),
  ).map((edit) => {
    if (edit.op === 'delete') return { op: edit.op, text: written(a.slice(edit.aStart, edit.aEnd)) };
    const tokens = b.slice(edit.bStart, edit.bEnd);
    if (edit.op === 'insert') return { op: edit.op, text: written(tokens) };
    // "annually States" → "States": the kept word needs the older text's space after "annually".
    const [first, ...rest] = tokens;
    const gap = first.gap || a[edit.aStart].gap;
    return { op: edit.op, text: written([{ ...first, gap }, ...rest]) };
  });
}

function written(tokens: Token[]): string {
  return tokens.map((t) => t.gap + t.text).join('');
}
