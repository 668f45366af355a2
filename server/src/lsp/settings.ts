// The `unResolution.*` settings as the server uses them, with the defaults the
// manifest declares (package.json "contributes.configuration").
import { SEVERITY_SETTINGS, type SeveritySetting } from '../core/check';
import type { AnalysisLimits } from './limits';
import { DEFAULT_MAX_BYTES } from '../core/input';

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
}

/** Merges what the client sent over the defaults, ignoring values of the wrong type. */
export function readSettings(raw: unknown): Settings {
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
  };
}

function positive(value: unknown): number | null {
  return typeof value === 'number' && value > 0 ? value : null;
}

export function analysisLimits(settings: Settings): AnalysisLimits {
  return { maxBytes: settings.maxFileSizeMB * 1048576, maxLineLength: settings.maxLineLength };
}
