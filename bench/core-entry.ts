// What the core bench times, in one module that core-module.ts bundles.
export { parse } from '../server/src/core/parser';
export { documentSymbols } from '../server/src/lsp/document-symbols';
export { foldingRanges } from '../server/src/lsp/folding-ranges';
