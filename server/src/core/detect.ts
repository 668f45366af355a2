// Whether a plain-text or markdown file is a resolution, judged from its opening:
// a document symbol line, "The General Assembly," and operative paragraphs (numbered, or a
// draft's opening with an operative verb), or the line that makes an amendment
// ("amendment to draft resolution A/C.2/80/L.13/Rev.1").
import { OPERATIVE_HEAD_VERBS, organNames } from './lexicon';

const SYMBOL_LINE = /^\s*(?:United Nations\s+)?(?:A|S|E)\/(?:[A-Z0-9.-]+\/)*[A-Z0-9.-]*\d[A-Z0-9.-]*\s*$/m;
const ORGAN = new RegExp(`^\\s*[*_]*The\\s+(?:${organNames()})\\s*,`, 'm');
const OPERATIVE = /^\s*(?:[-*] )?\**\d{1,3}\.\**\s+\**[A-Z][a-z]+/m;
/** An operative paragraph a draft left without its number: a line opening with a verb of the lexicon ("*Decides* to …"). */
const UNNUMBERED_OPERATIVE = new RegExp(`^\\s*[*_]{0,2}(?:${OPERATIVE_HEAD_VERBS.join('|')})[*_]{0,2} [a-z]`, 'm');
const AMENDMENT = /\bamendments? to (?:the )?(?:revised )?draft (?:resolution|decision)\s+[AES]\//i;
const HEADER_WORDS = /\b(?:Distr\.: (?:General|Limited)|Agenda items? \d|Resolution adopted by the General Assembly)\b/;

export function looksLikeResolution(text: string): boolean {
  const head = text.slice(0, 20_000);
  let score = 0;
  if (SYMBOL_LINE.test(head)) score++;
  const organ = ORGAN.test(head);
  if (organ || AMENDMENT.test(head)) score += 2;
  const body = text.slice(0, 200_000);
  // A verb opening a line is an operative paragraph's only below the organ line ("Notes on the amendment …" is a note).
  if (OPERATIVE.test(body) || (organ && UNNUMBERED_OPERATIVE.test(body))) score++;
  if (HEADER_WORDS.test(head)) score++;
  return score >= 3;
}
