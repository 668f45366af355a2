// Fixed words an extractor may have split with a stray space: pypdf writes a space wherever the
// PDF set two glyphs a little apart ("T he General Assembly", "resolut ion 70/1", "an d"). Where
// the words are fixed by the grammar (the organ line, a citation's keyword and its joints, a
// month), their letters in order with single spaces between can be nothing else.

/** A pattern of plain words (and groups of them) whose letters may each be followed by one stray space. */
export function splittable(words: string): string {
  return words.replace(/([A-Za-z])(?=[A-Za-z])/g, '$1 ?');
}

/**
 * Where `word` (lower-case letters a–z) ends at `end` in `text`, in any case, its letters perhaps
 * split by single spaces: the index of its first letter, or -1. Read back by character code, for
 * words searched from what follows them.
 */
export function spelledBefore(text: string, end: number, word: string): number {
  let at = end;
  for (let i = word.length - 1; i >= 0; i--) {
    if (i < word.length - 1 && at > 0 && text.charCodeAt(at - 1) === 32) at--;
    // (code | 32) is the lower case of an ASCII capital, and equals a lower-case letter only for it and its capital.
    if (at <= 0 || (text.charCodeAt(at - 1) | 32) !== word.charCodeAt(i)) return -1;
    at--;
  }
  return at;
}
