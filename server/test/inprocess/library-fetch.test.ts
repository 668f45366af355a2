// Fetch on demand, in process: a draft cites A/RES/80/3, which neither the in-memory workspace nor
// the library (an empty temporary folder) holds; the document service is library-server.ts on
// 127.0.0.1, which counts what it is asked. Definition fetches with `fetch: always`, asks with
// `ask`, never fetches with `never`, in an untrusted workspace, or for a client that neither
// says it trusts the workspace nor chose a fetch mode; the hover offers the command, and the
// command's request fetches and says where to open the document. No address but 127.0.0.1.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, type Hover, type Location, type ShowMessageRequestParams } from 'vscode-languageserver-protocol';
import { Library } from '../../src/library/library';
import { FETCH_CITED_REQUEST, TRUST_GRANTED_NOTIFICATION } from '../../src/lsp/protocol';
import { pathToUri } from '../../src/lsp/uris';
import { positionOf } from '../helpers';
import { corpusPdf, startLibraryServer, type LibraryServer } from '../library-server';
import { AWAZA_DRAFT } from '../awaza-draft';
import { emptyLibrary } from './awaza';
import { initialize, memoryServices, open, range, startInProcess, uriOf, type InProcessServer } from './harness';

const DRAFT = 'draft-awaza.txt';
/** Where definition lands in the fetched A/RES/80/3: its title ("80/3. Awaza Political Declaration"), and the label of paragraph 2. */
const TITLE = range(20, 0, 20, 33);
const PARAGRAPH_2 = range(28, 0, 28, 2);

interface Session {
  server: InProcessServer;
  folder: string;
  /** The library's text of A/RES/80/3, once fetched. */
  fetched: string;
  /** The questions the server asked (window/showMessageRequest). */
  questions: string[];
  /** What `$/progress` reported: each begin's title and message, and each end. */
  progress: string[];
  ask<R>(method: string, needle: string, occurrence?: number, token?: CancellationTokenSource): Promise<R>;
}

