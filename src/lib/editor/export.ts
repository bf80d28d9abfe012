// The editor's exports of a draft: our JSON (the whole dataset, scenes included, every event as the
// user has it, so nothing is lost), our CSV (which reads back to the same timeline) and TimelineJS
// JSON (one language), written by the import engine's exporters from the model of the events that can be drawn.
// Pure.
import type { Locale, TimelineModel } from '$lib/data/model';
import { eventsToCsv, eventsToTimelineJs } from '$lib/import/export';
import type { TextFile } from '$lib/export/files';
import { slug, toDataset, type Draft } from './draft';

export const EXPORT_FORMATS = ['json', 'csv', 'timelinejs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to download: the export menu's own shape. */
export type ExportedFile = TextFile;

export interface ExportContext {
	/** The model of the drawable events (what CSV and TimelineJS hold). */
	model: TimelineModel;
	/** The language of the TimelineJS file. */
	locale: Locale;
}

export function exportFile(d: Draft, format: ExportFormat, name: string, ctx: ExportContext): ExportedFile {
	const base = slug(name) || 'timeline';
	switch (format) {
		case 'json':
			return { name: `${base}.json`, type: 'application/json', text: JSON.stringify(toDataset(d), null, '\t') + '\n' };
		case 'csv':
			return { name: `${base}.csv`, type: 'text/csv', text: eventsToCsv(ctx.model) };
		case 'timelinejs':
			return { name: `${base}.timelinejs.${ctx.locale}.json`, type: 'application/json', text: eventsToTimelineJs(ctx.model, ctx.locale) };
	}
}
