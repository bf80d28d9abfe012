// CSV export: columns, quoting, lists, formula defusing; parsed back with d3-dsv. (Reading it back
// into the same timeline is tested in src/lib/import/roundtrip.test.ts.)
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { CSV_COLUMNS, eventsToCsv, safeCell } from '$lib/export/csv';
import { buildModel } from '$lib/data/model';
import { fixtureModel, fixtureTimeline, MODERN } from './export-fixture';

const model = fixtureModel();
const parse = (text: string) => {
	expect(text.startsWith('\uFEFF')).toBe(true);
	return csvParse(text.slice(1));
};
const eventRows = (text: string) => parse(text).filter((r) => r.type === 'event');

describe('eventsToCsv', () => {
	it('writes the agreed columns, the lanes and themes, and one row per event', () => {
		const rows = parse(eventsToCsv(model, 'en'));
		expect(rows.columns).toEqual([...CSV_COLUMNS]);
		expect(rows.map((r) => `${r.type} ${r.id}`)).toEqual([
			'lane a',
			'lane b',
			'theme norms',
			'theme crime',
			...model.events.map((e) => `event ${e.id}`)
		]);
		expect(rows[1]).toMatchObject({ title_en: 'Track "B", with <tags> & commas', title_ru: 'Дорожка Б', summary_en: 'B' });
	});

	it('writes only the events in scope', () => {
		const rows = eventRows(eventsToCsv(model, 'en', { window: MODERN, filter: (e) => e.track === 'a' }));
		expect(rows.map((r) => r.id)).toEqual(['e3', 'e1', 'e2']);
	});

	it('round-trips commas, semicolons, quotes and Cyrillic', () => {
		const e1 = eventRows(eventsToCsv(model, 'en')).find((r) => r.id === 'e1')!;
		expect(e1).toMatchObject({
			track: 'a',
			kind: 'resolution',
			start: '2009-06-16',
			end: '',
			title_en: 'Resolution 64/1: one, two; three',
			title_ru: 'Резолюция 64/1: раз, два; три',
			symbols: 'A/RES/64/1 | A/64/L.1',
			sources: '[{"url":"https://example.org/e1","label":{"en":"Source","ru":"Источник"}}]',
			paragraphs: '[{"ref":"doc#p1"},{"ref":"doc#p1","phrase":{"en":"First"}}]',
			adoption: '{"mode":"recorded-vote","votes":{"yes":1,"no":2,"abstain":3}}',
			themes: 'norms',
			importance: '3',
			uncertain_en: '',
			uncertain_about: ''
		});
		const e4 = eventRows(eventsToCsv(model, 'en')).find((r) => r.id === 'e4')!;
		expect(e4.title_en).toBe('A <session> & "more"');
		expect(e4.end).toBe('2021-05-12');
	});

	it('writes every text in both languages', () => {
		const e2 = eventRows(eventsToCsv(model, 'ru')).find((r) => r.id === 'e2')!;
		expect([e2.uncertain_en, e2.uncertain_ru]).toEqual(['The day is not known.', 'День неизвестен.']);
		expect(e2.uncertain_about).toBe('date');
		expect(eventRows(eventsToCsv(model, 'en')).find((r) => r.id === 'e5')!.uncertain_about).toBe('title');
		expect([e2.summary_en, e2.summary_ru]).toEqual(['Month precision.', 'Точность до месяца.']);
	});

	it('writes sources as "url label" lines when the label is one line in both languages', () => {
		const one = buildModel({ ...fixtureTimeline, events: [{ ...fixtureTimeline.events[0]!, sources: [{ url: 'https://a.org/', label: { en: 'A', ru: 'A' } }, { url: 'https://b.org/' } as never] }] });
		expect(eventRows(eventsToCsv(one)).find((r) => r.id === 'e1')!.sources).toBe('https://a.org/ A\nhttps://b.org/');
	});

	it('defuses text that a spreadsheet would run as a formula, but keeps BCE dates', () => {
		const rows = eventRows(eventsToCsv(model, 'en'));
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
