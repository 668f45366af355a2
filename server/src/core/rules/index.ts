// Every diagnostic rule, in the order their findings are listed.
import type { Rule } from './rule';
import { numberingGap } from './numbering-gap';
import { numberingDuplicate } from './numbering-duplicate';
import { numberingOrder } from './numbering-order';
import { numberingStart } from './numbering-start';
import { numberingSuffix } from './numbering-suffix';
import { numberingStyle } from './numbering-style';
import { numberingDecimalParent } from './numbering-decimal-parent';
import { numberingLabelPunctuation } from './numbering-label-punctuation';
import { numberingMissing } from './numbering-missing';
import { structureOperativePhrase } from './structure-operative-phrase';
import { structurePreambularPhrase } from './structure-preambular-phrase';
import { structureRepeatedPhrase } from './structure-repeated-phrase';
import { footnoteMissing } from './footnote-missing';
import { footnoteUnreferenced } from './footnote-unreferenced';
import { referenceParagraph } from './reference-paragraph';
import { referenceDeleted } from './reference-deleted';
import { referenceMoved } from './reference-moved';
import { punctuationPreamble } from './punctuation-preamble';
import { punctuationOperative } from './punctuation-operative';
import { draftPlaceholder } from './draft-placeholder';

export const RULES: readonly Rule[] = [
  numberingGap,
  numberingDuplicate,
  numberingOrder,
  numberingStart,
  numberingSuffix,
  numberingStyle,
  numberingDecimalParent,
  numberingLabelPunctuation,
  numberingMissing,
  structureOperativePhrase,
  structurePreambularPhrase,
  structureRepeatedPhrase,
  footnoteMissing,
  footnoteUnreferenced,
  referenceParagraph,
  referenceDeleted,
  referenceMoved,
  punctuationPreamble,
  punctuationOperative,
  draftPlaceholder,
];
