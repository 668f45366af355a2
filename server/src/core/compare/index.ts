// Version comparison: what the CLI and the language server use.
export { compareDocuments, type AnnexChange, type AnnexHeading, type ChangeCounts, type Comparison } from './compare';
export type { ParagraphChange, ParagraphStatus } from './align';
export type { HeaderChange, HeaderComparison, HeaderField, SponsorChanges } from './header-changes';
export type { Paragraph } from './paragraphs';
export type { WordRun } from './word-diff';
export { diffWords } from './word-diff';
export { renderComparisonText, type VersionNames } from './report-text';
export { renderComparisonMarkdown, type MarkdownOptions } from './report-markdown';
