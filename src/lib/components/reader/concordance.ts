// The concordance of a document: for each paragraph, the linked events of each track (and of all
// tracks), in time order, with the year range they cover, and its lineage (how many earlier texts,
// and the earliest). Pure; rendered by /concordance.
import type { EventModel, LineageModel, TimelineModel, TrackModel } from '$lib/data/model';
import { earliest } from '$lib/lineage/lineage';
import type { I18n } from '$lib/data/schema';
import { linkedEvents } from './reader';

export interface ConcordanceCell {
	track: TrackModel;
	events: EventModel[];
	/** [first year, last year] of the events, undefined when there are none */
	years?: [number, number];
}

export interface ConcordanceRow {
	paragraphId: string;
	/** 1-based */
	n: number;
	gist?: I18n;
	cells: ConcordanceCell[];
	all: EventModel[];
	years?: [number, number];
	/** The earlier texts whose wording the paragraph carries: how many, and the earliest. */
	lineage: { count: number; earliest?: LineageModel };
}

const yearsOf = (events: EventModel[]): [number, number] | undefined =>
	events.length
		? [
				Math.min(...events.map((e) => new Date(e.t0).getUTCFullYear())),
				Math.max(...events.map((e) => new Date(e.t1 - 1).getUTCFullYear()))
			]
		: undefined;

/** One row per paragraph of the document, one cell per track (in track order). */
export function concordance(model: TimelineModel, documentId: string): ConcordanceRow[] {
	const doc = model.documents.find((d) => d.id === documentId);
	if (!doc) return [];
	return doc.paragraphs.map((p, i) => {
		const all = linkedEvents(model, `${doc.id}#${p.id}`);
		const cells = model.tracks.map((track) => {
			const events = all.filter((e) => e.track === track.id);
			return { track, events, years: yearsOf(events) };
		});
		const lineage = { count: p.lineage.length, earliest: earliest(p.lineage) };
		return { paragraphId: p.id, n: i + 1, gist: p.gist, cells, all, years: yearsOf(all), lineage };
	});
}

/** "2019–2024", or "2019" when both years are the same. */
export const yearRange = ([a, b]: [number, number]): string => (a === b ? String(a) : `${a}–${b}`);
