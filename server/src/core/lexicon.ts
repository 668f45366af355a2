// Words of the UN's drafting language, drawn from the Editorial Manual and real
// resolutions. Kept as data so rules and completions share one source.
import { splittable } from './stray-spaces';
import { isWhitespaceCode } from './whitespace';

/**
 * The organs whose resolutions open with their name ("The Security Council,"): the General
 * Assembly's, and those a text cites and a library holds beside them.
 */
export const RESOLVING_ORGANS = ['General Assembly', 'Security Council', 'Economic and Social Council', 'Human Rights Council'];
/** Their names as a pattern's alternatives, words apart by any white space (`words` rewrites each word). */
export function organNames(words: (word: string) => string = (word) => word): string {
  return RESOLVING_ORGANS.map((name) => name.split(' ').map(words).join('\\s+')).join('|');
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The months' names for a pattern, each however an extractor split it ("Decem ber"). */
export const MONTH_WORDS = MONTHS.map(splittable).join('|');

/** "22 December 2018" (also "22 December\n2018" once lines are joined, and "30 June  2025" or "4 Decem ber 2024" as pypdf spaces it). */
export const DATE_PATTERN = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTH_WORDS})\\s+\\d{4}\\b`, 'g');
/** A date and nothing else ("14 December 2023"); made once, not per line. */
export const DATE_ALONE = new RegExp(`^${DATE_PATTERN.source}$`);
/** The first date in a text (not global: no lastIndex to reset). */
export const FIRST_DATE = new RegExp(DATE_PATTERN.source);

/** A date DATE_PATTERN matched, as printed: "4 December 2024" for "4 Decem ber  2024". */
export function printedDate(written: string): string {
  // Most are: two single spaces.
  const first = written.indexOf(' ');
  const last = written.lastIndexOf(' ');
  if (written.indexOf(' ', first + 1) === last && last - first > 3 && written.length - last === 5) return written;
  const words = written.split(/\s+/);
  return words.length <= 3 ? words.join(' ') : `${words[0]} ${words.slice(1, -1).join('')} ${words[words.length - 1]}`;
}

const UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The words of an ordinal in lower case, split at hyphens and white space: "Seventy-third" → seventy, third. */
function ordinalParts(words: string): string[] {
  // Read by character code: a replace and a split by pattern took microseconds for each header.
  const lower = words.toLowerCase();
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 45;
    if (code === 45 || isWhitespaceCode(code)) {
      if (start >= 0) parts.push(lower.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  return parts;
}

/** "Seventy-third" → 73, "Eightieth" → 80; null when the words are not an ordinal. */
export function ordinalWordsToNumber(words: string): number | null {
  const parts = ordinalParts(words);
  if (parts.length === 1) return UNITS[parts[0]] ?? null;
  if (parts.length === 2 && TENS[parts[0]] !== undefined && UNITS[parts[1]] !== undefined && UNITS[parts[1]] < 10) {
    return TENS[parts[0]] + UNITS[parts[1]];
  }
  return null;
}

/** Committees by number, as their names appear in headers and report lines. */
export const COMMITTEES: Record<string, string> = {
  '1': 'First Committee',
  '2': 'Second Committee',
  '3': 'Third Committee',
  '4': 'Fourth Committee',
  '5': 'Fifth Committee',
  '6': 'Sixth Committee',
};

/**
 * Adjectives and other non-participle words that open preambular paragraphs.
 * Participles (-ing, -ed) are recognised by form.
 */
export const PREAMBULAR_ADJECTIVES = new Set([
  'Mindful',
  'Conscious',
  'Aware',
  'Cognizant',
  'Desirous',
  'Appreciative',
  'Grateful',
  'Confident',
  'Anxious',
  'Fully',
  'Deeply',
  'Gravely',
  'Seriously',
  'Profoundly',
  'Strongly',
  'Firmly',
  'Greatly',
  'Particularly',
  'Extremely',
  'Keenly',
  'Acutely',
  'Sincerely',
  'Also',
  'Further',
  'Equally',
  'Aware',
  'Bearing',
  'Keeping',
  'Having',
  'Taking',
  'Paying',
  'Guided',
  'Sure',
  'Resolute',
  'Solemnly',
  'Reaffirming',
  'Recalling',
  'Noting',
]);

/** Multi-word continuations that belong to a preambular head word. */
export const PREAMBULAR_CONTINUATIONS: Record<string, string[]> = {
  Bearing: ['in mind'],
  Keeping: ['in mind'],
  Taking: ['note', 'into account', 'into consideration', 'account'],
  Paying: ['tribute'],
  Guided: ['by'],
  Having: ['considered', 'examined', 'heard', 'received', 'reviewed', 'adopted', 'studied', 'regard', 'met'],
};

/** Adverbs that qualify a repeated phrase: `Also decides`, `Recalling further`. */
export const REPETITION_ADVERBS = ['also', 'further', 'again', 'once again', 'furthermore', 'moreover'];

/** Degree adverbs that may open an operative phrase: `Strongly condemns`. */
export const OPERATIVE_ADVERBS = new Set([
  'Also',
  'Further',
  'Again',
  'Once',
  'Strongly',
  'Firmly',
  'Hereby',
  'Solemnly',
  'Reiterates',
  'Urgently',
  'Deeply',
  'Fully',
  'Unequivocally',
  'Resolutely',
  'Emphatically',
  'Warmly',
  'Respectfully',
  'Encourages',
  'Formally',
  'Duly',
  'Kindly',
  'Therefore',
  'Equally',
  'Reaffirms',
  'Gravely',
  'Seriously',
]);

/** Nouns of `Expresses its appreciation`, `Notes with concern` and `Expressing deep concern`. */
export const FEELING_NOUNS = [
  'appreciation',
  'concern',
  'gratitude',
  'satisfaction',
  'regret',
  'support',
  'condolences',
  'solidarity',
  'interest',
  'alarm',
  'sympathy',
  'thanks',
  'hope',
  'commitment',
  'determination',
  'conviction',
  'readiness',
  'willingness',
  'outrage',
  'dismay',
  'recognition',
  'serious concern',
];

export const FEELING_INTENSIFIERS = [
  'deep',
  'grave',
  'serious',
  'great',
  'profound',
  'sincere',
  'full',
  'strong',
  'utmost',
  'particular',
  'continued',
  'deepest',
  'sincerest',
  'warm',
];

/** The common operative verbs, in the order completion offers them. */
export const OPERATIVE_VERBS = [
  'Decides',
  'Requests',
  'Calls upon',
  'Urges',
  'Invites',
  'Encourages',
  'Welcomes',
  'Takes note of',
  'Reaffirms',
  'Stresses',
  'Emphasizes',
  'Recognizes',
  'Notes',
  'Expresses its appreciation',
  'Underlines',
  'Recommends',
  'Acknowledges',
  'Affirms',
  'Approves',
  'Endorses',
  'Adopts',
  'Condemns',
  'Supports',
  'Considers',
  'Reiterates',
  'Commends',
  'Authorizes',
  'Appeals',
  'Proclaims',
  'Designates',
  'Deplores',
  'Regrets',
  'Highlights',
  'Underscores',
  'Notes with concern',
];

/** The verbs that open OPERATIVE_VERBS' phrases ("Calls upon" → "Calls"). */
export const OPERATIVE_HEAD_VERBS = [...new Set(OPERATIVE_VERBS.map((phrase) => phrase.split(' ')[0]))];

/** The common preambular openings, in the order completion offers them. */
export const PREAMBULAR_PHRASES = [
  'Recalling',
  'Reaffirming',
  'Noting',
  'Recognizing',
  'Bearing in mind',
  'Welcoming',
  'Emphasizing',
  'Stressing',
  'Acknowledging',
  'Expressing concern',
  'Noting with concern',
  'Deeply concerned',
  'Taking note of',
  'Mindful',
  'Conscious',
  'Convinced',
  'Guided by',
  'Having considered',
  'Underlining',
  'Considering',
  'Affirming',
  'Aware',
  'Concerned',
  'Determined',
  'Alarmed',
];

/**
 * Further words that open paragraphs in the Editorial Manual's lists of preambular and operative
 * phrases, beyond those completion offers: with them, the words an opening split by an
 * extractor's stray space is joined into (split-words.ts).
 */
export const MORE_OPENING_WORDS = [
  'Accepting',
  'Acting',
  'Appreciating',
  'Believing',
  'Calling',
  'Commending',
  'Committed',
  'Condemning',
  'Contemplating',
  'Declaring',
  'Deploring',
  'Desiring',
  'Disturbed',
  'Encouraged',
  'Encouraging',
  'Endorsing',
  'Expecting',
  'Fulfilling',
  'Highlighting',
  'Looking',
  'Observing',
  'Realizing',
  'Referring',
  'Regretting',
  'Reiterating',
  'Reminding',
  'Resolved',
  'Seeking',
  'Sharing',
  'Supporting',
  'Underscoring',
  'Urging',
  'Viewing',
  'Accepts',
  'Agrees',
  'Appreciates',
  'Commits',
  'Confirms',
  'Congratulates',
  'Declares',
  'Demands',
  'Directs',
  'Establishes',
  'Extends',
  'Recalls',
  'Reminds',
  'Renews',
  'Resolves',
  'Transmits',
  'Trusts',
];

/**
 * Short words of English in their own right besides the lexicon's (and "I", "a"): pieces that
 * are all words of the lexicon or of this list are words apart, not one word split.
 */
export const SHORT_WORDS = new Set([
  'a',
  'i',
  'am',
  'an',
  'as',
  'at',
  'be',
  'do',
  'go',
  'he',
  'if',
  'is',
  'it',
  'me',
  'my',
  'no',
  'on',
  'or',
  'so',
  'to',
  'up',
  'us',
  'we',
  'all',
  'and',
  'any',
  'are',
  'but',
  'can',
  'for',
  'had',
  'has',
  'her',
  'his',
  'how',
  'may',
  'new',
  'not',
  'now',
  'one',
  'our',
  'out',
  'own',
  'per',
  'see',
  'she',
  'the',
  'too',
  'two',
  'use',
  'was',
  'who',
  'why',
  'yet',
  'been',
  'both',
  'each',
  'even',
  'from',
  'have',
  'here',
  'more',
  'most',
  'much',
  'must',
  'only',
  'over',
  'same',
  'some',
  'such',
  'than',
  'that',
  'them',
  'then',
  'they',
  'this',
  'thus',
  'very',
  'well',
  'were',
  'what',
  'when',
  'will',
  'under',
  'there',
  'these',
  'those',
  'where',
  'which',
  'while',
  'would',
  'their',
  'other',
  'after',
  'before',
  'about',
]);
