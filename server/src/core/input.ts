// Turning bytes into text a resolution can be read from, with a clear reason when not.
export type InputResult = { ok: true; text: string } | { ok: false; reason: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function decodeInput(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): InputResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `file is ${(bytes.length / 1048576).toFixed(1)} MB, above the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-size)` };
  }
  const head = bytes.subarray(0, 8192);
  let zeros = 0;
  for (const byte of head) if (byte === 0) zeros++;
  if (zeros > 0) return { ok: false, reason: 'binary file (contains NUL bytes), not a text' };
  // TextDecoder drops a UTF-8 byte order mark, as editors do, so positions agree with VS Code.
  return { ok: true, text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
}
