// Tests of a text's first character by its code. Code run for every line calls these rather
// than a regular expression literal (`/^[A-Z]/.test(…)`), which makes a new object each time
// it is evaluated: much of what a parse allocated.

/**
 * The code of text[at], or -1 outside the text, where charCodeAt gives NaN: every test on codes
 * here is false for both. Code run for every line reads past a text's ends through this: after one
 * read out of bounds V8 compiles the function again and calls a builtin for every character of that
 * read from then on.
 */
export function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : -1;
}

/** Whether a character code is a capital letter A–Z. */
export function isCapitalCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether a character code is a lower-case letter a–z. */
export function isLowerCaseCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Whether a character code is a letter A–Z or a–z. */
export function isLetterCode(code: number): boolean {
  return isCapitalCode(code) || isLowerCaseCode(code);
}

/** Whether a character code is a digit 0–9. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a character code is a superscript digit ⁰–⁹. */
export function isSuperscriptDigitCode(code: number): boolean {
  return code === 0xb2 || code === 0xb3 || code === 0xb9 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079);
}

/** Whether a character code closes a quotation or a bracket after a sentence's mark: ' ’ ” " * ) ]. */
export function isClosingQuoteCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x201d || code === 34 || code === 42 || code === 41 || code === 93;
}

/** Whether `text` opens with a capital letter A–Z. */
export function startsWithCapital(text: string): boolean {
  return isCapitalCode(codeAt(text, 0));
}

/** Whether `text` opens with a lower-case letter a–z. */
export function startsWithLowerCase(text: string): boolean {
  return isLowerCaseCode(codeAt(text, 0));
}

/** Whether `text` opens with a letter A–Z or a–z. */
export function startsWithLetter(text: string): boolean {
  return startsWithCapital(text) || startsWithLowerCase(text);
}

/** Whether `text` opens with a digit 0–9. */
export function startsWithDigit(text: string): boolean {
  return isDigitCode(codeAt(text, 0));
}
