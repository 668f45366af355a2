// What a valid reply looks like for each request the language server answers: null or
// the LSP shape, with every range well formed and, for the document asked about, inside
// its text. Returns the first problem found, or null.
type Check = (value: unknown, lines: readonly string[] | null) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNat = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function position(value: unknown, lines: readonly string[] | null): string | null {
  if (!isObject(value) || !isNat(value.line) || !isNat(value.character)) return `bad position ${JSON.stringify(value)}`;
  if (lines && (value.line >= lines.length || value.character > lines[value.line].length)) {
    return `position ${value.line}:${value.character} outside the text (${lines.length} lines)`;
  }
  return null;
}

function range(value: unknown, lines: readonly string[] | null): string | null {
  if (!isObject(value)) return `bad range ${JSON.stringify(value)}`;
  const problem = position(value.start, lines) ?? position(value.end, lines);
  if (problem) return problem;
  const start = value.start as { line: number; character: number };
  const end = value.end as { line: number; character: number };
  return start.line < end.line || (start.line === end.line && start.character <= end.character) ? null : `range ends before it starts ${JSON.stringify(value)}`;
}

const string = (value: unknown, what: string) => (typeof value === 'string' ? null : `${what} is not a string`);

function listOf(check: Check): Check {
  return (value, lines) => {
    if (!Array.isArray(value)) return `expected an array, got ${JSON.stringify(value)?.slice(0, 80)}`;
    for (const item of value) {
      const problem = check(item, lines);
      if (problem) return problem;
    }
    return null;
  };
}

const nullOr =
  (check: Check): Check =>
  (value, lines) =>
    value === null ? null : check(value, lines);

const documentSymbol: Check = (value, lines) => {
  if (!isObject(value)) return 'symbol is not an object';
  if (typeof value.name !== 'string' || value.name.length === 0) return `symbol without a name ${JSON.stringify(value).slice(0, 80)}`;
  if (!Number.isInteger(value.kind) || (value.kind as number) < 1 || (value.kind as number) > 26) return `bad symbol kind ${value.kind}`;
  return (
    range(value.range, lines) ?? range(value.selectionRange, lines) ?? (value.children === undefined ? null : listOf(documentSymbol)(value.children, lines))
  );
};

/** A location elsewhere is only checked for its shape: the other text is not at hand. */
const location =
  (asked: string): Check =>
  (value, lines) =>
    isObject(value) ? (string(value.uri, 'uri') ?? range(value.range, value.uri === asked ? lines : null)) : 'location is not an object';

const hover: Check = (value, lines) => {
  if (!isObject(value)) return 'hover is not an object';
  const contents = value.contents;
  const markup = isObject(contents) && typeof contents.value === 'string';
  if (!markup && typeof contents !== 'string' && !Array.isArray(contents)) return 'hover without contents';
  return value.range === undefined ? null : range(value.range, lines);
};

const textEdit: Check = (value, lines) => (isObject(value) ? (string(value.newText, 'newText') ?? range(value.range, lines)) : 'edit is not an object');

const codeAction =
  (asked: string): Check =>
  (value, lines) => {
    if (!isObject(value) || typeof value.title !== 'string') return 'code action without a title';
    if (value.edit === undefined) return typeof value.command === 'string' || isObject(value.command) ? null : 'code action without edit or command';
    const changes = (value.edit as { changes?: Record<string, unknown> }).changes;
    if (!isObject(changes)) return 'workspace edit without changes';
    for (const [uri, edits] of Object.entries(changes)) {
      const problem = listOf(textEdit)(edits, uri === asked ? lines : null);
      if (problem) return problem;
    }
    return null;
  };

const completionItem: Check = (value) => (isObject(value) && typeof value.label === 'string' ? null : 'completion item without a label');

const foldingRange: Check = (value, lines) => {
  if (!isObject(value) || !isNat(value.startLine) || !isNat(value.endLine)) return 'bad folding range';
  if (value.startLine > value.endLine) return 'folding range ends before it starts';
  return lines && value.endLine >= lines.length ? 'folding range beyond the text' : null;
};

const documentLink: Check = (value, lines) =>
  isObject(value) ? (range(value.range, lines) ?? (value.target === undefined ? null : string(value.target, 'target'))) : 'link is not an object';

const workspaceSymbol: Check = (value) => {
  if (!isObject(value) || typeof value.name !== 'string' || !Number.isInteger(value.kind)) return 'bad workspace symbol';
  const where = value.location as { uri?: unknown; range?: unknown } | undefined;
  return isObject(where) ? (string(where.uri, 'uri') ?? (where.range === undefined ? null : range(where.range, null))) : 'workspace symbol without location';
};

const structure: Check = (value) =>
  isObject(value) && Array.isArray(value.operative) && Array.isArray(value.preamble) && Array.isArray(value.diagnostics)
    ? null
    : 'structure without preamble, operative and diagnostics';

export function replyProblem(method: string, asked: string, value: unknown, lines: readonly string[] | null): string | null {
  const checks: Record<string, Check> = {
    'textDocument/documentSymbol': nullOr(listOf(documentSymbol)),
    'textDocument/hover': nullOr(hover),
    'textDocument/definition': nullOr(listOf(location(asked))),
    'textDocument/declaration': nullOr(listOf(location(asked))),
    'textDocument/references': nullOr(listOf(location(asked))),
    'textDocument/documentLink': nullOr(listOf(documentLink)),
    'textDocument/foldingRange': nullOr(listOf(foldingRange)),
    'textDocument/codeAction': nullOr(listOf(codeAction(asked))),
    'textDocument/completion': nullOr((value) =>
      Array.isArray(value) ? listOf(completionItem)(value, null) : isObject(value) ? listOf(completionItem)(value.items, null) : 'bad completion',
    ),
    'textDocument/formatting': nullOr(listOf(textEdit)),
    'textDocument/onTypeFormatting': nullOr(listOf(textEdit)),
    'workspace/symbol': nullOr(listOf(workspaceSymbol)),
    'unResolution/structure': nullOr(structure),
  };
  const check = checks[method];
  return check ? check(value, lines) : `no shape known for ${method}`;
}

/** Diagnostics as published: each with a range, a message and a known severity. */
export function diagnosticsProblem(params: unknown): string | null {
  if (!isObject(params) || typeof params.uri !== 'string' || !Array.isArray(params.diagnostics)) return 'bad publishDiagnostics';
  for (const diagnostic of params.diagnostics as unknown[]) {
    if (!isObject(diagnostic) || typeof diagnostic.message !== 'string') return 'diagnostic without a message';
    if (![1, 2, 3, 4].includes(diagnostic.severity as number)) return `bad severity ${diagnostic.severity}`;
    const problem = range(diagnostic.range, null);
    if (problem) return problem;
  }
  return null;
}
