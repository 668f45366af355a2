// Operative paragraphs a draft left without their numbers ("Decides …;" "Requests …;"), told by
// the grammar where no label tells: an operative verb of the lexicon opening the block, and its
// place. The first opens the operative part after the preamble, whose last paragraph ends with a
// comma; each next one follows a paragraph or item that ended with a semicolon or a full stop (after
// a colon come the paragraph's own items or a quotation).
import { opensWithLexiconVerb } from '../phrases';
import { closesTail } from './block-text';
import type { Block } from './reading';
import { ENDS_PARAGRAPH, ENDS_SENTENCE, ENDS_WITH_FULL_STOP, ENDS_WITH_SEMICOLON } from './text-ends';

/** Whether blocks[at] is the first operative paragraph, unnumbered: after the organ line or a preambular paragraph's comma, its sentence closed. */
export function opensOperativePartUnnumbered(blocks: readonly Block[], at: number): boolean {
  const block = blocks[at];
  if (block.label || !opensWithLexiconVerb(block.text.text) || !closesTail(block, ENDS_SENTENCE)) return false;
  const before = blocks[at - 1];
  return before === undefined || (closesTail(before, ENDS_PARAGRAPH) && !closesTail(before, ENDS_SENTENCE));
}

/** Whether blocks[at], in the operative part, is a paragraph of its own without its number: after a finished paragraph or item. */
export function opensUnnumberedParagraph(blocks: readonly Block[], at: number): boolean {
  const block = blocks[at];
  const before = blocks[at - 1];
  return (
    !block.label &&
    before !== undefined &&
    (closesTail(before, ENDS_WITH_SEMICOLON) || closesTail(before, ENDS_WITH_FULL_STOP)) &&
    opensWithLexiconVerb(block.text.text)
  );
}
