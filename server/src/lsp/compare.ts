// Version comparison for the editor: the open document against another version the
// user picked, as a Markdown report whose places link back to both texts.
import { parse } from '../core/parser';
import { decodeInput } from '../core/input';
import { compareDocuments, renderComparisonMarkdown } from '../core/compare';
import type { ResolutionDocument } from '../core/model';

export interface CompareResult {
  markdown: string;
  identical: boolean;
}

function shortName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}

/** Reads the other version from an open document or, failing that, from its file (by `readFile`). */
export async function readVersion(
  uri: string,
  openText: string | undefined,
  path: string | null,
  maxBytes: number,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<ResolutionDocument> {
  if (openText !== undefined) return parse(openText);
  if (!path) throw new Error(`${uri} is neither open nor a file`);
  const input = decodeInput(await readFile(path), maxBytes);
  if (!input.ok) throw new Error(`${shortName(uri)}: ${input.reason}`);
  return parse(input.text);
}

/** `before` is the other version (older, usually), `after` the open document. */
export function compareReport(beforeUri: string, before: ResolutionDocument, afterUri: string, after: ResolutionDocument): CompareResult {
  const comparison = compareDocuments(before, after);
  const markdown = renderComparisonMarkdown(comparison, {
    before: shortName(beforeUri),
    after: shortName(afterUri),
    link: (version, range) => `${version === 'before' ? beforeUri : afterUri}#L${range.start.line + 1}`,
  });
  return { markdown, identical: comparison.identical };
}
