// The export formats by name, apart from the exporters so that naming them loads no engine.

export const EXPORT_FORMATS = {
  docx: { extension: '.docx', binary: true, label: 'Word document' },
  html: { extension: '.html', binary: false, label: 'standalone HTML' },
  pdf: { extension: '.pdf', binary: true, label: 'PDF' },
  akn: { extension: '.akn.xml', binary: false, label: 'Akoma Ntoso XML' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
