// `npm run bench -- --smoke`: the bench runs end to end on small inputs, prints every
// table and writes its results, so the full bench keeps working between runs.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { END, PERFORMANCE_DOC, START, withResults } from '../../bench/performance-doc';
import { formatReport } from '../../bench/report';

const ROOT = join(__dirname, '..', '..');

describe('bench (smoke run)', function () {
  this.timeout(180_000);

  it('prints the parse, peer, server, workspace and target tables and writes the results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'un-resolution-bench-test-'));
    try {
      const out = join(dir, 'results.json');
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'run.ts'), '--smoke', '--out', out], {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      });
      for (const heading of ['| parse ', '| outline + folding ', '| server, ', '| edit → diagnostics (debounce 0) ', '| workspace ', '| target '])
        assert.ok(stdout.includes(heading), `missing ${heading}`);
      const results = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(results.smoke, true);
      assert.deepEqual(
        results.parse.map((p: { shape: string }) => p.shape),
        ['clean', 'pdf', 'clean', 'pdf'],
      );
      assert.ok(results.parse.every((p: { megabytesPerSecond: number }) => p.megabytesPerSecond > 0));
      assert.ok(results.peer.every((p: { ratio: number | null }) => p.ratio === null || p.ratio > 0));
      assert.deepEqual(
        results.server.requests.map((r: { name: string }) => r.name),
        ['documentSymbol', 'foldingRange', 'hover', 'definition', 'references'],
      );
      // Every edit falls in one of the paths, and every typed edit in one of the two reads.
      const paths = results.server.editPaths as Array<{ path: string; samples: number }>;
      assert.equal(
        paths.reduce((sum, p) => sum + p.samples, 0),
        results.server.editToDiagnostics.samples,
      );
      assert.equal(paths.find((p) => p.path === 'edit taken back')?.samples, results.server.editToDiagnostics.samples / 2);
      assert.ok(results.server.documentSymbolPayload.symbols > 100 && results.server.documentSymbolPayload.bytes > 10_000);
      assert.ok(stdout.includes(`holds ${results.server.documentSymbolPayload.symbols} symbols`));
      assert.equal(results.workspaces[0].documents, 20);
      assert.ok(results.targets.length > 0);
      // docs/performance.md gets its figures from the results: only the block between the markers changes.
      const page = readFileSync(PERFORMANCE_DOC, 'utf8');
      const written = withResults(page, results);
      const when = `${results.machine.date.slice(0, 10)} ${results.machine.date.slice(11, 16)} UTC`;
      assert.equal(
        written,
        `${page.slice(0, page.indexOf(START) + START.length)}\nLatest full run: ${when}.\n\n${formatReport(results)}\n${page.slice(page.indexOf(END))}`,
      );
      assert.equal(withResults(written, results), written);
      assert.throws(() => withResults('# Performance\n', results), /has no results block/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
