// The language server measured over stdio: request latency and edit → diagnostics on
// a large document, and indexing, memory, warm start and workspace symbols on large
// workspaces. Every session is a fresh server process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestServer } from '../server/test/lsp-client';
import { Random } from './random';
import { cpuMilliseconds, openSession, residentMegabytes } from './server-session';
import { percentile, summarize, timeRuns, type Summary } from './statistics';
import type { Inputs } from './inputs';
import { fullParse, reparse } from '../server/src/core/incremental-parse';

export interface Latency {
  name: string;
  p50: number;
  p95: number;
  min: number;
  max: number;
  samples: number;
}

export interface IndexFigures {
  documents: number;
  megabytes: number;
  cold: Summary;
  /** The server's CPU time for the same runs (null off Linux). */
  coldCpu: Summary | null;
  rssMB: number | null;
  warm: Summary;
  warmCpu: Summary | null;
  workspaceSymbol: Latency;
}

/** What an outline answer weighs, and what writing and reading its JSON alone takes here: the floor of any answer of that size over JSON-RPC. */
export interface PayloadFigures {
  symbols: number;
  bytes: number;
  /** JSON.stringify then JSON.parse of the answer, in the bench's process. */
  jsonMs: Summary;
}

/** Which way the server read each edit's text (replayed on the core): the paragraph re-read, the whole parse, or the version before (an edit taken back). */
export type EditPath = 'paragraph re-read' | 'full parse' | 'edit taken back';

export interface EditPathLatency extends Latency {
  path: EditPath;
}

/** The debounce is 0 so the time measured is the server's work, not its pause in typing. */
const IMMEDIATE_DIAGNOSTICS = { diagnostics: { debounceMs: 0 } };

function latency(name: string, samples: number[]): Latency {
  const { min, max } = summarize(samples);
  return { name, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), min, max, samples: samples.length };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Positions spread over the text: on citations, on paragraph labels and anywhere on a line. */
function positionsIn(text: string, count: number): Array<{ line: number; character: number }> {
  const lines = text.split('\n');
  const random = new Random(count);
  const positions: Array<{ line: number; character: number }> = [];
  while (positions.length < count) {
    const line = random.int(lines.length);
    const content = lines[line];
    if (content.trim().length === 0) continue;
    const citation = /\d{1,3}\/\d{1,4}/.exec(content);
    const kind = positions.length % 3;
    const character = kind === 0 && citation ? citation.index + 1 : kind === 1 ? content.search(/\S/) : random.int(content.length);
    positions.push({ line, character });
  }
  return positions;
}

/** Latency of each request on `text` (opened as one document), and of edit → diagnostics. */
export async function measureDocument(
  text: string,
  samples: number,
): Promise<{ requests: Latency[]; documentSymbolPayload: PayloadFigures; editToDiagnostics: Latency; editPaths: EditPathLatency[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'un-resolution-bench-doc-'));
  const uri = pathToFileURL(join(dir, 'A_RES_79_144.txt')).href;
  const server = await openSession({ settings: { ...IMMEDIATE_DIAGNOSTICS, index: { enabled: false } } });
  try {
    const opened = server.diagnostics(uri, () => true, 120_000);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
    await opened;
    const textDocument = { uri };
    const positions = positionsIn(text, samples);
    const requests: Array<[string, (i: number) => [string, unknown]]> = [
      ['documentSymbol', () => ['textDocument/documentSymbol', { textDocument }]],
      ['foldingRange', () => ['textDocument/foldingRange', { textDocument }]],
      ['hover', (i) => ['textDocument/hover', { textDocument, position: positions[i] }]],
      ['definition', (i) => ['textDocument/definition', { textDocument, position: positions[i] }]],
      ['references', (i) => ['textDocument/references', { textDocument, position: positions[i], context: { includeDeclaration: true } }]],
    ];
    const results: Latency[] = [];
    let outline: unknown = null;
    for (const [name, request] of requests) {
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        const [method, params] = request(i);
        times.push(
          await timed(async () => {
            const answer = await server.connection.sendRequest(method, params);
            if (name === 'documentSymbol') outline = answer;
          }),
        );
      }
      results.push(latency(name, times));
    }
    const edits = await measureEdits(server, uri, text, samples);
    return { requests: results, documentSymbolPayload: payloadOf(outline, samples), ...edits };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function payloadOf(answer: unknown, runs: number): PayloadFigures {
  const count = (list: unknown): number => (Array.isArray(list) ? list.reduce((sum: number, s: { children?: unknown }) => sum + 1 + count(s.children), 0) : 0);
  const json = JSON.stringify(answer);
  return { symbols: count(answer), bytes: Buffer.byteLength(json), jsonMs: summarize(timeRuns(runs, () => JSON.parse(JSON.stringify(answer)))) };
}

