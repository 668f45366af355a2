// Whitespace as regular expressions' `\s` and `String.prototype.trim` read it, tested
// by character code: scanning a line this way allocates nothing.

export function isWhitespaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Index of the first character of text[from, to) that is not whitespace (`to` when none). */
export function skipWhitespace(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isWhitespaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** One past the last character of text[from, to) that is not whitespace (`from` when none). */
export function skipWhitespaceBack(text: string, from: number, to: number): number {
  let at = to;
  while (at > from && isWhitespaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}
