// One official document downloaded by its symbol: the URL template filled in, Node's fetch
// (redirects followed, as the UN's document service answers with one), the body streamed and
// stopped past the size limit, a timer for the whole answer and the caller's signal to cancel
// it. What comes back starts as a PDF does; reading it and checking its symbol is the
// library's part (library-folder.ts). Every failure is a LibraryError of its own kind.
import { compactSymbol } from '../core/symbol-key';
import { version } from '../../../package.json';
import { DEFAULT_MAX_BYTES } from '../core/input';
import { hasPdfHeader } from '../pdf/read-pdf';
import { LibraryError, sizeInWords, type LibraryErrorKind } from './library-error';

export interface FetchOptions {
  /** The address of a document's PDF: `{symbol}` is replaced by the symbol, percent-encoded, and `{language}` by the language. */
  url: string;
  /** ODS's codes: en, fr, es, ar, ru, zh. */
  language: string;
  /** For the whole answer, body included. */
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
}

/** The UN's Official Document System: the PDF as issued, for a symbol and a language. */
export const ODS_URL = 'https://documents.un.org/api/symbol/access?s={symbol}&l={language}&t=pdf';

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  url: ODS_URL,
  language: 'en',
  timeoutMs: 60_000,
  maxBytes: DEFAULT_MAX_BYTES,
  userAgent: `un-resolution/${version} (UN Resolution Tools; fetches a cited document once, for a reader)`,
};

/** The template with its placeholders filled in. */
export function documentUrl(symbol: string, template: string, language: string): string {
  // The service knows a symbol as the UN writes it, spaces gone ("S/RES/2231 (2015)" is S/RES/2231(2015)).
  return template.replace(/\{symbol\}/g, encodeURIComponent(compactSymbol(symbol))).replace(/\{language\}/g, encodeURIComponent(language));
}

/** A failure to fetch `symbol`, said as `cannot fetch A/RES/53/70: <why>`. */
export function fetchError(symbol: string, kind: LibraryErrorKind, why: string): LibraryError {
  return new LibraryError(kind, `cannot fetch ${symbol}: ${why}`);
}

/** Codes of a connection that was never made; anything else broke an open one. */
const NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);

/** What Node's fetch threw (a TypeError whose cause holds the system's code), in words. */
function networkError(symbol: string, host: string, error: unknown): LibraryError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const hostName = host.replace(/:\d+$/, '');
  if (NOT_FOUND.has(code)) return fetchError(symbol, 'offline', `${hostName} cannot be found (offline, or a wrong address?)`);
  if (UNREACHABLE.has(code)) return fetchError(symbol, 'offline', `${host} cannot be reached (offline, or a wrong address?)`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return fetchError(symbol, 'connection', `the connection to ${host} broke off before the whole document came`);
  return fetchError(symbol, 'connection', `the download from ${host} failed: ${cause?.message ?? (error instanceof Error ? error.message : String(error))}`);
}

function statusError(symbol: string, response: Response): LibraryError {
  const host = new URL(response.url).host;
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status === 404) return fetchError(symbol, 'not-found', `${host} has no such document (${status})`);
  if (response.status >= 500) return fetchError(symbol, 'server-error', `${host} failed to answer (${status}); try again later`);
  return fetchError(symbol, 'http', `${host} answered ${status}`);
}

/** What an answer that is not a PDF is, as far as its type or first bytes tell. */
function whatItIs(response: Response, bytes: Uint8Array): string {
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (type === 'text/html' || head.startsWith('<!doctype html') || head.startsWith('<html')) return 'an HTML page';
  if (bytes.length === 0) return 'nothing (an empty answer)';
  return type ? `a file of type ${type}` : 'a file';
}

async function readBody(response: Response, maxBytes: number, tooLarge: () => LibraryError): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      // Cancelling the body closes the connection: the rest is never downloaded.
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, length);
}

/**
 * The bytes of the PDF the template's address gives for `symbol`. Throws a LibraryError:
 * offline (the host not found or not reachable), connection (cut), timeout, not-found (404),
 * server-error (5xx), http (another status), address, not-pdf, too-large, cancelled.
 */
export async function fetchDocument(symbol: string, options: Partial<FetchOptions> = {}, signal?: AbortSignal): Promise<Uint8Array> {
  const { url: template, language, timeoutMs, maxBytes, userAgent } = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const url = documentUrl(symbol, template, language);
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(parsed.protocol);
    host = parsed.host;
  } catch {
    throw fetchError(symbol, 'address', `"${url}" is not an http or https address (the URL template gives it)`);
  }
  const cancelled = () => fetchError(symbol, 'cancelled', 'cancelled');
  if (signal?.aborted) throw cancelled();
  const tooLarge = (size?: number) =>
    fetchError(symbol, 'too-large', `the document is ${size ? `${sizeInWords(size)}, above` : 'larger than'} the ${sizeInWords(maxBytes)} limit`);
  // One controller stops the request and its body, for the timer or the caller: the reason it is given is what fetch throws.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(fetchError(symbol, 'timeout', `${host} did not answer in full within ${timeoutMs / 1000} s`)), timeoutMs);
  const onCancel = () => controller.abort(cancelled());
  signal?.addEventListener('abort', onCancel, { once: true });
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { 'user-agent': userAgent, accept: 'application/pdf' } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw statusError(symbol, response);
    }
    const announced = Number(response.headers.get('content-length'));
    if (announced > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(announced);
    }
    const bytes = await readBody(response, maxBytes, () => tooLarge());
    if (!hasPdfHeader(bytes)) throw fetchError(symbol, 'not-pdf', `${new URL(response.url).host} answered with ${whatItIs(response, bytes)}, not a PDF`);
    return bytes;
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    // Aborted: fetch and the body's reader throw the reason given to the controller.
    if (controller.signal.aborted && controller.signal.reason instanceof LibraryError) throw controller.signal.reason;
    throw networkError(symbol, host, error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCancel);
  }
}
