// The part of the dataset a document's page needs (/documents/<id>), so that the page does not carry
// the whole dataset for hydration: the tracks and themes, the document, and the events it is tied
// to (linked to its paragraphs, named in its lineage, or the event of its adoption), without what
// the reader never shows of them (summaries, sources). Plus the whole timeline's period, which the
// reader's sparklines span. Pure; used by the page's server load.
import type { Timeline, LooseTimeline } from './schema';
import { buildModel } from './model';

export interface DocumentSlice {
	timeline: LooseTimeline;
	/** The whole dataset's period [start, end) in UTC ms, for the sparklines. */
	extent: [number, number];
}

export function documentSlice(t: Timeline, documentId: string): DocumentSlice {
	const doc = t.documents.find((d) => d.id === documentId);
	if (!doc) throw new Error(`No document "${documentId}"`);
	const tied = new Set<string>();
	if (doc.eventId) tied.add(doc.eventId);
	for (const p of doc.paragraphs) for (const l of p.lineage ?? []) if (l.event) tied.add(l.event);
	const prefix = `${documentId}#`;
	const events = t.events
		.filter((e) => tied.has(e.id) || (e.paragraphs ?? []).some((p) => p.ref.startsWith(prefix)))
		.map((e) => ({ ...e, summary: undefined, sources: undefined }));
	return {
		timeline: { ...t, documents: [doc], events },
		extent: buildModel(t).extent
	};
}
