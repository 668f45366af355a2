// The pure core: parse throughput per size and shape, and the outline and folding of
// the clean shape timed beside the Markdown language service on the markdown text of
// the same plan, in the same process.
import type { Core } from './core-module';
import { createPeer } from './peer';
import { summarize, timeRuns, timeRunsAsync, type Summary } from './statistics';
import { MB, type Inputs, type Shape } from './inputs';

export interface ParseFigures {
  shape: Shape;
  /** The size asked for; `bytes` is the text's actual size. */
  size: number;
  bytes: number;
  milliseconds: Summary;
  /** From the median time. */
  megabytesPerSecond: number;
}

export interface PeerFigures {
  size: number;
  ourBytes: number;
  peerBytes: number;
  ours: Summary;
  /** The peer's time, or why it failed ("RangeError: Maximum call stack size exceeded"). */
  peer: Summary | { failure: string };
  /** Our median time / its median time (below 1: we are faster). */
  ratio: number | null;
}

export function measureParse({ parse }: Core, inputs: Inputs, size: number, shape: Shape, runs: number): ParseFigures {
  const text = inputs.document(size)[shape];
  const bytes = Buffer.byteLength(text);
  const milliseconds = summarize(timeRuns(runs, () => parse(text)));
  return { shape, size, bytes, milliseconds, megabytesPerSecond: bytes / MB / (milliseconds.median / 1000) };
}

export async function measurePeer({ parse, documentSymbols, foldingRanges }: Core, inputs: Inputs, size: number, runs: number): Promise<PeerFigures> {
  const document = inputs.document(size);
  const ours = summarize(
    timeRuns(runs, () => {
      const doc = parse(document.clean);
      documentSymbols(doc);
      foldingRanges(doc);
    }),
  );
  const service = createPeer();
  let peer: PeerFigures['peer'];
  try {
    peer = summarize(await timeRunsAsync(runs, () => service.outlineAndFolding(document.markdown)));
  } catch (error) {
    peer = { failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    service.dispose();
  }
  return {
    size,
    ourBytes: Buffer.byteLength(document.clean),
    peerBytes: Buffer.byteLength(document.markdown),
    ours,
    peer,
    ratio: 'median' in peer ? ours.median / peer.median : null,
  };
}
