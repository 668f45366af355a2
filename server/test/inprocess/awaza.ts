// Library folders for the in-process tests: empty, or holding A/RES/80/3 (which awaza-draft.ts cites).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../../src/library/library';
import { corpusPdf } from '../library-server';

/** An empty library folder of its own. */
export function emptyLibrary(): string {
  return mkdtempSync(join(tmpdir(), 'library-'));
}

/** A library folder holding A/RES/80/3, as `resolution library add` leaves it. */
export async function awazaLibrary(): Promise<string> {
  const folder = emptyLibrary();
  await new Library(folder).add(corpusPdf('A_RES_80_3'));
  return folder;
}
