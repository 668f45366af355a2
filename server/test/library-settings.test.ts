// The library's settings (lsp/settings.ts): read from workspace/configuration, else from the
// `library` of the initialization options (Neovim's init_options), else the defaults, which are
// the library's own and the ones the manifest declares.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FETCH_OPTIONS, ODS_URL } from '../src/library/fetch-document';
import { DEFAULT_SETTINGS, fetchChosen, fetchOptions, readSettings } from '../src/lsp/settings';

describe('library settings (lsp/settings.ts)', () => {
  it("defaults to the library's own: ODS, English, 60 s, 20 MB, asking first, the client's folder", () => {
    assert.deepEqual(readSettings(undefined).library, { folder: '', fetch: 'ask', url: ODS_URL, language: 'en', timeout: 60_000, maxSize: 20 });
    assert.deepEqual(fetchOptions(DEFAULT_SETTINGS.library), {
      url: DEFAULT_FETCH_OPTIONS.url,
      language: DEFAULT_FETCH_OPTIONS.language,
      timeoutMs: DEFAULT_FETCH_OPTIONS.timeoutMs,
      maxBytes: DEFAULT_FETCH_OPTIONS.maxBytes,
    });
  });

  it('declares the same defaults in the manifest', () => {
    const properties = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).contributes.configuration.properties;
    const declared = Object.fromEntries(Object.keys(DEFAULT_SETTINGS.library).map((name) => [name, properties[`unResolution.library.${name}`]?.default]));
    assert.deepEqual(declared, DEFAULT_SETTINGS.library);
  });

  it('takes the configuration over the initialization options, and those over the defaults, each value on its own', () => {
    const initial = { folder: '/srv/library', url: 'http://127.0.0.1:8080/{symbol}', fetch: 'always', language: 'fr' };
    assert.deepEqual(readSettings(undefined, initial).library, { ...initial, timeout: 60_000, maxSize: 20 });
    assert.deepEqual(readSettings({ library: { fetch: 'never', timeout: 5000 } }, initial).library, { ...initial, fetch: 'never', timeout: 5000, maxSize: 20 });
    // VS Code sends every setting, the empty folder among them: the initialization options' folder stands.
    assert.equal(readSettings({ library: { folder: '' } }, initial).library.folder, '/srv/library');
  });

  it('ignores values of the wrong kind', () => {
    assert.deepEqual(
      readSettings({ library: { folder: 3, fetch: 'sometimes', url: '  ', language: null, timeout: -1, maxSize: '20' } }).library,
      DEFAULT_SETTINGS.library,
    );
  });

  it('tells a fetch mode the user chose from the default', () => {
    assert.deepEqual(
      [
        fetchChosen(undefined, undefined),
        fetchChosen({ library: { fetch: 'ask' } }, undefined),
        fetchChosen(null, { fetch: 'always' }),
        fetchChosen({ library: {} }, { fetch: 'often' }),
      ],
      [false, true, true, false],
    );
  });
});
