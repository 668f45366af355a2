// Incremental = full: after any sequence of edits, what the server holds for an open
// document (DocumentStore's cached model, the workspace index entry) is exactly what a
// fresh parse of the edited text gives — also after the features have read the cached
// model, and when some versions were never asked for.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { fingerprint, summarize, WorkspaceIndex } from '../src/core/workspace-index';
import { DocumentStore } from '../src/lsp/document-store';
import { DEFAULT_SETTINGS, analysisLimits } from '../src/lsp/settings';
import { documentSymbols } from '../src/lsp/document-symbols';
import { foldingRanges } from '../src/lsp/folding-ranges';
import { readFixture, SEEDS } from './helpers';
import { randomEdit, seededRandom } from './realistic-edits';

describe('open documents under long sequences of realistic edits', function () {
  this.timeout(60_000);
  for (const name of SEEDS) {
    it(`${name}: the cached model and the index entry equal a fresh parse after every edit`, () => {
      const uri = `file:///workspace/${name}`;
      let edits = 0;
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 30, maxLength: 50 }), (seeds) => {
          const index = new WorkspaceIndex();
          const store = new DocumentStore(() => analysisLimits(DEFAULT_SETTINGS), index, (_, reason) => assert.fail(`a seed ${reason}`));
          const document = TextDocument.create(uri, 'un-resolution', 1, readFixture(name));
          for (const seed of seeds) {
            const random = seededRandom(seed);
            TextDocument.update(document, [randomEdit(document, random).change], document.version + 1);
            edits++;
            // Like the server, the store is not asked about every version.
            if (random() < 0.3) continue;
            const cached = store.get(document).doc;
            checkDocument(cached);
            documentSymbols(cached);
            foldingRanges(cached);
            const text = document.getText();
            const fresh = parse(text);
            assert.deepEqual(store.get(document).doc, fresh);
            assert.deepEqual(index.get(uri), summarize(uri, fresh, fingerprint(text)));
          }
        }),
        { numRuns: 2 },
      );
      assert.ok(edits >= 60);
    });
  }
});
