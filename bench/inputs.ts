// The bench's inputs, generated deterministically from the fixtures: documents of the
// wanted sizes in clean and PDF shapes, the markdown peer document of the same size,
// and workspaces of resolutions citing each other, written to a temporary directory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTextPool, type TextPool } from './fixture-texts';
import { planDocument, resolutionSymbol } from './document-plan';
import { writeClean, writeMarkdown, writePdf } from './document-shapes';
import { Random } from './random';

export type Shape = 'clean' | 'pdf';
export const KB = 1024;
export const MB = 1024 * 1024;
/** Bytes of each workspace document: small real resolutions run from 3 to 15 KB. */
const WORKSPACE_DOCUMENT_BYTES = 6 * KB;
/** Documents of a workspace session (A/RES/70/1 … A/RES/70/1000, then session 71). */
const PER_SESSION = 1000;

export interface SizedDocument {
  bytes: number;
  clean: string;
  pdf: string;
  markdown: string;
}

export class Inputs {
  private pool: TextPool | null = null;
  private readonly documents = new Map<number, SizedDocument>();

  private textPool(): TextPool {
    return (this.pool ??= loadTextPool());
  }

  /** The document of about `bytes` bytes (the clean shape's size; the others follow the same plan). */
  document(bytes: number): SizedDocument {
    let found = this.documents.get(bytes);
    if (!found) {
      const plan = planDocument(this.textPool(), bytes, bytes);
      found = { bytes, clean: writeClean(plan), pdf: writePdf(plan), markdown: writeMarkdown(plan) };
      this.documents.set(bytes, found);
    }
    return found;
  }

  /**
   * `count` resolutions in `dir`, each citing four others, as `A_RES_70_1.txt` …
   * (clean shape). Returns the bytes written.
   */
  writeWorkspace(dir: string, count: number): { bytes: number } {
    mkdirSync(dir, { recursive: true });
    const symbols = Array.from({ length: count }, (_, i) => resolutionSymbol(70 + Math.floor(i / PER_SESSION), (i % PER_SESSION) + 1));
    const random = new Random(count);
    let bytes = 0;
    symbols.forEach((symbol, i) => {
      const cited = Array.from({ length: 4 }, () => symbols[random.int(count)]);
      const text = writeClean(planDocument(this.textPool(), WORKSPACE_DOCUMENT_BYTES, i + 1, symbol, cited));
      writeFileSync(join(dir, `${symbol.replace(/\//g, '_')}.txt`), text);
      bytes += Buffer.byteLength(text);
    });
    return { bytes };
  }
}