/** One character typed at the end of a line, then taken back, each timed to its published diagnostics. */
async function measureEdits(
  server: TestServer,
  uri: string,
  text: string,
  samples: number,
): Promise<{ editToDiagnostics: Latency; editPaths: EditPathLatency[] }> {
  const lines = text.split('\n');
  const lineStarts = [0];
  for (const content of lines) lineStarts.push(lineStarts[lineStarts.length - 1] + content.length + 1);
  const positions = positionsIn(text, samples);
  const opened = fullParse(text);
  const times: number[] = [];
  const byPath = new Map<EditPath, number[]>();
  let version = 1;
  for (const { line } of positions) {
    // Each typed edit is made on the text as opened (the one before it was taken back), as the server reads it.
    const lineEnd = lineStarts[line] + lines[line].length;
    const fast = reparse(opened, `${text.slice(0, lineEnd)}x${text.slice(lineEnd)}`).edit !== null;
    for (const typed of [true, false]) {
      version++;
      const at = { line, character: lines[line].length };
      const change = typed ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line, character: at.character + 1 } }, text: '' };
      const expected = version;
      const took = await timed(async () => {
        const published = server.diagnostics(uri, (params) => params.version === expected, 60_000);
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: expected }, contentChanges: [change] });
        await published;
      });
      times.push(took);
      const path: EditPath = !typed ? 'edit taken back' : fast ? 'paragraph re-read' : 'full parse';
      byPath.set(path, [...(byPath.get(path) ?? []), took]);
    }
  }
  const paths: EditPath[] = ['paragraph re-read', 'full parse', 'edit taken back'];
  return {
    editToDiagnostics: latency('edit → diagnostics', times),
    editPaths: paths.filter((path) => byPath.has(path)).map((path) => ({ path, ...latency(path, byPath.get(path)!) })),
  };
}

/** A server on `folder` with indexing off at start, turned on and run through `unResolution/reindex`. */
async function indexedSession(
  folder: string,
  storagePath: string,
  workers: number | null,
): Promise<{ server: TestServer; milliseconds: number; cpu: number | null }> {
  const server = await openSession({ folder, storagePath, settings: { index: { enabled: false, workers } } });
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unResolution: { index: { enabled: true, workers } } } });
  const cpuBefore = cpuMilliseconds(server);
  const milliseconds = await timed(() => server.connection.sendRequest('unResolution/reindex'));
  const cpuAfter = cpuMilliseconds(server);
  return { server, milliseconds, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function summarizeCpu(samples: Array<number | null>): Summary | null {
  return samples.every((s): s is number => s !== null) ? summarize(samples) : null;
}

const QUERIES = ['', 'A/RES/70/1', '75/512', 'ares7142', 'Decides', 'Requests the Secretary-General', 'oceans', 'zzzz'];

/** `workers`: the unResolution.index.workers setting (null: the server's default, one per core, at most 4). */
export async function measureWorkspace(inputs: Inputs, documents: number, runs: number, queries: number, workers: number | null = null): Promise<IndexFigures> {
  const root = mkdtempSync(join(tmpdir(), 'un-resolution-bench-ws-'));
  try {
    const folder = join(root, 'workspace');
    const { bytes } = inputs.writeWorkspace(folder, documents);
    const cold: number[] = [];
    const coldCpu: Array<number | null> = [];
    let rssMB: number | null = null;
    let workspaceSymbol: Latency | null = null;
    const storage = join(root, 'storage');
    for (let run = 0; run < runs; run++) {
      rmSync(storage, { recursive: true, force: true });
      const { server, milliseconds, cpu } = await indexedSession(folder, storage, workers);
      cold.push(milliseconds);
      coldCpu.push(cpu);
      if (run === runs - 1) {
        rssMB = residentMegabytes(server);
        const times: number[] = [];
        for (let i = 0; i < queries; i++)
          times.push(await timed(() => server.connection.sendRequest('workspace/symbol', { query: QUERIES[i % QUERIES.length] })));
        workspaceSymbol = latency('workspace/symbol', times);
      }
      await server.stop();
    }
    const warm: number[] = [];
    const warmCpu: Array<number | null> = [];
    for (let run = 0; run < runs; run++) {
      const { server, milliseconds, cpu } = await indexedSession(folder, storage, workers);
      warm.push(milliseconds);
      warmCpu.push(cpu);
      await server.stop();
    }
    return {
      documents,
      megabytes: bytes / 1048576,
      cold: summarize(cold),
      coldCpu: summarizeCpu(coldCpu),
      rssMB,
      warm: summarize(warm),
      warmCpu: summarizeCpu(warmCpu),
      workspaceSymbol: workspaceSymbol!,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
