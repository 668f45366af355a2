// Code actions: the core's fixes as WorkspaceEdits, and "Fix all" for the safe ones.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, ResolutionDocument, Severity } from '../core/model';
import { fixAll, fixesFor } from '../core/fixes';
import type { Fix } from '../core/fixes/fix';
import type { DocumentIdentity } from '../core/identity';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unResolution`;

const SEVERITY: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function fromLsp(diagnostic: LspDiagnostic): Diagnostic | null {
  if (diagnostic.source !== 'un-resolution' || typeof diagnostic.code !== 'string') return null;
  return {
    code: diagnostic.code,
    severity: SEVERITY[diagnostic.severity ?? 2] ?? 'warning',
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    range: diagnostic.range,
    ...(diagnostic.data && typeof diagnostic.data === 'object' ? { data: diagnostic.data as Record<string, string> } : {}),
  };
}

function toAction(fix: Fix, uri: string, diagnostics: LspDiagnostic[], kind: string): CodeAction {
  const resolved = diagnostics.filter((d) =>
    fix.resolves?.some((r) => r.code === d.code && r.range.start.line === d.range.start.line && r.range.start.character === d.range.start.character),
  );
  return {
    title: fix.title,
    kind,
    edit: { changes: { [uri]: fix.edits } },
    ...(resolved.length > 0 ? { diagnostics: resolved } : {}),
    ...(fix.preferred ? { isPreferred: true } : {}),
  };
}

export function codeActions(
  uri: string,
  { doc, text, identity }: { doc: ResolutionDocument; text: string; identity: DocumentIdentity },
  params: CodeActionParams,
  allDiagnostics: Diagnostic[],
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(FIX_ALL_KIND)) {
    const all = fixAll(doc, text, allDiagnostics, identity);
    if (all) actions.push({ title: all.title, kind: FIX_ALL_KIND, edit: { changes: { [uri]: all.edits } } });
  }
  const inContext = params.context.diagnostics.map(fromLsp).filter((d): d is Diagnostic => d !== null);
  for (const fix of fixesFor(doc, text, inContext, params.range.start, identity)) {
    const kind = fix.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite;
    if (wants(kind)) actions.push(toAction(fix, uri, params.context.diagnostics, kind));
  }
  return actions;
}
