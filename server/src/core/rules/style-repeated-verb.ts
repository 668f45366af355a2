import { repeatedVerbs } from '../fixes/repeated-verb';
import { bodyParts } from '../parts';
import type { Rule } from './rule';

export const styleRepeatedVerb: Rule = {
  code: 'style.repeated-verb',
  // The UN's adopted texts repeat a verb plainly as often as not ("Requests …", "Requests …" in A/RES/73/266):
  // a house style that wants "Also requests" turns the rule on (as a hint).
  severity: 'off',
  reads: 'outline',
  description:
    'An operative paragraph opening with the verb of an earlier one, which house style qualifies ("Also decides", then "Further decides"); off unless set (to hint, say), as the UN\'s adopted texts often repeat a verb plainly.',
  example: '`Decides` … `Decides` → `Also decides`',
  check(doc) {
    // A verb repeats within its own part of a resolution in parts.
    return bodyParts(doc).flatMap((part) =>
      repeatedVerbs(part.operative).map(({ phrase, first, replacement }) => ({
        message: `"${phrase.value}" repeats the verb of paragraph ${first.label?.text ?? 'above'}; house style writes "${replacement}".`,
        range: phrase.range,
        data: { replacement },
      })),
    );
  },
};
