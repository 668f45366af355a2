import type { Rule } from './rule';

export const footnoteMissing: Rule = {
  code: 'footnote.missing',
  severity: 'error',
  reads: 'outline',
  description: 'A footnote marker whose footnote is not in the document.',
  check: (doc) =>
    doc.danglingMarkers.map((marker) => ({
      message: `Footnote ${marker.label} is referenced but not present.`,
      range: marker.range,
      data: { label: marker.label },
    })),
};
