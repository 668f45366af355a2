// What an editor's changes kept of the text before them. The text after the changes is a
// row of pieces, each copied from the text before or typed; a paragraph whose characters
// were copied is the paragraph it was, whatever its number now says.

interface Piece {
  /** Where the piece stood in the text before the changes; -1 for typed text. */
  from: number;
  length: number;
}

/** A stretch of the new text copied from the old: new offsets [at, at + length) were old [from, from + length). */
export interface CopiedRun {
  at: number;
  from: number;
  length: number;
}

// Past this many pieces (thousands of scattered edits before one reading) the trail is let go
// and paragraphs are matched by their words alone.
const MAX_PIECES = 4096;

function slice(piece: Piece, start: number, end: number): Piece {
  return { from: piece.from < 0 ? -1 : piece.from + start, length: end - start };
}

export class EditTrail {
  private pieces: Piece[];
  private overflowed = false;

  constructor(oldLength: number) {
    this.pieces = oldLength > 0 ? [{ from: 0, length: oldLength }] : [];
  }

  /** False once too many edits came for the pieces to be kept. */
  get usable(): boolean {
    return !this.overflowed;
  }

  /** The current text's [start, end) replaced by `length` typed characters. */
  replace(start: number, end: number, length: number): void {
    if (this.overflowed) return;
    const out: Piece[] = [];
    const push = (piece: Piece) => {
      if (piece.length <= 0) return;
      const last = out[out.length - 1];
      if (last && (last.from < 0 ? piece.from < 0 : piece.from === last.from + last.length)) last.length += piece.length;
      else out.push(piece);
    };
    let at = 0;
    let typed = false;
    for (const piece of this.pieces) {
      const pieceStart = at;
      const pieceEnd = at + piece.length;
      at = pieceEnd;
      if (pieceStart < start) push(slice(piece, 0, Math.min(pieceEnd, start) - pieceStart));
      if (pieceEnd > end) {
        if (!typed) push({ from: -1, length });
        typed = true;
        push(slice(piece, Math.max(end, pieceStart) - pieceStart, piece.length));
      }
    }
    if (!typed) push({ from: -1, length });
    this.pieces = out;
    if (out.length > MAX_PIECES) this.overflowed = true;
  }

  /** The copied stretches, in order of the new text. */
  copiedRuns(): CopiedRun[] {
    const runs: CopiedRun[] = [];
    let at = 0;
    for (const piece of this.pieces) {
      if (piece.from >= 0) runs.push({ at, from: piece.from, length: piece.length });
      at += piece.length;
    }
    return runs;
  }
}
