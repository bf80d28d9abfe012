// Scope of an export (filter + window overlap) and file names.
import { describe, expect, it } from 'vitest';
import { exportFileName, selectEvents } from '$lib/export/select';
import { utc } from '$lib/timeline/time';
import { fixtureModel } from './export-fixture';

const model = fixtureModel();
const ids = (w?: [number, number], f?: (e: { track: string }) => boolean) =>
	selectEvents(model, { window: w, filter: f }).map((e) => e.id);

describe('selectEvents', () => {
	it('returns every event in time order without a scope', () => {
		expect(ids()).toEqual(['e6', 'e3', 'e1', 'e2', 'e5', 'e4']);
	});

	it.each([
		{ name: 'an event ending exactly at the window start is out', w: [utc(2009, 6, 17), utc(2010)] as [number, number], expected: [] },
		{ name: 'an event starting exactly at the window end is out', w: [utc(2008), utc(2009, 6, 16)] as [number, number], expected: [] },
		{ name: 'a one-day event inside is in', w: [utc(2009, 6, 16), utc(2009, 6, 17)] as [number, number], expected: ['e1'] },
		{ name: 'a year span overlapping the window start is in', w: [utc(2005, 12), utc(2009)] as [number, number], expected: ['e3'] },
		{ name: 'a month event overlapped by one day is in', w: [utc(2011, 9, 30), utc(2011, 10, 5)] as [number, number], expected: ['e2'] }
	])('$name', ({ w, expected }) => {
		expect(ids(w)).toEqual(expected);
	});

	it('applies the filter together with the window', () => {
		expect(ids([utc(2000), utc(2030)], (e) => e.track === 'b')).toEqual(['e5', 'e4']);
	});
});

describe('exportFileName', () => {
	it('names whole exports plainly and scoped ones by their first and last day', () => {
		expect(exportFileName('csv')).toBe('iis-timeline.csv');
		expect(exportFileName('csl.json', [utc(2019), utc(2021)])).toBe('iis-timeline-2019-01-01_2020-12-31.csl.json');
	});
});
