// An independent count of the citations a reader sees in a text, to measure the citation
// reader's recall against. It shares nothing with server/src/core/citations.ts: it splits the
// whole file into words (line ends are spaces, as a reader takes them) and walks them, where the
// reader runs patterns over each paragraph's text. docs/citations.md says what it counts.

export interface CountedCitation {
  /** Canonical symbol, in the model's conventions: A/RES/70/1, A/RES/217A(III), S/RES/2231(2015). */
  symbol: string;
  /** Line (0-based) of the item's first word, to find a miss. */
  line: number;
}

interface Word {
  raw: string;
  /** Without the brackets, quotes and punctuation around it. */
  bare: string;
  /** The punctuation after it: "," lets a list go on, "." ";" ")" end it. */
  after: string;
  /** Without the punctuation after it only: "(XV)", "(2015)". */
  core: string;
  line: number;
}

const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const KEYWORDS = new Set(['resolution', 'resolutions', 'decision', 'decisions']);
/** Organs named before a keyword, read backwards word by word (lower case), and their symbol stems. */
const ORGANS: Array<{ words: string[]; resolution: string; decision: string }> = [
  { words: ['security', 'council'], resolution: 'S/RES/', decision: 'S/DEC/' },
  { words: ['human', 'rights', 'council'], resolution: 'A/HRC/RES/', decision: 'A/HRC/DEC/' },
  { words: ['economic', 'and', 'social', 'council'], resolution: 'E/RES/', decision: 'E/DEC/' },
  { words: ['commission', 'on', 'human', 'rights'], resolution: 'E/CN.4/RES/', decision: 'E/CN.4/DEC/' },
  { words: ['general', 'assembly'], resolution: 'A/RES/', decision: 'A/DEC/' },
];
/** The small words inside a name: "Commission on Population and Development". */
const NAME_WORDS = ['on', 'of', 'and', 'for', 'the'];
/** Words that single out some of an organ's resolutions named just before ("…, the most recent of which being resolutions"). */
const SINGLING_OUT = [['in', 'particular'], ...['being', 'is', 'are'].map((verb) => ['the', 'most', 'recent', 'of', 'which', verb])];
/** A word that makes a name another body's ("Environment Assembly", "Sub-Commission on …"): its numbers are not the Assembly's. */
const BODY_WORDS = new Set(['assembly', 'council', 'commission', 'sub-commission', 'conference', 'board', 'committee', 'parties', 'forum']);

function isDigits(s: string): boolean {
  return s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');
}

function isRoman(s: string): boolean {
  return s.length > 0 && [...s].every((c) => 'IVXL'.includes(c));
}

