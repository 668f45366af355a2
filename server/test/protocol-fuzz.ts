// Fuzzing the bundled language server over the real protocol: the seeds open in a
// workspace, then random edits (realistic incremental ones, full replacements,
// out-of-range ranges, close and reopen) interleaved with random requests at random
// positions (out-of-range ones included), some cancelled, in batches so that the
// server has a queue. Every reply must be null or the method's shape with its ranges
// inside the text; at the end the server's view of each document must be the model of
// the text the client holds. The seeded PRNG makes any failure reproducible.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, LSPErrorCodes, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../src/core/parser';
import { checkDocument } from '../src/core/check';
import { toJson } from '../src/core/json';
import { FIXTURES, SEEDS } from './helpers';
import { startServer } from './lsp-client';
import { between, pick, randomEdit, seededRandom, type Random } from './realistic-edits';
import { diagnosticsProblem, replyProblem } from './protocol-shapes';

export interface FuzzOptions {
  edits: number;
  seed: number;
  /** Called every thousand edits. */
  onProgress?: (result: FuzzResult) => void;
}

export interface FuzzResult {
  edits: number;
  requests: number;
  /** Requests the server answered with RequestCancelled after the client cancelled them. */
  cancelled: number;
  diagnostics: number;
  milliseconds: number;
  /** The server's peak resident set (VmHWM), in MB; null where /proc is not available. */
  maxRssMB: number | null;
  /** Everything that went wrong, in order; empty on success. */
  problems: string[];
}

const REQUESTS = [
  'textDocument/documentSymbol',
  'textDocument/hover',
  'textDocument/definition',
  'textDocument/declaration',
  'textDocument/references',
  'textDocument/documentLink',
  'textDocument/foldingRange',
  'textDocument/codeAction',
  'textDocument/completion',
  'textDocument/formatting',
  'textDocument/onTypeFormatting',
  'workspace/symbol',
  'unResolution/structure',
] as const;

const MAX_TEXT = 60_000;

const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

function randomPosition(random: Random, lines: readonly string[]) {
  const roll = random();
  const line = between(random, 0, lines.length - 1);
  if (roll < 0.8) return { line, character: between(random, 0, lines[line].length) };
  if (roll < 0.9) return { line: lines.length + between(random, 0, 50), character: between(random, 0, 500) };
  if (roll < 0.98) return { line, character: lines[line].length + between(random, 1, 1000) };
  return { line: pick(random, [2 ** 31 - 1, -1, line]), character: pick(random, [2 ** 31 - 1, -1, 0]) };
}

function randomRange(random: Random, lines: readonly string[]) {
  const a = randomPosition(random, lines);
  const b = randomPosition(random, lines);
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? { start: a, end: b } : { start: b, end: a };
}

function peakRssMB(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kilobytes ? Math.round(Number(kilobytes) / 1024) : null;
  } catch {
    return null;
  }
}

