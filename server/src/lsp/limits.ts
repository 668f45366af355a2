// How much text the server analyses deeply. The parser is linear but spends about a
// microsecond a character, and every version of an open document is parsed again, so
// a document beyond either limit gets an empty model instead of stalling the editor.
export interface AnalysisLimits {
  maxBytes: number;
  maxLineLength: number;
}

/** Why `text` is beyond the limits (for the one message the user gets), or null when within. */
export function limitExceeded(text: string, limits: AnalysisLimits): string | null {
  // A UTF-16 unit is at most three bytes of UTF-8: short texts need no count.
  const bytes = text.length * 3 <= limits.maxBytes ? 0 : Buffer.byteLength(text, 'utf8');
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
  // Every version of an open document is measured: without a CR, indexOf finds the line ends
  // far faster than a loop over every character (1 MB: under a millisecond instead of ten).
  if (!text.includes('\r')) {
    let longest = 0;
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      if (end - start > longest) longest = end - start;
      start = end + 1;
    }
    return Math.max(longest, text.length - start);
  }
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
