// A document service for the library's tests, on 127.0.0.1 only: it answers the URL template
// as the UN's does — /api/symbol/access?s=SYMBOL&l=LANG&t=pdf redirects to the PDF — serving
// the corpus's PDFs, with a switch for each way a real one can fail. It counts what it is asked
// and sees when a client hangs up before the answer is whole.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURES } from './helpers';

export type Fault =
  | 'none'
  /** 404 with an HTML page. */
  | 'not-found'
  /** 500. */
  | 'server-error'
  /** 200 with an HTML page, as a service says "no such document". */
  | 'html'
  /** The headers and the PDF's first bytes, then nothing: a timeout, or a download to cancel. */
  | 'slow'
  /** 200 and a body of 5 MB, sent without a length. */
  | 'huge'
  /** The PDF's first 20,000 bytes only. */
  | 'damaged'
  /** A/RES/80/146's PDF whatever is asked. */
  | 'other-document'
  /** The connection reset after the PDF's first bytes. */
  | 'reset';

export interface LibraryServer {
  /** The URL template for this server. */
  url: string;
  /** host:port, as messages name it. */
  host: string;
  fault: Fault;
  /** The symbols asked for, in order (one per access, redirects not counted). */
  requests: string[];
  /** The language of each, in the same order. */
  languages: string[];
  /** The User-Agent of the last access. */
  userAgent: string | null;
  /** Answers the client closed before they were whole. */
  hungUp: number;
  /** No fault, nothing asked yet: as before each test. */
  reset(): void;
  /** Resolves at the next hang-up. */
  nextHangUp(): Promise<void>;
  /** Resolves once a PDF's answer has begun (its headers sent). */
  nextAnswer(): Promise<void>;
  close(): Promise<void>;
}

export const CORPUS_PDF = join(FIXTURES, 'corpus', 'pdf');

export function corpusPdf(stem: string): Buffer {
  return readFileSync(join(CORPUS_PDF, `${stem}.pdf`));
}

const HTML = '<!DOCTYPE html>\n<html><head><title>Document not found</title></head><body>No document matches this symbol.</body></html>\n';

/** `pdfs`: the folder of the PDFs served, by file stem (the extension host's suite names it: its bundle has no __dirname of its own). */
export function startLibraryServer(pdfs = CORPUS_PDF): Promise<LibraryServer> {
  const hangUpWaiters: Array<() => void> = [];
  const answerWaiters: Array<() => void> = [];
  const state: LibraryServer = {
    url: '',
    host: '',
    fault: 'none',
    requests: [],
    languages: [],
    userAgent: null,
    hungUp: 0,
    reset() {
      Object.assign(state, { fault: 'none', requests: [], languages: [], userAgent: null, hungUp: 0 });
    },
    nextHangUp: () => new Promise((resolve) => hangUpWaiters.push(resolve)),
    nextAnswer: () => new Promise((resolve) => answerWaiters.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const watch = (response: ServerResponse) => {
    response.on('close', () => {
      if (response.writableFinished) return;
      state.hungUp++;
      hangUpWaiters.splice(0).forEach((resolve) => resolve());
    });
  };
  const beginPdf = (response: ServerResponse, length?: number) => {
    response.writeHead(200, { 'content-type': 'application/pdf', ...(length === undefined ? {} : { 'content-length': length }) });
    response.flushHeaders();
    answerWaiters.splice(0).forEach((resolve) => resolve());
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    watch(response);
    if (url.pathname === '/api/symbol/access') {
      const symbol = url.searchParams.get('s') ?? '';
      state.requests.push(symbol);
      state.languages.push(url.searchParams.get('l') ?? '');
      state.userAgent = request.headers['user-agent'] ?? null;
      if (state.fault === 'not-found' || state.fault === 'html') {
        response.writeHead(state.fault === 'not-found' ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(HTML);
      } else if (state.fault === 'server-error') {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('Internal error\n');
      } else {
        response.writeHead(302, { location: `/files/${symbol.replace(/\//g, '_')}-${(url.searchParams.get('l') ?? '').toUpperCase()}.pdf` });
        response.end();
      }
      return;
    }
    const file = /^\/files\/(.+)-[A-Z]+\.pdf$/.exec(url.pathname);
    let pdf: Buffer;
    try {
      pdf = readFileSync(join(pdfs, `${state.fault === 'other-document' ? 'A_RES_80_146' : decodeURIComponent(file?.[1] ?? '')}.pdf`));
    } catch {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end(HTML);
      return;
    }
    if (state.fault === 'slow') {
      beginPdf(response);
      response.write(pdf.subarray(0, 1000));
    } else if (state.fault === 'reset') {
      beginPdf(response, pdf.length);
      response.write(pdf.subarray(0, 1000), () => setTimeout(() => request.socket.resetAndDestroy(), 20));
    } else if (state.fault === 'huge') {
      beginPdf(response);
      const chunk = Buffer.alloc(65536, 0x20);
      response.write(pdf.subarray(0, 1000));
      let sent = 0;
      const more = () => {
        while (sent < 80 && !response.destroyed) {
          sent++;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        if (!response.destroyed) response.end();
      };
      more();
    } else {
      const body = state.fault === 'damaged' ? pdf.subarray(0, 20000) : pdf;
      beginPdf(response, body.length);
      response.end(body);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      state.host = `127.0.0.1:${port}`;
      state.url = `http://${state.host}/api/symbol/access?s={symbol}&l={language}&t=pdf`;
      const close = state.close;
      state.close = () => {
        server.closeAllConnections();
        return close();
      };
      resolve(state);
    });
  });
}
