import { describe, expect, it } from 'vitest';
import {
	daysInMonth,
	endOf,
	formatPartialDate,
	isoDay,
	parsePartialDate,
	startOf,
	utc,
	partialDateAt,
	type PartialDate
} from './time';
import { rng } from './test-rng';

const DAY = 86_400_000;

describe('parsePartialDate', () => {
	it.each<[string, PartialDate]>([
		['2009', { year: 2009, precision: 'year' }],
		['2009-06', { year: 2009, month: 6, precision: 'month' }],
		['2009-06-16', { year: 2009, month: 6, day: 16, precision: 'day' }],
		['0050', { year: 50, precision: 'year' }],
		['0050-03-01', { year: 50, month: 3, day: 1, precision: 'day' }],
		['-0044', { year: -44, precision: 'year' }],
		['-0044-03-15', { year: -44, month: 3, day: 15, precision: 'day' }],
		['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
		['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
		['2021-12-31', { year: 2021, month: 12, day: 31, precision: 'day' }],
		['2009-06-16T14:30', { year: 2009, month: 6, day: 16, hour: 14, minute: 30, precision: 'minute' }],
		['2009-06-16T00:00:05', { year: 2009, month: 6, day: 16, hour: 0, minute: 0, second: 5, precision: 'second' }],
		['-0499-03-15T23:59', { year: -499, month: 3, day: 15, hour: 23, minute: 59, precision: 'minute' }],
		['-12000', { year: -12000, precision: 'year' }],
		['0000', { year: 0, precision: 'year' }]
	])('parses %s', (text, expected) => {
		expect(parsePartialDate(text)).toEqual(expected);
	});

	it.each([
		['2023-02-29', 'Feb 29 in a common year'],
		['1900-02-29', 'Feb 29 in a century year not divisible by 400'],
		['2021-13', 'month 13'],
		['2021-00', 'month 0'],
		['2021-04-31', 'day 31 in a 30-day month'],
		['2021-01-00', 'day 0'],
		['2021-01-32', 'day 32'],
		['50', 'year without 4 digits'],
		['-44', 'negative year without 4 digits'],
		['2009-6', 'one-digit month'],
		['2009-06-1', 'one-digit day'],
		['2009/06/16', 'slashes'],
		[' 2009', 'leading space'],
		['2009-06-16T24:00', 'hour 24'],
		['2009-06-16T12:60', 'minute 60'],
		['2009-06-16T12:00:60', 'second 60'],
		['2009-06-16T12', 'hour without minutes'],
		['2009-06-16T1:00', 'one-digit hour'],
		['2009-06-16 12:00', 'space instead of T'],
		['2009-06-16T12:00Z', 'a time zone'],
		['2009-06T12:00', 'time without a day'],
		['-0000', 'negative zero'],
		['1234567', 'seven-digit year'],
		['300000', 'year past what dates reach'],
		['', 'empty string']
	])('rejects %s (%s)', (text) => {
		expect(parsePartialDate(text)).toBeUndefined();
	});
});

describe('utc', () => {
	it('matches Date.UTC for ordinary years', () => {
		expect(utc(2009, 6, 16)).toBe(Date.UTC(2009, 5, 16));
	});
	it('does not map years 0-99 to 1900-1999', () => {
		const d = new Date(utc(50, 3, 1));
		expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]).toEqual([50, 2, 1]);
	});
	it('handles negative years', () => {
		const d = new Date(utc(-44, 3, 15));
		expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]).toEqual([-44, 2, 15]);
	});
	it('agrees with setUTCFullYear for years around the 0-99 boundary and far away', () => {
		for (const y of [-10000, -101, -100, -1, 0, 1, 99, 100, 101, 1899, 1900, 9999, 275000]) {
			const d = new Date(0);
			d.setUTCFullYear(y, 6, 31);
			expect(utc(y, 7, 31), String(y)).toBe(d.getTime());
		}
	});
	it('defaults month and day to 1', () => {
		expect(utc(2009)).toBe(Date.UTC(2009, 0, 1));
	});
});

describe('daysInMonth', () => {
	it.each([
		[2024, 2, 29],
		[2023, 2, 28],
		[2000, 2, 29],
		[1900, 2, 28],
		[2021, 4, 30],
		[2021, 12, 31],
		[-44, 2, 29], // astronomical year -44 is divisible by 4
		[50, 2, 28]
	])('%i-%i has %i days', (year, month, days) => {
		expect(daysInMonth(year, month)).toBe(days);
	});
	it('agrees with Date for every month of years -800 to 2800', () => {
		const viaDate = (y: number, mo: number) => {
			const a = new Date(0);
			a.setUTCFullYear(y, mo - 1, 1);
			const b = new Date(0);
			b.setUTCFullYear(y, mo, 1);
			return Math.round((b.getTime() - a.getTime()) / 86_400_000);
		};
		const wrong: string[] = [];
		for (let y = -800; y <= 2800; y++)
			for (let mo = 1; mo <= 12; mo++) if (daysInMonth(y, mo) !== viaDate(y, mo)) wrong.push(`${y}-${mo}`);
		expect(wrong).toEqual([]);
	});
});

