// Completion items from the core's candidates.
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { ResolutionDocument } from '../core/model';
import { completions as coreCompletions, type KnownDocument } from '../core/completion';

const KINDS = { phrase: CompletionItemKind.Keyword, label: CompletionItemKind.EnumMember, symbol: CompletionItemKind.Reference };

export function completionItems(doc: ResolutionDocument, lineText: string, at: Position, known: KnownDocument[]): CompletionItem[] {
  return coreCompletions(doc, lineText, at, known).map((c) => ({
    label: c.label,
    kind: KINDS[c.kind],
    ...(c.detail ? { detail: c.detail } : {}),
    sortText: c.sortText,
    textEdit: { range: { start: { line: at.line, character: at.character - c.replaceLength }, end: at }, newText: c.insertText },
  }));
}
