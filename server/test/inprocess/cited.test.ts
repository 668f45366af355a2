// Citations of another document's paragraphs in process (createServer on an in-memory workspace
// holding A/RES/73/266, never opened: the server reads and parses its file when a draft needs it):
// definition lands on the paragraph cited, the hover shows its text, and the rules that need the
// cited text publish their findings once the file is read.
import { strict as assert } from 'node:assert';
import type { Hover, Location, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { positionOf } from '../helpers';
import { fixtureWorkspace, initialize, memoryServices, open, range, RES, startInProcess, TITLE_73_266, uriOf, type InProcessServer } from './harness';

const DRAFT = 'draft-citing-73-266.txt';
const DRAFT_TEXT = [
  'United Nations A/C.1/79/L.99',
  '',
  'General Assembly',
  '',
  'Distr.: Limited',
  '1 October 2024',
  '',
  'Seventy-ninth session',
  '',
  'First Committee',
  '',
  'Agenda item 94',
  '',
  'Draft resolution',
  '',
  'Advancing responsible State behaviour in cyberspace',
  '',
  'The General Assembly,',
  '',
  `Recalling its resolution 73/266 of 21 December 2018, entitled “${TITLE_73_266}”,`,
  '',
  '1. Welcomes paragraph 2 of resolution 73/266;',
  '',
  '2. Recalls paragraphs 5 to 7 of resolution 73/266;',
  '',
  '3. Recalls also paragraph 3 of resolution 73/266;',
  '',
  '4. Decides to remain seized of the matter.',
  '',
].join('\n');

describe('in process: citations of paragraphs of another document', function () {
  this.timeout(30_000);
  const files = fixtureWorkspace({ [RES]: RES });
  let server: InProcessServer;
  let first: PublishDiagnosticsParams;
  const ask = <R>(method: string, needle: string, occurrence: number, offset: number) =>
    server.connection.sendRequest(method, { textDocument: { uri: uriOf(DRAFT) }, position: positionOf(DRAFT_TEXT, needle, occurrence, offset) }) as Promise<R>;

  before(async () => {
    server = startInProcess(memoryServices(files));
    assert.deepEqual(await initialize(server), { documents: 1, milliseconds: 0 });
    first = await open(server, uriOf(DRAFT), DRAFT_TEXT);
  });

  after(() => server.stop());

  it('checks the citations against A/RES/73/266 once its file is read: the date and paragraph 7', async () => {
    const codes = (params: PublishDiagnosticsParams) => params.diagnostics.filter((d) => String(d.code).startsWith('citation.'));
    assert.deepEqual(codes(first), [], 'the first answer does not wait for the file');
    const checked = await server.diagnostics(uriOf(DRAFT), (params) => codes(params).length > 0);
    assert.deepEqual(
      codes(checked).map((d) => [d.code, d.message, d.range]),
      [
        ['citation.date', 'A/RES/73/266 was adopted on 22 December 2018, not 21 December 2018.', range(19, 25, 19, 31)],
        ['citation.paragraph', 'A/RES/73/266 has no paragraph 7.', range(23, 43, 23, 49)],
      ],
    );
  });

  it('goes from "paragraph 2 of resolution 73/266" to the label of paragraph 2 in A/RES/73/266', async () => {
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '73/266;', 0, 2), [{ uri: uriOf(RES), range: range(65, 2, 65, 4) }]);
  });

  it('goes from "paragraphs 5 to 7" to paragraph 5, and from a citation without paragraphs to the document', async () => {
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '73/266;', 1, 2), [{ uri: uriOf(RES), range: range(70, 2, 70, 4) }]);
    assert.deepEqual(await ask<Location[]>('textDocument/definition', '73/266 of', 0, 2), [{ uri: uriOf(RES), range: range(15, 0, 15, 100) }]);
  });

  /** The hover's first lines on a citation of A/RES/73/266, then what it shows of the paragraphs, then its link. */
  const hoverOf = (paragraphs: string) =>
    `**A/RES/73/266** — ${TITLE_73_266}\n\nResolution · 22 December 2018 · First Committee\n\n${paragraphs}\n\n[A/RES/73/266](https://undocs.org/A/RES/73/266)`;

  it('shows the text of paragraph 2 in the hover', async () => {
    assert.deepEqual(await ask<Hover>('textDocument/hover', '73/266;', 0, 2), {
      contents: {
        kind: 'markdown',
        value: hoverOf(
          '**Paragraph 2**: Invites all Member States, taking into account the assessments and recommendations contained in the reports of the ' +
            'Group of Governmental Experts, to continue to inform the Secretary-General of their views and assessments on the following questions:',
        ),
      },
      range: range(21, 38, 21, 44),
    });
  });

  it('shows each of "paragraphs 5 to 7", the one A/RES/73/266 lacks said so, and a long paragraph cut short', async () => {
    const five = await ask<Hover>('textDocument/hover', '73/266;', 1, 2);
    assert.deepEqual(
      (five.contents as { value: string }).value,
      hoverOf(
        '**Paragraph 5**: Requests the Chair of the group of governmental experts to organize two two-day informal consultative meetings, ' +
          'open-ended so that all Member States can engage in interactive discussions and share their views, which the Chair shall convey to the group of governmental experts for consideration;\n\n' +
          '**Paragraph 6**: Decides to include in the provisional agenda of its seventy-fourth session the item entitled "Developments in the field of ' +
          'information and telecommunications in the context of international security".\n\n' +
          '**Paragraph 7** — not in A/RES/73/266',
      ),
    );
    const three = await ask<Hover>('textDocument/hover', '73/266;', 2, 2);
    assert.deepEqual(
      (three.contents as { value: string }).value,
      hoverOf(
        '**Paragraph 3**: Requests the Secretary-General, with the assistance of a group of governmental experts, to be established in 2019 on the ' +
          'basis of equitable geographical distribution, proceeding from the assessments and recommendations contained in the above-mentioned reports, ' +
          'to continue to study, with a view to p…',
      ),
    );
  });
});
