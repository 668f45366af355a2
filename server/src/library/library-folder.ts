// The library folder: official documents by symbol, each as the PDF as issued and its clean
// text (what `resolution import` writes), named from the symbol (library-names.ts). Files are
// written under a hidden temporary name and renamed when whole, so the folder never holds
// half a document; a PDF dropped in by hand is read at the next list() (or adoptDropped())
// and counts the same. A text is parsed when it is read, and only the models of the last few
// read are kept: the language server indexes the folder's texts in its index workers and keeps
// their summaries, not their models (lsp/library-index.ts).
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResolutionDocument } from '../core/model';
import { parse } from '../core/parser';
import { symbolKey } from '../core/symbol-key';
import { fingerprint, summarize } from '../core/workspace-index';
import { readPdfInThread } from '../pdf/pdf-thread';
import { hasPdfHeader } from '../pdf/read-pdf';
import { RecentlyUsed } from '../recently-used';
import { describeError } from '../system-error';
import { LibraryError } from './library-error';
import { fileStem, isDocumentText, symbolOfStem } from './library-names';

export interface LibraryEntry {
  symbol: string;
  title: string | null;
  /** The adoption date, else the header's date, as printed ("22 December 2018"). */
  date: string | null;
  /** The PDF as issued; null for a text whose PDF is gone. */
  pdfFile: string | null;
  /** The clean text the tools read. */
  textFile: string;
}

/** A document of the library, read: its entry, its text and its model. */
export interface LibraryDocument {
  entry: LibraryEntry;
  text: string;
  doc: ResolutionDocument;
}

export interface LibraryListing {
  documents: LibraryEntry[];
  /** PDFs in the folder that could not be made into a document, with the reason. */
  unreadable: Array<{ file: string; reason: string }>;
}

/** A PDF read and checked, ready to be written under its symbol's name. */
export interface PreparedDocument {
  symbol: string;
  pdf: Uint8Array;
  text: string;
}

/** The names write() gives its temporary files: .A_RES_73_266.<12 hex digits>.tmp */
const TEMPORARY = /^\..+\.[0-9a-f]{12}\.tmp$/;
const STALE_MS = 3_600_000;
/**
 * How many documents' models are kept, the last read: what the checks read of a draft's cited
 * documents (those cited with a paragraph, a date or a title), a hover's and a definition's.
 */
const KEPT = 32;

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Changes when the file does: its size and time of change. */
function stampOf(path: string): string {
  const stat = statSync(path);
  return `${stat.size}:${stat.mtimeMs}`;
}

