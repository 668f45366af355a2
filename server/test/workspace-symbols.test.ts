// Workspace symbols: the prepared names and character masks only skip work, they never
// change the answer — every query gives what matching each name in full gives.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { landing, rangeAt, WorkspaceIndex } from '../src/core/workspace-index';
import { prepareWorkspaceSymbols, workspaceSymbols } from '../src/lsp/workspace-symbols';
import { readFixture, SEEDS } from './helpers';
import { corpusText, manifest } from './corpus-helpers';

/** Every name in index order, matched character by character in order, without any shortcut. */
function plainSearch(index: WorkspaceIndex, query: string): Array<{ name: string; uri: string; line: number }> {
  const wanted = [...query.toLowerCase().replace(/\s+/g, '')];
  const matches = (name: string) => {
    let at = 0;
    for (const ch of wanted) {
      at = name.toLowerCase().indexOf(ch, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  };
  const out: Array<{ name: string; uri: string; line: number }> = [];
  for (const entry of index.all()) {
    const symbol = entry.symbols[0] ?? entry.uri.split('/').pop()!;
    const own = `${symbol} — ${entry.title ?? 'untitled'}`;
    if (matches(own)) out.push({ name: own, uri: entry.uri, line: landing(entry).start.line });
    entry.paragraphs.forEach((paragraph, i) => {
      const name = `${symbol} ${paragraph}`;
      if (matches(name)) out.push({ name, uri: entry.uri, line: rangeAt(entry.paragraphRanges, i).start.line });
    });
    if (out.length >= 500) break;
  }
  return out.slice(0, 500);
}

describe('workspace symbols', function () {
  this.timeout(60_000);
  const index = new WorkspaceIndex();
  before(async () => {
    for (const name of SEEDS) index.update(`file:///ws/${name}`, readFixture(name));
    for (const name of ['A_RES_71_28.res.txt', 'amendment-L4.res.txt']) index.update(`file:///ws/${name}`, readFixture(join('workspace', name)));
    for (const { stem } of manifest()) index.update(`file:///ws/corpus/${stem}.txt`, corpusText('pymupdf', stem));
    await prepareWorkspaceSymbols(index);
  });

  const queries = [
    '',
    'A/RES/73/266',
    '73266',
    'ares7128',
    'Decides',
    'requests the secretary-general',
    'Calls upon',
    'L.45',
    'cyber',
    'zzzz',
    '  ',
    'é',
    '—',
    'Ω',
  ];
  for (const query of queries) {
    it(`"${query}" finds what a plain search finds`, () => {
      const found = workspaceSymbols(index, query).map((s) => ({
        name: s.name,
        uri: s.location.uri,
        line: 'range' in s.location ? s.location.range.start.line : -1,
      }));
      assert.deepEqual(found, plainSearch(index, query));
    });
  }

  it('finds documents and paragraphs, and nothing for letters no name has', () => {
    const decides = workspaceSymbols(index, 'Decides').map((s) => s.name);
    // 48 paragraphs open with "Decides"; the other 25 names hold its letters in order ("6. Also decides", titles).
    assert.deepEqual([decides.length, decides.filter((name) => / Decides/.test(name)).length], [73, 48]);
    assert.equal(
      workspaceSymbols(index, 'A/RES/73/266')[0].name,
      'A/RES/73/266 — Advancing responsible State behaviour in cyberspace in the context of international security',
    );
    assert.deepEqual(workspaceSymbols(index, 'zzzz'), []);
  });
});
