// A real protocol client for the bundled server (dist/server.js): spawns it over stdio
// or node IPC and speaks JSON-RPC with vscode-languageserver-protocol. The server runs
// under the network guard (network-guard.js): stop() fails if it tried to reach the
// network or start a process.
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
  type LogMessageParams,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
export const NETWORK_GUARD = join(__dirname, 'network-guard.js');

/** A client's side of a connection: what the server published and logged. */
export interface TestClient {
  connection: ProtocolConnection;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** window/logMessage notifications received so far. */
  logs: LogMessageParams[];
  /** window/showMessage notifications received so far. */
  shown: ShowMessageParams[];
}

export interface TestServer extends TestClient {
  process: ChildProcess;
  stderr(): string;
  /** Ends the server; rejects when the network guard refused anything. */
  stop(): Promise<void>;
}

/** Listens on `connection` as an editor would: answers progress requests, keeps diagnostics, logs and messages. */
export function listenAsClient(connection: ProtocolConnection): TestClient {
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
  const logs: LogMessageParams[] = [];
  const shown: ShowMessageParams[] = [];
  connection.onNotification('window/logMessage', (params: LogMessageParams) => void logs.push(params));
  connection.onNotification('window/showMessage', (params: ShowMessageParams) => void shown.push(params));
  connection.listen();
  return {
    connection,
    logs,
    shown,
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      const already = latest.get(uri);
      if (already && accept(already)) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiting.push({
          uri,
          accept,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
  };
}

/** Starts the bundled server, or another build of it (`module`, a test variant). */
export function startServer(transport: 'stdio' | 'ipc' = 'stdio', module = SERVER): TestServer {
  if (!existsSync(module)) throw new Error(`${module} is missing: run \`npm run build\` (npm test does it first)`);
  const child =
    transport === 'stdio'
      ? spawn(process.execPath, ['--require', NETWORK_GUARD, module, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
      : fork(module, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], execArgv: ['--require', NETWORK_GUARD] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const connection =
    transport === 'stdio'
      ? createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
      : createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  return {
    ...listenAsClient(connection),
    process: child,
    stderr: () => stderr,
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      if (child.exitCode === null) child.kill();
      const refused = stderr.split('\n').filter((line) => line.startsWith('network-guard:'));
      if (refused.length > 0) throw new Error(`the server tried to leave the machine: ${refused.join('; ')}`);
    },
  };
}
