// Fixed words an extractor may have split with a stray space: pypdf writes a space wherever the
// PDF set two glyphs a little apart ("T he General Assembly", "resolut ion 70/1", "an d"). Where
// the words are fixed by the grammar (the organ line, a citation's keyword and its joints, a
// month), their letters in order with single spaces between can be nothing else.

/** A pattern of plain words (and groups of them) whose letters may each be followed by one stray space. */
export function splittable(words: string): string {
  return words.replace(/([A-Za-z])(?=[A-Za-z])/g, '$1 ?');
}
