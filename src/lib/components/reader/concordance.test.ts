// Tests for the concordance table's data, against the real bundled data.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/dataset';
import { buildModel, type TimelineModel } from '$lib/data/model';
import { concordance, yearRange } from './concordance';

let model: TimelineModel;
beforeAll(() => {
	model = buildModel(loadDataset());
});

describe('concordance', () => {
	it('has one row per paragraph and one cell per track, in order', () => {
		const rows = concordance(model, 'sco-2020-iis');
		expect(rows.map((r) => r.paragraphId)).toEqual(model.documents[0]!.paragraphs.map((p) => p.id));
		for (const r of rows) expect(r.cells.map((c) => c.track.id)).toEqual(model.tracks.map((t) => t.id));
	});
	it('splits the linked events of a paragraph by track without losing any', () => {
		for (const r of concordance(model, 'sco-2020-iis')) {
			const inCells = r.cells.flatMap((c) => c.events.map((e) => e.id)).sort();
			expect(inCells).toEqual(r.all.map((e) => e.id).sort());
			for (const c of r.cells) for (const e of c.events) expect(e.track).toBe(c.track.id);
		}
	});
	it('puts resolution 74/247 in the UN cybercrime cell of paragraph 7, with its year range', () => {
		const p7 = concordance(model, 'sco-2020-iis').find((r) => r.paragraphId === 'p7')!;
		const cell = p7.cells.find((c) => c.track.id === 'un-cybercrime')!;
		expect(cell.events.map((e) => e.id)).toContain('un-res-74-247');
		expect(cell.years![0]).toBeLessThanOrEqual(2019);
	});
	it('counts each paragraph\'s earlier texts and names the earliest', () => {
		for (const r of concordance(model, 'sco-2020-iis')) {
			const lineage = model.documents[0]!.paragraphs.find((p) => p.id === r.paragraphId)!.lineage;
			expect(r.lineage.count).toBe(lineage.length);
			if (!lineage.length) expect(r.lineage.earliest).toBeUndefined();
			for (const l of lineage) expect(r.lineage.earliest!.t0).toBeLessThanOrEqual(l.t0);
		}
		const fixture = buildModel(loadDataset('tests/fixtures/lineage'));
		const [p1, p2] = concordance(fixture, 'doc');
		expect(p1!.lineage).toMatchObject({ count: 2, earliest: { date: '2006-06-15', url: 'https://example.org/earlier' } });
		expect(p2!.lineage).toMatchObject({ count: 1, earliest: { event: 'process' } });
	});
	it('gives no rows for an unknown document', () => {
		expect(concordance(model, 'nope')).toEqual([]);
	});
	it('writes year ranges', () => {
		expect(yearRange([2019, 2024])).toBe('2019–2024');
		expect(yearRange([2020, 2020])).toBe('2020');
	});
});
