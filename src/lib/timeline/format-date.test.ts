import { describe, expect, it } from 'vitest';
import { formatEventDate, formatIsoDayShort, formatYear, localDateFromUtc } from './format-date';
import { utc } from './time';

describe('formatEventDate (en)', () => {
	it.each<[string, string | undefined, string]>([
		['1998', undefined, '1998'],
		['2009-06', undefined, 'June 2009'],
		['2009-06-16', undefined, '16 June 2009'],
		['2009-06-01', undefined, '1 June 2009'],
		['2009-01-01', undefined, '1 January 2009'],
		['2009-12-31', undefined, '31 December 2009'],
		['2004', '2005', '2004–2005'],
		['2004', '2004', '2004'],
		['2021-05', '2021-06', 'May–June 2021'],
		['2012-08', '2013-06', 'August 2012 – June 2013'],
		['2021-05-10', '2021-05-12', '10–12 May 2021'],
		['2022-02-28', '2022-03-11', '28 February – 11 March 2022'],
		['2025-12-30', '2026-01-02', '30 December 2025 – 2 January 2026'],
		['2021-05-10', '2021-05-10', '10 May 2021'],
		['2012', '2013-06', '2012 – June 2013'],
		['2013-06-16', '2014', '16 June 2013 – 2014'],
		['0050', undefined, '50'],
		['-0044-03-15', undefined, '15 March 45 BC'],
		['2009-06-16T14:30', undefined, '16 June 2009, 14:30'],
		['2009-06-16T09:05:07', undefined, '16 June 2009, 09:05:07'],
		['2009-06-16T14:30', '2009-06-16T16:00', '16 June 2009, 14:30–16:00'],
		['2009-06-16T22:00', '2009-06-17T01:30', '16 June 2009, 22:00 – 17 June 2009, 01:30'],
		['2009-06-16', '2009-06-16T16:00', '16 June 2009 – 16 June 2009, 16:00'],
		['-0499-03-15T12:00', undefined, '15 March 500 BC, 12:00'],
		['-12000', undefined, '12001 BC'],
		['2009-06-16', 'not a date', '16 June 2009'],
		['garbage', '2009', 'garbage']
	])('%s / %s → %s', (start, end, expected) => {
		expect(formatEventDate(start, end, 'en')).toBe(expected);
	});
});

describe('formatEventDate (ru)', () => {
	it.each<[string, string | undefined, string]>([
		['1998', undefined, '1998 г.'],
		['2009-06', undefined, 'июнь 2009 г.'],
		['2009-05', undefined, 'май 2009 г.'],
		['2009-06-16', undefined, '16 июня 2009 г.'],
		['2009-06-16T14:30', undefined, '16 июня 2009 г., 14:30'],
		['2009-06-16T14:30', '2009-06-16T16:00', '16 июня 2009 г., 14:30–16:00'],
		['2009-03-08', undefined, '8 марта 2009 г.'],
		['2004', '2005', '2004–2005 гг.'],
		['2021-05', '2021-06', 'май–июнь 2021 г.'],
		['2012-08', '2013-06', 'август 2012 г. – июнь 2013 г.'],
		['2021-05-10', '2021-05-12', '10–12 мая 2021 г.'],
		['2022-02-28', '2022-03-11', '28 февраля – 11 марта 2022 г.'],
		['2025-12-30', '2026-01-02', '30 декабря 2025 г. – 2 января 2026 г.'],
		['2012', '2013-06', '2012 г. – июнь 2013 г.'],
		['-0044', undefined, '45 г. до н. э.']
	])('%s / %s → %s', (start, end, expected) => {
		expect(formatEventDate(start, end, 'ru')).toBe(expected);
	});
});

describe('formatIsoDayShort', () => {
	it.each<[number, 'en' | 'ru', string]>([
		[Date.UTC(2009, 5, 16), 'en', '16 Jun 2009'],
		[Date.UTC(2009, 5, 16), 'ru', '16 июн. 2009'],
		[Date.UTC(2009, 0, 1), 'en', '1 Jan 2009'],
		// 00:30 UTC is still the previous day in America/Los_Angeles; the UTC day must be shown.
		[Date.UTC(2009, 0, 1, 0, 30), 'en', '1 Jan 2009'],
		[Date.UTC(2009, 11, 31, 23, 30), 'en', '31 Dec 2009'],
		[utc(50, 3, 1), 'en', '1 Mar 50']
	])('%d in %s → %s', (ms, locale, expected) => {
		expect(formatIsoDayShort(ms, locale)).toBe(expected);
	});
});

describe('helpers', () => {
	it('localDateFromUtc keeps the UTC calendar day in local fields', () => {
		const d = localDateFromUtc(Date.UTC(2024, 1, 29, 3));
		expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2024, 1, 29]);
		const small = localDateFromUtc(utc(50, 1, 1));
		expect(small.getFullYear()).toBe(50);
	});
	it.each<[number, 'en' | 'ru', string]>([
		[2009, 'en', '2009'],
		[1, 'en', '1'],
		[0, 'en', '1 BC'],
		[-44, 'ru', '45 до н. э.']
	])('formatYear(%i, %s) → %s', (year, locale, expected) => {
		expect(formatYear(year, locale)).toBe(expected);
	});
});
