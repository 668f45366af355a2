// What a draft's closing leaves to fill in once the text is adopted: the meeting's number
// ("...th plenary meeting,") and its date ("… October 2022", "XX December 2022", "[date]").
// Such lines are the closing, never a paragraph; the draft.placeholder rule asks to fill them in.
import { MONTHS } from '../lexicon';

/** A placeholder as drafters type one: dots or an ellipsis, a run of underscores, words in square brackets, "X" or "XX". */
const PLACEHOLDER = String.raw`(?:\.{2,}|…|_{2,}|\[[^\]]*\]|X{1,2}|x{1,2})`;

/** A closing line whose meeting's number is a placeholder: the placeholder with its ordinal's ending ("...th"). */
const MEETING = new RegExp(`^(${PLACEHOLDER}(?:st|nd|rd|th)?) ?plenary meeting\\b`);

const WHOLE_PLACEHOLDER = new RegExp(`^${PLACEHOLDER}$`);
const DAY = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;
const MONTH_NAMES = new Set(MONTHS);

/** Whether a text may open with a placeholder: told by its first character before a pattern is tried. */
function mayOpenWithPlaceholder(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 46 || first === 0x2026 || first === 95 || first === 91 || first === 88 || first === 120; // . … _ [ X x
}

/** The meeting's placeholder ("...th") of a closing line that leaves its number to fill in; null for any other line. */
export function meetingPlaceholder(text: string): string | null {
  return mayOpenWithPlaceholder(text) ? (MEETING.exec(text)?.[1] ?? null) : null;
}

/**
 * Where the placeholders of a date with parts left to fill in stand ([start, end) in `text`):
 * a day, a month and a year, each written or a placeholder, or a placeholder alone ("[date]");
 * null unless the whole text is such a date with at least one placeholder.
 */
export function datePlaceholders(text: string): Array<[number, number]> | null {
  const words = [...text.replace(/(?<=[^.])[.,]$/, '').matchAll(/\S+/g)];
  if (words.length === 0 || words.length > 3) return null;
  const kinds = words.map(([word]) =>
    WHOLE_PLACEHOLDER.test(word) ? 'placeholder' : DAY.test(word) ? 'day' : MONTH_NAMES.has(word) ? 'month' : YEAR.test(word) ? 'year' : null,
  );
  const places =
    words.length === 1
      ? [['placeholder']]
      : words.length === 2
        ? [
            ['day', 'month'],
            ['month', 'year'],
          ]
        : [['day', 'month', 'year']];
  const fits = places.some((place) => place.every((expected, k) => kinds[k] === expected || kinds[k] === 'placeholder'));
  if (!fits || !kinds.includes('placeholder')) return null;
  return words.filter((_, k) => kinds[k] === 'placeholder').map((word) => [word.index, word.index + word[0].length]);
}
