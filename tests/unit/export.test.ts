// Every export of the bundled dataset: the JSON is strict open data equal to /data/timeline.json,
// the calendar and the CSL-JSON parse back with one entry per event, the CSV has one row per event,
// the SVG is well-formed; file names and MIME types come from the scope.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import ICAL from 'ical.js';
import { csvParse } from 'd3-dsv';
import { buildModel } from '$lib/data/model';
import { strict } from '$lib/data/schema';
import { checkReferences, singleFile } from '$lib/data/validate';
import { loadDataset } from '$lib/server/dataset';
import { dataFile, defaultEventUrl, svgFile, type ExportContext } from '$lib/export/files';
import { utc } from '$lib/timeline/time';
import { importText } from '$lib/import';
import { wellFormed } from './export-fixture';

const timeline = loadDataset();
const model = buildModel(timeline);
const ctx: ExportContext = { model, locale: 'en', title: 'Timeline', site: 'Site, https://example.org', origin: 'https://example.org' };
const window: [number, number] = [utc(2019), utc(2021)];

describe('exports of the bundled dataset', () => {
	it('JSON: strict, complete, and the same events as the open-data file', () => {
		const f = dataFile('json', ctx);
		expect(f).toMatchObject({ name: 'iis-timeline.json', type: 'application/json' });
		const out = JSON.parse(f.text);
		expect(v.safeParse(strict.Timeline, out).success).toBe(true);
		expect(checkReferences(out, singleFile('export.json'), true)).toEqual([]);
		expect(out.$schema).toBe('https://example.org/data/timeline.schema.json');
		const byId = new Map(timeline.events.map((e) => [e.id, e]));
		expect(out.events.length).toBe(timeline.events.length);
		for (const e of out.events) expect(e).toEqual({ importance: 1, ...byId.get(e.id) });
	});

	it('JSON in view: strict and referentially valid', () => {
		const out = JSON.parse(dataFile('json', ctx, { window }).text);
		expect(v.safeParse(strict.Timeline, out).success).toBe(true);
		expect(checkReferences(out, singleFile('export.json'), false)).toEqual([]);
		expect(out.meta.scope).toEqual({ from: '2019-01-01', to: '2020-12-31', filtered: false });
	});

	it('ICS: one all-day VEVENT per event, with the page URL', () => {
		const f = dataFile('ics', ctx);
		expect(f).toMatchObject({ name: 'iis-timeline.ics', type: 'text/calendar' });
		const cal = new ICAL.Component(ICAL.parse(f.text));
		const vevents = cal.getAllSubcomponents('vevent');
		expect(vevents.length).toBe(model.events.length);
		const statement = vevents.map((c) => new ICAL.Event(c)).find((e) => e.uid === 'sco-2020-iis-statement@example.org')!;
		expect(statement.startDate.toString()).toBe('2020-11-10');
		expect(statement.endDate.toString()).toBe('2020-11-11');
		expect(statement.component.getFirstPropertyValue('url')).toBe('https://example.org/events/sco-2020-iis-statement');
	});

	it('CSL-JSON: one item per event in scope', () => {
		const all = JSON.parse(dataFile('csl', ctx).text);
		expect(all.length).toBe(model.events.length);
		const inView = JSON.parse(dataFile('csl', ctx, { window }).text);
		expect(inView.length).toBe(model.events.filter((e) => e.t1 > window[0] && e.t0 < window[1]).length);
		expect(inView.length).toBeGreaterThan(5);
		expect(all.find((i: { id: string }) => i.id === 'un-res-53-70')).toMatchObject({
			type: 'legislation',
			number: 'A/RES/53/70',
			authority: 'United Nations General Assembly',
			issued: { 'date-parts': [[1998, 12, 4]] }
		});
	});

	it('CSV: one row per event, named by the window when scoped', () => {
		const f = dataFile('csv', ctx, { window });
		expect(f.name).toBe('iis-timeline-2019-01-01_2020-12-31.csv');
		const events = csvParse(f.text.slice(1)).filter((r) => r.type === 'event');
		expect(events.length).toBe(model.events.filter((e) => e.t1 > window[0] && e.t0 < window[1]).length);
	});

	it('CSV: reads back to the same timeline (with the bundled documents for its paragraph links)', () => {
		const r = importText(dataFile('csv', ctx).text, { name: 'x.csv', documents: model.documents });
		expect(r.problems).toEqual([]);
		expect(buildModel(r.timeline!)).toEqual(model);
	});

	it('TimelineJS JSON: one slide per event, read back as the same dates and titles', () => {
		const f = dataFile('timelinejs', { ...ctx, locale: 'ru' });
		expect(f.name).toBe('iis-timeline.timelinejs.json');
		const r = importText(f.text, { name: f.name });
		expect(r.format).toBe('timelinejs-json');
		expect(r.problems).toEqual([]);
		const back = buildModel(r.timeline!);
		expect(back.events.map((e) => [e.id, e.start, e.end, e.title.ru])).toEqual(model.events.map((e) => [e.id, e.start, e.end, e.title.ru]));
	});

	it('SVG: well-formed for the whole range and a view, in both languages', () => {
		for (const locale of ['en', 'ru'] as const) {
			const whole = svgFile({ ...ctx, locale });
			expect(whole.name).toBe('iis-timeline.svg');
			wellFormed(whole.svg);
			const view = svgFile({ ...ctx, locale }, { window });
			wellFormed(view.svg);
			expect(view.name).toBe('iis-timeline-2019-01-01_2020-12-31.svg');
		}
	});
});

describe('defaultEventUrl', () => {
	it('links event pages in the export language, or nothing without an origin', () => {
		expect(defaultEventUrl('https://x.org/', 'ru')!('a b')).toBe('https://x.org/ru/events/a%20b');
		expect(defaultEventUrl('https://x.org', 'en')!('a')).toBe('https://x.org/events/a');
		expect(defaultEventUrl(undefined, 'en')).toBeUndefined();
	});
});
