// Property tests of the date mapping: random TimelineJS dates (BCE years, every precision, times,
// numbers or numeric strings) read from JSON and from a sheet give the same date at the same
// precision; impossible dates are always reported, never imported.
import { describe, expect, it } from 'vitest';
import { rng } from '$lib/timeline/test-rng';
import { daysInMonth, parsePartialDate } from '$lib/timeline/time';
import { fromTimelineJsYear, parseTime, toTimelineJsYear } from './dates';
import { importText } from './index';
import { TLJS_HEADER } from './fixtures/samples';

const PRECISIONS = ['year', 'month', 'day', 'minute', 'second'] as const;

function randomDate(r: () => number) {
	const precision = PRECISIONS[Math.floor(r() * PRECISIONS.length)]!;
	let year = Math.floor(r() * 6000) - 3000;
	if (year === 0) year = 1;
	const d: Record<string, number> = { year };
	const astro = fromTimelineJsYear(year);
	if (precision !== 'year') d.month = 1 + Math.floor(r() * 12);
	if (precision !== 'year' && precision !== 'month') d.day = 1 + Math.floor(r() * daysInMonth(astro, d.month!));
	if (precision === 'minute' || precision === 'second') [d.hour, d.minute] = [Math.floor(r() * 24), Math.floor(r() * 60)];
	if (precision === 'second') d.second = Math.floor(r() * 60);
	return { d, precision, astro };
}

const asStrings = (d: Record<string, number>, r: () => number) =>
	Object.fromEntries(Object.entries(d).map(([k, v]) => [k, r() < 0.5 ? String(v) : v]));

describe('TimelineJS dates (property)', () => {
	it('keep their fields and precision, with BCE years mapped (-Y is Y BCE)', () => {
		const r = rng(42);
		const samples = Array.from({ length: 500 }, () => randomDate(r));
		const json = { events: samples.map((s, i) => ({ start_date: asStrings(s.d, r), text: { headline: `E${i}` }, unique_id: `e${i}` })) };
		const res = importText(JSON.stringify(json));
		expect(res.problems).toEqual([]);
		res.timeline!.events.forEach((e, i) => {
			const { d, precision, astro } = samples[i]!;
			const p = parsePartialDate(e.start)!;
			expect(p.precision, e.start).toBe(precision);
			expect({ ...p, precision: undefined, year: toTimelineJsYear(p.year) }, e.start).toEqual({ ...d, precision: undefined });
			expect(p.year).toBe(astro);
		});
	});

	it('read from a sheet give the same dates as from JSON', () => {
		const r = rng(7);
		const samples = Array.from({ length: 300 }, () => randomDate(r));
		const rows = samples.map(({ d }, i) => {
			const time = d.hour === undefined ? '' : [d.hour, d.minute, d.second].filter((x) => x !== undefined).map((x) => String(x).padStart(2, '0')).join(':');
			return `${d.year},${d.month ?? ''},${d.day ?? ''},${time},,,,,,E${i},,,,,,,,`;
		});
		const sheet = importText([TLJS_HEADER, ...rows].join('\n'));
		const json = importText(JSON.stringify({ events: samples.map(({ d }, i) => ({ start_date: d, text: { headline: `E${i}` } })) }));
		expect(sheet.problems).toEqual([]);
		expect(sheet.timeline!.events.map((e) => e.start)).toEqual(json.timeline!.events.map((e) => e.start));
	});

	it('that are impossible are each reported and never imported', () => {
		const r = rng(99);
		const events = Array.from({ length: 300 }, (_, i) => {
			const kind = i % 5;
			const year = Math.floor(r() * 4000) - 2000 || 1;
			const d: Record<string, number | string> = { year };
			if (kind === 0) d.month = 13 + Math.floor(r() * 20);
			if (kind === 1) Object.assign(d, { month: 2, day: 30 + Math.floor(r() * 2) });
			if (kind === 2) Object.assign(d, { month: 1, day: 1, hour: 24 + Math.floor(r() * 10) });
			if (kind === 3) Object.assign(d, { month: 1, day: 1, hour: 1, minute: 60 + Math.floor(r() * 10) });
			if (kind === 4) d.year = `${year}a`;
			return { start_date: d, text: { headline: `E${i}` } };
		});
		const res = importText(JSON.stringify({ events }));
		expect(res.imported).toBe(0);
		expect(res.problems.map((p) => p.where)).toEqual(events.map((_, i) => `events[${i}]`));
	});

	it('map years both ways without a year zero in TimelineJS', () => {
		for (let y = -3000; y <= 3000; y++) if (y !== 0) expect(toTimelineJsYear(fromTimelineJsYear(y))).toBe(y);
		expect(fromTimelineJsYear(-1)).toBe(0);
		expect(toTimelineJsYear(0)).toBe(-1);
	});
});

describe('parseTime', () => {
	it.each([
		['14:30', { hour: 14, minute: 30 }],
		['2:30 PM', { hour: 14, minute: 30 }],
		['2:30 p.m.', { hour: 14, minute: 30 }],
		['12 am', { hour: 0 }],
		['12:15 PM', { hour: 12, minute: 15 }],
		['0930', { hour: 9, minute: 30 }],
		['14:30:05', { hour: 14, minute: 30, second: 5 }],
		['noon', undefined],
		['13 PM', undefined],
		['1:2:3:4', undefined]
	])('%s', (text, expected) => {
		expect(parseTime(text)).toEqual(expected);
	});
});
