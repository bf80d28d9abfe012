// A document's slice of the dataset keeps every event its reader shows (linked paragraphs, lineage,
// adoption) with what the reader reads of them, and the whole period; it drops the rest.
import { describe, expect, it } from 'vitest';
import { getDataset } from '$lib/server/dataset';
import { buildModel } from './model';
import { documentSlice } from './document-slice';

const t = getDataset();
const DOC = 'sco-2020-iis';

describe('documentSlice', () => {
	const slice = documentSlice(t, DOC);
	const full = buildModel(t);
	const part = buildModel(slice.timeline);

	it('keeps the document, the tracks and the themes', () => {
		expect(slice.timeline.documents?.map((d) => d.id)).toEqual([DOC]);
		expect(slice.timeline.tracks).toEqual(t.tracks);
		expect(slice.timeline.themes).toEqual(t.themes);
	});
	it('keeps every event linked to a paragraph, in the same order, with its links and dates', () => {
		for (const [ref, ids] of full.eventsByParagraph) if (ref.startsWith(`${DOC}#`)) expect(part.eventsByParagraph.get(ref)).toEqual(ids);
		for (const e of part.events) {
			const f = full.byId.get(e.id)!;
			expect({ ...e, summary: f.summary, sources: f.sources, index: f.index }).toEqual(f);
		}
	});
	it('keeps the events of the lineage and of the adoption', () => {
		const doc = full.documents.find((d) => d.id === DOC)!;
		for (const p of doc.paragraphs) for (const l of p.lineage) if (l.event) expect(part.byId.has(l.event)).toBe(true);
		expect(part.documents[0]!.paragraphs).toEqual(doc.paragraphs);
		if (doc.eventId) expect(part.byId.has(doc.eventId)).toBe(true);
	});
	it('drops the rest: other events, summaries and sources', () => {
		expect(part.events.length).toBeLessThan(full.events.length);
		expect(slice.timeline.events.some((e) => e.summary !== undefined || e.sources !== undefined)).toBe(false);
	});
	it('carries the whole period', () => {
		expect(slice.extent).toEqual(full.extent);
	});
	it('names a missing document', () => {
		expect(() => documentSlice(t, 'nope')).toThrow(/nope/);
	});
});
