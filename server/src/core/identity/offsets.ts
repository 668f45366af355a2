// Positions of the model (line, UTF-16 character) as offsets into the text, to follow
// them through edits, which an editor reports in offsets of the text they changed.
import type { Position } from '../model';

export class Offsets {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    if (!text.includes('\r')) {
      // Without `\r`, a plain search for `\n` finds the breaks faster than the pattern (as in SourceText).
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    const lineBreak = /\r\n|\r|\n/g;
    for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) this.starts.push(match.index + match[0].length);
  }

  of(position: Position): number {
    const start = this.starts[position.line];
    return start === undefined ? this.text.length : Math.min(start + position.character, this.text.length);
  }
}
