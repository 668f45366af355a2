// A draft citing A/RES/80/3, a document of the corpus whose PDF the library tests add or fetch
// (in process and in the extension host: this module imports nothing).
/** A draft citing A/RES/80/3 (the Awaza Political Declaration) and A/RES/79/233, which A/RES/80/3 cites in a footnote. */
export const AWAZA_DRAFT = [
  'United Nations A/80/L.99',
  '',
  'General Assembly',
  '',
  'Distr.: Limited',
  '1 November 2025',
  '',
  'Eightieth session',
  '',
  'Agenda item 13',
  '',
  'Draft resolution',
  '',
  'Landlocked developing countries',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolution 80/3 of 13 October 2025 and its resolution 79/233 of 24 December 2024,',
  '',
  '1. Welcomes paragraph 2 of resolution 80/3;',
  '',
  '2. Decides to remain seized of the matter.',
  '',
].join('\n');

export const AWAZA_TITLE = 'Awaza Political Declaration';
