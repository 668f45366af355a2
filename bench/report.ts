// The bench's results as the tables `npm run bench` prints and docs/performance.md shows,
// with each target of issue #8 and whether this run met it.
import type { BenchResults } from './bench';
import type { Summary } from './statistics';

export interface TargetCheck {
  target: string;
  figure: string;
  met: boolean | null;
}

function size(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(bytes >= 10 * 1048576 ? 0 : 1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function spread(summary: Summary): string {
  return `${ms(summary.median)} (${ms(summary.min)}–${ms(summary.max)})`;
}

function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function targets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const cleanLarge = results.parse.filter((p) => p.shape === 'clean' && p.size >= 1048576);
  if (cleanLarge.length > 0) {
    const slowest = Math.min(...cleanLarge.map((p) => p.megabytesPerSecond));
    checks.push({ target: 'parse ≥ 50 MB/s on clean text (1 MB and up)', figure: `${slowest.toFixed(1)} MB/s`, met: slowest >= 50 });
  }
  for (const growth of results.growth) {
    checks.push({
      target: `linear: ${size(growth.to)} / ${size(growth.from)} parse time ≈ ${Math.round(growth.to / growth.from)} (${growth.shape})`,
      figure: `${growth.ratio.toFixed(1)}×`,
      met: growth.ratio <= (growth.to / growth.from) * 1.3,
    });
  }
  const { server } = results;
  if (server) {
    checks.push({
      target: `edit → diagnostics p95 ≤ 10 ms (${size(server.documentBytes)})`,
      figure: `${ms(server.editToDiagnostics.p95)} ms`,
      met: server.editToDiagnostics.p95 <= 10,
    });
    const slowestRequest = server.requests.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    checks.push({
      target: `any request p95 ≤ 5 ms (${size(server.documentBytes)})`,
      figure: `${ms(slowestRequest.p95)} ms (${slowestRequest.name})`,
      met: slowestRequest.p95 <= 5,
    });
  }
  const largest = results.workspaces[results.workspaces.length - 1];
  if (largest) {
    checks.push({
      target: `index ${largest.documents} documents ≤ 5 s`,
      figure: `${(largest.cold.median / 1000).toFixed(1)} s`,
      met: largest.cold.median <= 5000,
    });
    checks.push({
      target: `server RSS ≤ 300 MB with ${largest.documents} indexed`,
      figure: largest.rssMB === null ? 'n/a' : `${largest.rssMB.toFixed(0)} MB`,
      met: largest.rssMB === null ? null : largest.rssMB <= 300,
    });
    checks.push({
      target: `warm start ${largest.documents} documents ≤ 1 s`,
      figure: `${(largest.warm.median / 1000).toFixed(2)} s`,
      met: largest.warm.median <= 1000,
    });
  }
  for (const peer of results.peer.filter((p) => p.size >= 1048576)) {
    const figure = peer.ratio === null ? `peer failed (${'failure' in peer.peer ? peer.peer.failure : ''})` : `ours / theirs ${peer.ratio.toFixed(2)}`;
    checks.push({ target: `≥ 10× faster than the Markdown service (${size(peer.size)})`, figure, met: peer.ratio === null ? null : peer.ratio <= 0.1 });
  }
  return checks;
}

export function formatReport(results: BenchResults): string {
  const { machine } = results;
  const parts: string[] = [];
  parts.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} (${machine.platform}); load average ${machine.load.start.toFixed(1)} → ${machine.load.end?.toFixed(1) ?? '?'}${results.smoke ? ' — smoke run' : ''}`,
  );
  parts.push(
    `Times in ms: median (min–max) over repeated runs. Parse and outline + folding timed on the core as ${results.core === 'esbuild bundle' ? 'bundled by esbuild (as shipped)' : 'TypeScript sources under tsx (bundling failed; slower than shipped)'}; the server is dist/server.js.`,
  );
  // A part run alone (--only) leaves the others' tables out.
  const table = (header: string[], rows: string[][]) => (rows.length > 0 ? formatTable(header, rows) : '');
  parts.push(
    table(
      ['parse', 'shape', 'bytes', 'ms', 'MB/s'],
      results.parse.map((p) => [size(p.size), p.shape, String(p.bytes), spread(p.milliseconds), p.megabytesPerSecond.toFixed(1)]),
    ),
  );
  parts.push(
    table(
      ['outline + folding', 'ours (clean)', 'Markdown service', 'ours / theirs'],
      results.peer.map((p) => [
        size(p.size),
        spread(p.ours),
        'failure' in p.peer ? `failed: ${p.peer.failure}` : spread(p.peer),
        p.ratio === null ? '—' : p.ratio.toFixed(2),
      ]),
    ),
  );
  const { server } = results;
  if (server) {
    parts.push(
      table(
        [`server, ${size(server.documentBytes)} PDF-shaped text (${server.pages} pages)`, 'p50 ms', 'p95 ms', 'min–max', 'n'],
        [...server.requests, server.editToDiagnostics, ...server.editPaths].map((l) => [
          l.name === 'edit → diagnostics' ? 'edit → diagnostics (debounce 0)' : 'path' in l ? `… by ${l.path}` : l.name,
          ms(l.p50),
          ms(l.p95),
          `${ms(l.min)}–${ms(l.max)}`,
          String(l.samples),
        ]),
      ),
    );
    const { symbols, bytes, jsonMs } = server.documentSymbolPayload;
    parts.push(
      `The outline answer holds ${symbols} symbols in ${size(bytes)} of JSON; writing and reading that JSON alone takes ${ms(jsonMs.median)} ms here (the floor of any answer of its size over JSON-RPC). Edits: one character typed at a line's end, then taken back; "by …" splits them by how the server read the text (replayed on the core).`,
    );
  }
  parts.push(
    table(
      ['workspace', 'MB', 'cold index ms', 'its server CPU ms', 'RSS MB', 'warm start ms', 'its server CPU ms', 'workspace/symbol p50 / p95 ms'],
      results.workspaces.map((w) => [
        `${w.documents} documents`,
        w.megabytes.toFixed(1),
        spread(w.cold),
        w.coldCpu ? ms(w.coldCpu.median) : 'n/a',
        w.rssMB?.toFixed(0) ?? 'n/a',
        spread(w.warm),
        w.warmCpu ? ms(w.warmCpu.median) : 'n/a',
        `${ms(w.workspaceSymbol.p50)} / ${ms(w.workspaceSymbol.p95)}`,
      ]),
    ),
  );
  parts.push(
    table(
      ['target', 'this run', 'met'],
      targets(results).map((t) => [t.target, t.figure, t.met === null ? '—' : t.met ? 'yes' : 'no']),
    ),
  );
  return parts.filter((part) => part.length > 0).join('\n\n');
}
