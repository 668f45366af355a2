// Messages between the PDF reader thread (pdf-worker.ts) and its caller (pdf-thread.ts).
import type { PdfTextResult } from './read-pdf';

export interface PdfReadRequest {
  id: number;
  bytes: Uint8Array;
}

export interface PdfReadReply {
  id: number;
  result: PdfTextResult;
}
