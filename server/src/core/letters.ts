// Tests of a text's first character by its code. Code run for every line calls these rather
// than a regular expression literal (`/^[A-Z]/.test(…)`), which makes a new object each time
// it is evaluated: much of what a parse allocated.

/** Whether `text` opens with a capital letter A–Z. */
export function startsWithCapital(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** Whether `text` opens with a lower-case letter a–z. */
export function startsWithLowerCase(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 97 && first <= 122;
}

/** Whether `text` opens with a letter A–Z or a–z. */
export function startsWithLetter(text: string): boolean {
  return startsWithCapital(text) || startsWithLowerCase(text);
}

/** Whether `text` opens with a digit 0–9. */
export function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}
