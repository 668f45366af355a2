// Writes test-fixtures/corpus-expected/diagnostics.json and disagreements.json from today's
// reading of every corpus text shape, for review in the diff: `npx tsx scripts/corpus-expected.ts`.
// The corpus test compares against them, so a change in any shape's reading shows there.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core/parser';
import { checkDocument } from '../server/src/core/check';
import { ALL_TEXT_SHAPES, EXPECTED, corpusText, manifest, readExpected, signature } from '../server/test/corpus-helpers';

const diagnostics: Record<string, Record<string, string[]>> = {};
const disagreements = readExpected<Record<string, string[]>>('disagreements.json');
for (const { stem } of manifest()) {
  diagnostics[stem] = {};
  const reference = signature(parse(corpusText('pymupdf', stem))).join('\n');
  // The PDF's own entry is kept: the corpus test's PDF route checks it.
  const differing: string[] = (disagreements[stem] ?? []).filter((shape) => shape === 'pdf');
  for (const shape of ALL_TEXT_SHAPES) {
    const doc = parse(corpusText(shape, stem));
    diagnostics[stem][shape] = checkDocument(doc)
      .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
      .map((d) => `${d.code}@${d.range.start.line + 1}`);
    if (shape !== 'pymupdf' && signature(doc).join('\n') !== reference) differing.push(shape);
  }
  if (differing.length > 0) disagreements[stem] = differing;
  else delete disagreements[stem];
}
writeFileSync(join(EXPECTED, 'diagnostics.json'), `${JSON.stringify(diagnostics, null, 1)}\n`);
writeFileSync(join(EXPECTED, 'disagreements.json'), `${JSON.stringify(disagreements, null, 1)}\n`);
