import { describe, expect, it } from 'vitest';
import {
	addEvent,
	addTrack,
	deleteRows,
	deleteTrack,
	duplicateRow,
	fromDataset,
	moveTrack,
	setField,
	setTitle,
	slug,
	sortRowsByDate,
	textIn,
	toDataset,
	uniqueId,
	updateTrack,
	withLang
} from './draft';
import { parsePartialDate, startOf } from '$lib/timeline/time';

const data = {
	$schema: 'x',
	title: 'Mine',
	documents: [],
	tracks: [
		{ id: 'a', label: 'A' },
		{ id: 'b', label: { en: 'B', ru: 'Б' } }
	],
	events: [
		{ id: 'e2', track: 'a', start: '2002', title: 'Two', extra: 42 },
		{ id: 'e1', track: 'b', start: '2001-05', title: { en: 'One' } }
	],
	stories: [{ id: 's', title: 'S', scenes: [{ window: { from: '2001', to: '2002' } }] }]
};

describe('draft', () => {
	it('keeps every field of a dataset through fromDataset and toDataset', () => {
		const d = fromDataset(structuredClone(data));
		expect(toDataset(d)).toEqual(data);
		expect(new Set(d.rows.map((r) => r.k)).size).toBe(2);
	});

	it('changes are immutable and share what did not change', () => {
		const d = fromDataset(structuredClone(data));
		const k = d.rows[0]!.k;
		const e = setField(d, k, 'title', 'Deux');
		expect(d.rows[0]!.e.title).toBe('Two');
		expect(e.rows[0]!.e.title).toBe('Deux');
		expect(e.rows[0]!.k).toBe(k);
		expect(e.rows[1]).toBe(d.rows[1]);
		expect(e.tracks).toBe(d.tracks);
		expect(setField(e, k, 'extra', undefined).rows[0]!.e).not.toHaveProperty('extra');
	});

	it('adds with a unique id from the title, duplicates under a new id, deletes', () => {
		let d = fromDataset(structuredClone(data));
		d = addEvent(d, { title: { en: 'Two' }, start: '2020', key: 'n1' });
		d = addEvent(d, { title: { en: 'Two' }, start: '2020', key: 'n2', after: d.rows[0]!.k });
		expect(d.rows.map((r) => r.e.id)).toEqual(['e2', 'two-2', 'e1', 'two']);
		expect(d.rows[3]!.e).toMatchObject({ track: 'a', kind: 'other', start: '2020' });
		d = duplicateRow(d, d.rows[0]!.k, 'c1');
		d = duplicateRow(d, 'c1', 'c2');
		expect(d.rows.map((r) => r.e.id)).toEqual(['e2', 'e2-copy', 'e2-copy-2', 'two-2', 'e1', 'two']);
		expect(d.rows[1]!.e).toMatchObject({ title: 'Two', extra: 42 });
		d = deleteRows(d, ['c1', 'n1']);
		expect(d.rows.map((r) => r.e.id)).toEqual(['e2', 'e2-copy-2', 'two-2', 'e1']);
	});

	it('a new event takes its id from its title while the id still comes from the title', () => {
		let d = fromDataset(structuredClone(data));
		d = addEvent(d, { title: { en: 'New event' }, start: '2020', key: 'n' });
		d = setTitle(d, 'n', { en: 'Treaty signed' }, true);
		expect(d.rows[2]!.e.id).toBe('treaty-signed');
		d = setTitle(d, 'n', { en: 'Two' }, true);
		expect(d.rows[2]!.e.id).toBe('two');
		expect(d.rows[0]!.e.id).toBe('e2');
		d = setField(d, 'n', 'id', 'chosen');
		d = setTitle(d, 'n', { en: 'Other' }, true);
		expect(d.rows[2]!.e.id).toBe('chosen');
		// Without followId (an event that came with the data) the id never changes.
		const k = d.rows[0]!.k;
		expect(setTitle(d, k, 'Anything').rows[0]!.e).toMatchObject({ id: 'e2', title: 'Anything' });
	});

	it('sorts rows by date, those without a date last', () => {
		let d = fromDataset(structuredClone(data));
		d = addEvent(d, { title: 'x', start: 'junk' });
		d = addEvent(d, { title: 'y', start: '1999' });
		const ms = (s: string) => {
			const p = parsePartialDate(s);
			return p && startOf(p);
		};
		expect(sortRowsByDate(d, ms).rows.map((r) => r.e.start)).toEqual(['1999', '2001-05', '2002', 'junk']);
	});

	it('lanes: add, rename (events follow), move, delete (events move)', () => {
		let d = fromDataset(structuredClone(data));
		d = addTrack(d, { en: 'New lane' });
		expect(d.tracks.map((t) => t.id)).toEqual(['a', 'b', 'new-lane']);
		d = updateTrack(d, 0, (t) => ({ ...t, id: 'alpha' }));
		expect(d.rows[0]!.e.track).toBe('alpha');
		d = moveTrack(d, 0, 1);
		expect(d.tracks.map((t) => t.id)).toEqual(['b', 'alpha', 'new-lane']);
		expect(moveTrack(d, 0, -1)).toBe(d);
		d = deleteTrack(d, 0, 'new-lane');
		expect(d.tracks.map((t) => t.id)).toEqual(['alpha', 'new-lane']);
		expect(d.rows[1]!.e.track).toBe('new-lane');
		const one = deleteTrack(deleteTrack(d, 0), 0);
		expect(one.tracks).toHaveLength(1);
	});

	it('texts: a plain string serves both languages until one is edited', () => {
		expect(textIn('x', 'ru')).toBe('x');
		expect(withLang('x', 'ru', 'икс')).toEqual({ en: 'x', ru: 'икс' });
		expect(withLang({ en: 'x' }, 'en', '')).toBeUndefined();
		expect(withLang(undefined, 'ru', 'а')).toEqual({ ru: 'а' });
	});

	it('ids: slug and uniqueId', () => {
		expect(slug('Res. 53/70 — «ООН»')).toBe('res-53-70');
		expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
		expect(uniqueId('', new Set())).toBe('event');
	});
});
