// Open-data JSON export: a valid Timeline that re-imports (?data=) to the same events.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { eventsToJson, toOpenData } from '$lib/export/json';
import { importText } from '$lib/import';
import { buildModel } from '$lib/data/model';

/** Imports data as ?data= would; ok when nothing was wrong. */
const parseDataset = (json: unknown, _file: string) => {
	const r = importText(JSON.stringify(json));
	return r.problems.length || !r.timeline ? { ok: false as const, issues: r.problems } : { ok: true as const, model: buildModel(r.timeline) };
};
import { strict } from '$lib/data/schema';
import { checkReferences, singleFile } from '$lib/data/validate';
import { fixtureModel, fixtureTimeline } from './export-fixture';

const model = fixtureModel();

describe('toOpenData', () => {
	it('writes the whole model as strict open data equal to the source', () => {
		const out = toOpenData(model, { version: '1' });
		expect(v.safeParse(strict.Timeline, out).success).toBe(true);
		expect(checkReferences(out, singleFile('x'), true)).toEqual([]);
		// Events come back in chronological order, field for field.
		const byId = new Map(fixtureTimeline.events.map((e) => [e.id, e]));
		for (const e of out.events) expect(e).toEqual({ importance: 1, ...byId.get(e.id) });
		expect(out.themes).toEqual(fixtureTimeline.themes);
		expect(out.documents).toEqual(fixtureTimeline.documents);
	});

	it('re-imports with ?data= to the same model', () => {
		const text = eventsToJson(model);
		const r = parseDataset(JSON.parse(text), 'export.json');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.model.events).toEqual(model.events);
		expect(r.model.tracks).toEqual(model.tracks);
	});

	it('keeps a filtered export valid: drops a document link to an event left out', () => {
		const out = toOpenData(model, { filter: (e) => e.id === 'e2' });
		expect(out.events.map((e) => e.id)).toEqual(['e2']);
		expect(out.documents.map((d) => d.id)).toEqual(['doc']);
		expect(out.documents[0]!.eventId).toBeUndefined();
		expect(out.themes).toEqual([]);
		expect(checkReferences(out, singleFile('x'), false)).toEqual([]);
		expect(out.meta?.scope?.filtered).toBe(true);
		const r = parseDataset(out, 'x');
		expect(r.ok).toBe(true);
	});

	it('leaves out documents no exported event refers to, and keeps used themes', () => {
		const out = toOpenData(model, { filter: (e) => e.id === 'e4' });
		expect(out.documents).toEqual([]);
		expect(out.themes.map((t) => t.id)).toEqual(['crime']);
	});

	it('writes $schema and the source when given', () => {
		const out = toOpenData(model, { schemaUrl: 'https://x.org/data/timeline.schema.json', source: 'https://x.org' });
		expect(out.$schema).toBe('https://x.org/data/timeline.schema.json');
		expect(out.meta?.exportedFrom).toBe('https://x.org');
	});

	it('writes an imported lenient dataset back as lenient-valid data', () => {
		const imported = parseDataset({ tracks: [{ id: 't', label: 'T' }], events: [{ id: 'x', track: 't', start: '2000', title: 'X' }] }, 'in');
		if (!imported.ok) throw new Error('fixture');
		const r = parseDataset(toOpenData(imported.model), 'x');
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.model.events).toEqual(imported.model.events);
	});
});