/** Written whole to disk before it is renamed into place. */
function writeDurably(path: string, content: Uint8Array | string): void {
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export class LibraryFolder {
  /** Documents read, by text file, with the stamp of the text each was read from. */
  private readonly parsed = new RecentlyUsed<string, { stamp: string; document: LibraryDocument }>(KEPT);
  /** Dropped PDFs that could not be read, so each is read once until it changes. */
  private readonly unreadable = new Map<string, { stamp: string; reason: string }>();
  /** list() calls run one after another: two must not make the same dropped PDF into a document at once. */
  private listing: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  /** The document of `symbol` (any spelling of it), parsed once until its text changes; null when the folder has no text of it. */
  read(symbol: string): LibraryDocument | null {
    const file = this.textFileOf(symbol);
    return file ? this.readText(file) : null;
  }

  get(symbol: string): LibraryEntry | null {
    return this.read(symbol)?.entry ?? null;
  }

  /** Every document, by symbol, each text read; PDFs without their text (dropped in by hand, or a write cut short) are read first. */
  async list(): Promise<LibraryListing> {
    const unreadable = await this.adoptDropped();
    const documents = this.textFiles()
      .map((file) => this.readText(file).entry)
      .sort((a, b) => a.symbol.localeCompare(b.symbol, 'en', { numeric: true }));
    return { documents, unreadable };
  }

  /** Makes the PDFs without their text into documents (one call at a time); those that cannot be, with the reason. */
  adoptDropped(): Promise<LibraryListing['unreadable']> {
    const run = () => this.adoptNow();
    const result = this.listing.then(run, run);
    this.listing = result;
    return result;
  }

  /** Reads a PDF, checks its symbol (`expected`, when given) and writes it with its text. */
  async add(pdf: Uint8Array, options: { expected?: string } = {}): Promise<LibraryEntry> {
    return this.write(await this.prepare(pdf, options.expected));
  }

  /** A PDF read into the clean shape, its symbol read from its header: the one expected, or refused. */
  async prepare(pdf: Uint8Array, expected?: string): Promise<PreparedDocument> {
    const read = await readPdfInThread(pdf);
    if (!read.ok) throw new LibraryError(hasPdfHeader(pdf) ? 'damaged' : 'not-pdf', read.reason);
    const symbols = parse(read.text).header.symbols.map((s) => s.value);
    if (symbols.length === 0) throw new LibraryError('no-symbol', 'the PDF shows no document symbol in its header');
    const symbol = expected === undefined ? symbols[0] : symbols.find((s) => symbolKey(s) === symbolKey(expected));
    if (!symbol) throw new LibraryError('other-document', `the PDF is ${symbols.join(' and ')}, not ${expected}`);
    return { symbol, pdf, text: read.text };
  }

  /** The folder made if need be, and writable; throws a LibraryError of kind `folder` if not. */
  ensureWritable(): void {
    try {
      mkdirSync(this.path, { recursive: true });
      accessSync(this.path, constants.W_OK);
    } catch (error) {
      throw this.folderError('written', error);
    }
  }

  /** Both files written under temporary names, then renamed: the PDF first, so a text never stands without its PDF. */
  write({ symbol, pdf, text }: PreparedDocument): LibraryEntry {
    this.ensureWritable();
    const stem = fileStem(symbol);
    const files: Array<[string, Uint8Array | string]> = [
      [join(this.path, `${stem}.pdf`), pdf],
      [join(this.path, `${stem}.txt`), text],
    ];
    const temps: string[] = [];
    try {
      for (const [, content] of files) {
        const temp = join(this.path, `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
        temps.push(temp);
        writeDurably(temp, content);
      }
      files.forEach(([file], i) => renameSync(temps[i], file));
    } catch (error) {
      for (const temp of temps) rmSync(temp, { force: true });
      throw this.folderError('written', error);
    }
    return this.readText(files[1][0]).entry;
  }

  /** Removes a document's PDF and text; returns what was removed, or null when the folder has no such document. */
  remove(symbol: string): LibraryEntry | null {
    const file = this.textFileOf(symbol);
    if (!file) return null;
    const { entry } = this.readText(file);
    try {
      if (entry.pdfFile) rmSync(entry.pdfFile, { force: true });
      rmSync(file, { force: true });
    } catch (error) {
      throw this.folderError('written', error);
    }
    this.parsed.delete(file);
    return entry;
  }

  private async adoptNow(): Promise<LibraryListing['unreadable']> {
    this.sweep();
    const unreadable: LibraryListing['unreadable'] = [];
    for (const name of this.names()) {
      if (!/\.pdf$/i.test(name) || isFile(join(this.path, `${name.slice(0, -4)}.txt`))) continue;
      const reason = await this.adopt(name);
      if (reason) unreadable.push({ file: join(this.path, name), reason });
    }
    return unreadable;
  }

  /** The texts of the folder's documents. */
  private textFiles(): string[] {
    return this.names()
      .filter(isDocumentText)
      .map((name) => join(this.path, name));
  }

  /** A PDF found without its text made into a document under its symbol's name; the reason when it cannot be. */
  private async adopt(name: string): Promise<string | null> {
    const file = join(this.path, name);
    let stamp = '';
    try {
      stamp = stampOf(file);
      if (this.unreadable.get(file)?.stamp === stamp) return this.unreadable.get(file)!.reason;
      // Named for a symbol, it must be that document; named otherwise, its header names it.
      const entry = await this.add(readFileSync(file), { expected: symbolOfStem(name.slice(0, -4)) ?? undefined });
      // Written under its symbol's name: the file as dropped goes, unless it is that very file (a name differing in case only).
      if (entry.pdfFile && isFile(file) && statSync(file).ino !== statSync(entry.pdfFile).ino) rmSync(file);
      return null;
    } catch (error) {
      const reason = error instanceof LibraryError ? error.message : describeError(error);
      this.unreadable.set(file, { stamp, reason });
      return reason;
    }
  }

  /** The text file of `symbol`: named from it, else named from another spelling of it (letters' case). */
  private textFileOf(symbol: string): string | null {
    const stem = fileStem(symbol);
    if (symbolOfStem(stem) === null) return null;
    const named = join(this.path, `${stem}.txt`);
    if (isFile(named)) return named;
    const key = symbolKey(symbol);
    const other = this.names().find((name) => name.endsWith('.txt') && symbolKey(symbolOfStem(name.slice(0, -4)) ?? '') === key);
    return other ? join(this.path, other) : null;
  }

  /** Temporary files a process stopped in the middle of a write left behind (a write takes seconds; these are an hour old). */
  private sweep(): void {
    for (const name of this.names(true)) {
      const file = join(this.path, name);
      const changed = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (TEMPORARY.test(name) && Date.now() - changed > STALE_MS) rmSync(file, { force: true });
    }
  }

  /** The folder's files but hidden ones (temporary files among them); none when the folder does not exist yet. */
  private names(hidden = false): string[] {
    try {
      return readdirSync(this.path)
        .filter((name) => hidden || !name.startsWith('.'))
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw this.folderError('read', error);
    }
  }

  private readText(file: string): LibraryDocument {
    const stamp = stampOf(file);
    const known = this.parsed.get(file);
    const pdfFile = file.replace(/\.txt$/, '.pdf');
    if (known?.stamp === stamp) return { ...known.document, entry: { ...known.document.entry, pdfFile: isFile(pdfFile) ? pdfFile : null } };
    const text = readFileSync(file, 'utf8');
    const doc = parse(text);
    const summary = summarize(pathToFileURL(file).href, doc, fingerprint(text));
    // Only texts named for a symbol are read (textFileOf, listNow).
    const symbol = symbolOfStem(basename(file, '.txt')) ?? basename(file, '.txt');
    const entry = { symbol, title: summary.title, date: summary.date, pdfFile: isFile(pdfFile) ? pdfFile : null, textFile: file };
    const document = { entry, text, doc };
    this.parsed.set(file, { stamp, document });
    return document;
  }

  private folderError(what: 'read' | 'written', error: unknown): LibraryError {
    return new LibraryError('folder', `the library folder ${this.path} cannot be ${what}: ${describeError(error)}`);
  }
}
