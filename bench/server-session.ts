// A language server session for the bench: the bundled server over stdio (the test
// harness's client), initialised with the bench's settings, and its resident memory.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startServer, type TestServer } from '../server/test/lsp-client';

export interface SessionOptions {
  /** The workspace folder; none for a session on open documents only. */
  folder?: string;
  /** Where the server persists its index (initializationOptions.storagePath). */
  storagePath?: string;
  /** initializationOptions.settings (the `unResolution.*` settings). */
  settings: Record<string, unknown>;
}

export async function openSession(options: SessionOptions): Promise<TestServer> {
  const server = startServer('stdio');
  const folderUri = options.folder ? pathToFileURL(options.folder).href : null;
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: folderUri ? [{ uri: folderUri, name: 'bench' }] : null,
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    initializationOptions: { settings: options.settings, ...(options.storagePath ? { storagePath: options.storagePath } : {}) },
  });
  await server.connection.sendNotification('initialized', {});
  return server;
}

/** The server's resident set size in MB (VmRSS in /proc/<pid>/status; null off Linux). */
export function residentMegabytes(server: TestServer): number | null {
  try {
    const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
    const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    return Number.isFinite(kilobytes) ? kilobytes / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU time the server process has used so far, all its threads, in ms (utime + stime in
 * /proc/<pid>/stat, 10 ms ticks; null off Linux). On a shared machine the wall-clock
 * figures grow with the load; this one much less.
 */
export function cpuMilliseconds(server: TestServer): number | null {
  try {
    const fields = readFileSync(`/proc/${server.process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
