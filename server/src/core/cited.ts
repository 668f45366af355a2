// The documents a text cites, as the checks that need the cited text ask for them: by symbol,
// the cited document's model and where it is, or null when it is not at hand (those checks
// are then silent). The core never reads files: the server and the CLI give the provider.
import type { ResolutionDocument } from './model';

export type CitedDocuments = (symbol: string) => { doc: ResolutionDocument; uri: string } | null;
