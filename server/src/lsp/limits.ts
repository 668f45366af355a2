// How much text the server analyses deeply. The parser is linear but spends about a
// microsecond a character, and every version of an open document is parsed again, so
// a document beyond either limit gets an empty model instead of stalling the editor.
export interface AnalysisLimits {
  maxBytes: number;
  maxLineLength: number;
}

/** Why `text` is beyond the limits (for the one message the user gets), or null when within. */
export function limitExceeded(text: string, limits: AnalysisLimits): string | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    return `is ${(bytes / 1048576).toFixed(1)} MB, above the ${formatNumber(limits.maxBytes / 1048576)} MB limit (unResolution.maxFileSize)`;
  }
  const longest = longestLine(text);
  if (longest > limits.maxLineLength) {
    return `has a line of ${formatNumber(longest)} characters, above the ${formatNumber(limits.maxLineLength)} limit (unResolution.maxLineLength)`;
  }
  return null;
}

/** Length of the longest line, whatever the line ends (LF, CRLF or CR). */
export function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    longest = Math.max(longest, i - start);
    start = i + 1;
  }
  return Math.max(longest, text.length - start);
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
