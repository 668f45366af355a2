// Word runs as one line of text with the changes marked: `[-old-]{+new+}` in the plain
// report, `<del>old</del><ins>new</ins>` in Markdown. Long unchanged stretches keep a few words of
// context on each side of a change, as `git diff --word-diff` readers expect.
import type { WordRun } from './word-diff';

export interface InlineMarks {
  deleted: (text: string) => string;
  inserted: (text: string) => string;
  /** Unchanged text (Markdown escapes it). */
  kept: (text: string) => string;
}

const CONTEXT_WORDS = 8;

export function inlineDiff(runs: WordRun[], marks: InlineMarks): string {
  let out = '';
  runs.forEach((run, i) => {
    const lead = /^\s*/.exec(run.text)![0];
    const body = run.text.slice(lead.length);
    if (run.op === 'equal') {
      out += lead + marks.kept(elide(body, i === 0, i === runs.length - 1));
      return;
    }
    const previous = runs[i - 1];
    // "[-old-]{+new+}" rather than "[-old-] {+new+}" when both stood after a space.
    const sharesSpace = run.op === 'insert' && previous?.op === 'delete' && /^\s/.test(previous.text) && lead !== '';
    if (run.op === 'delete') out += lead + marks.deleted(body);
    else out += sharesSpace ? marks.inserted(body) : lead + marks.inserted(body);
  });
  return out;
}

/** Keeps CONTEXT_WORDS words next to each change: the end of the first stretch, the start of the last, both ends of the others. */
function elide(text: string, first: boolean, last: boolean): string {
  const words = text.split(' ');
  if (first && last) return text;
  const keepStart = first ? 0 : CONTEXT_WORDS;
  const keepEnd = last ? 0 : CONTEXT_WORDS;
  if (words.length <= keepStart + keepEnd + 1) return text;
  const start = words.slice(0, keepStart).join(' ');
  const end = words.slice(words.length - keepEnd).join(' ');
  return [start, '…', end].filter(Boolean).join(' ');
}
