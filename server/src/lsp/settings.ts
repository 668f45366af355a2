// The `unResolution.*` settings as the server uses them, with the defaults the
// manifest declares (package.json "contributes.configuration").
import { SEVERITY_SETTINGS, type SeveritySetting } from '../core/check';
import type { AnalysisLimits } from './limits';
import { DEFAULT_MAX_BYTES } from '../core/input';
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from '../library/fetch-document';

export const FETCH_MODES = ['ask', 'always', 'never'] as const;
/** When a cited document neither in the workspace nor in the library is fetched: after asking, at once, or never. */
export type FetchMode = (typeof FETCH_MODES)[number];

/** The document library (docs/library.md): where it is and how documents are fetched into it. */
export interface LibrarySettings {
  /** '': the client's global storage folder + /library, else the library's own default (the CLI's). */
  folder: string;
  fetch: FetchMode;
  /** The URL template: `{symbol}` and `{language}` replaced. */
  url: string;
  language: string;
  /** Milliseconds for a whole download, as the CLI's --timeout. */
  timeout: number;
  /** Megabytes, as the CLI's --max-size. */
  maxSize: number;
}

export interface Settings {
  diagnostics: { severity: Record<string, SeveritySetting>; debounceMs: number };
  links: { base: string };
  /** `workers`: threads that parse files in a scan; null: one per core, at most 4. */
  index: { include: string[]; exclude: string[]; enabled: boolean; workers: number | null };
  /** Above this many megabytes a document is not analysed deeply (the server says so once). */
  maxFileSizeMB: number;
  /** Above this many characters in one line, likewise. */
  maxLineLength: number;
  /** `nextLabel`: Enter after a finished operative paragraph inserts the next label. */
  typing: { nextLabel: boolean };
  library: LibrarySettings;
}

export const DEFAULT_SETTINGS: Settings = {
  diagnostics: { severity: {}, debounceMs: 200 },
  links: { base: 'https://undocs.org/' },
  index: {
    enabled: true,
    include: ['**/*.txt', '**/*.md'],
    exclude: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/.vscode-test/**'],
    workers: null,
  },
  maxFileSizeMB: DEFAULT_MAX_BYTES / 1048576,
  maxLineLength: 200_000,
  typing: { nextLabel: true },
  library: {
    folder: '',
    fetch: 'ask',
    url: DEFAULT_FETCH_OPTIONS.url,
    language: DEFAULT_FETCH_OPTIONS.language,
    timeout: DEFAULT_FETCH_OPTIONS.timeoutMs,
    maxSize: DEFAULT_FETCH_OPTIONS.maxBytes / 1048576,
  },
};

const SEVERITIES = new Set<string>(SEVERITY_SETTINGS);

/** What a client may send: the settings' shape, no value checked yet. */
interface RawSettings {
  diagnostics?: { severity?: Record<string, unknown>; debounceMs?: unknown };
  links?: { base?: unknown };
  index?: { enabled?: unknown; include?: unknown; exclude?: unknown; workers?: unknown };
  maxFileSize?: unknown;
  maxLineLength?: unknown;
  typing?: { nextLabel?: unknown };
  library?: RawLibrary;
}

type RawLibrary = { [K in keyof LibrarySettings]?: unknown };

const isFetchMode = (value: unknown): value is FetchMode => FETCH_MODES.includes(value as FetchMode);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The library's settings: each from the configuration, else from what a client without
 * workspace/configuration sent in `initializationOptions.library` (Neovim's init_options), else the default.
 */
function readLibrary(configured: RawLibrary | undefined, initial: RawLibrary | undefined): LibrarySettings {
  const pick = <T>(name: keyof LibrarySettings, valid: (value: unknown) => boolean, fallback: T): T =>
    ([configured?.[name], initial?.[name]].find(valid) as T | undefined) ?? fallback;
  const defaults = DEFAULT_SETTINGS.library;
  return {
    folder: pick('folder', nonEmpty, defaults.folder),
    fetch: pick('fetch', isFetchMode, defaults.fetch),
    url: pick('url', nonEmpty, defaults.url),
    language: pick('language', nonEmpty, defaults.language),
    timeout: pick('timeout', (v) => positive(v) !== null, defaults.timeout),
    maxSize: pick('maxSize', (v) => positive(v) !== null, defaults.maxSize),
  };
}

/** Whether the user chose a fetch mode (in the configuration or the initialization options), rather than left the default. */
export function fetchChosen(raw: unknown, initialLibrary: unknown): boolean {
  return isFetchMode((raw as RawSettings | undefined)?.library?.fetch) || isFetchMode((initialLibrary as RawLibrary | undefined)?.fetch);
}

/** The fetcher's options the library settings give. */
export function fetchOptions(library: LibrarySettings): Partial<FetchOptions> {
  return { url: library.url, language: library.language, timeoutMs: library.timeout, maxBytes: library.maxSize * 1048576 };
}

/** Merges what the client sent over the defaults, ignoring values of the wrong type; `initialLibrary` is `initializationOptions.library`. */
export function readSettings(raw: unknown, initialLibrary?: unknown): Settings {
  const value = (raw ?? {}) as RawSettings;
  const severity: Record<string, SeveritySetting> = {};
  for (const [code, level] of Object.entries(value.diagnostics?.severity ?? {})) {
    if (typeof level === 'string' && SEVERITIES.has(level)) severity[code] = level as SeveritySetting;
  }
  const strings = (list: unknown, fallback: string[]) => (Array.isArray(list) && list.every((s) => typeof s === 'string') ? (list as string[]) : fallback);
  return {
    diagnostics: {
      severity,
      debounceMs: typeof value.diagnostics?.debounceMs === 'number' ? Math.max(0, value.diagnostics.debounceMs) : DEFAULT_SETTINGS.diagnostics.debounceMs,
    },
    links: { base: typeof value.links?.base === 'string' ? value.links.base : DEFAULT_SETTINGS.links.base },
    index: {
      enabled: typeof value.index?.enabled === 'boolean' ? value.index.enabled : DEFAULT_SETTINGS.index.enabled,
      include: strings(value.index?.include, DEFAULT_SETTINGS.index.include),
      exclude: strings(value.index?.exclude, DEFAULT_SETTINGS.index.exclude),
      workers: typeof value.index?.workers === 'number' && value.index.workers >= 0 ? Math.floor(value.index.workers) : DEFAULT_SETTINGS.index.workers,
    },
    maxFileSizeMB: positive(value.maxFileSize) ?? DEFAULT_SETTINGS.maxFileSizeMB,
    maxLineLength: positive(value.maxLineLength) ?? DEFAULT_SETTINGS.maxLineLength,
    typing: { nextLabel: typeof value.typing?.nextLabel === 'boolean' ? value.typing.nextLabel : DEFAULT_SETTINGS.typing.nextLabel },
    library: readLibrary(value.library, initialLibrary as RawLibrary | undefined),
  };
}

function positive(value: unknown): number | null {
  return typeof value === 'number' && value > 0 ? value : null;
}

export function analysisLimits(settings: Settings): AnalysisLimits {
  return { maxBytes: settings.maxFileSizeMB * 1048576, maxLineLength: settings.maxLineLength };
}