/** Whether `s` ends with a bracket it did not open. */
function unopened(s: string): boolean {
  const last = s[s.length - 1];
  return (last === ')' && !s.includes('(')) || (last === ']' && !s.includes('['));
}

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  text.split('\n').forEach((content, line) => {
    for (const written of content.split(/\s+/)) {
      if (written === '') continue;
      // A footnote marker set on the punctuation or a session ("2025,3", "(2023)1" for "(2023)¹") is no part of the word.
      const raw = written.replace(/(\((?:\d{4}|[IVXL]+)\)|[\d)][,;]|\d{4}\.)\d{1,3}$/, '$1');
      // Punctuation after the word, and a closing bracket it did not open: "70/1)," but not "(XV)".
      let end = raw.length;
      while (end > 0 && ('.,;:”"’\''.includes(raw[end - 1]) || unopened(raw.slice(0, end)))) end--;
      const core = raw.slice(0, end);
      let bare = core.replace(/^[([“"‘'*]+/, '');
      while (unopened(bare)) bare = bare.slice(0, -1);
      words.push({ raw, bare, after: raw.slice(end), core, line });
    }
  });
  return words;
}

/** "ES-10/21", "70/1", "2008/3": a number of the new style; null otherwise. */
function slashNumber(bare: string): string | null {
  const [session, number, ...rest] = bare.split('/');
  if (rest.length > 0 || number === undefined || !isDigits(number)) return null;
  const plain = session.replace(/^(ES|S)-/, '');
  return isDigits(plain) && plain.length <= 4 ? bare : null;
}

/** "(XXI)", "(S-VII)", "(2015)": the session or year of an old-style or Security Council number. */
function sessionMark(bare: string): string | null {
  if (!bare.startsWith('(') || !bare.endsWith(')')) return null;
  const inner = bare.slice(1, -1).replace(/^(ES|S)-/, '');
  return isRoman(inner) || (isDigits(inner) && inner.length === 4) ? bare : null;
}

/** A part's letter, "A" in "31/16 A"; "(X)" is a session. */
function isPartLetter(word: Word | undefined): boolean {
  return word !== undefined && word.core.length === 1 && word.core >= 'A' && word.core <= 'Z';
}

/** Part letters from `at`: "A", "A and B", "A to D"; the letters and the index after them. */
function partLetters(words: Word[], at: number): { letters: string[]; next: number } {
  const letters: string[] = [];
  let i = at;
  if (!isPartLetter(words[i])) return { letters, next: at };
  letters.push(words[i].bare);
  i++;
  while (words[i - 1].after === '' || words[i - 1].after === ',') {
    const joint = words[i]?.bare;
    const letter = words[i + 1]?.bare ?? '';
    if ((joint === 'and' || joint === 'to') && isPartLetter(words[i + 1])) {
      if (joint === 'to') for (let c = letters[letters.length - 1].charCodeAt(0) + 1; c < letter.charCodeAt(0); c++) letters.push(String.fromCharCode(c));
      letters.push(letter);
      i += 2;
    } else if (words[i - 1].after === ',' && isPartLetter(words[i])) {
      letters.push(words[i].bare);
      i++;
    } else break;
  }
  return { letters, next: i };
}

/** The index after a date at `at` ("25 September 2015", "25.10.1971"), or -1. */
function dateEnd(words: Word[], at: number): number {
  const [day, month, year] = [words[at]?.bare ?? '', words[at + 1]?.bare.toLowerCase() ?? '', words[at + 2]?.bare ?? ''];
  if (isDigits(day) && MONTH_NAMES.has(month) && isDigits(year)) return at + 3;
  const parts = day.split('.');
  return parts.length === 3 && parts.every(isDigits) ? at + 1 : -1;
}

function holdsProse(words: Word[], at: number): boolean {
  for (let i = at; i < words.length && words[i].line === words[at].line; i++) if (/^[a-z]+$/.test(words[i].bare)) return true;
  return false;
}

/**
 * A sentence cut by a page break goes on after the page's foot and the next page's head: where
 * `at` begins a line and the document's running head stands within the next lines, the index of
 * the first line after it that begins with a number and holds a word in lower case (not the page
 * number and job number "2/11 24-24153"); -1 otherwise.
 */
function afterPageBreak(words: Word[], at: number, ownSymbol: string): number {
  if (at >= words.length || words[at - 1].line === words[at].line) return -1;
  let head = at;
  while (head < words.length && words[head].line - words[at].line < 80 && words[head].bare !== ownSymbol) head++;
  if (words[head]?.bare !== ownSymbol) return -1;
  for (let p = head + 1; p < words.length && p < head + 60; p++) {
    const startsLine = words[p - 1].line < words[p].line;
    if (startsLine && /^(ES-|S-)?\d/.test(words[p].bare) && holdsProse(words, p)) return p;
  }
  return -1;
}

/**
 * The organ named just before a keyword: the run of capitalised words and NAME_WORDS before it,
 * "in its" or "of" aside ("adopted by the General Assembly of resolution"). Null for another body
 * ("Environment Assembly", "Commission on Population and Development", the "Council" alone), which
 * this count leaves out.
 */
function organBefore(words: Word[], keyword: number): (typeof ORGANS)[number] | null {
  let k = keyword - 1;
  // "Human Rights Council resolutions, in particular resolutions 7/34": the name before goes on.
  const goesOn = SINGLING_OUT.find((phrase) => phrase.every((w, j) => words[k - phrase.length + 1 + j]?.bare === w));
  const phraseAt = goesOn ? k - goesOn.length + 1 : -1;
  if (goesOn && words[phraseAt - 1]?.after === ',') {
    const resolutionsAt = KEYWORDS.has(words[phraseAt - 1].bare.toLowerCase()) ? phraseAt - 1 : phraseAt;
    return organBefore(words, resolutionsAt);
  }
  if (words[k]?.bare === 'its') k--;
  if (words[k]?.bare === 'in' || words[k]?.bare === 'of') k--;
  const name: string[] = [];
  for (; k >= 0 && (words[k].after === '' || name.length === 0); k--) {
    const word = words[k].bare;
    if (/^[A-Z]/.test(word) || (NAME_WORDS.includes(word) && name.length > 0)) name.unshift(word.toLowerCase());
    else break;
  }
  while (NAME_WORDS.includes(name[0])) name.shift();
  if (name.length === 0) return ORGANS[ORGANS.length - 1];
  for (const organ of ORGANS) {
    if (name.slice(-organ.words.length).join(' ') === organ.words.join(' ')) return organ;
  }
  if (name.length === 1 && name[0] === 'assembly') return ORGANS[ORGANS.length - 1];
  return name.some((w) => BODY_WORDS.has(w)) ? null : ORGANS[ORGANS.length - 1];
}

interface Item {
  stems: string[];
  /** The index after it. */
  next: number;
  /** "2231 (2015)": a number with a year. */
  securityCouncil: boolean;
}

/** The item at `i`: "70/1", "31/6 A and B", "1514 (XV)", "3419 A to D (XXX)", "2231 (2015)"; null when none. */
function itemAt(words: Word[], i: number): Item | null {
  const first = words[i];
  if (!first) return null;
  const parts = first.after === '' ? partLetters(words, i + 1) : { letters: [], next: i + 1 };
  const slash = slashNumber(first.bare);
  if (slash) {
    return { stems: parts.letters.length ? parts.letters.map((l) => slash + l) : [slash], next: parts.next, securityCouncil: false };
  }
  if (!isDigits(first.bare) || first.bare.length > 4) return null;
  const session = words[parts.next] && words[parts.next - 1].after === '' ? sessionMark(words[parts.next].core) : null;
  if (!session) return null;
  const stems = parts.letters.length ? parts.letters.map((l) => first.bare + l + session) : [first.bare + session];
  return { stems, next: parts.next + 1, securityCouncil: /^\(\d{4}\)$/.test(session) };
}

/** A footnote marker standing apart: before a joint or an item ("14 April 2005 5 and"), or at a line's end. */
function isLoneMarker(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return /^\d{1,3}$/.test(words[i]?.bare ?? '') && (!next || next.line > words[i].line || ['and', 'or'].includes(next.bare) || slashNumber(next.bare) !== null);
}

/** Reads the list after the keyword at `keyword`, to the first word that is no item, joint or date. */
function readList(words: Word[], keyword: number, ownSymbol: string, out: CountedCitation[]): void {
  const decision = words[keyword].bare.toLowerCase().startsWith('decision');
  const organ = organBefore(words, keyword);
  let i = keyword + 1;
  for (let open = false; ; open = true) {
    if (!words[i] || /[.;:)\]]/.test(words[i - 1].after)) return;
    let item = itemAt(words, i);
    if (!item && open) {
      const resumed = afterPageBreak(words, i, ownSymbol);
      item = itemAt(words, resumed);
      if (item) i = resumed;
    }
    if (!item) return;
    for (const stem of item.stems) {
      // "2231 (2015)" is the Security Council's whoever is named ("the Council in its resolution").
      if (!organ && !item.securityCouncil) continue;
      // "its resolution 2013/1" of a commission: the Assembly numbers by session, and none has four digits.
      if (organ === ORGANS[ORGANS.length - 1] && !item.securityCouncil && /^\d{4}\//.test(stem)) continue;
      const base = item.securityCouncil && !decision ? 'S/RES/' : decision ? organ!.decision : organ!.resolution;
      out.push({ symbol: base + stem, line: words[i].line });
    }
    i = item.next;
    const dateAt = words[i]?.bare === 'adopted' && words[i + 1]?.bare === 'on' ? i + 2 : words[i]?.bare === 'of' && words[i - 1].after === '' ? i + 1 : -1;
    if (dateAt >= 0) {
      const end = dateEnd(words, dateAt) >= 0 ? dateEnd(words, dateAt) : dateEnd(words, afterPageBreak(words, dateAt, ownSymbol));
      if (end >= 0) i = end;
    }
    let joint = words[i - 1].after;
    if (isLoneMarker(words, i)) {
      joint ||= words[i].after;
      i++;
    }
    if (joint && joint !== ',') return;
    // "70/1, 71/2 and 72/3", "70/1 as well as its", "70/1 or 71/2".
    while (['and', 'or', 'as', 'well', 'its'].includes(words[i]?.bare) && words[i].after === '') i++;
  }
}

/**
 * The series of the United Nations' documents: its organs, the Secretariat, press releases,
 * programmes, regional commissions, treaty bodies, and the bodies of conventions concluded under
 * it. Other organizations' symbols (IMO's LEG/CONF.15/21, ILO's GB.346/…, UNESCO's IOC/…) are not the UN's.
 */
const UN_SERIES = new Set([
  'A',
  'S',
  'E',
  'T',
  'ST',
  'SG',
  'SC',
  'GA',
  'DP',
  'TD',
  'UNCTAD',
  'UNEP',
  'UNW',
  'UNICEF',
  'ECE',
  'ECA',
  'ECLAC',
  'ESCAP',
  'ESCWA',
  'CCPR',
  'CERD',
  'CEDAW',
  'CRC',
  'CAT',
  'CRPD',
  'CMW',
  'SPLOS',
  'CLCS',
  'ISBA',
  'ITLOS',
  'FCCC',
  'ICCD',
  'CBD',
  'CCW',
  'BWC',
  'APLC',
  'NPT',
]);

/** Document symbols: a word whose first part is a UN series, with a slash and a digit. */
function readSymbol(words: Word[], at: number, ownSymbol: string, out: CountedCitation[]): void {
  const word = words[at];
  if (word.raw.includes('://') || !word.bare.includes('/')) return;
  // "A/78/1234-S/2023/567": one document under two symbols.
  for (const one of word.bare.split(/-(?=[A-Z]+\/)/)) {
    if (!UN_SERIES.has(one.slice(0, one.indexOf('/'))) || !/\d/.test(one) || !/[\dA-Za-z.)]$/.test(one)) continue;
    // "S/RES/2231 (2015)": the year is the symbol's.
    const year = one.startsWith('S/RES/') && word.after === '' ? sessionMark(words[at + 1]?.core ?? '') : null;
    const symbol = year ? one + year : one;
    if (symbol === ownSymbol) continue;
    out.push({ symbol, line: word.line });
    // "A/55/140 and Corr.1 and Add.1": suffixes are documents of their own.
    let i = at + 1;
    while (words[i - 1].after === '' || words[i - 1].after === ',') {
      if (words[i]?.bare === 'and' && /^(Corr|Add|Rev)\.\d+$/.test(words[i + 1]?.bare ?? '')) i++;
      if (!/^(Corr|Add|Rev)\.\d+$/.test(words[i]?.bare ?? '')) break;
      out.push({ symbol: `${symbol}/${words[i].bare}`, line: words[i].line });
      i++;
    }
  }
}

/** Every citation a reader sees in `text` but the document's own symbol (the running head of each page). */
export function countCitations(text: string, ownSymbol: string): CountedCitation[] {
  const words = splitWords(text);
  const out: CountedCitation[] = [];
  for (let i = 0; i < words.length; i++) {
    // pypdf splits words ("res olution"): a reader joins them, and so the next word is the keyword.
    const joined = words[i].bare + (words[i + 1]?.bare ?? '');
    if (KEYWORDS.has(words[i].bare.toLowerCase())) readList(words, i, ownSymbol, out);
    else if (words[i].after === '' && KEYWORDS.has(joined.toLowerCase())) words[i + 1] = { ...words[i + 1], bare: joined };
    else readSymbol(words, i, ownSymbol, out);
  }
  return out;
}
