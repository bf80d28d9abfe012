import { describe, expect, it } from 'vitest';
import { chooseTicks, formatTickLabel, type TickInterval } from './ticks';

const U = Date.UTC;

describe('chooseTicks interval selection', () => {
	it.each<[string, [number, number], number, TickInterval]>([
		['two centuries on 1000 px → 20 years', [U(1900, 0, 1), U(2100, 0, 1)], 1000, '20years'],
		['a century on 1000 px → decades', [U(1920, 0, 1), U(2030, 0, 1)], 1000, 'decade'],
		['50 years on 900 px → 5 years', [U(1975, 0, 1), U(2025, 0, 1)], 900, '5years'],
		['20 years on 900 px → 2 years', [U(2005, 0, 1), U(2025, 0, 1)], 900, '2years'],
		['10 years on 900 px → years', [U(2010, 0, 1), U(2020, 0, 1)], 900, 'year'],
		['3 years on 900 px → 3 months', [U(2019, 0, 1), U(2022, 0, 1)], 900, '3months'],
		['1 year on 1000 px → months', [U(2020, 0, 1), U(2021, 0, 1)], 1000, 'month'],
		['3 months on 1000 px → weeks', [U(2021, 0, 1), U(2021, 3, 1)], 1000, 'week'],
		['3 weeks on 1000 px → 2 days', [U(2021, 0, 1), U(2021, 0, 22)], 1000, '2days'],
		['10 days on 1000 px → days', [U(2021, 0, 1), U(2021, 0, 11)], 1000, 'day'],
		['1 day on 1000 px → days (no sub-day ticks)', [U(2021, 0, 1, 6), U(2021, 0, 3)], 1000, 'day']
	])('%s', (_name, domain, width, interval) => {
		const result = chooseTicks(domain, width, 'en');
		expect(result.interval).toBe(interval);
		expect(result.ticks.length).toBeGreaterThan(0);
		for (const tick of result.ticks) {
			expect(tick.t).toBeGreaterThanOrEqual(domain[0]);
			expect(tick.t).toBeLessThanOrEqual(domain[1]);
		}
	});

	it('uses about width/90 ticks and at least 2', () => {
		const domain: [number, number] = [U(1900, 0, 1), U(2100, 0, 1)];
		expect(chooseTicks(domain, 1800, 'en').ticks.length).toBeGreaterThanOrEqual(10);
		expect(chooseTicks(domain, 50, 'en').ticks.length).toBeGreaterThanOrEqual(2);
	});

	it('returns no ticks for an empty domain', () => {
		expect(chooseTicks([5, 5], 1000, 'en').ticks).toEqual([]);
	});

	it('accepts a reversed domain', () => {
		const a = chooseTicks([U(2010, 0, 1), U(2020, 0, 1)], 900, 'en');
		const b = chooseTicks([U(2020, 0, 1), U(2010, 0, 1)], 900, 'en');
		expect(b).toEqual(a);
	});
});

