// Which files a folder search and the editor's content detection take for UN documents.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeResolution } from '../src/core/detect';
import { CORPUS, TEXT_SHAPES, corpusText, manifest } from './corpus-helpers';
import { FIXTURES } from './helpers';

describe('content detection', () => {
  it('takes every corpus document in every text shape, the amendments included', () => {
    const missed = manifest().flatMap((entry) =>
      TEXT_SHAPES.filter((shape) => !looksLikeResolution(corpusText(shape, entry.stem))).map((shape) => `${shape}/${entry.stem}`),
    );
    assert.deepEqual(missed, []);
  });

  it('takes a draft as drafters write it: no symbol, no header, its operative paragraphs unnumbered', () => {
    assert.equal(looksLikeResolution(readFileSync(join(FIXTURES, 'drafts', 'restoration.md'), 'utf8')), true);
    assert.equal(looksLikeResolution('The General Assembly,\n\nRecalling its resolution 70/1,\n\nDecides to act.\n'), true);
    // A verb opening a line counts below the organ line only.
    assert.equal(looksLikeResolution('Notes on the amendment to draft resolution A/C.2/80/L.13/Rev.1\n\nDecides to meet again on Monday.\n'), false);
  });

  it('leaves out the notes beside them', () => {
    assert.equal(looksLikeResolution(readFileSync(join(CORPUS, 'README.md'), 'utf8')), false);
    assert.equal(looksLikeResolution('Notes on the amendment to draft resolution A/C.2/80/L.13/Rev.1, to discuss on Monday.'), false);
  });
});
