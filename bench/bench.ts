// The whole bench: the core's throughput and the peer side by side, the server's
// request latency and edit → diagnostics, and workspace indexing. `smoke` runs each
// part once on small inputs, to keep the bench working (a test runs it). `only` runs the
// parse figures alone ('parse') or with the peer ('core'), for quick checks of the parser,
// or the server's document part alone ('server': requests and edit → diagnostics).
import { measureParse, measurePeer, type ParseFigures, type PeerFigures } from './core-bench';
import { measureDocument, measureWorkspace, type EditPathLatency, type IndexFigures, type Latency, type PayloadFigures } from './server-bench';
import { Inputs, KB, MB, type Shape } from './inputs';
import { describeMachine, finishMachine, type Machine } from './machine';
import { loadCore, type CoreForm } from './core-module';

export interface BenchResults {
  smoke: boolean;
  machine: Machine;
  /** What the parse and peer figures timed: the core bundled as shipped, or its sources under tsx. */
  core: CoreForm;
  parse: ParseFigures[];
  /** Parse time of the largest size over the one ten times smaller, per shape (linear: about 10). */
  growth: Array<{ shape: Shape; from: number; to: number; ratio: number }>;
  peer: PeerFigures[];
  /** Null, and no workspaces, when the run measured only the core (`--only core|parse`); no parse or peer figures with `--only server`. */
  server: {
    documentBytes: number;
    pages: number;
    requests: Latency[];
    /** The outline's size and the time its JSON alone takes to write and read. */
    documentSymbolPayload: PayloadFigures;
    editToDiagnostics: Latency;
    /** The same edits by the way the server read them. */
    editPaths: EditPathLatency[];
    debounceMs: 0;
  } | null;
  workspaces: IndexFigures[];
}

/** What a run measures: everything, the core's parse and the peer, the parse alone, or the server's document part alone. */
export type BenchPart = 'all' | 'core' | 'parse' | 'server';

interface Plan {
  sizes: Array<{ size: number; runs: number }>;
  serverDocument: number;
  serverSamples: number;
  workspaces: number[];
  workspaceRuns: number;
  symbolQueries: number;
}

const FULL: Plan = {
  sizes: [
    { size: 10 * KB, runs: 21 },
    { size: 100 * KB, runs: 11 },
    { size: MB, runs: 7 },
    { size: 10 * MB, runs: 3 },
  ],
  serverDocument: MB,
  serverSamples: 50,
  workspaces: [1000, 10_000],
  workspaceRuns: 3,
  symbolQueries: 40,
};

const SMOKE: Plan = {
  sizes: [
    { size: 10 * KB, runs: 2 },
    { size: 100 * KB, runs: 1 },
  ],
  serverDocument: 100 * KB,
  serverSamples: 3,
  workspaces: [20],
  workspaceRuns: 1,
  symbolQueries: 3,
};

export async function runBench(smoke: boolean, progress: (step: string) => void = () => undefined, part: BenchPart = 'all'): Promise<BenchResults> {
  const plan = smoke ? SMOKE : FULL;
  const machine = describeMachine();
  const inputs = new Inputs();
  const { core, form } = loadCore();
  const parse: ParseFigures[] = [];
  const peer: PeerFigures[] = [];
  for (const { size, runs } of part === 'server' ? [] : plan.sizes) {
    for (const shape of ['clean', 'pdf'] as const) {
      progress(`parse ${shape} ${size} bytes`);
      parse.push(measureParse(core, inputs, size, shape, runs));
    }
    if (part === 'parse') continue;
    progress(`peer ${size} bytes`);
    peer.push(await measurePeer(core, inputs, size, runs));
  }
  const growth = (['clean', 'pdf'] as const).flatMap((shape) => {
    const [from, to] = parse.filter((p) => p.shape === shape).slice(-2);
    return from && to ? [{ shape, from: from.size, to: to.size, ratio: to.milliseconds.median / from.milliseconds.median }] : [];
  });
  const serverText = part === 'all' || part === 'server' ? inputs.document(plan.serverDocument).pdf : null;
  let server: BenchResults['server'] = null;
  if (serverText !== null) {
    progress('server requests and edits');
    const measured = await measureDocument(serverText, plan.serverSamples);
    server = {
      documentBytes: Buffer.byteLength(serverText),
      pages: (serverText.match(/^\d{2}-\d{5} \d{1,3}\/\d{1,3}$/gm) ?? []).length,
      ...measured,
      debounceMs: 0,
    };
  }
  const workspaces: IndexFigures[] = [];
  for (const count of part === 'all' ? plan.workspaces : []) {
    progress(`workspace of ${count} documents`);
    workspaces.push(await measureWorkspace(inputs, count, plan.workspaceRuns, plan.symbolQueries));
  }
  finishMachine(machine);
  return {
    smoke,
    machine,
    core: form,
    parse,
    growth,
    peer,
    server,
    workspaces,
  };
}