export async function fuzzServer(options: FuzzOptions): Promise<FuzzResult> {
  const started = Date.now();
  const random = seededRandom(options.seed);
  const root = mkdtempSync(join(tmpdir(), 'un-resolution-fuzz-'));
  for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(root, name));
  const uris = SEEDS.map((name) => pathToFileURL(join(root, name)).href);
  const seedText = (uri: string) => readFileSync(join(root, SEEDS[uris.indexOf(uri)]), 'utf8');
  const server = startServer('stdio');
  const result: FuzzResult = { edits: 0, requests: 0, cancelled: 0, diagnostics: 0, milliseconds: 0, maxRssMB: null, problems: [] };
  const problem = (what: string) => {
    if (result.problems.length < 50) result.problems.push(what);
  };
  server.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    result.diagnostics++;
    const found = diagnosticsProblem(params);
    if (found) problem(`publishDiagnostics: ${found}`);
  });

  const open = new Map<string, TextDocument>();
  const openDocument = async (uri: string, text: string) => {
    open.set(uri, TextDocument.create(uri, 'un-resolution', 1, text));
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'un-resolution', version: 1, text } });
  };

  const edit = async () => {
    const uri = pick(random, uris);
    const document = open.get(uri);
    if (!document) return openDocument(uri, seedText(uri));
    const roll = random();
    if (roll < 0.01) {
      open.delete(uri);
      return server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    let changes;
    if (document.getText().length > MAX_TEXT || roll < 0.04) changes = [{ text: seedText(uri) }];
    else if (roll < 0.08) {
      const edited = TextDocument.create(uri, 'un-resolution', 0, document.getText());
      TextDocument.update(edited, [randomEdit(edited, random).change], 1);
      changes = [{ text: edited.getText() }];
    } else if (roll < 0.11) {
      changes = [{ range: randomRange(random, linesOf(document.getText())), text: pick(random, ['', 'x', '\n', '1. Decides;']) }];
    } else {
      changes = [randomEdit(document, random).change];
      // Editors send several changes at once after a multi-cursor edit or a quick burst.
      if (random() < 0.2) {
        const scratch = TextDocument.create(uri, 'un-resolution', 0, document.getText());
        TextDocument.update(scratch, changes, 1);
        changes.push(randomEdit(scratch, random).change);
      }
    }
    TextDocument.update(document, changes, document.version + 1);
    result.edits++;
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: changes });
  };

  const request = (): Promise<void> => {
    const method = pick(random, REQUESTS);
    const known = [...open.keys()];
    const uri = known.length > 0 && random() < 0.95 ? pick(random, known) : 'file:///not/open.txt';
    const lines = open.has(uri) ? linesOf(open.get(uri)!.getText()) : null;
    const asked = lines ?? [''];
    const textDocument = { uri };
    const params: Record<string, unknown> = {
      'textDocument/documentSymbol': { textDocument },
      'textDocument/hover': { textDocument, position: randomPosition(random, asked) },
      'textDocument/definition': { textDocument, position: randomPosition(random, asked) },
      'textDocument/declaration': { textDocument, position: randomPosition(random, asked) },
      'textDocument/references': { textDocument, position: randomPosition(random, asked), context: { includeDeclaration: random() < 0.5 } },
      'textDocument/documentLink': { textDocument },
      'textDocument/foldingRange': { textDocument },
      'textDocument/codeAction': {
        textDocument,
        range: randomRange(random, asked),
        context: { diagnostics: [], ...(random() < 0.2 ? { only: ['source.fixAll'] } : {}) },
      },
      'textDocument/completion': { textDocument, position: randomPosition(random, asked) },
      'textDocument/formatting': { textDocument, options: { tabSize: 2, insertSpaces: true } },
      'textDocument/onTypeFormatting': { textDocument, position: randomPosition(random, asked), ch: '\n', options: { tabSize: 2, insertSpaces: true } },
      'workspace/symbol': { query: pick(random, ['', '73/266', 'L.4', 'Calls upon', 'zzz', '#1', String.fromCharCode(between(random, 32, 0x3000))]) },
      'unResolution/structure': { uri },
    };
    const cancel = random() < 0.05 ? new CancellationTokenSource() : null;
    result.requests++;
    const reply = cancel ? server.connection.sendRequest(method, params[method], cancel.token) : server.connection.sendRequest(method, params[method]);
    cancel?.cancel();
    return reply.then(
      (value) => {
        const found = replyProblem(method, uri, value, lines);
        if (found) problem(`${method} ${JSON.stringify(params[method]).slice(0, 200)}: ${found}`);
      },
      (error: { code?: number; message?: string }) => {
        if (cancel && error.code === LSPErrorCodes.RequestCancelled) result.cancelled++;
        else problem(`${method} ${JSON.stringify(params[method]).slice(0, 200)}: error ${error.code} ${error.message}`);
      },
    );
  };

  try {
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'fuzz' }],
      capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
      initializationOptions: { settings: { diagnostics: { debounceMs: 50 } } },
    });
    await server.connection.sendNotification('initialized', {});
    for (const uri of uris) await openDocument(uri, seedText(uri));
    let nextProgress = 1000;
    while (result.edits < options.edits && server.process.exitCode === null) {
      const replies: Promise<void>[] = [];
      for (let n = between(random, 1, 10); n > 0 && result.edits < options.edits; n--) {
        if (random() < 0.7) await edit();
        else replies.push(request());
      }
      await Promise.all(replies);
      if (result.edits >= nextProgress) {
        nextProgress += 1000;
        options.onProgress?.({ ...result, milliseconds: Date.now() - started });
      }
    }
    // The server's text of each open document is the client's: same model, same findings.
    for (const [uri, document] of open) {
      const structure = await server.connection.sendRequest('unResolution/structure', { uri });
      const doc = parse(document.getText());
      const expected = JSON.parse(JSON.stringify(toJson(uri, doc, checkDocument(doc).diagnostics)));
      if (JSON.stringify(structure) !== JSON.stringify(expected)) problem(`the server's model of ${uri} differs from the client's text`);
    }
  } catch (error) {
    problem(`protocol failure: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (server.process.exitCode !== null) problem(`the server exited with code ${server.process.exitCode}`);
  result.maxRssMB = peakRssMB(server.process.pid);
  for (const log of server.logs) if (log.type === 1) problem(`the server logged an error: ${log.message.slice(0, 300)}`);
  await server.stop().catch((error: Error) => problem(error.message));
  if (server.stderr().length > 0) problem(`standard error: ${server.stderr().slice(0, 500)}`);
  rmSync(root, { recursive: true, force: true });
  result.milliseconds = Date.now() - started;
  return result;
}
