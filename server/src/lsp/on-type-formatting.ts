// Typing help: on Enter after a finished operative paragraph, the next label on the new line,
// and Enter on a sub-item left empty ends its list (core/next-label.ts); unless
// `unResolution.typing.nextLabel` is off.
import type { DocumentOnTypeFormattingParams, TextEdit } from 'vscode-languageserver';
import type { ResolutionDocument } from '../core/model';
import { enterEdit } from '../core/next-label';
import type { Settings } from './settings';

/** The characters that ask for on-type formatting: Enter alone. */
export const ON_TYPE_TRIGGER = '\n';

export function onTypeEdits(
  doc: ResolutionDocument,
  lineText: (line: number) => string,
  params: DocumentOnTypeFormattingParams,
  settings: Settings,
): TextEdit[] {
  if (params.ch !== ON_TYPE_TRIGGER || !settings.typing.nextLabel) return [];
  const edit = enterEdit(doc, lineText, params.position);
  return edit ? [edit] : [];
}
