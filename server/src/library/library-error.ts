// Why a document could not be fetched or added to the library: one kind per failure, so a
// caller can act on it (offer to try again after a timeout, say nothing after a cancel), and
// a message that says it in words.
export type LibraryErrorKind =
  /** The host's name does not resolve, or nothing answers there. */
  | 'offline'
  /** The connection broke off. */
  | 'connection'
  | 'timeout'
  /** HTTP 404. */
  | 'not-found'
  /** HTTP 5xx. */
  | 'server-error'
  /** Any other HTTP status that is not a success. */
  | 'http'
  /** The URL template does not give an http or https address. */
  | 'address'
  /** An answer without the %PDF- header: an HTML error page, a text. */
  | 'not-pdf'
  | 'too-large'
  /** The PDF reader could not read it. */
  | 'damaged'
  /** The PDF's header shows no document symbol. */
  | 'no-symbol'
  /** The PDF is of another document than the one asked for. */
  | 'other-document'
  | 'cancelled'
  /** The library folder cannot be read or written. */
  | 'folder';

export class LibraryError extends Error {
  constructor(
    readonly kind: LibraryErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** A size in words: "640 KB", "20.0 MB". */
export function sizeInWords(bytes: number): string {
  return bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}
