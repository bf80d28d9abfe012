// Time-axis ticks for a UTC domain (ms) rendered over `width` px, with localized labels (en, ru).
// Tick positions come from d3's scaleUtc().ticks(count) with count ≈ width / 90 (>= 2); the interval
// name is derived from d3's own tick interval (utcTickInterval), so it is consistent with the ticks.
// Sub-day intervals are used only for data with times of day (`subDay`): otherwise, for very short
// domains ticks fall on UTC midnights only (maybe none). Sub-day labels read "14:30", with the day in
// front on the first tick and where the day changes ("16 Jun 14:30"); those ticks are major.
// Labels are formatted in UTC (see format-date.ts). The year is shown on the first tick and whenever
// the year changes from the previous tick; `major` marks ticks that start a new larger unit.
import { scaleUtc } from 'd3-scale';
import { utcDay, utcTickInterval } from 'd3-time';
import { formatUtc, formatYear, type DisplayLocale } from './format-date';

export type TickInterval =
	| 'century'
	| '50years'
	| '20years'
	| 'decade'
	| '5years'
	| '2years'
	| 'year'
	| '6months'
	| '3months'
	| 'month'
	| 'week'
	| '2days'
	| 'day'
	| 'hours'
	| 'minutes'
	| 'seconds';

export interface Tick {
	/** UTC ms of the tick. */
	t: number;
	label: string;
	major: boolean;
}

export interface TickSet {
	ticks: Tick[];
	interval: TickInterval;
}

/** Target px per tick used to derive the tick count from the width. */
export const TICK_SPACING_PX = 90;

const DAY = 86_400_000;
const YEAR_INTERVALS: [number, TickInterval][] = [
	[100, 'century'],
	[50, '50years'],
	[20, '20years'],
	[10, 'decade'],
	[5, '5years'],
	[2, '2years'],
	[1, 'year']
];

/** True for intervals of whole years (labels are bare years). */
export function isYearInterval(i: TickInterval): boolean {
	return YEAR_INTERVALS.some(([, name]) => name === i);
}

/** True for month intervals (labels are month names). */
export function isMonthInterval(i: TickInterval): boolean {
	return i === 'month' || i === '3months' || i === '6months';
}

/** Names the step between a tick and the next one (from floor(t) to offset(floor(t), 1)). */
function classify(a: Date, b: Date): TickInterval {
	const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
	if (months >= 12 && months % 12 === 0) {
		const years = months / 12;
		return YEAR_INTERVALS.find(([n]) => years >= n)?.[1] ?? 'year';
	}
	if (months >= 6 && a.getUTCDate() === b.getUTCDate()) return '6months';
	if (months >= 3 && a.getUTCDate() === b.getUTCDate()) return '3months';
	if (months >= 1 && a.getUTCDate() === b.getUTCDate()) return 'month';
	const days = (b.getTime() - a.getTime()) / DAY;
	if (days >= 7) return 'week';
	if (days >= 2) return '2days';
	return 'day';
}

/** True for intervals below a day (labels are times of day). */
export function isSubDayInterval(i: TickInterval): boolean {
	return i === 'hours' || i === 'minutes' || i === 'seconds';
}

/**
 * Formats one tick label. Sub-day intervals: "14:30" ("14:30:05" for seconds), "16 Jun 14:30"
 * with `withYear` (the day changed; the year is in the plot's label). Year intervals: "2009". Month intervals: "Jun" / "июнь" ('LLL'),
 * with year "Jun 2009" when `withYear`. Day/week intervals: "16 Jun" / "16 июн.", with year appended.
 */
export function formatTickLabel(t: number, interval: TickInterval, locale: DisplayLocale, withYear: boolean): string {
	if (isSubDayInterval(interval)) {
		const d = new Date(t);
		const two = (n: number) => String(n).padStart(2, '0');
		const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` + (interval === 'seconds' ? `:${two(d.getUTCSeconds())}` : '');
		return withYear ? `${formatUtc(t, 'd MMM', locale)} ${time}` : time;
	}
	const year = formatYear(new Date(t).getUTCFullYear(), locale);
	if (isYearInterval(interval)) return year;
	const base = formatUtc(t, isMonthInterval(interval) ? 'LLL' : 'd MMM', locale);
	return withYear ? `${base} ${year}` : base;
}

/**
 * Chooses axis ticks for `domain` (UTC ms) drawn across `width` px.
 * `major`: year intervals → a multiple of 10 years (of 100 for decade and coarser steps);
 * month/day intervals → the first tick of a new year (January for month ticks). The first tick
 * is major only if it starts a year itself.
 */
export function chooseTicks(domain: [number, number], width: number, locale: DisplayLocale, opts: { subDay?: boolean } = {}): TickSet {
	const d0 = Math.min(domain[0], domain[1]);
	const d1 = Math.max(domain[0], domain[1]);
	if (!(d1 > d0) || !Number.isFinite(d0) || !Number.isFinite(d1)) return { ticks: [], interval: 'day' };
	const count = Math.max(2, Math.round(width / TICK_SPACING_PX));
	const ticker = utcTickInterval(new Date(d0), new Date(d1), count);
	const first = ticker?.floor(new Date(d0));
	let interval: TickInterval = ticker && first ? classify(first, ticker.offset(first, 1)) : 'day';
	let times: number[];
	const step = ticker ? ticker.offset(new Date(d0), 1).getTime() - d0 : 0;
	if (opts.subDay && ticker && step < DAY) {
		interval = step >= 3_600_000 ? 'hours' : step >= 60_000 ? 'minutes' : 'seconds';
		times = scaleUtc().domain([d0, d1]).range([0, width]).ticks(count).map(Number);
		const ticks: Tick[] = [];
		let prevDay: number | undefined;
		for (const t of times) {
			const day = Math.floor(t / DAY);
			const newDay = prevDay === undefined || day !== prevDay;
			ticks.push({ t, label: formatTickLabel(t, interval, locale, newDay), major: newDay && prevDay !== undefined });
			prevDay = day;
		}
		return { ticks, interval };
	}
	if (!ticker || step < DAY) {
		// d3 would pick hours/minutes; without times of day the timeline never labels below a day.
		interval = 'day';
		times = utcDay.range(new Date(d0), new Date(d1 + 1)).map(Number);
	} else {
		times = scaleUtc().domain([d0, d1]).range([0, width]).ticks(count).map(Number);
	}

	const yearStep = YEAR_INTERVALS.find(([, n]) => n === interval)?.[0];
	const ticks: Tick[] = [];
	let prevYear: number | undefined;
	for (const t of times) {
		const d = new Date(t);
		const y = d.getUTCFullYear();
		const startsYear = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
		let major: boolean;
		if (yearStep !== undefined) major = y % (yearStep >= 10 ? 100 : 10) === 0;
		else major = prevYear === undefined ? startsYear : y !== prevYear;
		const withYear = prevYear === undefined || y !== prevYear;
		ticks.push({ t, label: formatTickLabel(t, interval, locale, withYear), major });
		prevYear = y;
	}
	return { ticks, interval };
}
