// Dates of imported files -> our partial ISO strings (time.ts), with the reason when they cannot
// be one. TimelineJS writes a date as an object {year, month, day, hour, minute, second,
// millisecond} of numbers or numeric strings (a sheet gives Year, Month, Day and Time columns);
// precision follows what is given. TimelineJS shows a negative year -Y as "Y BCE", so -Y maps to
// the astronomical year 1 - Y (-500 -> -0499, which this app shows as "500 BC"), and back.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/data/model';
import { MAX_YEAR, daysInMonth, formatPartialDate, isoYear, type PartialDate } from '$lib/timeline/time';

type O = { locale: Locale };

/** A reason why a date part is wrong, with the part's name (year, month, …). */
export interface DateError {
	part: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'time';
	reason: string;
}

export type DateFields = Partial<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>>;

/**
 * Checks calendar fields (astronomical year) and writes them as an ISO string at the precision
 * they give. Errors: month 13, 30 February, minutes without an hour, a day without a month, …
 */
export function fieldsToIso(f: DateFields, o: O): { iso: string } | { error: DateError } {
	const { year, month, day, hour, minute, second } = f;
	if (year === undefined) return { error: { part: 'year', reason: m.im_no_start({}, o) } };
	if (Math.abs(year) > MAX_YEAR) return { error: { part: 'year', reason: m.im_year_range({ value: String(year) }, o) } };
	if (month !== undefined && (month < 1 || month > 12))
		return { error: { part: 'month', reason: m.im_month_range({ value: String(month) }, o) } };
	if (day !== undefined && month === undefined) return { error: { part: 'day', reason: m.im_day_without_month({}, o) } };
	if (day !== undefined && (day < 1 || day > daysInMonth(year, month!)))
		return {
			error: {
				part: 'day',
				reason: m.im_day_range({ date: `${isoYear(year)}-${pad(month!)}-${pad(day)}`, days: daysInMonth(year, month!) }, o)
			}
		};
	if (hour === undefined && (minute !== undefined || second !== undefined))
		return { error: { part: 'minute', reason: m.im_minute_without_hour({}, o) } };
	if (hour !== undefined && day === undefined) return { error: { part: 'hour', reason: m.im_time_without_day({}, o) } };
	if (hour !== undefined && (hour < 0 || hour > 23)) return { error: { part: 'hour', reason: m.im_hour_range({ value: String(hour) }, o) } };
	if (minute !== undefined && (minute < 0 || minute > 59))
		return { error: { part: 'minute', reason: m.im_minute_range({ value: String(minute) }, o) } };
	if (second !== undefined && (second < 0 || second > 59))
		return { error: { part: 'second', reason: m.im_second_range({ value: String(second) }, o) } };
	const d: PartialDate = { year, precision: 'year' };
	if (month !== undefined) Object.assign(d, { month, precision: 'month' });
	if (day !== undefined) Object.assign(d, { day, precision: 'day' });
	if (hour !== undefined) Object.assign(d, { hour, minute: minute ?? 0, precision: 'minute' });
	if (second !== undefined) Object.assign(d, { second, precision: 'second' });
	return { iso: formatPartialDate(d) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Why a string is not one of our dates (undefined when it is one): a specific reason for a
 * well-formed but impossible date (month 13, 30 February, 24:00), else the expected form.
 */
export function isoDateReason(text: unknown, o: O): string | undefined {
	if (typeof text !== 'string') return m.im_date_format({ value: String(text) }, o);
	const g = /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/.exec(text);
	if (!g) return m.im_date_format({ value: text }, o);
	const n = (s: string | undefined) => (s === undefined ? undefined : Number(s));
	const r = fieldsToIso({ year: n(g[1]), month: n(g[2]), day: n(g[3]), hour: n(g[4]), minute: n(g[5]), second: n(g[6]) }, o);
	return 'error' in r ? r.error.reason : undefined;
}

/** TimelineJS year (no year 0 in its labels: -500 is 500 BCE) -> astronomical year. */
export const fromTimelineJsYear = (y: number): number => (y < 0 ? y + 1 : y);
/** Astronomical year -> TimelineJS year. */
export const toTimelineJsYear = (y: number): number => (y <= 0 ? y - 1 : y);

/** A whole number from a number or a numeric string ("1,815", " 7 "); undefined when empty. */
export function wholeNumber(v: unknown): number | undefined | 'bad' {
	if (v === undefined || v === null) return undefined;
	if (typeof v === 'number') return Number.isInteger(v) ? v : 'bad';
	if (typeof v !== 'string') return 'bad';
	const s = v.replace(/[\s,]+/g, '');
	if (s === '') return undefined;
	return /^[-+]?\d+$/.test(s) ? Number(s) : 'bad';
}

/** Parses a time of day as TimelineJS does: "14:30", "2:30 PM", "1430", "14.30", "14:30:05.5". */
export function parseTime(raw: string): { hour: number; minute?: number; second?: number } | undefined {
	let s = raw.trim();
	let period: string | undefined;
	const pm = /\s*([ap])\.?m\.?\s*$/i.exec(s);
	if (pm) {
		period = pm[1]!.toLowerCase();
		s = s.slice(0, pm.index).trim();
	}
	const compact = /^(\d{1,2})(\d{2})$/.exec(s);
	let parts = compact ? [compact[1]!, compact[2]!] : s.split(':');
	if (parts.length === 1) parts = s.split('.');
	if (parts.length > 3 || parts.some((p, i) => !(i === 2 ? /^\d{1,2}([.,]\d+)?$/ : /^\d{1,2}$/).test(p))) return undefined;
	let hour = Number(parts[0]);
	if (period === 'p' && hour !== 12) hour += 12;
	else if (period === 'a' && hour === 12) hour = 0;
	if (period && (Number(parts[0]) < 1 || Number(parts[0]) > 12)) return undefined;
	const out: { hour: number; minute?: number; second?: number } = { hour };
	if (parts[1] !== undefined) out.minute = Number(parts[1]);
	if (parts[2] !== undefined) out.second = Math.floor(Number(parts[2].replace(',', '.')));
	return out;
}
