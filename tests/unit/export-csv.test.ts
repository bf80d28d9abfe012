// CSV export: columns, quoting, lists, formula defusing; parsed back with d3-dsv.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { CSV_COLUMNS, eventsToCsv, safeCell } from '$lib/export/csv';
import { fixtureModel, MODERN } from './export-fixture';

const model = fixtureModel();
const parse = (text: string) => {
	expect(text.startsWith('\uFEFF')).toBe(true);
	return csvParse(text.slice(1));
};

describe('eventsToCsv', () => {
	it('writes the agreed columns and one row per event', () => {
		const rows = parse(eventsToCsv(model, 'en'));
		expect(rows.columns).toEqual([...CSV_COLUMNS]);
		expect(rows.map((r) => r.id)).toEqual(model.events.map((e) => e.id));
	});

	it('writes only the events in scope', () => {
		const rows = parse(eventsToCsv(model, 'en', { window: MODERN, filter: (e) => e.track === 'a' }));
		expect(rows.map((r) => r.id)).toEqual(['e3', 'e1', 'e2']);
	});

	it('round-trips commas, semicolons, quotes and Cyrillic', () => {
		const e1 = parse(eventsToCsv(model, 'en')).find((r) => r.id === 'e1')!;
		expect(e1).toMatchObject({
			track: 'a',
			kind: 'resolution',
			start: '2009-06-16',
			end: '',
			title_en: 'Resolution 64/1: one, two; three',
			title_ru: 'Резолюция 64/1: раз, два; три',
			symbols: 'A/RES/64/1 | A/64/L.1',
			sources: 'https://example.org/e1',
			paragraphs: 'doc#p1',
			uncertain: '',
			uncertain_about: ''
		});
		const e4 = parse(eventsToCsv(model, 'en')).find((r) => r.id === 'e4')!;
		expect(e4.title_en).toBe('A <session> & "more"');
		expect(e4.end).toBe('2021-05-12');
	});

	it('writes the uncertainty note in the chosen language', () => {
		const en = parse(eventsToCsv(model, 'en')).find((r) => r.id === 'e2')!;
		const ru = parse(eventsToCsv(model, 'ru')).find((r) => r.id === 'e2')!;
		expect(en.uncertain).toBe('The day is not known.');
		expect(ru.uncertain).toBe('День неизвестен.');
		expect(en.uncertain_about).toBe('date');
		expect(ru.uncertain_about).toBe('date');
		expect(parse(eventsToCsv(model, 'en')).find((r) => r.id === 'e5')!.uncertain_about).toBe('title');
	});

	it('defuses text that a spreadsheet would run as a formula, but keeps BCE dates', () => {
		const rows = parse(eventsToCsv(model, 'en'));
		const e5 = rows.find((r) => r.id === 'e5')!;
		expect(e5.title_en).toBe(`'=HYPERLINK("x")`);
		expect(e5.title_ru).toBe("'+формула");
		expect(rows.find((r) => r.id === 'e6')!.start).toBe('-0044');
	});
});

describe('safeCell', () => {
	it.each([
		['=1+1', "'=1+1"],
		['-2', "'-2"],
		['@x', "'@x"],
		['\tx', "'\tx"],
		['plain', 'plain'],
		['', '']
	])('%j -> %j', (input, expected) => {
		expect(safeCell(input)).toBe(expected);
	});
});
