// A fix is a set of text edits the user applies; nothing here writes a file.
import type { Range } from '../model';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  kind: 'quickfix' | 'refactor';
  edits: TextEdit[];
  /** Safe fixes are applied by "Fix all" without review: they change no word. */
  safe: boolean;
  preferred?: boolean;
  /** The diagnostics (code and range) the fix resolves. */
  resolves?: Array<{ code: string; range: Range }>;
}

/** Offsets of line starts, to read and edit the source by position. */
export class SourceLines {
  readonly lines: string[];

  constructor(readonly text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  slice(range: Range): string {
    if (range.start.line === range.end.line) return (this.lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
    const parts = [(this.lines[range.start.line] ?? '').slice(range.start.character)];
    for (let line = range.start.line + 1; line < range.end.line; line++) parts.push(this.lines[line] ?? '');
    parts.push((this.lines[range.end.line] ?? '').slice(0, range.end.character));
    return parts.join('\n');
  }

  lineText(line: number): string {
    return this.lines[line] ?? '';
  }

  /** The end of the document, where text can be appended. */
  end(): Range['start'] {
    const last = this.lines.length - 1;
    return { line: last, character: this.lines[last].length };
  }

  /** The line break the document uses, so inserted lines match it. */
  eol(): string {
    return /\r\n/.test(this.text) ? '\r\n' : /\r/.test(this.text) ? '\r' : '\n';
  }
}