describe('chooseTicks labels', () => {
	it('labels year ticks with the bare year and marks decades major', () => {
		const { ticks } = chooseTicks([U(2005, 0, 1), U(2025, 0, 1)], 900, 'ru');
		expect(ticks.map((t) => t.label)).toEqual(['2006', '2008', '2010', '2012', '2014', '2016', '2018', '2020', '2022', '2024']);
		expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2010', '2020']);
	});

	it('marks centuries major for decade ticks', () => {
		const { ticks, interval } = chooseTicks([U(1920, 0, 1), U(2030, 0, 1)], 1000, 'en');
		expect(interval).toBe('decade');
		expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2000']);
	});

	it.each<['en' | 'ru', string[]]>([
		['en', ['Oct 2008', 'Jan 2009', 'Apr', 'Jul', 'Oct', 'Jan 2010', 'Apr']],
		['ru', ['окт. 2008', 'янв. 2009', 'апр.', 'июль', 'окт.', 'янв. 2010', 'апр.']]
	])('labels 3-month ticks with the year at the first tick and at January (%s)', (locale, labels) => {
		const { ticks, interval } = chooseTicks([U(2008, 9, 1), U(2010, 3, 1)], 800, locale);
		expect(interval).toBe('3months');
		expect(ticks.map((t) => t.label)).toEqual(labels);
		expect(ticks.map((t) => t.major)).toEqual([false, true, false, false, false, true, false]);
	});

	it.each<['en' | 'ru', string[]]>([
		['en', ['29 Dec 2025', '30 Dec', '31 Dec', '1 Jan 2026', '2 Jan', '3 Jan']],
		['ru', ['29 дек. 2025', '30 дек.', '31 дек.', '1 янв. 2026', '2 янв.', '3 янв.']]
	])('labels day ticks across New Year in UTC (%s)', (locale, labels) => {
		const { ticks, interval } = chooseTicks([U(2025, 11, 29), U(2026, 0, 3)], 1000, locale);
		expect(interval).toBe('day');
		expect(ticks.map((t) => t.label)).toEqual(labels);
		expect(ticks.map((t) => t.major)).toEqual([false, false, false, true, false, false]);
	});

	it('shows the year on the first week tick of a new year even if it is not 1 January', () => {
		const { ticks, interval } = chooseTicks([U(2020, 10, 15), U(2021, 1, 15)], 1000, 'en');
		expect(interval).toBe('week');
		const firstOf2021 = ticks.find((t) => new Date(t.t).getUTCFullYear() === 2021)!;
		expect(firstOf2021.label).toBe('3 Jan 2021');
		expect(firstOf2021.major).toBe(true);
		expect(ticks[0]!.label).toBe('15 Nov 2020');
	});

	it.each<[string, [number, number], number]>([
		['centuries', [U(1800, 0, 1), U(2100, 0, 1)], 1200],
		['years', [U(1990, 0, 1), U(2025, 0, 1)], 1400],
		['months', [U(2019, 0, 1), U(2021, 6, 1)], 2000],
		['weeks', [U(2021, 0, 1), U(2021, 5, 1)], 1400],
		['days', [U(2020, 1, 20), U(2020, 2, 10)], 2000]
	])('gives adjacent ticks distinct labels (%s, both locales)', (_name, domain, width) => {
		for (const locale of ['en', 'ru'] as const) {
			const { ticks } = chooseTicks(domain, width, locale);
			expect(ticks.length).toBeGreaterThan(3);
			for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.label).not.toBe(ticks[i - 1]!.label);
		}
	});
});

describe('formatTickLabel', () => {
	it.each<[number, TickInterval, 'en' | 'ru', boolean, string]>([
		[U(2009, 0, 1), 'year', 'en', false, '2009'],
		[U(2009, 5, 1), 'month', 'en', true, 'Jun 2009'],
		[U(2009, 5, 1), 'month', 'ru', false, 'июнь'],
		[U(2009, 5, 16), 'day', 'en', false, '16 Jun'],
		[U(2009, 5, 16), 'day', 'ru', false, '16 июн.'],
		[U(2009, 5, 16), 'week', 'ru', true, '16 июн. 2009'],
		// 00:00 UTC 1 Jan is 31 Dec local time in Los Angeles: must still read 1 Jan.
		[U(2010, 0, 1), 'day', 'en', true, '1 Jan 2010']
	])('%d %s %s withYear=%s → %s', (t, interval, locale, withYear, expected) => {
		expect(formatTickLabel(t, interval, locale, withYear)).toBe(expected);
	});
});

describe('chooseTicks below a day (data with times of day)', () => {
	const day = Date.UTC(2009, 5, 16);
	it('keeps to whole days unless asked', () => {
		const { interval } = chooseTicks([day + 3_600_000, day + 5 * 3_600_000], 800, 'en');
		expect(interval).toBe('day');
	});
	it('labels hours, with the day where it changes', () => {
		const { ticks, interval } = chooseTicks([day - 6 * 3_600_000, day + 6 * 3_600_000], 800, 'en', { subDay: true });
		expect(interval).toBe('hours');
		expect(ticks[0]!.label).toBe('15 Jun 18:00');
		const midnight = ticks.find((t) => t.t === day)!;
		expect(midnight).toMatchObject({ label: '16 Jun 00:00', major: true });
		expect(ticks.find((t) => t.t === day + 3_600_000)!.label).toBe('01:00');
	});
	it('labels minutes and seconds', () => {
		expect(chooseTicks([day, day + 10 * 60_000], 800, 'ru', { subDay: true })).toMatchObject({ interval: 'minutes' });
		const s = chooseTicks([day, day + 20_000], 800, 'en', { subDay: true });
		expect(s.interval).toBe('seconds');
		expect(s.ticks[1]!.label).toMatch(/^00:00:\d\d$/);
	});
	it('uses day ticks again when zoomed out', () => {
		expect(chooseTicks([day, day + 30 * 86_400_000], 800, 'en', { subDay: true }).interval).not.toMatch(/hours|minutes/);
	});
});