describe('in process: fetching a cited document into the library', function () {
  this.timeout(30_000);
  let service: LibraryServer;
  const sessions: InProcessServer[] = [];

  before(async () => {
    service = await startLibraryServer();
  });

  beforeEach(() => service.reset());

  after(async () => {
    await Promise.all(sessions.map((server) => server.stop()));
    await service.close();
  });

  /** A server on the draft with an empty library, initialized with `settings` and the other initialization `options`; `answer`: the button chosen when asked. */
  async function session(
    settings: Record<string, unknown>,
    options: Record<string, unknown>,
    answer: string | null | (() => Promise<string>) = null,
  ): Promise<Session> {
    const folder = emptyLibrary();
    const server = startInProcess(memoryServices(new Map(), folder));
    sessions.push(server);
    const questions: string[] = [];
    const progress: string[] = [];
    server.connection.onRequest('window/showMessageRequest', (params: ShowMessageRequestParams) => {
      questions.push(`${params.message} [${(params.actions ?? []).map((a) => a.title).join(' | ')}]`);
      const title = typeof answer === 'function' ? answer() : Promise.resolve(answer);
      return title.then((chosen) => (chosen === null ? null : { title: chosen }));
    });
    server.connection.onNotification('$/progress', ({ value }: { value: { kind: string; title?: string; message?: string } }) => {
      if (value.kind === 'begin') progress.push(`${value.title} (${value.message})`);
      if (value.kind === 'end') progress.push('end');
    });
    await initialize(server, settings, options);
    await open(server, uriOf(DRAFT), AWAZA_DRAFT);
    // The indexing's progress is not the fetch's.
    progress.length = 0;
    return {
      server,
      folder,
      fetched: pathToUri(join(folder, 'A_RES_80_3.txt')),
      questions,
      progress,
      ask<R>(method: string, needle: string, occurrence = 0, token?: CancellationTokenSource) {
        const params = { textDocument: { uri: uriOf(DRAFT) }, position: positionOf(AWAZA_DRAFT, needle, occurrence, 2) };
        return (token ? server.connection.sendRequest(method, params, token.token) : server.connection.sendRequest(method, params)) as Promise<R>;
      },
    };
  }

  const trustedAlways = () => session({ library: { url: service.url, fetch: 'always' } }, { trusted: true });

  it('fetches A/RES/80/3 from 127.0.0.1 for definition with fetch: always, and lands on its title in the library', async () => {
    const { ask, fetched, folder, progress, server } = await trustedAlways();
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), [{ uri: fetched, range: TITLE }]);
    assert.deepEqual(service.requests, ['A/RES/80/3']);
    assert.deepEqual(readdirSync(folder), ['A_RES_80_3.pdf', 'A_RES_80_3.txt']);
    assert.deepEqual(progress, [`Fetching A/RES/80/3 (from ${service.host})`, 'end']);
    // Once fetched, the citation's date is checked against it.
    const checked = await server.diagnostics(uriOf(DRAFT), (params) => params.diagnostics.some((d) => d.code === 'citation.date'));
    assert.deepEqual(
      checked.diagnostics.filter((d) => d.code === 'citation.date').map((d) => d.message),
      ['A/RES/80/3 was adopted on 14 October 2025, not 13 October 2025.'],
    );
  });

  it('lands on the paragraph a paragraph citation names, once fetched', async () => {
    const { ask, fetched } = await trustedAlways();
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3;'), [{ uri: fetched, range: PARAGRAPH_2 }]);
    assert.deepEqual(service.requests, ['A/RES/80/3']);
  });

  it('takes the library settings from the initialization options, as Neovim sends them, the fetch mode chosen standing for trust', async () => {
    const folder = emptyLibrary();
    const { ask } = await session({}, { library: { folder, url: service.url, fetch: 'always' } });
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), [{ uri: pathToUri(join(folder, 'A_RES_80_3.txt')), range: TITLE }]);
    assert.deepEqual(service.requests, ['A/RES/80/3']);
  });

  it('makes no request with fetch: never, and says why when the command asks', async () => {
    const { ask, server, folder } = await session({ library: { url: service.url, fetch: 'never' } }, { trusted: true });
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), []);
    assert.equal(await server.connection.sendRequest(FETCH_CITED_REQUEST, { uri: uriOf(DRAFT), position: positionOf(AWAZA_DRAFT, '80/3 of', 0, 2) }), null);
    assert.deepEqual(server.shown, [{ type: 2, message: 'UN Resolution: cannot fetch A/RES/80/3: fetching is off (unResolution.library.fetch is "never")' }]);
    assert.deepEqual((await ask<Hover>('textDocument/hover', '80/3 of')).contents, {
      kind: 'markdown',
      value: '**A/RES/80/3** of 13 October 2025\n\nNot in this workspace.\n\n[A/RES/80/3](https://undocs.org/A/RES/80/3)',
    });
    assert.deepEqual([service.requests, readdirSync(folder)], [[], []]);
  });

  it('makes no request in an untrusted workspace, until the client says the user trusts it', async () => {
    const { ask, server, fetched } = await session({ library: { url: service.url, fetch: 'always' } }, { trusted: false });
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), []);
    assert.deepEqual(service.requests, []);
    await server.connection.sendNotification(TRUST_GRANTED_NOTIFICATION);
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), [{ uri: fetched, range: TITLE }]);
    assert.deepEqual(service.requests, ['A/RES/80/3']);
  });

  it('makes no request for a client that says nothing of trust and left the fetch mode alone', async () => {
    const { ask, folder } = await session({ library: { url: service.url } }, {});
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), []);
    assert.deepEqual([service.requests, readdirSync(folder)], [[], []]);
  });

  it('asks before fetching with fetch: ask, and fetches when the answer is Fetch', async () => {
    const { ask, questions, fetched } = await session({ library: { url: service.url, fetch: 'ask' } }, { trusted: true }, 'Fetch');
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3;'), [{ uri: fetched, range: PARAGRAPH_2 }]);
    assert.deepEqual(questions, [`Fetch A/RES/80/3 from ${service.host}? [Fetch | Not now]`]);
    assert.deepEqual(service.requests, ['A/RES/80/3']);
  });

  it('asks once a session: "Not now" is remembered, and nothing is fetched', async () => {
    const { ask, questions, folder } = await session({ library: { url: service.url, fetch: 'ask' } }, { trusted: true }, 'Not now');
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), []);
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3;'), []);
    assert.deepEqual(questions, [`Fetch A/RES/80/3 from ${service.host}? [Fetch | Not now]`]);
    assert.deepEqual([service.requests, readdirSync(folder)], [[], []]);
  });

  it('fetches when the answer is Fetch even if the definition was given up while the user chose', async () => {
    let choose: (title: string) => void = () => undefined;
    const chosen = new Promise<string>((resolve) => (choose = resolve));
    const { ask, questions, folder } = await session({ library: { url: service.url, fetch: 'ask' } }, { trusted: true }, () => chosen);
    const cancel = new CancellationTokenSource();
    const definition = ask<Location[] | null>('textDocument/definition', '80/3 of', 0, cancel);
    while (questions.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    cancel.cancel();
    choose('Fetch');
    assert.deepEqual(await definition.catch(() => null), []);
    while (readdirSync(folder).length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual([service.requests, readdirSync(folder)], [['A/RES/80/3'], ['A_RES_80_3.pdf', 'A_RES_80_3.txt']]);
  });

  it('offers the fetch command in the hover of a document neither in the workspace nor in the library', async () => {
    const { ask } = await session({ library: { url: service.url } }, { trusted: true });
    const args = encodeURIComponent(JSON.stringify([{ uri: uriOf(DRAFT), position: { line: 17, character: 25 } }]));
    assert.deepEqual((await ask<Hover>('textDocument/hover', '80/3 of')).contents, {
      kind: 'markdown',
      value:
        '**A/RES/80/3** of 13 October 2025\n\nNot in this workspace.\n\n' +
        `[Fetch A/RES/80/3](command:unResolution.fetchCitedDocument?${args} "Download it into the document library")\n\n` +
        '[A/RES/80/3](https://undocs.org/A/RES/80/3)',
    });
    assert.deepEqual(service.requests, []);
  });

  it('fetches by the command without asking, and opens at the paragraph cited, or at the title', async () => {
    const { server, fetched, questions } = await session({ library: { url: service.url } }, { trusted: true });
    const command = (needle: string) =>
      server.connection.sendRequest(FETCH_CITED_REQUEST, { uri: uriOf(DRAFT), position: positionOf(AWAZA_DRAFT, needle, 0, 2) });
    assert.deepEqual(await command('80/3;'), { uri: fetched, range: PARAGRAPH_2 });
    assert.deepEqual(await command('80/3 of'), { uri: fetched, range: range(20, 0, 20, 33) });
    assert.deepEqual([service.requests, questions], [['A/RES/80/3'], []]);
  });

  it('takes a document put into the library meanwhile (by the CLI) without fetching it again', async () => {
    const { ask, fetched, folder } = await trustedAlways();
    await new Library(folder).add(corpusPdf('A_RES_80_3'));
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), [{ uri: fetched, range: TITLE }]);
    assert.deepEqual(service.requests, []);
  });

  it("says a failure in the library's words, and leaves nothing", async () => {
    const { ask, server, folder } = await trustedAlways();
    service.fault = 'not-found';
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '80/3 of'), []);
    assert.deepEqual(server.shown, [{ type: 1, message: `UN Resolution: cannot fetch A/RES/80/3: ${service.host} has no such document (HTTP 404 Not Found)` }]);
    assert.deepEqual(readdirSync(folder), []);
  });

  it('answers other requests during a download, and a cancelled definition closes the connection and leaves nothing', async () => {
    const { ask, server, folder } = await trustedAlways();
    service.fault = 'slow';
    const cancel = new CancellationTokenSource();
    const answered = service.nextAnswer();
    const definition = ask<Location[] | null>('textDocument/definition', '80/3 of', 0, cancel);
    await answered;
    assert.deepEqual((await ask<Hover>('textDocument/hover', '79/233')).range, range(17, 68, 17, 74));
    const hungUp = service.nextHangUp();
    cancel.cancel();
    await hungUp;
    await definition.catch(() => null);
    assert.deepEqual([service.hungUp, readdirSync(folder), server.shown], [1, [], []]);
  });
});
