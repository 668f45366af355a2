// A list of paragraph numbers as a text writes it after "paragraph(s)": "3", "1 (a)", "1 to 3",
// "2 and 3", "5, 6 and 9". Internal references ("paragraphs 1 to 3 above") and citations of
// another document's paragraphs ("paragraphs 5 to 7 of resolution 77/335") read the same lists.

/** The list's pattern (no flags, no group of its own): items with their sub-items' letters, and the joints between them. */
export const PARAGRAPH_LIST = '\\d{1,3}(?: ?\\([a-z]{1,4}\\))*(?:(?:,? and |, | to | - | – |–|-)\\d{1,3}(?: ?\\([a-z]{1,4}\\))*)*';

const ITEM = /(\d{1,3})((?: ?\([a-z]{1,4}\))*)/g;
/** An item's sub-item letters, "(a)", "(ii)". */
const SUB_ITEM = /\(([a-z]+)\)/g;
const RANGE_JOINT = /\d(?:\s*\([a-z]+\))* ?(?:to|-|–) ?\d/;
/** The longest range read item by item ("1 to 3000" is no list of paragraphs). */
const MAX_RANGE = 200;

export interface ListedParagraph {
  /** The paragraph's path as the labels write it: "3", "1 (a)", "1 (a) (ii)". */
  path: string;
  /** Where the item is written in the list; a range's items between its ends span the whole list. */
  start: number;
  end: number;
}

/** Each paragraph a list names, in order; a range ("5 to 7") names each of its numbers. */
export function listedParagraphs(list: string): ListedParagraph[] {
  const items = [...list.matchAll(ITEM)];
  const out: ListedParagraph[] = [];
  if (items.length === 2 && RANGE_JOINT.test(list)) {
    const from = Number(items[0][1]);
    const to = Number(items[1][1]);
    for (let n = from; n <= to && n - from < MAX_RANGE; n++) {
      const written = n === from ? items[0] : n === to ? items[1] : null;
      out.push(written ? { path: String(n), start: written.index, end: written.index + written[0].length } : { path: String(n), start: 0, end: list.length });
    }
    return out;
  }
  for (const item of items) {
    // Its number and each item letter, "3 (a) (ii)", joined as read: a list made by map and spread met the reading in two kinds.
    let path = item[1];
    for (const letters of item[2].matchAll(SUB_ITEM)) path += ` (${letters[1]})`;
    out.push({ path, start: item.index, end: item.index + item[0].length });
  }
  return out;
}
