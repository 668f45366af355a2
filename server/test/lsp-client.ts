// A real protocol client for the bundled server (dist/server.js): spawns it over stdio
// or node IPC and speaks JSON-RPC with vscode-languageserver-protocol.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  stderr(): string;
  stop(): Promise<void>;
}

export function startServer(transport: 'stdio' | 'ipc' = 'stdio'): TestServer {
  if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` (npm test does it first)');
  const child = transport === 'stdio'
    ? spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
    : fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const connection = transport === 'stdio'
    ? createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    : createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiting: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params);
    for (const waiter of [...waiting]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', () => undefined);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.listen();
  return {
    connection,
    process: child,
    stderr: () => stderr,
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      const already = latest.get(uri);
      if (already && accept(already)) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiting.push({ uri, accept, resolve: (p) => { clearTimeout(timer); resolve(p); } });
      });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}
