// The editor's exports of a draft: our JSON (the whole dataset, scenes included, every event as
// the user has it, so nothing is lost), and the formats the import engine writes. Pure.
import { slug, toDataset, type Draft } from './draft';

export const EXPORT_FORMATS = ['json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
	name: string;
	type: string;
	text: string;
}

export async function exportFile(d: Draft, format: ExportFormat, name: string): Promise<ExportedFile> {
	const base = slug(name) || 'timeline';
	switch (format) {
		case 'json':
			return { name: `${base}.json`, type: 'application/json', text: JSON.stringify(toDataset(d), null, '\t') + '\n' };
	}
}