describe('startOf / endOf cover the whole range of the precision', () => {
	it.each<[string, number, number]>([
		['2009', Date.UTC(2009, 0, 1), Date.UTC(2010, 0, 1)],
		['2009-06', Date.UTC(2009, 5, 1), Date.UTC(2009, 6, 1)],
		['2009-12', Date.UTC(2009, 11, 1), Date.UTC(2010, 0, 1)],
		['2009-06-16', Date.UTC(2009, 5, 16), Date.UTC(2009, 5, 17)],
		['2024-02-29', Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1)],
		['2021-12-31', Date.UTC(2021, 11, 31), Date.UTC(2022, 0, 1)],
		['0050', utc(50), utc(51)],
		['-0044-03-15', utc(-44, 3, 15), utc(-44, 3, 15) + DAY],
		['2009-06-16T14:30', Date.UTC(2009, 5, 16, 14, 30), Date.UTC(2009, 5, 16, 14, 31)],
		['2009-06-16T23:59:59', Date.UTC(2009, 5, 16, 23, 59, 59), Date.UTC(2009, 5, 17)],
		['0050-01-01T06:00', utc(50) + 6 * 3_600_000, utc(50) + 6 * 3_600_000 + 60_000]
	])('%s → [start, end)', (text, start, end) => {
		const d = parsePartialDate(text)!;
		expect(startOf(d)).toBe(start);
		expect(endOf(d)).toBe(end);
	});
});

describe('formatPartialDate', () => {
	it.each(['2009', '2009-06', '2009-06-16', '0050', '-0044', '-0044-03-15', '2024-02-29', '2009-06-16T14:30', '2009-06-16T14:30:05', '-12000', '-0001-12-31T00:00:00'])(
		'round-trips %s',
		(text) => {
			expect(formatPartialDate(parsePartialDate(text)!)).toBe(text);
		}
	);
});

describe('isoDay', () => {
	it.each<[number, string]>([
		[Date.UTC(2009, 5, 16), '2009-06-16'],
		[Date.UTC(2009, 5, 16, 23, 59), '2009-06-16'],
		[utc(50, 1, 1), '0050-01-01'],
		[utc(-44, 3, 15), '-0044-03-15'],
		[Date.UTC(2024, 1, 29), '2024-02-29']
	])('formats %d as %s in UTC', (ms, text) => {
		expect(isoDay(ms)).toBe(text);
	});
	it('is parsed back to the same day start', () => {
		const ms = Date.UTC(2009, 5, 16);
		expect(startOf(parsePartialDate(isoDay(ms))!)).toBe(ms);
	});
});

describe('dates with times and BCE years (property)', () => {
	const PRECS = ['year', 'month', 'day', 'minute', 'second'] as const;
	it('every random date round-trips through text, and covers [startOf, endOf) with the right length', () => {
		const r = rng(20261128);
		for (let i = 0; i < 2000; i++) {
			const year = Math.floor(r() * 8000) - 4000;
			const precision = PRECS[Math.floor(r() * PRECS.length)]!;
			const d: PartialDate = { year, precision };
			if (precision !== 'year') d.month = 1 + Math.floor(r() * 12);
			if (precision !== 'year' && precision !== 'month') d.day = 1 + Math.floor(r() * daysInMonth(year, d.month!));
			if (precision === 'minute' || precision === 'second') {
				d.hour = Math.floor(r() * 24);
				d.minute = Math.floor(r() * 60);
			}
			if (precision === 'second') d.second = Math.floor(r() * 60);
			const text = formatPartialDate(d);
			expect(parsePartialDate(text), text).toEqual(d);
			const t0 = startOf(d);
			const t1 = endOf(d);
			expect(partialDateAt(t0, precision), text).toEqual(d);
			const expected = { minute: 60_000, second: 1000, day: DAY } as Record<string, number>;
			if (expected[precision]) expect(t1 - t0, text).toBe(expected[precision]);
			else expect(partialDateAt(t1 - 1, precision), text).toEqual(d);
			expect(new Date(t0).getUTCFullYear(), text).toBe(year);
		}
	});
});
