// The language server under thousands of random edits and requests over the protocol
// (see protocol-fuzz.ts); `npm run fuzz -- --edits 100000` runs the long version.
import { strict as assert } from 'node:assert';
import { fuzzServer } from './protocol-fuzz';

describe('language server under random edits and requests', function () {
  this.timeout(120_000);
  it("answers every request validly, never exits and ends with the client's text (3,000 edits, seed 6)", async () => {
    const result = await fuzzServer({ edits: 3000, seed: 6 });
    console.log(
      `      ${result.edits} edits, ${result.requests} requests (${result.cancelled} cancelled), ${result.diagnostics} diagnostics in ${(result.milliseconds / 1000).toFixed(1)} s; peak RSS ${result.maxRssMB} MB`,
    );
    assert.deepEqual(result.problems, []);
    assert.equal(result.edits, 3000);
    assert.ok(result.requests > 1000, `${result.requests} requests`);
  });
});
