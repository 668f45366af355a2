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
import { citationParagraph } from './citation-paragraph';
import { citationDate } from './citation-date';
import { citationTitle } from './citation-title';
import { styleDate } from './style-date';
import { styleThisResolution } from './style-this-resolution';
import { styleResolutionCase } from './style-resolution-case';
import { styleUnitedNations } from './style-united-nations';
import { styleSecretaryGeneral } from './style-secretary-general';
import { styleRepeatedVerb } from './style-repeated-verb';
import { styleDoubleSpace } from './style-double-space';
import { styleStraightQuotes } from './style-straight-quotes';
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
  citationParagraph,
  citationDate,
  citationTitle,
  styleDate,
  styleThisResolution,
  styleResolutionCase,
  styleUnitedNations,
  styleSecretaryGeneral,
  styleRepeatedVerb,
  styleDoubleSpace,
  styleStraightQuotes,
  draftPlaceholder,
];
